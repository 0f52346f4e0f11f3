using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Stemma.Tests.Extraction;

/// <summary>Writes WARC files for tests: records as the WARC 1.0/1.1 standard lays them out, each optionally its own gzip member.</summary>
internal sealed class WarcWriter(string version = "WARC/1.1", bool gzipPerRecord = false)
{
    private readonly MemoryStream _output = new();
    private readonly List<long> _recordStarts = [];
    private int _records;

    public byte[] ToArray() => _output.ToArray();

    /// <summary>Where each record (each gzip member, when gzipped) starts in the output, in order.</summary>
    public IReadOnlyList<long> RecordStarts => _recordStarts;

    public WarcWriter Info() => Record("warcinfo", null, "application/warc-fields", "software: stemma-tests\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());

    public WarcWriter Request(string uri) =>
        Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcWriter Metadata(string uri) => Record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n"u8.ToArray());

    /// <summary>A response record holding an HTTP response with <paramref name="body"/> and <paramref name="headers"/>.</summary>
    public WarcWriter Response(string uri, byte[] body, string headers = "Content-Type: text/html; charset=utf-8", int status = 200, string date = "2031-04-03T10:00:00Z", int? lyingLength = null)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\n{headers}\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
        return Record("response", uri, "application/http; msgtype=response", http, date, lyingLength);
    }

    public WarcWriter Response(string uri, string html, string headers = "Content-Type: text/html; charset=utf-8", int status = 200) =>
        Response(uri, Encoding.UTF8.GetBytes(html), headers, status);

    public WarcWriter Raw(byte[] bytes)
    {
        _output.Write(bytes);
        return this;
    }

    public WarcWriter Record(string type, string? uri, string contentType, byte[] block, string date = "2031-04-03T10:00:00Z", int? lyingLength = null)
    {
        _records++;
        _recordStarts.Add(_output.Length);
        var header = new StringBuilder();
        header.Append(version).Append("\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{_records:D12}>\r\n");
        header.Append("WARC-Date: ").Append(date).Append("\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-Length: {lyingLength ?? block.Length}\r\n\r\n");
        var record = Encoding.ASCII.GetBytes(header.ToString()).Concat(block).Concat("\r\n\r\n"u8.ToArray()).ToArray();
        if (gzipPerRecord)
        {
            using var member = new MemoryStream();
            using (var gzip = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(record);
            }

            _output.Write(member.ToArray());
        }
        else
        {
            _output.Write(record);
        }

        return this;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Chunked(byte[] data, int chunk)
    {
        var output = new MemoryStream();
        for (var at = 0; at < data.Length; at += chunk)
        {
            var size = Math.Min(chunk, data.Length - at);
            output.Write(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            output.Write(data, at, size);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
