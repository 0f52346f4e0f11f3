namespace Stemma.Sources;

/// <summary>Settings of a <see cref="SourceReader"/>.</summary>
public sealed record SourceReaderOptions
{
    /// <summary>
    /// Files larger than this are reported as errors instead of read: the whole file is held in
    /// memory. 512 MiB is far above any single article and above the JSONL dumps we have seen
    /// (tens of MiB), while staying clear of the 2 GiB array limit.
    /// </summary>
    public const long DefaultMaxFileBytes = 512L * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static SourceReaderOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes; see <see cref="DefaultMaxFileBytes"/>.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
