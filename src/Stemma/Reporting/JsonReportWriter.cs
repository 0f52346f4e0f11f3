using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Stories;

namespace Stemma.Reporting;

/// <summary>Writes the <c>stemma.report/1</c> JSON of REPORT.md: field order fixed, output deterministic.</summary>
public sealed class JsonReportWriter : ReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep quotes, apostrophes and non-ASCII letters readable in the report.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", AnalysisReport.Schema);
            WriteDocuments(json, report.Documents, cancellationToken);
            WriteStories(json, report.Stories);
            WriteRelations(json, report.Relations, cancellationToken);

            WriteQuotes(json, report);
            WriteCollations(json, report.Collations, cancellationToken);
            WriteStemma(json, report.Stemma);

            WriteErrors(json, report.Errors);
            json.WriteEndObject();
        }

        Flush(buffer, output);
    }

    /// <summary>The schema name of <c>stemma extract --json</c>: the documents of a report, without analysis.</summary>
    public const string ExtractSchema = "stemma.extract/1";

    /// <summary>Writes the cleaned documents and errors of a batch, each document in the report's document shape.</summary>
    public static void WriteExtraction(ArticleBatch batch, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", ExtractSchema);
            WriteDocuments(json, batch.Articles, cancellationToken);
            WriteErrors(json, batch.Errors);
            json.WriteEndObject();
        }

        Flush(buffer, output);
    }

    private static void WriteQuotes(Utf8JsonWriter json, AnalysisReport report)
    {
        var storyOf = report.Stories.SelectMany(s => s.Documents.Select(d => (d, s.Id))).ToDictionary(x => x.d, x => x.Id, StringComparer.Ordinal);
        json.WriteStartArray("quotes");
        foreach (var family in report.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", family.Id);
            json.WriteString("story", storyOf.GetValueOrDefault(family.Documents[0]));
            json.WriteString("speaker", family.Speaker);
            json.WriteString("head", family.Head.Text);
            json.WriteStartArray("variants");
            foreach (var v in family.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", v.Text);
                WriteStrings(json, "documents", v.Documents);
                json.WriteString("speaker", v.Speaker);
                json.WriteStartArray("differences");
                foreach (var d in v.Differences)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", QuoteNames.Of(d.Kind));
                    json.WriteString("head", d.Head);
                    json.WriteString("variant", d.Variant);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("flags");
            foreach (var f in family.Flags)
            {
                json.WriteStartObject();
                json.WriteString("kind", f.Kind);
                WriteStrings(json, "documents", f.Documents);
                json.WriteString("detail", f.Detail);
                json.WriteStartArray("wordings");
                foreach (var w in f.Wordings)
                {
                    WriteReading(json, w.Text, w.Documents);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Flush(MemoryStream buffer, TextWriter output)
    {
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteErrors(Utf8JsonWriter json, IReadOnlyList<Sources.SourceError> errors)
    {
        json.WriteStartArray("errors");
        foreach (var e in errors)
        {
            json.WriteStartObject();
            json.WriteString("source", e.Source);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The report's name for a format.</summary>
    public static string FormatName(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        DocumentFormat.Jsonl => "jsonl",
        DocumentFormat.Warc => "warc",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    private static void WriteDocuments(Utf8JsonWriter json, IReadOnlyList<Article> documents, CancellationToken ct)
    {
        json.WriteStartArray("documents");
        foreach (var d in documents)
        {
            ct.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("source", d.Source);
            json.WriteString("format", FormatName(d.Format));
            json.WriteString("title", d.Metadata.Title);
            json.WriteString("outlet", d.Metadata.Outlet);
            json.WriteString("byline", d.Metadata.Byline);
            json.WriteString("wire", d.Metadata.Wire);
            json.WriteString("url", d.Metadata.Url);
            if (d.Metadata.Published is { } p)
            {
                json.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("published");
            }

            json.WriteString("text", d.Text);
            json.WriteStartArray("removed");
            foreach (var r in d.Removed)
            {
                json.WriteStartObject();
                json.WriteString("kind", r.Kind);
                json.WriteString("text", r.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "repairs", d.Repairs);
            WriteStrings(json, "warnings", d.Warnings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStories(Utf8JsonWriter json, IReadOnlyList<Story> stories)
    {
        json.WriteStartArray("stories");
        foreach (var s in stories)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("headline", s.Headline);
            json.WriteStartArray("documents");
            foreach (var d in s.Documents)
            {
                json.WriteStringValue(d);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRelations(Utf8JsonWriter json, IReadOnlyList<Relation> relations, CancellationToken ct)
    {
        json.WriteStartArray("relations");
        foreach (var r in relations)
        {
            ct.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString("a", r.A);
            json.WriteString("b", r.B);
            json.WriteString("kind", r.Kind.ToName());
            json.WriteString("source", r.Source);
            json.WriteNumber("jaccard", Math.Round(r.Overlap.Jaccard, 4));
            json.WriteStartObject("containment");
            json.WriteNumber("a_in_b", Math.Round(r.Overlap.ContainmentAInB, 4));
            json.WriteNumber("b_in_a", Math.Round(r.Overlap.ContainmentBInA, 4));
            json.WriteEndObject();
            json.WriteStartArray("passages");
            foreach (var p in r.Overlap.Passages)
            {
                json.WriteStartObject();
                json.WriteStartArray("a");
                json.WriteNumberValue(p.A.Start);
                json.WriteNumberValue(p.A.End);
                json.WriteEndArray();
                json.WriteStartArray("b");
                json.WriteNumberValue(p.B.Start);
                json.WriteNumberValue(p.B.End);
                json.WriteEndArray();
                json.WriteBoolean("verbatim", p.Verbatim);
                json.WriteNumber("words", p.Words);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "evidence", r.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCollations(Utf8JsonWriter json, IReadOnlyList<Collation.Collation> collations, CancellationToken ct)
    {
        json.WriteStartArray("collations");
        foreach (var c in collations)
        {
            ct.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("story", c.Story);
            WriteStrings(json, "documents", c.Documents);
            json.WriteString("pivot", c.Pivot);
            json.WriteString("canonical", c.Canonical);
            json.WriteStartArray("variants");
            foreach (var v in c.Variants)
            {
                json.WriteStartObject();
                json.WriteStartArray("at");
                json.WriteNumberValue(v.At.Start);
                json.WriteNumberValue(v.At.End);
                json.WriteEndArray();
                json.WriteString("chosen", v.Chosen);
                json.WriteStartArray("readings");
                foreach (var r in v.Readings)
                {
                    WriteReading(json, r.Text, r.Documents);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStemma(Utf8JsonWriter json, IReadOnlyList<Lineage.StoryStemma> stemmata)
    {
        json.WriteStartArray("stemma");
        foreach (var s in stemmata)
        {
            json.WriteStartObject();
            json.WriteString("story", s.Story);
            json.WriteStartArray("edges");
            foreach (var e in s.Edges)
            {
                json.WriteStartObject();
                json.WriteString("from", e.From);
                json.WriteString("to", e.To);
                json.WriteString("kind", e.Kind.ToName());
                WriteStrings(json, "evidence", e.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // A wording and the documents that carry it: quote flags and collation readings share this shape.
    private static void WriteReading(Utf8JsonWriter json, string text, IEnumerable<string> documents)
    {
        json.WriteStartObject();
        json.WriteString("text", text);
        WriteStrings(json, "documents", documents);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
