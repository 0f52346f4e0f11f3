namespace Stemma.Matching;

/// <summary>The verified textual overlap of two articles, measured exactly (never estimated).</summary>
public sealed record PairEvidence
{
    /// <summary>Index of the first article in the batch (always the smaller index).</summary>
    public required int A { get; init; }

    /// <summary>Index of the second article in the batch.</summary>
    public required int B { get; init; }

    /// <summary>Exact Jaccard similarity of the two word-shingle sets.</summary>
    public required double Jaccard { get; init; }

    /// <summary>The share of A's shingles found in B.</summary>
    public required double ContainmentAInB { get; init; }

    /// <summary>The share of B's shingles found in A.</summary>
    public required double ContainmentBInA { get; init; }

    /// <summary>The passages the two share, in A's order.</summary>
    public required IReadOnlyList<Passage> Passages { get; init; }
}
