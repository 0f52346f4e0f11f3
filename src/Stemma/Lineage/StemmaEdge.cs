using Stemma.Stories;

namespace Stemma.Lineage;

/// <summary>One edge of a stemma: <paramref name="To"/> was copied (in whole or in part) from <paramref name="From"/>.</summary>
/// <param name="From">The document id of the text that was copied.</param>
/// <param name="To">The document id of the copy.</param>
/// <param name="Kind">The relation between the two.</param>
/// <param name="Evidence">Why this parent, in words.</param>
public sealed record StemmaEdge(string From, string To, RelationKind Kind, IReadOnlyList<string> Evidence);
