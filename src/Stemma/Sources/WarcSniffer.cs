using System.IO.Compression;

namespace Stemma.Sources;

/// <summary>Tells from the first bytes of a file whether it is a WARC archive, plain or gzipped, so that it is streamed rather than read whole.</summary>
internal static class WarcSniffer
{
    /// <summary>How much of a file is read to decide: the first gzip member of a Common Crawl WARC (its warcinfo record) is well under this.</summary>
    internal const int ProbeBytes = 64 * 1024;

    public static bool IsWarc(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("WARC/1."u8))
        {
            return true;
        }

        if (head.Length < 2 || head[0] != 0x1F || head[1] != 0x8B)
        {
            return false;
        }

        var start = new byte[7];
        try
        {
            using var gzip = new GZipStream(new MemoryStream(head.ToArray()), CompressionMode.Decompress);
            var read = 0;
            int n;
            while (read < start.Length && (n = gzip.Read(start, read, start.Length - read)) > 0)
            {
                read += n;
            }

            return read == start.Length && start.AsSpan().SequenceEqual("WARC/1."u8);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
