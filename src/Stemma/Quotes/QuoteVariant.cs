namespace Stemma.Quotes;

/// <summary>One wording of a quote and the documents that carry it.</summary>
public sealed record QuoteVariant
{
    /// <summary>The wording, as the first document carrying it has it.</summary>
    public required string Text { get; init; }

    /// <summary>The ids of the documents carrying this wording, in the order the articles were given.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>The speaker these documents give it to, or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>How this wording differs from the family's head (empty for the head itself).</summary>
    public IReadOnlyList<QuoteDifference> Differences { get; init; } = [];

    /// <summary>Every occurrence, with its offsets into its article.</summary>
    public IReadOnlyList<Quote> Occurrences { get; init; } = [];
}
