namespace Stemma.Matching;

/// <summary>Counts and timings of a dedup run. CPU seconds are summed over worker threads.</summary>
public sealed record DedupStatistics
{
    /// <summary>Documents fingerprinted and indexed.</summary>
    public required int Documents { get; init; }

    /// <summary>Threads used.</summary>
    public required int Threads { get; init; }

    /// <summary>Wall-clock seconds of the whole run.</summary>
    public required double TotalSeconds { get; init; }

    /// <summary>Wall-clock seconds of reading, parsing and fingerprinting.</summary>
    public required double ReadSeconds { get; init; }

    /// <summary>CPU seconds spent parsing JSON lines.</summary>
    public required double ParseCpuSeconds { get; init; }

    /// <summary>CPU seconds spent fingerprinting (tokenise, shingle, MinHash, band keys, samples).</summary>
    public required double FingerprintCpuSeconds { get; init; }

    /// <summary>CPU seconds spent building the LSH and containment indexes (sorting band and sample keys).</summary>
    public required double IndexCpuSeconds { get; init; }

    /// <summary>CPU seconds spent querying the indexes for candidate pairs.</summary>
    public required double QueryCpuSeconds { get; init; }

    /// <summary>Wall-clock seconds of verification (re-reading candidates and exact measures).</summary>
    public required double VerifySeconds { get; init; }

    /// <summary>The LSH banding used.</summary>
    public required LshParameters Lsh { get; init; }

    /// <summary>Candidate pairs from the LSH index.</summary>
    public required long LshCandidates { get; init; }

    /// <summary>Candidate pairs found only by the containment index.</summary>
    public required long ContainmentCandidates { get; init; }

    /// <summary>Documents whose words are exactly another's and that are paired with the copy standing for them only.</summary>
    public required int ExactCopies { get; init; }

    /// <summary>Pairs that passed verification.</summary>
    public required long VerifiedPairs { get; init; }

    /// <summary>Verification passes over the input (more than one when candidates exceed the memory budget).</summary>
    public required int VerificationPasses { get; init; }

    /// <summary>Bytes the indexes keep per document (band keys, sampled shingles, offsets, sizes, dates).</summary>
    public required double IndexBytesPerDocument { get; init; }
}
