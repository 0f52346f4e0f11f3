namespace Stemma.Quotes;

/// <summary>Word-level alignment of two renderings of a quote: the words they share in order, and the hunks between.</summary>
internal static class WordAligner
{
    /// <summary>The lowercase words of a quote, apostrophes made straight, punctuation dropped.</summary>
    public static string[] Words(string text) =>
        CueToken.Tokenize(text, 0, text.Length).Where(t => t.IsWord).Select(t => t.Lower.TrimEnd('.')).ToArray();

    /// <summary>The index pairs of a longest common subsequence of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static List<(int A, int B)> Align(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (x, y) = (0, 0);
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                pairs.Add((x++, y++));
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }

    /// <summary>
    /// The differing stretches between aligned words: words of <paramref name="a"/> replaced by words of
    /// <paramref name="b"/>, and whether the stretch lies at either end (a quote cut short, not altered).
    /// </summary>
    public static List<Hunk> Hunks(string[] a, string[] b)
    {
        var pairs = Align(a, b);
        var hunks = new List<Hunk>();
        var (pa, pb) = (0, 0);
        foreach (var (i, j) in pairs.Append((a.Length, b.Length)))
        {
            if (i > pa || j > pb)
            {
                var atEdge = (pa == 0 && pb == 0) || (i == a.Length && j == b.Length);
                hunks.Add(new Hunk(a[pa..i], b[pb..j], atEdge && pairs.Count > 0, pa, i, pb, j));
            }

            (pa, pb) = (i + 1, j + 1);
        }

        return hunks;
    }

    /// <summary>A differing stretch: <see cref="A"/> in the first wording became <see cref="B"/> in the second.</summary>
    internal sealed record Hunk(string[] A, string[] B, bool AtEdge, int AStart, int AEnd, int BStart, int BEnd)
    {
        /// <summary>What kind of change this is.</summary>
        public QuoteDifferenceKind Kind
        {
            get
            {
                var negA = A.Count(QuoteLexicon.IsNegator);
                var negB = B.Count(QuoteLexicon.IsNegator);
                // Negations counted (cannot, won't included), so that "cannot … any longer" and
                // "can … no longer" agree; antonyms other than negated forms flip meaning.
                if (negA % 2 != negB % 2 || A.Any(x => !QuoteLexicon.IsNegator(x) && B.Any(y => !QuoteLexicon.IsNegator(y) && QuoteLexicon.AreAntonyms(x, y))))
                {
                    return QuoteDifferenceKind.Negation;
                }

                if (A.Length == 0)
                {
                    return QuoteDifferenceKind.Insertion;
                }

                if (B.Length == 0)
                {
                    return QuoteDifferenceKind.Omission;
                }

                return A.Any(QuoteLexicon.IsNumber) && B.Any(QuoteLexicon.IsNumber) && !A.SequenceEqual(B)
                    ? QuoteDifferenceKind.Number
                    : QuoteDifferenceKind.Wording;
            }
        }
    }
}
