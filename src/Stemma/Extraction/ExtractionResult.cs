using System.Diagnostics.CodeAnalysis;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>One item produced by <see cref="DocumentExtractor"/>: a document, or why one could not be extracted.</summary>
public sealed record ExtractionResult
{
    private ExtractionResult(ExtractedDocument? document, SourceError? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The document extracted, when <see cref="IsSuccess"/>.</summary>
    public ExtractedDocument? Document { get; }

    /// <summary>Why extraction failed, when not <see cref="IsSuccess"/>.</summary>
    public SourceError? Error { get; }

    /// <summary>Whether a document was extracted.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Document is not null;

    /// <summary>The path, URI or <c>path:line</c> this result is about, whichever case it is.</summary>
    public string Source => Document?.Source ?? Error!.Source;

    /// <summary>A result carrying a document.</summary>
    public static ExtractionResult Success(ExtractedDocument document) =>
        new(document ?? throw new ArgumentNullException(nameof(document)), null);

    /// <summary>A result carrying an error.</summary>
    public static ExtractionResult Failure(SourceError error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Wraps a document.</summary>
    public static implicit operator ExtractionResult(ExtractedDocument document) => Success(document);

    /// <summary>Wraps an error.</summary>
    public static implicit operator ExtractionResult(SourceError error) => Failure(error);
}
