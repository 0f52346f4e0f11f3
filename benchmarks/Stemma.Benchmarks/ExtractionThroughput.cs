using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Benchmarks;

/// <summary>
/// Stopwatch measurement of HTML extraction on the trafilatura evaluation set
/// (../shared/data/extraction-dev): pages per second on one core, and the snippet score of the
/// extracted body (before cleaning) so that a speed change and a quality change show together.
/// With <c>--misses FILE</c> every missed and every leaked snippet is written out per page.
/// </summary>
public static class ExtractionThroughput
{
    public static void Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: extraction DIRECTORY [--misses FILE]   (DIRECTORY holds evaldata.json and html/)");
            return;
        }

        var directory = args[0];
        var missesPath = args.Length >= 3 && args[1] == "--misses" ? args[2] : null;
        using var eval = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "evaldata.json")));
        var pages = eval.RootElement.EnumerateObject()
            .Select(p => (File: p.Value.GetProperty("file").GetString()!, With: Strings(p.Value, "with"), Without: Strings(p.Value, "without")))
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .Where(p => File.Exists(Path.Combine(directory, "html", p.File + ".gz")))
            .ToList();
        var inputs = pages.Select(p => new SourceInput(p.File, Gunzip(Path.Combine(directory, "html", p.File + ".gz")))).ToList();
        var megabytes = inputs.Sum(i => i.Content.Length) / 1e6;

        var extractor = new DocumentExtractor();
        foreach (var input in inputs.Take(50))
        {
            _ = extractor.Extract(input).ToList(); // Warm-up: JIT and AngleSharp's static tables.
        }

        var bodies = new string[inputs.Count];
        var watch = new Stopwatch();

        // Two passes: the first still runs partly on unoptimised (tier-0) code; the second is the
        // steady state a long batch sees.
        foreach (var pass in new[] { "first pass", "second pass" })
        {
            watch.Restart();
            for (var i = 0; i < inputs.Count; i++)
            {
                bodies[i] = extractor.Extract(inputs[i]).FirstOrDefault(r => r.IsSuccess)?.Document?.Body ?? "";
            }

            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTML extraction, {pass}: {inputs.Count} pages ({megabytes:F1} MB) in {watch.Elapsed.TotalSeconds:F1} s on one core: {inputs.Count / watch.Elapsed.TotalSeconds:F1} pages/s, {megabytes / watch.Elapsed.TotalSeconds:F2} MB/s"));
        }

        int tp = 0, fn = 0, fp = 0, tn = 0;
        var misses = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            var text = string.Join(' ', bodies[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var pageReport = new StringBuilder();
            foreach (var s in pages[i].With)
            {
                if (text.Contains(s, StringComparison.Ordinal)) { tp++; } else { fn++; pageReport.AppendLine("  FN " + s); }
            }

            foreach (var s in pages[i].Without)
            {
                if (text.Contains(s, StringComparison.Ordinal)) { fp++; pageReport.AppendLine("  FP " + s); } else { tn++; }
            }

            if (pageReport.Length > 0)
            {
                misses.Append(pages[i].File).Append(" (").Append(text.Length).AppendLine(" chars)").Append(pageReport);
            }
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extracted body (before cleaning): precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} (TP {tp}, FN {fn}, FP {fp}, TN {tn})"));
        if (missesPath is not null)
        {
            File.WriteAllText(missesPath, misses.ToString());
        }

        Warc(inputs, extractor);
    }

    /// <summary>
    /// The same pages as HTTP responses in a gzipped WARC (one member per record, request and
    /// metadata records between, as Common Crawl writes them), read back from disk through
    /// SourceReader's streaming path: records per second and compressed MB per second.
    /// </summary>
    private static void Warc(List<SourceInput> pages, DocumentExtractor extractor)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stemma-bench-{Environment.ProcessId}.warc.gz");
        try
        {
            using (var file = File.Create(path))
            {
                var id = 0;
                foreach (var page in pages)
                {
                    var uri = "https://bench.example/" + Uri.EscapeDataString(page.Source);
                    WriteRecord(file, "request", uri, Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: bench.example\r\n\r\n"), ++id);
                    var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Content.Length}\r\n\r\n");
                    WriteRecord(file, "response", uri, [.. head, .. page.Content], ++id);
                    WriteRecord(file, "metadata", uri, Encoding.ASCII.GetBytes("fetchTimeMs: 100\r\n"), ++id);
                }
            }

            var megabytes = new FileInfo(path).Length / 1e6;
            var watch = Stopwatch.StartNew();
            var input = new SourceReader().Read([path]).Single().Input!;
            var documents = extractor.Extract(input).Count(r => r.IsSuccess);
            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"WARC (gzip per record, {pages.Count * 3} records, {megabytes:F1} MB compressed): {documents} documents in {watch.Elapsed.TotalSeconds:F1} s on one core: {documents / watch.Elapsed.TotalSeconds:F1} pages/s, {megabytes / watch.Elapsed.TotalSeconds:F2} MB/s compressed"));

        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteRecord(Stream output, string type, string uri, byte[] block, int id)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id:D8}-0000-4000-8000-000000000000>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Length: {block.Length}\r\n\r\n"));
        using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(header);
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }

    private static byte[] Gunzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gz.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string[] Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(s => string.Join(' ', s.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray()
            : [];
}
