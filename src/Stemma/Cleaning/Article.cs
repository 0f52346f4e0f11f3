using Stemma.Extraction;

namespace Stemma.Cleaning;

/// <summary>A witness after extraction and cleaning: what the rest of the pipeline works on.</summary>
public sealed record Article
{
    /// <summary>The stable id, derived from the content.</summary>
    public required string Id { get; init; }

    /// <summary>The path, URI or <c>path:line</c> as given.</summary>
    public required string Source { get; init; }

    /// <summary>The format it was read from.</summary>
    public required DocumentFormat Format { get; init; }

    /// <summary>Title, outlet, byline, wire, date, URL as far as known.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>The cleaned body, paragraphs separated by one blank line.</summary>
    public required string Text { get; init; }

    /// <summary>Everything taken out, with its kind; nothing is dropped silently.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>Damage noticed that could not be repaired, and other notes for the user.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Extraction damage that was repaired (hard wraps undone, broken words joined, quote marks fixed):
    /// the marks of a printout or a scrape, and evidence that this witness is a copy.
    /// </summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    /// <summary>The paragraphs of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Paragraphs => Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
}
