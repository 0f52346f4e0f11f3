using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>Settings of a <see cref="NearDuplicateFinder"/>.</summary>
public sealed record DedupOptions
{
    /// <summary>Default containment threshold: a text with 80% of its shingles inside another is a lead,
    /// a shortened edition or an embedded wire story; below that, shared boilerplate and quotes dominate.</summary>
    public const double DefaultContainment = 0.8;

    /// <summary>Default sampling modulus of the containment index: one shingle in 8 (by hash) is indexed, so a
    /// 60-word lead 80% contained in its source is missed with probability (7/8)^48 ≈ 0.2%, at 75 index entries
    /// for a 600-word article (calibrated on `stemma synth` corpora: leads of two to four sentences).</summary>
    public const int DefaultSampleModulus = 8;

    /// <summary>Default cap on the documents sharing one sampled shingle: a shingle in more than 64 documents
    /// is boilerplate (site chrome, credit lines); true copies are found through their other shingles.</summary>
    public const int DefaultMaxSampleDocumentFrequency = 64;

    /// <summary>Default weight of false positives when deriving the LSH banding: every candidate is verified
    /// exactly, so a false candidate only costs time while a false negative loses a pair; 0.1 against 0.9
    /// gives 32 bands of 4 rows at threshold 0.5 and k = 128 (candidate probability 0.87 at J = 0.5, 0.98 at
    /// 0.6); pairs near the threshold that LSH misses share hundreds of shingles and are caught by the sampled index.</summary>
    public const double DefaultFalsePositiveWeight = 0.1;

    /// <summary>Default weight of false negatives when deriving the LSH banding (see <see cref="DefaultFalsePositiveWeight"/>).</summary>
    public const double DefaultFalseNegativeWeight = 0.9;

    /// <summary>Default memory for shingle sets held during verification: 1.5 GiB; a 1,000,000-article
    /// `stemma synth` run peaked at 2.3 GB RSS with 1 GiB (three passes), so this stays under the 4 GB
    /// target while cutting the re-reads of a pass.</summary>
    public const long DefaultVerificationMemoryBytes = 3L << 29;

    /// <summary>The default options.</summary>
    public static DedupOptions Default { get; } = new();

    /// <summary>Pairs with exact Jaccard at least this are reported.</summary>
    public double Threshold { get; init; } = LshOptions.DefaultThreshold;

    /// <summary>Pairs where either text has at least this share of its shingles in the other are reported.</summary>
    public double Containment { get; init; } = DefaultContainment;

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = ShingleOptions.DefaultWordSize;

    /// <summary>MinHash signature length.</summary>
    public int NumPerm { get; init; } = MinHash.DefaultNumPerm;

    /// <summary>MinHash seed.</summary>
    public ulong Seed { get; init; } = MinHash.DefaultSeed;

    /// <summary>Explicit LSH bands (with <see cref="LshRows"/>), or null to derive them from <see cref="Threshold"/>.</summary>
    public int? LshBands { get; init; }

    /// <summary>Explicit LSH rows per band (with <see cref="LshBands"/>), or null to derive.</summary>
    public int? LshRows { get; init; }

    /// <summary>One shingle in this many (chosen by hash, the same in every document) enters the containment index.</summary>
    public int SampleModulus { get; init; } = DefaultSampleModulus;

    /// <summary>Sampled shingles held by more documents than this are ignored.</summary>
    public int MaxSampleDocumentFrequency { get; init; } = DefaultMaxSampleDocumentFrequency;

    /// <summary>Memory for shingle sets during verification; more candidates than fit are verified in several passes.</summary>
    public long VerificationMemoryBytes { get; init; } = DefaultVerificationMemoryBytes;

    /// <summary>Maximum worker threads; -1 for one per core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The LSH options these options imply.</summary>
    /// <returns>LSH options.</returns>
    public LshOptions ToLshOptions() => new()
    {
        Threshold = Threshold,
        NumPerm = NumPerm,
        Bands = LshBands,
        Rows = LshRows,
        FalsePositiveWeight = DefaultFalsePositiveWeight,
        FalseNegativeWeight = DefaultFalseNegativeWeight,
    };

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        LshOptions.ValidateThreshold(Threshold);
        if (!(Containment > 0.0 && Containment <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(Containment), Containment, $"containment must be in (0,1]; got {Containment}. The default is {DefaultContainment}.");
        }

        if (ShingleWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ShingleWords), ShingleWords, $"ShingleWords must be at least 1; got {ShingleWords}. The default is {ShingleOptions.DefaultWordSize}.");
        }

        if (SampleModulus < 1 || (SampleModulus & (SampleModulus - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SampleModulus), SampleModulus, $"SampleModulus must be a power of two (1 indexes every shingle); got {SampleModulus}. The default is {DefaultSampleModulus}.");
        }

        if (MaxSampleDocumentFrequency < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSampleDocumentFrequency), MaxSampleDocumentFrequency, $"MaxSampleDocumentFrequency must be at least 2; got {MaxSampleDocumentFrequency}. The default is {DefaultMaxSampleDocumentFrequency}.");
        }

        if (VerificationMemoryBytes < 1 << 20)
        {
            throw new ArgumentOutOfRangeException(nameof(VerificationMemoryBytes), VerificationMemoryBytes, $"VerificationMemoryBytes must be at least 1 MiB; got {VerificationMemoryBytes}.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, $"MaxDegreeOfParallelism must be -1 (one per core) or positive; got {MaxDegreeOfParallelism}.");
        }

        _ = ToLshOptions().ResolveParameters();
        _ = new MinHash(NumPerm, Seed);
    }
}
