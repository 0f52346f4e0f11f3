namespace Stemma.Quotes;

/// <summary>
/// Whether an article's own account of what someone said contradicts that person's words as quoted:
/// an antonym in the same place (<c>very inactive</c> against <c>very active</c>), or a negation
/// added or dropped before a word both share with the same neighbour.
/// </summary>
internal static class ParaphraseChecker
{
    // A negation counts for a word when it stands at most this many words before it (will not accept, won't ever accept).
    private const int NegationReach = 3;

    /// <summary>The clashing words of the paraphrase and of the quote, or null when they agree.</summary>
    public static (string Reported, string Quoted)? Contradiction(string[] reported, string[] quoted)
    {
        for (var i = 0; i < reported.Length; i++)
        {
            for (var j = 0; j < quoted.Length; j++)
            {
                if (QuoteLexicon.AreAntonyms(reported[i], quoted[j]) && SameNeighbour(reported, i, quoted, j))
                {
                    return (Window(reported, i), Window(quoted, j));
                }
            }
        }

        foreach (var (i, j) in WordAligner.Align(reported, quoted))
        {
            if (QuoteLexicon.StopWords.Contains(reported[i]) || QuoteLexicon.IsNegator(reported[i]) || !SameNeighbour(reported, i, quoted, j))
            {
                continue;
            }

            if (Negated(reported, i) != Negated(quoted, j))
            {
                return (Window(reported, i), Window(quoted, j));
            }
        }

        return null;
    }

    private static bool SameNeighbour(string[] a, int i, string[] b, int j)
    {
        var before = i > 0 && j > 0 && a[i - 1] == b[j - 1] && !QuoteLexicon.IsNegator(a[i - 1]);
        var after = i + 1 < a.Length && j + 1 < b.Length && a[i + 1] == b[j + 1];
        return before || after;
    }

    private static bool Negated(string[] words, int at)
    {
        // Walking back from the word: a content word in between takes the negation for itself
        // (without water this summer: "without" negates water, not summer).
        for (var k = at - 1; k >= Math.Max(0, at - NegationReach); k--)
        {
            if (QuoteLexicon.IsNegator(words[k]))
            {
                return true;
            }

            if (!QuoteLexicon.StopWords.Contains(words[k]) && !words[k].EndsWith("ly", StringComparison.Ordinal) && words[k] is not ("ever" or "yet" or "even"))
            {
                return false;
            }
        }

        return false;
    }

    private static string Window(string[] words, int at) =>
        string.Join(' ', words[Math.Max(0, at - 1)..Math.Min(words.Length, at + 2)]);
}
