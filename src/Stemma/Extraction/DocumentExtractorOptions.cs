namespace Stemma.Extraction;

/// <summary>Settings of a <see cref="DocumentExtractor"/>.</summary>
public sealed record DocumentExtractorOptions
{
    /// <summary>
    /// How long one PDF may take in <c>pdftotext</c>. A 300-page report takes a few seconds here;
    /// a minute only trips on a pathological or hostile file.
    /// </summary>
    public static readonly TimeSpan DefaultPdfTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static DocumentExtractorOptions Default { get; } = new();

    /// <summary>
    /// The <c>pdftotext</c> executable; null looks for it on <c>PATH</c>, then at <c>/usr/bin/pdftotext</c>.
    /// </summary>
    public string? PdfToTextPath { get; init; }

    /// <summary>How long one PDF may take; see <see cref="DefaultPdfTimeout"/>.</summary>
    public TimeSpan PdfTimeout { get; init; } = DefaultPdfTimeout;
}
