using Stemma.Matching;

namespace Stemma.Collation;

/// <summary>A place where the witnesses of an edition differ: the apparatus entry.</summary>
/// <param name="At">The chosen reading's span in the canonical text (empty where an omission was chosen).</param>
/// <param name="Chosen">The reading put into the canonical text.</param>
/// <param name="Readings">Every reading with its witnesses, best supported first.</param>
public sealed record CollationVariant(TextSpan At, string Chosen, IReadOnlyList<CollationReading> Readings);
