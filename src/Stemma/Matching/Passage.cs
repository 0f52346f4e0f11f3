namespace Stemma.Matching;

/// <summary>A pair of aligned spans that two articles share.</summary>
/// <param name="A">The span in the first article's text.</param>
/// <param name="B">The span in the second article's text.</param>
/// <param name="Verbatim">True when the normalised words of both spans are the same.</param>
/// <param name="Words">The number of words the passage covers in <paramref name="A"/>.</param>
public sealed record Passage(TextSpan A, TextSpan B, bool Verbatim, int Words);
