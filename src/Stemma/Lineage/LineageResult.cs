using Stemma.Stories;

namespace Stemma.Lineage;

/// <summary>What the lineage stage adds: a stemma per story, and the relations with the direction the collation gave.</summary>
/// <param name="Relations">The relations in their original order; a source the collation decided is filled in with its evidence, no source is ever changed.</param>
/// <param name="Stemmata">One stemma per story, in story order.</param>
public sealed record LineageResult(IReadOnlyList<Relation> Relations, IReadOnlyList<StoryStemma> Stemmata);
