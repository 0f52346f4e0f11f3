namespace Stemma.Stories;

/// <summary>How strongly two articles report the same event, measured on their <see cref="EventProfile"/>s.</summary>
/// <param name="A">Index of the first article.</param>
/// <param name="B">Index of the second article.</param>
/// <param name="SharedEntities">The names both mention, most informative first.</param>
/// <param name="EntityOverlap">Weighted share of the smaller article's names found in the other (0–1).</param>
/// <param name="TermCosine">Cosine similarity of the key-term vectors (0–1).</param>
/// <param name="DaysApart">Days between the publication dates, where both are known.</param>
internal sealed record EventMatch(int A, int B, IReadOnlyList<string> SharedEntities, double EntityOverlap, double TermCosine, int? DaysApart);
