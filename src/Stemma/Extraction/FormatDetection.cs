using System.Diagnostics.CodeAnalysis;

namespace Stemma.Extraction;

/// <summary>What <see cref="FormatDetector"/> found: a format (with the decoded text for text formats) or why the input is rejected.</summary>
public sealed record FormatDetection
{
    /// <summary>The format, or null when the input is rejected.</summary>
    public DocumentFormat? Format { get; init; }

    /// <summary>Why the input is rejected (e.g. "empty file"), or null when a format was found.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether a format was found.</summary>
    [MemberNotNullWhen(true, nameof(Format))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsRecognized => Format is not null;

    /// <summary>For <see cref="DocumentFormat.Text"/>: whether the text is Markdown rather than plain text.</summary>
    public bool IsMarkdown { get; init; }

    /// <summary>
    /// The decoded text, byte-order mark removed, for the text formats (text, HTML, JSONL);
    /// null for PDF and WARC, which are read from the bytes.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Notes about the decoding (e.g. an undeclared legacy charset).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    internal static FormatDetection Rejected(string problem) => new() { Problem = problem };
}
