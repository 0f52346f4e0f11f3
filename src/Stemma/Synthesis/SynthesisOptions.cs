namespace Stemma.Synthesis;

/// <summary>Settings of a <see cref="CorpusSynthesizer"/>.</summary>
public sealed record SynthesisOptions
{
    /// <summary>Debian's wamerican word list, installed with the package.</summary>
    public const string DefaultWordListPath = "/usr/share/dict/words";

    /// <summary>Default share of originals that spawn a family: 30% makes roughly half the corpus belong to a
    /// family, about what a day of aggregated wire-driven news looks like.</summary>
    public const double DefaultFamilyRate = 0.3;

    /// <summary>Default most derived articles per original: syndication rarely fans out further in one feed.</summary>
    public const int DefaultMaxFamilySize = 4;

    /// <summary>Default mean sentences per article: 30 sentences of 12–28 words is about 600 words.</summary>
    public const int DefaultMeanSentences = 30;

    /// <summary>Default window, in articles, within which a derived article follows its source (copies
    /// appear hours after the original in a feed, not at random points of a year).</summary>
    public const int DefaultFamilyWindow = 2000;

    /// <summary>The default options.</summary>
    public static SynthesisOptions Default { get; } = new();

    /// <summary>Share of originals that spawn derived articles.</summary>
    public double FamilyRate { get; init; } = DefaultFamilyRate;

    /// <summary>Most derived articles per original.</summary>
    public int MaxFamilySize { get; init; } = DefaultMaxFamilySize;

    /// <summary>Mean sentences per original.</summary>
    public int MeanSentences { get; init; } = DefaultMeanSentences;

    /// <summary>Derived articles appear within this many articles after their source.</summary>
    public int FamilyWindow { get; init; } = DefaultFamilyWindow;

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        if (!(FamilyRate >= 0 && FamilyRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(FamilyRate), FamilyRate, $"FamilyRate must be in [0,1]; got {FamilyRate}.");
        }

        if (MaxFamilySize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFamilySize), MaxFamilySize, $"MaxFamilySize must be at least 1; got {MaxFamilySize}.");
        }

        if (MeanSentences < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(MeanSentences), MeanSentences, $"MeanSentences must be at least 4; got {MeanSentences}.");
        }

        if (FamilyWindow < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FamilyWindow), FamilyWindow, $"FamilyWindow must be at least 1; got {FamilyWindow}.");
        }
    }
}
