namespace Stemma.Extraction;

/// <summary>The format a witness was read from, detected from its content.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text or Markdown.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A PDF file, read through <c>pdftotext</c>.</summary>
    Pdf,

    /// <summary>One line of a JSON Lines file.</summary>
    Jsonl,

    /// <summary>A response record of a WARC archive.</summary>
    Warc,
}
