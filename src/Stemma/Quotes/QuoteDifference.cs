namespace Stemma.Quotes;

/// <summary>One difference between a variant and the head of its family, with both wordings.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Head">The words of the head at this place (empty for an insertion; the speaker for a speaker change).</param>
/// <param name="Variant">The words of the variant at this place (empty for an omission).</param>
public sealed record QuoteDifference(QuoteDifferenceKind Kind, string Head, string Variant);
