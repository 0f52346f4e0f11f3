namespace Stemma.Matching.Alignment;

/// <summary>Two articles aligned: every word of each belongs to exactly one segment.</summary>
/// <param name="Segments">The segments, in A's order; a segment only B has follows the segment that precedes it in B.</param>
public sealed record ArticleAlignment(IReadOnlyList<AlignedSegment> Segments)
{
    /// <summary>The segments of one kind, in order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The matching segments.</returns>
    public IEnumerable<AlignedSegment> OfKind(SegmentKind kind) => Segments.Where(s => s.Kind == kind);
}
