namespace Stemma.Collation;

/// <summary>One reading at a place of variation, with the witnesses that carry it.</summary>
/// <param name="Text">The reading as the best-trusted of its witnesses writes it; empty for an omission.</param>
/// <param name="Documents">The witnesses' document ids, in the collation's witness order.</param>
public sealed record CollationReading(string Text, IReadOnlyList<string> Documents);
