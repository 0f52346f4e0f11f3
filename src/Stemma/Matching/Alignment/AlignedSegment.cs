namespace Stemma.Matching.Alignment;

/// <summary>One piece of an article alignment.</summary>
/// <param name="Kind">What the piece is.</param>
/// <param name="A">The span in A, or null for <see cref="SegmentKind.OnlyB"/>.</param>
/// <param name="B">The span in B, or null for <see cref="SegmentKind.OnlyA"/>.</param>
/// <param name="Score">The paraphrase probability for <see cref="SegmentKind.Paraphrased"/>, otherwise null.</param>
/// <param name="Variants">The word-level differences inside the piece, in A's order (empty for shared and one-sided pieces).</param>
public sealed record AlignedSegment(SegmentKind Kind, TextSpan? A, TextSpan? B, double? Score, IReadOnlyList<WordVariant> Variants);
