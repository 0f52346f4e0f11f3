namespace Stemma.Quotes;

/// <summary>Words of an article that name who speaks.</summary>
/// <param name="Kind">Name, role, organisation or pronoun.</param>
/// <param name="Text">The words as written, title included.</param>
/// <param name="Name">For a name: the name without its title (<c>Sergei Lavrov</c>); otherwise the text without its determiner.</param>
/// <param name="Titles">Lowercase words of the title or role and its modifiers (<c>foreign</c>, <c>minister</c>).</param>
/// <param name="Head">For a role: its head noun (<c>leader</c>); otherwise null.</param>
/// <param name="Definite">For a role: whether it points back (<c>the official</c>) rather than introduces (<c>a senior official</c>).</param>
/// <param name="Start">Offset of the first word in the article's text.</param>
internal sealed record SpeakerMention(MentionKind Kind, string Text, string Name, IReadOnlyList<string> Titles, string? Head, bool Definite, int Start);
