using System.Text;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Turns the bytes of one input into documents: detects the format from the content, then reads
/// text, Markdown, HTML, PDF or JSON Lines. Problems with the input come back as
/// <see cref="SourceError"/> results, never as exceptions; a JSONL file yields one result per row.
/// Thread-safe: one instance can serve many inputs at once.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly DocumentExtractorOptions _options;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Settings; <see cref="DocumentExtractorOptions.Default"/> when null.</param>
    public DocumentExtractor(DocumentExtractorOptions? options = null)
    {
        _options = options ?? DocumentExtractorOptions.Default;
        if (_options.PdfTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), _options.PdfTimeout, "PdfTimeout must be positive (the default is 60 seconds).");
        }
    }

    /// <summary>
    /// Extracts the documents in <paramref name="input"/> in input order: one result for a text,
    /// HTML or PDF input (produced on the call), one per non-empty row for JSONL (produced as the
    /// result is enumerated; enumerate it once), one per HTML response record for WARC (streamed from
    /// <see cref="SourceInput.Open"/> when set, so the archive never sits in memory).
    /// </summary>
    /// <param name="input">The bytes of one file or of standard input.</param>
    /// <param name="cancellationToken">Stops between JSONL rows and stops a running pdftotext.</param>
    public IEnumerable<ExtractionResult> Extract(SourceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        var detection = FormatDetector.Detect(input.Content, input.Source);
        if (!detection.IsRecognized)
        {
            return [new SourceError(input.Source, detection.Problem)];
        }

        return detection.Format.Value switch
        {
            DocumentFormat.Text => [ExtractText(input, detection)],
            DocumentFormat.Html => [HtmlDocument.Extract(input.Source, detection.Text!, Fnv1a64.Hex(input.Content), detection.Warnings)],
            DocumentFormat.Pdf => [ExtractPdf(input, cancellationToken)],
            DocumentFormat.Jsonl => ExtractJsonl(input.Source, detection.Text!, detection.Warnings, cancellationToken),
            DocumentFormat.Warc => WarcArchive.Extract(input.Source, input.Open ?? (() => new MemoryStream(input.Content, writable: false)), cancellationToken),
            _ => [new SourceError(input.Source, $"unknown format: {detection.Format}")],
        };
    }

    private static ExtractionResult ExtractText(SourceInput input, FormatDetection detection)
    {
        var text = NormalizeNewlines(detection.Text!);
        var document = new ExtractedDocument
        {
            Source = input.Source,
            Format = DocumentFormat.Text,
            Body = text,
            ContentHash = Fnv1a64.Hex(input.Content),
            Warnings = detection.Warnings,
        };
        if (!detection.IsMarkdown)
        {
            return document;
        }

        var (body, title, removed) = MarkdownText.Strip(text);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new SourceError(input.Source, "no text besides the Markdown heading");
        }

        return document with
        {
            Body = body,
            Metadata = new DocumentMetadata { Title = title },
            TitleFromMarkup = title is not null,
            Removed = removed,
        };
    }

    private ExtractionResult ExtractPdf(SourceInput input, CancellationToken cancellationToken)
    {
        var (pages, warnings, problem) = PdfText.Run(input.Content, _options, cancellationToken);
        if (problem is not null)
        {
            return new SourceError(input.Source, problem);
        }

        var (bare, furniture) = PdfPageFurniture.Remove(pages);
        var body = new StringBuilder();
        var starts = new List<int>(pages.Count);
        foreach (var page in bare.Where(p => p.Length > 0))
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            starts.Add(body.Length);
            body.Append(page);
        }

        return new ExtractedDocument
        {
            Source = input.Source,
            Format = DocumentFormat.Pdf,
            Body = body.ToString(),
            PageStarts = starts,
            Removed = furniture,
            Warnings = warnings,
            ContentHash = Fnv1a64.Hex(input.Content),
        };
    }

    private static IEnumerable<ExtractionResult> ExtractJsonl(
        string path, string text, IReadOnlyList<string> fileWarnings, CancellationToken cancellationToken)
    {
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var source = $"{path}:{lineNumber}";
            var (body, metadata, warnings, problem) = JsonlLine.Read(line);
            if (problem is not null)
            {
                yield return new SourceError(source, problem);
                continue;
            }

            if (metadata.GivenId is { } id)
            {
                if (firstLineOfId.TryGetValue(id, out var first))
                {
                    yield return new SourceError(source, $"duplicate id \"{id}\" (first used on line {first}); row skipped");
                    continue;
                }

                firstLineOfId.Add(id, lineNumber);
            }

            yield return new ExtractedDocument
            {
                Source = source,
                Format = DocumentFormat.Jsonl,
                Body = NormalizeNewlines(body!),
                Metadata = metadata,
                TitleFromMarkup = metadata.Title is not null,
                Warnings = [.. fileWarnings, .. warnings],
                ContentHash = Fnv1a64.Hex(Encoding.UTF8.GetBytes(line)),
            };
        }
    }

    internal static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
}
