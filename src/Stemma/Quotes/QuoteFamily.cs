namespace Stemma.Quotes;

/// <summary>Every rendering of one utterance by one speaker across a story.</summary>
public sealed record QuoteFamily
{
    /// <summary>A stable id derived from the speaker and the head's words.</summary>
    public required string Id { get; init; }

    /// <summary>The speaker (the one most documents give), or null when none is known.</summary>
    public string? Speaker { get; init; }

    /// <summary>The longest rendering: the family's reference wording.</summary>
    public required QuoteVariant Head { get; init; }

    /// <summary>All wordings, the head first, then by number of documents and first appearance.</summary>
    public required IReadOnlyList<QuoteVariant> Variants { get; init; }

    /// <summary>Alterations that change meaning or stand alone against the other sources.</summary>
    public IReadOnlyList<QuoteFlag> Flags { get; init; } = [];

    /// <summary>The ids of all documents carrying any wording of it, in the order the articles were given.</summary>
    public required IReadOnlyList<string> Documents { get; init; }
}
