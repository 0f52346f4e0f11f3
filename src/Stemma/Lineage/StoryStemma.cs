namespace Stemma.Lineage;

/// <summary>The stemma of one story: the directed graph of derivation among its articles.</summary>
/// <param name="Story">The story id.</param>
/// <param name="Edges">The edges, ordered by the story's document order of (from, to).</param>
public sealed record StoryStemma(string Story, IReadOnlyList<StemmaEdge> Edges);
