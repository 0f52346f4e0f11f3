namespace Stemma.Sources;

/// <summary>The raw bytes of one input (a file, or standard input) before its format is known.</summary>
/// <param name="Source">The path or URI as the user gave it (<c>-</c> for standard input).</param>
/// <param name="Content">
/// The bytes read: the whole input, or only its first bytes when <see cref="Open"/> streams the rest
/// (a WARC archive, which may be far larger than memory).
/// </param>
public sealed record SourceInput(string Source, byte[] Content)
{
    /// <summary>
    /// Opens the whole input as a stream, for formats read as they stream (WARC); null when
    /// <see cref="Content"/> is the whole input.
    /// </summary>
    public Func<Stream>? Open { get; init; }
}
