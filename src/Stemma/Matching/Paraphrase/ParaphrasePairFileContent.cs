namespace Stemma.Matching.Paraphrase;

/// <summary>What <see cref="ParaphrasePairFile"/> read from one file.</summary>
/// <param name="Pairs">The pairs read, in file order.</param>
/// <param name="Errors">The lines that could not be read, in file order.</param>
public sealed record ParaphrasePairFileContent(IReadOnlyList<ParaphrasePair> Pairs, IReadOnlyList<ParaphraseLineError> Errors);
