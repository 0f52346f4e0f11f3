namespace Stemma.Sources;

/// <summary>The raw bytes of one input (a file, or standard input) before its format is known.</summary>
/// <param name="Source">The path or URI as the user gave it (<c>-</c> for standard input).</param>
/// <param name="Content">The bytes read.</param>
public sealed record SourceInput(string Source, byte[] Content);
