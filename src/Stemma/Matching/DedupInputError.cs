namespace Stemma.Matching;

/// <summary>A problem with one input line; the rest of the input is still processed.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record DedupInputError(long Line, string Message);
