namespace Stemma.Extraction;

/// <summary>
/// One record of a WARC file, or the problem that spoiled it.
/// </summary>
/// <param name="Type">WARC-Type (response, request, metadata, warcinfo…); null for a spoiled record.</param>
/// <param name="Headers">The WARC header fields, names as written.</param>
/// <param name="Block">The record's content block; empty when it was not kept (not a response, or spoiled).</param>
/// <param name="Offset">Where the record starts in the (decompressed) stream, for messages.</param>
/// <param name="Problem">Why the record could not be read, when it could not.</param>
internal sealed record WarcRecord(string? Type, IReadOnlyDictionary<string, string> Headers, byte[] Block, long Offset, string? Problem)
{
    /// <summary>A header value, case-insensitively.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
