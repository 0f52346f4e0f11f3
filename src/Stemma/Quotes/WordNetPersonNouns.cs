using System.Collections.Frozen;
using Stemma.Matching.Paraphrase;

namespace Stemma.Quotes;

/// <summary>
/// The nouns that name a person in their most frequent sense, from WordNet 3.0 (Debian's <c>wordnet-base</c>, read by
/// <see cref="WordNet"/>): every one-word noun whose first synset has person.n.01 among its hypernyms (investigator, rider,
/// churchwarden, harbourmaster). A reporter names a speaker by any such noun ("the investigator said"), far more than a hand
/// list can hold. Instances (Archimedes, Himmler) are named people, not roles, and are not among them. Nouns that are also verbs
/// or adjectives (have, tell, senior, local) are left out: after a determiner they open clauses and modify nouns more often than
/// they name a speaker; the hand list keeps the common ones (nurse, judge, official). Empty when WordNet is not installed.
/// </summary>
internal static class WordNetPersonNouns
{
    // person.n.01 ("a human being"), by its offset in WordNet 3.0's data.noun.
    private const long PersonOffset = 7846;

    private static readonly Lazy<FrozenSet<string>> Installed = new(() => From(WordNet.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The installed database's person nouns, lowercase; empty when it is missing.</summary>
    public static FrozenSet<string> Shared => Installed.Value;

    // A definite description names someone met before by its own noun or by the noun one step above it (a pal … the friend, a
    // diplomat … the official); two steps up already reach nouns too general to pick one source out (worker, adult). Set by hand.
    private const int MaximumHypernymSteps = 1;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> KindCache = new();

    /// <summary>
    /// Whether a person introduced by <paramref name="specific"/> may be named again by <paramref name="general"/>: the
    /// general noun is the direct hypernym of the specific one's first sense. False when WordNet is not installed.
    /// </summary>
    public static bool IsKindOf(string specific, string general) =>
        WordNet.Shared is { } wordNet && KindCache.GetOrAdd((specific, general), k => wordNet.FirstSenseIsKindOf(k.Item1, k.Item2, MaximumHypernymSteps));

    /// <summary>The person nouns of <paramref name="wordNet"/>; empty for none.</summary>
    public static FrozenSet<string> From(WordNet? wordNet) => wordNet is null
        ? FrozenSet<string>.Empty
        : wordNet.NounsWithFirstSenseUnder(PersonOffset)
            .Where(l => l.All(c => char.IsAsciiLetterLower(c) || c == '-') && !wordNet.IsVerbOrAdjective(l))
            .ToFrozenSet(StringComparer.Ordinal);
}
