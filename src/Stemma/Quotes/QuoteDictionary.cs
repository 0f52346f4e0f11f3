using System.Collections.Frozen;

namespace Stemma.Quotes;

/// <summary>
/// A word list read once (Debian's <c>/usr/share/dict/words</c>) telling a common word from a
/// name: the list writes names capitalised (<c>Dawn</c>, <c>Mark</c>) and common words in lower case.
/// </summary>
internal sealed class QuoteDictionary
{
    // Endings tried when the exact form is not listed; the list holds few inflected forms of rarer words.
    private static readonly string[] InflectionSuffixes = ["s", "es", "ed", "d", "ing"];

    private readonly FrozenSet<string> _common;
    private readonly FrozenSet<string> _names;

    internal QuoteDictionary(IEnumerable<string> lines)
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var w = raw.Trim();
            if (w.Length == 0 || w.Contains('\''))
            {
                continue;
            }

            (char.IsUpper(w[0]) ? names : common).Add(w.ToLowerInvariant());
        }

        _common = common.ToFrozenSet(StringComparer.Ordinal);
        _names = names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the list at <paramref name="path"/>, or returns null when there is none.</summary>
    internal static QuoteDictionary? TryLoad(string? path) =>
        path is not null && File.Exists(path) ? new QuoteDictionary(File.ReadLines(path)) : null;

    /// <summary>Whether the list gives <paramref name="word"/> as a name (capitalised), e.g. a given name such as <c>Adam</c>.</summary>
    internal bool IsListedName(string word) => _names.Contains(word.ToLowerInvariant());

    /// <summary>Whether <paramref name="word"/> is a common word (or an inflection of one) the list does not also give as a name.</summary>
    internal bool IsCommonNotName(string word)
    {
        var w = word.ToLowerInvariant();
        if (_names.Contains(w))
        {
            return false;
        }

        if (_common.Contains(w))
        {
            return true;
        }

        foreach (var suffix in InflectionSuffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                // (Paredes is no plural of "pared": -es follows only a hiss or an o, boxes, churches, heroes; -d only an e, saved.)
                if ((suffix == "es" && !SibilantOrO(stem)) || (suffix == "d" && !stem.EndsWith('e')))
                {
                    continue;
                }

                // (Elfed is no past tense of "elf": -ed, -d and -ing make words of verbs only, where WordNet is there to tell.)
                var verbal = suffix is "ed" or "d" or "ing";
                if ((_common.Contains(stem) && (!verbal || IsVerb(stem))) || (_common.Contains(stem + "e") && (!verbal || IsVerb(stem + "e"))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SibilantOrO(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)
        || stem.EndsWith('o');

    private static bool IsVerb(string lemma) => Stemma.Matching.Paraphrase.WordNet.Shared is not { } wordNet || wordNet.IsVerb(lemma);
}
