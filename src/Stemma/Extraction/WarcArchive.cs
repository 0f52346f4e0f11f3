using System.Globalization;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Extracts the HTML pages of a WARC file, record by record as the stream is read: each HTML
/// response becomes a document whose source is <c>file.warc.gz#target-uri</c>, whose URL is the
/// target URI and whose date falls back to the capture date; other records are skipped and
/// counted; a spoiled record is an error of its own and the records after it are still read.
/// </summary>
internal static class WarcArchive
{
    public static IEnumerable<ExtractionResult> Extract(string path, Func<Stream> open, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new SourceError(path, SourceReader.DescribeFailure(ex))];
        }

        return Read(path, stream, cancellationToken);
    }

    private static IEnumerable<ExtractionResult> Read(string path, Stream stream, CancellationToken cancellationToken)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        ExtractedDocument? held = null;
        var documents = 0;
        using (var reader = WarcReader.Open(stream))
        {
            while (reader.Next(type => type is "response" or "resource") is { } record)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = FromRecord(path, record, skipped);
                if (result is null)
                {
                    continue;
                }

                if (result.Document is { } document)
                {
                    // One document is held back so that the file's summary can ride on the last one.
                    if (held is not null)
                    {
                        yield return held;
                    }

                    held = document;
                    documents++;
                }
                else
                {
                    yield return result;
                }
            }
        }

        var summary = skipped.Count == 0
            ? null
            : "skipped " + string.Join(", ", skipped.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key}"))) + " record(s)";
        if (held is not null)
        {
            yield return summary is null ? held : held with { Warnings = [.. held.Warnings, $"{path}: {summary}"] };
        }
        else if (documents == 0)
        {
            yield return new SourceError(path, "no HTML response records in the WARC file" + (summary is null ? "" : $" ({summary})"));
        }
    }

    private static ExtractionResult? FromRecord(string path, WarcRecord record, SortedDictionary<string, int> skipped)
    {
        var uri = record.Header("WARC-Target-URI")?.Trim('<', '>');
        var name = $"{path}#{uri ?? record.Header("WARC-Record-ID")?.Trim('<', '>') ?? record.Offset.ToString(CultureInfo.InvariantCulture)}";
        if (record.Problem is not null)
        {
            return new SourceError(name, record.Problem);
        }

        byte[] page;
        string? charset = null;
        if (record.Type == "response")
        {
            var response = HttpResponse.Parse(record.Block);
            if (response is null)
            {
                return Skip(skipped, "non-HTTP response");
            }

            if (response.Status is < 200 or >= 300)
            {
                return Skip(skipped, string.Create(CultureInfo.InvariantCulture, $"non-2xx ({response.Status}) response"));
            }

            if (!response.IsHtml)
            {
                return Skip(skipped, "non-HTML response");
            }

            if (response.Problem is not null)
            {
                return new SourceError(name, response.Problem);
            }

            (page, charset) = (response.Body, response.Charset);
        }
        else if (record.Type == "resource" && (record.Header("Content-Type") ?? "").Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            page = record.Block;
        }
        else
        {
            return Skip(skipped, record.Type ?? "unknown");
        }

        var detection = FormatDetector.Detect(page, uri, charset);
        if (!detection.IsRecognized || detection.Format != DocumentFormat.Html)
        {
            return detection.IsRecognized ? Skip(skipped, "non-HTML response") : new SourceError(name, detection.Problem!);
        }

        var result = HtmlDocument.Extract(name, detection.Text!, Fnv1a64.Hex(page), detection.Warnings);
        if (result.Document is not { } document)
        {
            return result;
        }

        var captured = record.Header("WARC-Date") is { } date
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : (DateOnly?)null;
        return document with
        {
            Metadata = document.Metadata with
            {
                Url = uri ?? document.Metadata.Url,
                Published = document.Metadata.Published ?? captured,
            },
        };
    }

    private static ExtractionResult? Skip(SortedDictionary<string, int> skipped, string kind)
    {
        skipped[kind] = skipped.GetValueOrDefault(kind) + 1;
        return null;
    }
}
