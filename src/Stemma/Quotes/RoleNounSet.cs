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
/// The hand list of role nouns, which also holds the hyphened offices built of them (Auditor-General, President-elect,
/// Commander-in-Chief, Vice-Chancellor, Deputy-Governor, a player-coach, the secretary-treasurer; blind259): a role noun with
/// general, elect, designate or a second role after it, or vice, deputy, acting, co or under before one. Every reader sees them.
/// </summary>
internal sealed class RoleNounList(FrozenSet<string> words)
{
    // What follows or precedes a role in a hyphened office or rank (Sub-Lieutenant, Lance-Corporal, Rear-Admiral; blind318), from the
    // forms of address of governments, bodies and services; set by hand.
    private static readonly FrozenSet<string> OfficeCompoundEnds = FrozenSet.ToFrozenSet(["general", "elect", "designate"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> OfficeCompoundStarts = FrozenSet.ToFrozenSet(["vice", "deputy", "acting", "co", "under", "sub", "lance", "rear"], StringComparer.Ordinal);

    // Read for every word the readers weigh as a role, so the parts are looked up as spans, without allocating.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans = words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ends = OfficeCompoundEnds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starts = OfficeCompoundStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (lowercase) is a role noun of the list or a hyphened office built of one.</summary>
    public bool Contains(string word)
    {
        if (words.Contains(word))
        {
            return true;
        }

        var first = word.IndexOf('-');
        var last = word.LastIndexOf('-');
        if (first <= 0 || last + 1 >= word.Length)
        {
            return false;
        }

        ReadOnlySpan<char> head = word.AsSpan(0, first), tail = word.AsSpan(last + 1);
        return (_spans.Contains(head) && (Ends.Contains(tail) || _spans.Contains(tail)))
            || (Starts.Contains(head) && Contains(word[(first + 1)..]));
    }
}
