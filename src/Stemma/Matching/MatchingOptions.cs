using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>Settings of a <see cref="TextReuseMatcher"/>.</summary>
public sealed record MatchingOptions
{
    /// <summary>Default shortest reported passage: 8 words is a clause — longer than the stock phrases
    /// two independent reports share ("said in a statement on Tuesday" is 6), shorter than one copied sentence.</summary>
    public const int DefaultMinPassageWords = 8;

    /// <summary>Default seed document-frequency cap: a seed in more than 100 documents of one batch is
    /// boilerplate (agency credit lines, cookie notices), and pairs sharing whole stories are found by LSH anyway.</summary>
    public const int DefaultMaxSeedDocumentFrequency = 100;

    /// <summary>The default options.</summary>
    public static MatchingOptions Default { get; } = new();

    /// <summary>How texts are shingled for Jaccard and containment.</summary>
    public ShingleOptions Shingles { get; init; } = ShingleOptions.Default;

    /// <summary>MinHash signature length.</summary>
    public int NumPerm { get; init; } = MinHash.DefaultNumPerm;

    /// <summary>MinHash seed.</summary>
    public ulong Seed { get; init; } = MinHash.DefaultSeed;

    /// <summary>MinHash scheme.</summary>
    public MinHashScheme Scheme { get; init; } = MinHashScheme.OnePermutation;

    /// <summary>Pairs at or above this exact Jaccard similarity are reported even without a long passage.</summary>
    public double JaccardThreshold { get; init; } = LshOptions.DefaultThreshold;

    /// <summary>The shortest passage reported, in words; also the seed length of the containment index,
    /// so every verbatim passage this long yields a candidate.</summary>
    public int MinPassageWords { get; init; } = DefaultMinPassageWords;

    /// <summary>Seeds found in more documents of a batch than this are ignored for candidate search.</summary>
    public int MaxSeedDocumentFrequency { get; init; } = DefaultMaxSeedDocumentFrequency;

    /// <summary>Explicit LSH bands (with <see cref="LshRows"/>), or null to derive from <see cref="JaccardThreshold"/>.</summary>
    public int? LshBands { get; init; }

    /// <summary>Explicit LSH rows per band (with <see cref="LshBands"/>), or null to derive.</summary>
    public int? LshRows { get; init; }

    /// <summary>Maximum worker threads; -1 for one per core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The LSH options these matching options imply.</summary>
    /// <returns>LSH options.</returns>
    public LshOptions ToLshOptions() => new()
    {
        Threshold = JaccardThreshold,
        NumPerm = NumPerm,
        Bands = LshBands,
        Rows = LshRows,
    };

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Shingles, nameof(Shingles));
        Shingles.Validate();
        if (MinPassageWords < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinPassageWords), MinPassageWords, $"MinPassageWords must be at least 2; got {MinPassageWords}. The default is {DefaultMinPassageWords}.");
        }

        if (MaxSeedDocumentFrequency < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSeedDocumentFrequency), MaxSeedDocumentFrequency, $"MaxSeedDocumentFrequency must be at least 2; got {MaxSeedDocumentFrequency}. The default is {DefaultMaxSeedDocumentFrequency}.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, $"MaxDegreeOfParallelism must be -1 (one per core) or positive; got {MaxDegreeOfParallelism}.");
        }

        _ = ToLshOptions().ResolveParameters();
        _ = new MinHash(NumPerm, Seed, Scheme);
    }
}
