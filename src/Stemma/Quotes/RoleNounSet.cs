using System.Collections.Frozen;

namespace Stemma.Quotes;

/// <summary>
/// The nouns that name a person by role or office (the minister, an investigator, the rider): a hand list, and the person nouns
/// of WordNet when it is installed, less the words that in news copy name a body, a thing or a time more often than a person.
/// </summary>
internal sealed class RoleNounSet(RoleNounList hand)
{
    // Person nouns in WordNet's first sense that are no role: indefinite pronouns (someone, nobody), and the plain nouns for a
    // person (a woman, the boy, a fellow), which the rules for indefinite persons read with their clause (a woman who lives
    // opposite). Set by hand from WordNet's list, not from any annotated set.
    private static readonly FrozenSet<string> NotRoles = FrozenSet.ToFrozenSet(
        ["someone", "somebody", "nobody", "fellow", "child", "woman", "boy", "girl"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (lowercase) names a person by role.</summary>
    public bool Contains(string word) => hand.Contains(word)
        || (WordNetPersonNouns.Shared.Contains(word) && !NotRoles.Contains(word) && !QuoteLexicon.OrganisationNouns.Contains(word));
}

/// <summary>
/// The hand list of role nouns, which also holds two of them joined by a hyphen (player-coach, secretary-treasurer, owner-trainer):
/// such a compound names one person by both roles.
/// </summary>
internal sealed class RoleNounList(FrozenSet<string> words)
{
    // Read for every word the readers weigh as a role, so the two halves are looked up as spans, without allocating.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (lowercase) is a role noun of the list or two of them joined by a hyphen.</summary>
    public bool Contains(string word) => words.Contains(word)
        || (word.IndexOf('-') is var hyphen and > 0 && word.LastIndexOf('-') == hyphen && hyphen + 1 < word.Length
            && _spans.Contains(word.AsSpan(0, hyphen)) && _spans.Contains(word.AsSpan(hyphen + 1)));
}
