namespace Stemma.Matching;

/// <summary>The outcome of a dedup run.</summary>
public sealed record DedupResult
{
    /// <summary>
    /// Verified pairs, ordered by the input position of A, then of B. Exact copies (the same words)
    /// appear in one pair each, with the copy that stands for them: the earliest dated, then the smallest id
    /// (see <see cref="DedupStatistics.ExactCopies"/>).
    /// </summary>
    public required IReadOnlyList<DuplicatePair> Pairs { get; init; }

    /// <summary>Clusters of two or more documents, ordered by their representative's input position.</summary>
    public required IReadOnlyList<DuplicateCluster> Clusters { get; init; }

    /// <summary>Input problems, in line order.</summary>
    public required IReadOnlyList<DedupInputError> Errors { get; init; }

    /// <summary>Counts and timings.</summary>
    public required DedupStatistics Statistics { get; init; }
}
