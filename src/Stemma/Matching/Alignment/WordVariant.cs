namespace Stemma.Matching.Alignment;

/// <summary>One word-level difference between two aligned spans.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="A">The words in A; for <see cref="VariantKind.Inserted"/> an empty span at the place in A where B's words stand.</param>
/// <param name="B">The words in B; for <see cref="VariantKind.Dropped"/> an empty span at the place in B where A's words stood.</param>
/// <param name="WordsA">The number of words of A involved.</param>
/// <param name="WordsB">The number of words of B involved.</param>
public sealed record WordVariant(VariantKind Kind, TextSpan A, TextSpan B, int WordsA, int WordsB);
