namespace Stemma.Cleaning;

/// <summary>
/// Rule 5: a line that recurs in two documents of the same outlet whose texts are otherwise
/// different is the outlet's chrome (a share bar, a standing footer), not article text.
/// Documents that share much of their text (copies, editions, updates) are not compared: what
/// they share is the story.
/// </summary>
internal static class RecurringLineRule
{
    /// <summary>
    /// Two documents sharing more than this fraction of their word 5-grams (of the smaller one) are
    /// copies or editions, not independent pages. Editions of one wire story share most of their
    /// 5-grams; two different stories of one site share only their chrome, a small part of either;
    /// 0.3 sits between (a judgement, not fitted to data).
    /// </summary>
    internal const double MaxContainmentBetweenDifferentArticles = 0.3;

    /// <summary>Words per shingle when comparing bodies.</summary>
    internal const int ShingleWords = 5;

    /// <summary>A recurring line needs this many characters; shorter lines ("Yes.") recur by chance.</summary>
    internal const int MinLineChars = 4;

    /// <summary>Blanks recurring lines in every document; outlets[i] is document i's outlet key or null.</summary>
    internal static void Apply(IReadOnlyList<List<string>> documents, IReadOnlyList<string?> outlets, IReadOnlyList<List<RemovedText>> removed)
    {
        var shingles = new HashSet<string>?[documents.Count];
        var recurring = new HashSet<string>[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            recurring[i] = new HashSet<string>(StringComparer.Ordinal);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (outlets[i] is null)
            {
                continue;
            }

            for (var j = i + 1; j < documents.Count; j++)
            {
                if (!string.Equals(outlets[i], outlets[j], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                shingles[i] ??= Shingles(documents[i]);
                shingles[j] ??= Shingles(documents[j]);
                if (Containment(shingles[i]!, shingles[j]!) > MaxContainmentBetweenDifferentArticles)
                {
                    continue;
                }

                var shared = LineKeys(documents[i]);
                shared.IntersectWith(LineKeys(documents[j]));
                recurring[i].UnionWith(shared);
                recurring[j].UnionWith(shared);
            }
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (recurring[i].Count == 0)
            {
                continue;
            }

            var lines = documents[i];
            for (var k = 0; k < lines.Count; k++)
            {
                if (recurring[i].Contains(Key(lines[k])))
                {
                    // The lexicon's kind, where it names one, says more than "it recurs".
                    var text = lines[k].Trim();
                    removed[i].Add(new RemovedText(ChromeRule.KindOf(text) ?? RemovalKinds.Boilerplate, text));
                    lines[k] = string.Empty;
                }
            }
        }
    }

    /// <summary>The comparison key of a line: trimmed, spaces collapsed, lower case.</summary>
    internal static string Key(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static HashSet<string> LineKeys(List<string> lines) =>
        lines.Select(Key).Where(k => k.Length >= MinLineChars).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Shingles(List<string> lines)
    {
        var words = string.Join(' ', lines).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, ShingleWords));
        }

        return set;
    }

    private static double Containment(HashSet<string> a, HashSet<string> b)
    {
        var smaller = a.Count <= b.Count ? a : b;
        var larger = ReferenceEquals(smaller, a) ? b : a;
        if (smaller.Count == 0)
        {
            return 0;
        }

        return smaller.Count(larger.Contains) / (double)smaller.Count;
    }
}
