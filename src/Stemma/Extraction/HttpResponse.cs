using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Stemma.Extraction;

/// <summary>An HTTP response as a WARC response record holds it: status, headers, and the body decoded from its transfer and content encodings.</summary>
/// <param name="Status">The status code (200…).</param>
/// <param name="MediaType">The Content-Type's media type, lower case, without parameters; null when absent.</param>
/// <param name="Charset">The Content-Type's charset parameter, when given.</param>
/// <param name="Body">The body after de-chunking and decompression.</param>
/// <param name="Problem">Why the body could not be decoded, when it could not.</param>
internal sealed partial record HttpResponse(int Status, string? MediaType, string? Charset, byte[] Body, string? Problem)
{
    /// <summary>Parses a response record's block; null when it is not an HTTP response.</summary>
    public static HttpResponse? Parse(byte[] block)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = block.AsSpan().IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0 || !block.AsSpan().StartsWith("HTTP/"u8))
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(block, 0, end).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var statusParts = head[0].Split(' ', 3);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
            }
        }

        string? mediaType = null;
        string? charset = null;
        if (headers.TryGetValue("Content-Type", out var contentType))
        {
            mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
            charset = CharsetParameter().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;
        }

        var body = block.AsSpan(end + separator).ToArray();
        string? problem = null;
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            (body, problem) = Dechunk(body);
        }

        if (problem is null && headers.TryGetValue("Content-Encoding", out var encoding))
        {
            (body, problem) = Decompress(body, encoding.Trim().ToLowerInvariant());
        }

        return new HttpResponse(status, mediaType, charset, body, problem);
    }

    /// <summary>Whether the body is an HTML page (or has no type, as some old captures).</summary>
    public bool IsHtml => MediaType is null or "text/html" or "application/xhtml+xml";

    /// <summary>Undoes chunked transfer encoding. Crawlers often store it already undone, so a body that does not parse as chunks is kept as it is.</summary>
    internal static (byte[] Body, string? Problem) Dechunk(byte[] body)
    {
        var output = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(at).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return at == 0 ? (body, null) : (output.ToArray(), "chunked body ends without its last chunk");
            }

            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return at == 0 ? (body, null) : (output.ToArray(), "malformed chunk size in a chunked body");
            }

            at += lineEnd + 1;
            if (size == 0)
            {
                return (output.ToArray(), null);
            }

            if (at + size > body.Length)
            {
                output.Write(body, at, body.Length - at);
                return (output.ToArray(), "chunked body ends inside a chunk");
            }

            output.Write(body, at, size);
            at += size;
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }
    }

    private static (byte[] Body, string? Problem) Decompress(byte[] body, string encoding)
    {
        if (encoding is "identity" or "" || (encoding is "gzip" or "x-gzip" && !body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])))
        {
            // Some crawlers store the body already decoded and keep the header.
            return (body, null);
        }

        try
        {
            using Stream decoder = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
                "deflate" => body.Length > 0 && (body[0] & 0x0F) == 8 ? new ZLibStream(new MemoryStream(body), CompressionMode.Decompress) : new DeflateStream(new MemoryStream(body), CompressionMode.Decompress),
                "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
                _ => throw new NotSupportedException(encoding),
            };
            var output = new MemoryStream();
            decoder.CopyTo(output);
            return (output.ToArray(), null);
        }
        catch (NotSupportedException)
        {
            return (body, $"unsupported Content-Encoding \"{encoding}\"");
        }
        catch (InvalidDataException ex)
        {
            return (body, $"corrupt {encoding} body ({ex.Message})");
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();
}
