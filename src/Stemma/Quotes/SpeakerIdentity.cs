namespace Stemma.Quotes;

/// <summary>Who a mention stands for inside one article.</summary>
/// <param name="Name">A person's full name, a lone surname not yet resolved, an organisation, or an unnamed role as written.</param>
/// <param name="Kind">Name (a person), Organisation or Role (an unnamed person).</param>
/// <param name="Titles">Lowercase words of the titles and roles the article gives this speaker.</param>
internal sealed record SpeakerIdentity(string Name, MentionKind Kind, IReadOnlyList<string> Titles)
{
    /// <summary>Whether this identity is a person (named or not), who can be <c>he</c> or <c>she</c>.</summary>
    public bool IsPerson => Kind is MentionKind.Name or MentionKind.Role;
}
