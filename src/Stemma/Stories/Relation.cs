using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>The one relation between two articles of the same story, with its evidence.</summary>
public sealed record Relation
{
    /// <summary>The first article's id (the one earlier in the batch).</summary>
    public required string A { get; init; }

    /// <summary>The second article's id.</summary>
    public required string B { get; init; }

    /// <summary>What links them.</summary>
    public required RelationKind Kind { get; init; }

    /// <summary>The id of the earlier / originating side, where the evidence gives a direction.</summary>
    public string? Source { get; init; }

    /// <summary>The measured textual overlap (passages oriented A, B).</summary>
    public required PairEvidence Overlap { get; init; }

    /// <summary>Why this kind and this direction, in words.</summary>
    public required IReadOnlyList<string> Evidence { get; init; }
}
