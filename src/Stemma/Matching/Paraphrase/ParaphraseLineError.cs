namespace Stemma.Matching.Paraphrase;

/// <summary>A line of a pair file that could not be read.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong with it, saying how to fix it.</param>
public sealed record ParaphraseLineError(int Line, string Message);
