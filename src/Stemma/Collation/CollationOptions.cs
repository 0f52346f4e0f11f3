namespace Stemma.Collation;

/// <summary>Options of the <see cref="Collator"/>.</summary>
public sealed record CollationOptions
{
    /// <summary>The default share of a witness's weight that counts for an omission: copies lose text
    /// (a dropped line, a cut paragraph) far more often than they invent it, so a reading present in one
    /// clean witness outweighs its absence from two. Calibrated on the seeds' lost line (present in the
    /// clean copy and one printout, absent from the other printout) and our samples' cut web edition.</summary>
    public const double DefaultOmissionWeight = 0.5;

    /// <summary>The default share of its weight that a witness keeps when its exemplar is among the
    /// witnesses (a relation names another witness of the edition as its source): a copy of a surviving
    /// text adds little testimony of its own (eliminatio codicum descriptorum). It is halved rather than
    /// dropped because the exemplar's rendering may be damaged where the copy is not. Calibrated on our
    /// samples (the syndicated copy and its printout must not outvote the wire and its printout on the
    /// syndicated copy's own rewording) and the seeds' lost line.</summary>
    public const double DefaultCopyWeight = 0.5;

    /// <summary>The defaults.</summary>
    public static CollationOptions Default { get; } = new();

    /// <summary>The share of a witness's weight that counts when its reading is an omission, in (0, 1].</summary>
    public double OmissionWeight { get; init; } = DefaultOmissionWeight;

    /// <summary>The share of its weight a witness keeps when its exemplar is another witness of the edition, in (0, 1].</summary>
    public double CopyWeight { get; init; } = DefaultCopyWeight;
}
