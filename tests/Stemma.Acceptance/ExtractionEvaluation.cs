using System.IO.Compression;
using System.Text.Json;
using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Acceptance;

/// <summary>
/// Scores extraction the way the trafilatura project scores it on its evaluation set
/// (../shared/data/extraction-dev): for each page, every snippet that must appear is a true
/// positive when found in the output and a false negative when missed; every boilerplate snippet
/// found is a false positive, absent a true negative. Precision, recall and F1 over all snippets.
/// </summary>
public sealed class ExtractionEvaluation
{
    public const string DataSet = "data/extraction-dev";

    /// <summary>
    /// When this environment variable names a file, <see cref="Run"/> writes to it, page by page,
    /// the snippets the cleaned text missed (FN) and the boilerplate it kept (FP), followed by the
    /// cleaned text itself (of every page, so that a candidate rule can be tried on the text it
    /// would keep as well as on the leaks): the list to read when looking for the next cause to fix.
    /// </summary>
    public const string DiagnosticsVariable = "STEMMA_EXTRACTION_DIAGNOSTICS";

    public sealed record Score(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives, int Pages, int Failed)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() =>
            FormattableString.Invariant($"{Pages} pages ({Failed} without text): precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000} (TP {TruePositives}, FN {FalseNegatives}, FP {FalsePositives}, TN {TrueNegatives})");
    }

    /// <summary>Extracts and cleans every page of the set and scores the cleaned article text.</summary>
    public static (Score Extracted, Score Cleaned) Run(string directory)
    {
        using var eval = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "evaldata.json")));
        var pages = eval.RootElement.EnumerateObject()
            .Select(p => (File: p.Value.GetProperty("file").GetString()!, With: Strings(p.Value, "with"), Without: Strings(p.Value, "without")))
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ToList();

        var extractor = new DocumentExtractor();
        var documents = new ExtractedDocument?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var path = Path.Combine(directory, "html", pages[i].File + ".gz");
            if (!File.Exists(path))
            {
                return;
            }

            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gz.CopyTo(bytes);
            documents[i] = extractor.Extract(new SourceInput(path, bytes.ToArray())).FirstOrDefault(r => r.IsSuccess)?.Document;
        });

        var present = documents.Where(d => d is not null).Select(d => d!).ToList();
        var cleaned = ArticleCleaner.Create(CleaningOptions.Default).Clean(present).ToDictionary(a => a.Source, StringComparer.Ordinal);
        var extractedTexts = documents.Select(d => d?.Body ?? "").ToList();
        var cleanedTexts = documents.Select(d => d is null ? "" : cleaned[d.Source].Text).ToList();
        if (Environment.GetEnvironmentVariable(DiagnosticsVariable) is { Length: > 0 } diagnostics)
        {
            WriteDiagnostics(diagnostics, pages, cleanedTexts);
        }

        return (Tally(pages, extractedTexts), Tally(pages, cleanedTexts));
    }

    private static Score Tally(IReadOnlyList<(string File, string[] With, string[] Without)> pages, IReadOnlyList<string> texts)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0, failed = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            // Snippets are matched in running text: line breaks between our paragraphs count as spaces.
            var text = string.Join(' ', texts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0)
            {
                failed++;
            }

            foreach (var s in pages[i].With)
            {
                if (text.Contains(s, StringComparison.Ordinal)) { tp++; } else { fn++; }
            }

            foreach (var s in pages[i].Without)
            {
                if (text.Contains(s, StringComparison.Ordinal)) { fp++; } else { tn++; }
            }
        }

        return new Score(tp, fn, fp, tn, pages.Count, failed);
    }

    private static void WriteDiagnostics(string path, IReadOnlyList<(string File, string[] With, string[] Without)> pages, IReadOnlyList<string> texts)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < pages.Count; i++)
        {
            var text = string.Join(' ', texts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var missed = pages[i].With.Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
            var leaked = pages[i].Without.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
            writer.WriteLine($"=== {pages[i].File}");
            missed.ForEach(s => writer.WriteLine("FN " + s));
            leaked.ForEach(s => writer.WriteLine("FP " + s));
            writer.WriteLine("--- text");
            writer.WriteLine(texts[i]);
        }
    }

    private static string[] Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(s => string.Join(' ', s.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray()
            : [];
}
