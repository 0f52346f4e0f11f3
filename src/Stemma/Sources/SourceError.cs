namespace Stemma.Sources;

/// <summary>An input that could not be read or analysed; reported, never thrown at the user.</summary>
/// <param name="Source">The path, URI or <c>path:line</c> that failed.</param>
/// <param name="Message">Why, in words a user can act on.</param>
public sealed record SourceError(string Source, string Message);
