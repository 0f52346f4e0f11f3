namespace Stemma.Quotes;

/// <summary>How a quote's speaker was found.</summary>
public enum AttributionKind
{
    /// <summary>No speaker found.</summary>
    None,

    /// <summary>A name (with or without a title), an organisation or a role introducing someone (<c>a senior official</c>) next to a speech verb, a colon or <c>according to</c>.</summary>
    Name,

    /// <summary>A pronoun (<c>he said</c>) resolved to the most recent speaker.</summary>
    Pronoun,

    /// <summary>A role (<c>the Russian leader</c>, <c>the official</c>) resolved to the person introduced with it.</summary>
    Role,

    /// <summary>No cue of its own: the speaker of the quote or statement just before it (<c>"…," he added. "…"</c>, a quote paragraph).</summary>
    Carried,
}
