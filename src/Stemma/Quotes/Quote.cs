using Stemma.Matching;

namespace Stemma.Quotes;

/// <summary>One direct quotation found in one article, with its speaker as that article attributes it.</summary>
public sealed record Quote
{
    /// <summary>The id of the article it was found in.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The quoted words without their marks (paragraphs of a multi-paragraph quote joined by a space).</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The quoted words as character ranges of the article's text (of its title when
    /// <see cref="InTitle"/>), one per paragraph the quote runs over; the marks themselves and a
    /// trailing comma are outside.
    /// </summary>
    public required IReadOnlyList<TextSpan> Spans { get; init; }

    /// <summary>Offset of the first quoted character in the article's text (in its title when <see cref="InTitle"/>).</summary>
    public int Start => Spans[0].Start;

    /// <summary>Offset one past the last quoted character in the article's text (in its title when <see cref="InTitle"/>).</summary>
    public int End => Spans[^1].End;

    /// <summary>The speaker resolved to one identity across the story (full name where known), or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The words of the article that name the speaker at this quote (<c>he</c>, <c>the Russian leader</c>), or null.</summary>
    public string? SpeakerMention { get; init; }

    /// <summary>How the speaker was found.</summary>
    public AttributionKind Attribution { get; init; }

    /// <summary>
    /// Whether the quote stands in the article's headline (<c>Article.Metadata.Title</c>, which the
    /// cleaner moves out of the text) rather than in its text; its <see cref="Spans"/> are then
    /// offsets in the title.
    /// </summary>
    public bool InTitle { get; init; }

    /// <summary>Whether the quote is a fragment embedded in the writer's own sentence (<c>called the talks 'very productive'</c>).</summary>
    public bool IsPartial { get; init; }
}
