namespace Stemma.Matching.Alignment;

/// <summary>Settings of an <see cref="ArticleAligner"/>.</summary>
public sealed record ArticleAlignerOptions
{
    /// <summary>Default longest gap bridged between two passages that follow each other in both articles:
    /// 12 words is a clause — a reworded attribution or an inserted aside — while a longer gap is usually
    /// a whole sentence replaced, which the sentence-level pairing handles better.</summary>
    public const int DefaultMaxBridgedGapWords = 12;

    /// <summary>Default number of content-word stems a leftover sentence of A must share with one of B before
    /// the paraphrase model is asked: MSRP pairs (on which the model is calibrated) all share a topic, and two
    /// sentences sharing fewer than 2 content words are not a reworded copy in practice.</summary>
    public const int DefaultMinSharedContentWords = 2;

    /// <summary>The default options.</summary>
    public static ArticleAlignerOptions Default { get; } = new();

    /// <summary>Gaps between consecutive passages up to this many words on each side become one changed segment.</summary>
    public int MaxBridgedGapWords { get; init; } = DefaultMaxBridgedGapWords;

    /// <summary>Leftover sentences sharing fewer content words than this are never paired.</summary>
    public int MinSharedContentWords { get; init; } = DefaultMinSharedContentWords;

    /// <summary>The lowest paraphrase score that pairs two leftover sentences, or null for the model's own threshold.</summary>
    public double? ParaphraseThreshold { get; init; }

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        if (MaxBridgedGapWords < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBridgedGapWords), MaxBridgedGapWords, $"MaxBridgedGapWords must be ≥ 0; the default is {DefaultMaxBridgedGapWords}.");
        }

        if (MinSharedContentWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinSharedContentWords), MinSharedContentWords, $"MinSharedContentWords must be at least 1; the default is {DefaultMinSharedContentWords}.");
        }

        if (ParaphraseThreshold is double t && !(t > 0 && t < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ParaphraseThreshold), t, "ParaphraseThreshold must lie strictly between 0 and 1, or be null for the model's threshold.");
        }
    }
}
