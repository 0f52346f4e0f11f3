namespace Stemma.Extraction;

/// <summary>What is known about a witness besides its text. Every field is optional.</summary>
public sealed record DocumentMetadata
{
    /// <summary>An empty metadata record.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The publication that carried the article (e.g. "The Harbor Ledger").</summary>
    public string? Outlet { get; init; }

    /// <summary>The named author(s).</summary>
    public string? Byline { get; init; }

    /// <summary>The wire service credited (e.g. "AFP", "Reuters").</summary>
    public string? Wire { get; init; }

    /// <summary>The publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The canonical or original URL.</summary>
    public string? Url { get; init; }

    /// <summary>The language the page declares, as a BCP 47 tag ("en", "de-AT"), when it declares one.</summary>
    public string? Language { get; init; }

    /// <summary>An id given by the input (a JSONL <c>id</c>), if any.</summary>
    public string? GivenId { get; init; }

    /// <summary>Fills every field this record leaves empty from <paramref name="fallback"/>.</summary>
    public DocumentMetadata Or(DocumentMetadata fallback) => new()
    {
        Title = Title ?? fallback.Title,
        Outlet = Outlet ?? fallback.Outlet,
        Byline = Byline ?? fallback.Byline,
        Wire = Wire ?? fallback.Wire,
        Published = Published ?? fallback.Published,
        Url = Url ?? fallback.Url,
        Language = Language ?? fallback.Language,
        GivenId = GivenId ?? fallback.GivenId,
    };
}
