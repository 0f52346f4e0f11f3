namespace Stemma.Matching.Paraphrase;

/// <summary>Two sentences and, when known, whether they say the same thing (the MSRP layout).</summary>
/// <param name="Id1">The first sentence's identifier.</param>
/// <param name="Id2">The second sentence's identifier.</param>
/// <param name="Sentence1">The first sentence.</param>
/// <param name="Sentence2">The second sentence.</param>
/// <param name="IsParaphrase">The gold label: true for a paraphrase, false for not, null when unlabelled.</param>
public sealed record ParaphrasePair(string Id1, string Id2, string Sentence1, string Sentence2, bool? IsParaphrase);
