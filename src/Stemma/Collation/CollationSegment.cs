using Stemma.Matching;

namespace Stemma.Collation;

/// <summary>One column of the alignment table: what each witness has there.</summary>
/// <param name="Varies">True where the witnesses do not all carry the same words.</param>
/// <param name="Cells">Per witness (in the collation's witness order), the span of its words in its own text, or null for a gap.</param>
public sealed record CollationSegment(bool Varies, IReadOnlyList<TextSpan?> Cells);
