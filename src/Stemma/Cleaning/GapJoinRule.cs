using System.Globalization;
using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 1, second half: joins a sentence split across a gap (a page break, a removed line) and
/// warns about paragraphs that start mid-sentence where nothing can be joined (a line was lost).
/// </summary>
internal static partial class GapJoinRule
{
    /// <summary>
    /// An attribution clause ("the minister said.") has at most this many words; longer sentences
    /// after a comma are not assumed to continue it. Set from wire style, where such tags run 2–6 words.
    /// </summary>
    internal const int MaxAttributionWords = 8;

    /// <summary>Joins split sentences in place; returns one warning per fragment left.</summary>
    internal static List<string> Apply(List<string> paragraphs, HyphenationRule hyphenation)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var a = paragraphs[i - 1];
            var b = paragraphs[i];
            string? joined = null;
            if (HyphenationRule.IsBrokenWord(a, b) && StartsLowercase(b))
            {
                joined = hyphenation.Join(a, b);
            }
            else if (!EndsSentence(a) && StartsLowercase(b))
            {
                joined = a + " " + b;
            }
            else if (a.EndsWith(',') && IsAttributionClause(b))
            {
                joined = a + " " + b;
            }

            if (joined is not null)
            {
                paragraphs[i - 1] = joined;
                paragraphs.RemoveAt(i);
                i--;
            }
        }

        var warnings = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (StartsLowercase(paragraphs[i]))
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"paragraph {i + 1} starts mid-sentence: a line may be lost"));
            }
        }

        return warnings;
    }

    /// <summary>Whether the text ends a sentence (terminal mark, possibly inside closing quotes or brackets).</summary>
    internal static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')', ']');
        return t.Length > 0 && ".!?…:;".Contains(t[^1], StringComparison.Ordinal);
    }

    /// <summary>Whether the text starts with a lower-case word (not a brand such as "iPhone").</summary>
    internal static bool StartsLowercase(string text)
    {
        var m = FirstWord().Match(text);
        return m.Success && char.IsLower(m.Value[0]) && !m.Value.Any(char.IsUpper);
    }

    /// <summary>Whether the text is a short attribution tag such as "the minister said.".</summary>
    internal static bool IsAttributionClause(string text)
    {
        var t = text.Trim();
        if (!t.EndsWith('.') || t[..^1].IndexOfAny(['.', '!', '?']) >= 0)
        {
            return false;
        }

        var words = t[..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxAttributionWords
            && words.Any(w => ChromeLexicon.SpeechVerbs.Contains(w.ToLowerInvariant()));
    }

    [GeneratedRegex(@"^\p{L}[\p{L}'’-]*")]
    private static partial Regex FirstWord();
}
