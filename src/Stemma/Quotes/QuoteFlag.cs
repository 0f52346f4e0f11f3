namespace Stemma.Quotes;

/// <summary>An alteration a reader should look at, naming the documents and showing both wordings.</summary>
public sealed record QuoteFlag
{
    /// <summary>One of <see cref="QuoteFlagKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The ids of the documents involved: those with the questioned wording first, then the others.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>One sentence for a person: what changed, where.</summary>
    public required string Detail { get; init; }

    /// <summary>The wordings compared, each with the documents carrying it: the questioned one first.</summary>
    public required IReadOnlyList<QuoteVariant> Wordings { get; init; }
}
