using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>
/// A witness after extraction and before cleaning: its text as lines (hard wraps, broken hyphens
/// and chrome still in place), what the format told us, and what extraction already dropped.
/// </summary>
public sealed record ExtractedDocument
{
    /// <summary>The path, URI or <c>path:line</c> the witness came from.</summary>
    public required string Source { get; init; }

    /// <summary>The detected format.</summary>
    public required DocumentFormat Format { get; init; }

    /// <summary>
    /// The body text. Blank lines separate blocks; single newlines are kept as the input had them
    /// so that cleaning can judge hard wraps. For HTML each block element is one paragraph.
    /// </summary>
    public required string Body { get; init; }

    /// <summary>Metadata the format supplied (JSONL fields, HTML meta tags, JSON-LD).</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>
    /// Whether <see cref="Metadata"/>'s title came from markup or fields (true) or must still be
    /// found in the body (false: plain text, PDF).
    /// </summary>
    public bool TitleFromMarkup { get; init; }

    /// <summary>Text extraction itself dropped (navigation, asides, footers), with its kind.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>Problems worth telling the user that did not stop extraction.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Where each page of a paged format (PDF) begins, as character offsets into <see cref="Body"/>;
    /// pages are separated by a blank line there, so this tells cleaning which blank lines are page
    /// breaks (running headers, paragraphs split across pages). Empty for other formats.
    /// </summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    /// <summary>A 64-bit hash of the original bytes, hex; the seed of the document id.</summary>
    public required string ContentHash { get; init; }
}
