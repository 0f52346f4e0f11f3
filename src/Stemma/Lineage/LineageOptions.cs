namespace Stemma.Lineage;

/// <summary>Options of the <see cref="LineageBuilder"/>.</summary>
public sealed record LineageOptions
{
    /// <summary>The default shortest run of words, in order on both sides, that counts as copied from a
    /// candidate parent: the matcher's shortest passage (8 words). Four-word runs were tried and matched
    /// stock phrases by chance (our samples' web edition's update "to return to talks" against the
    /// syndicated copy's reworded line); a one-word variant between two copied runs still counts.</summary>
    public const int DefaultMinCopiedRunWords = Matching.MatchingOptions.DefaultMinPassageWords;

    /// <summary>The default number of a child's words that only one candidate parent must explain for that
    /// parent to be kept beside the others: one word is enough, because a single shared variant ("vessels"
    /// for "vessles") is what a textual critic calls a conjunctive error. Calibrated on our samples
    /// (the printout of the syndicated copy shares its three readings and nothing else) and the seeds.</summary>
    public const int DefaultMinExclusiveWords = 1;

    /// <summary>The default fewest witnesses for a majority: with two, every difference is a tie and says
    /// nothing of who departed from whom; a third witness breaks it.</summary>
    public const int DefaultMinWitnessesForMajority = 3;

    /// <summary>The defaults.</summary>
    public static LineageOptions Default { get; } = new();

    /// <summary>The shortest run of words in order that counts as copied.</summary>
    public int MinCopiedRunWords { get; init; } = DefaultMinCopiedRunWords;

    /// <summary>How many of a child's words only one parent must explain to keep that parent.</summary>
    public int MinExclusiveWords { get; init; } = DefaultMinExclusiveWords;

    /// <summary>The fewest witnesses an edition needs before its majority reading says which copy innovated.</summary>
    public int MinWitnessesForMajority { get; init; } = DefaultMinWitnessesForMajority;
}
