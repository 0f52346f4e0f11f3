using Stemma.Fingerprinting;

namespace Stemma.Matching.Alignment;

/// <summary>
/// Aligns the words of two spans and lists where they differ: substituted, dropped, inserted and moved
/// runs. Words are compared in their normalised form (<see cref="Tokenizer"/>), so case, quote style and
/// punctuation are not variants. The diff trims the common ends, then splits on words that occur once in
/// each side (patience diff) and solves small remainders exactly (longest common subsequence).
/// </summary>
public static class WordAligner
{
    /// <summary>Shortest run reported as moved rather than dropped here and inserted there: 2 words, since a
    /// single function word ("the", "also") found elsewhere is far more often coincidence than a move.</summary>
    public const int MinMovedWords = 2;

    // Largest remainder solved by the exact quadratic LCS: 128 × 128 words (two long sentences) stays
    // around 16 µs; larger unanchored remainders are reported as one substitution.
    private const int MaxExactCells = 128 * 128;

    /// <summary>Aligns the words of <paramref name="spanA"/> in <paramref name="a"/> with those of <paramref name="spanB"/> in <paramref name="b"/>.</summary>
    /// <param name="a">The first text.</param>
    /// <param name="spanA">The span of the first text (for instance <see cref="Passage.A"/>).</param>
    /// <param name="b">The second text.</param>
    /// <param name="spanB">The span of the second text.</param>
    /// <returns>The variants, in A's order.</returns>
    public static IReadOnlyList<WordVariant> Align(string a, TextSpan spanA, string b, TextSpan spanB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Align(Tokenizer.Tokenize(a), spanA, Tokenizer.Tokenize(b), spanB);
    }

    /// <summary>Aligns the words inside a passage of two texts.</summary>
    /// <param name="a">The text the passage's <see cref="Passage.A"/> refers to.</param>
    /// <param name="b">The text the passage's <see cref="Passage.B"/> refers to.</param>
    /// <param name="passage">The passage.</param>
    /// <returns>The variants, in A's order.</returns>
    public static IReadOnlyList<WordVariant> Align(string a, string b, Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return Align(a, passage.A, b, passage.B);
    }

    /// <summary>Aligns the words of two spans of tokenised texts.</summary>
    /// <param name="a">The first text, tokenised.</param>
    /// <param name="spanA">A span of its text.</param>
    /// <param name="b">The second text, tokenised.</param>
    /// <param name="spanB">A span of its text.</param>
    /// <returns>The variants, in A's order.</returns>
    public static IReadOnlyList<WordVariant> Align(TokenizedText a, TextSpan spanA, TokenizedText b, TextSpan spanB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        CheckSpan(spanA, a.Text.Length, nameof(spanA));
        CheckSpan(spanB, b.Text.Length, nameof(spanB));
        (int a0, int a1) = WordRange(a, spanA);
        (int b0, int b1) = WordRange(b, spanB);
        return Align(a, a0, a1, b, b0, b1);
    }

    /// <summary>The words <c>[first, end)</c> whose characters lie inside <paramref name="span"/>.</summary>
    internal static (int First, int End) WordRange(TokenizedText text, TextSpan span)
    {
        ReadOnlySpan<int> starts = text.Starts;
        ReadOnlySpan<int> ends = text.Ends;
        int first = LowerBound(starts, span.Start);
        int end = first;
        while (end < starts.Length && ends[end] <= span.End)
        {
            end++;
        }

        return (first, end);
    }

    internal static IReadOnlyList<WordVariant> Align(TokenizedText a, int a0, int a1, TokenizedText b, int b0, int b1)
    {
        var matches = new List<(int I, int J)>();
        Diff(a.Hashes, a0, a1, b.Hashes, b0, b1, matches);

        var hunks = new List<Hunk>();
        int pi = a0, pj = b0;
        foreach ((int i, int j) in matches)
        {
            if (i > pi || j > pj)
            {
                hunks.Add(new Hunk(pi, i, pj, j));
            }

            pi = i + 1;
            pj = j + 1;
        }

        if (a1 > pi || b1 > pj)
        {
            hunks.Add(new Hunk(pi, a1, pj, b1));
        }

        return hunks.Count == 0 ? [] : Classify(a, b, hunks);
    }

    private static IReadOnlyList<WordVariant> Classify(TokenizedText a, TokenizedText b, List<Hunk> hunks)
    {
        ReadOnlySpan<ulong> ha = a.Hashes, hb = b.Hashes;

        // A run of A's words that vanished at one place and a run of B's words that appeared at another,
        // with the same words, is one move; each hunk side takes part in at most one move.
        var movedTo = new int[hunks.Count];
        Array.Fill(movedTo, -1);
        var taken = new bool[hunks.Count];
        for (int x = 0; x < hunks.Count; x++)
        {
            Hunk from = hunks[x];
            int length = from.A1 - from.A0;
            if (length < MinMovedWords)
            {
                continue;
            }

            for (int y = 0; y < hunks.Count; y++)
            {
                Hunk to = hunks[y];
                if (y != x && !taken[y] && to.B1 - to.B0 == length && ha.Slice(from.A0, length).SequenceEqual(hb.Slice(to.B0, length)))
                {
                    movedTo[x] = y;
                    taken[y] = true;
                    break;
                }
            }
        }

        var variants = new List<WordVariant>(hunks.Count);
        for (int x = 0; x < hunks.Count; x++)
        {
            Hunk h = hunks[x];
            bool aMoved = movedTo[x] >= 0;
            bool bMoved = taken[x];
            int wordsA = aMoved ? 0 : h.A1 - h.A0;
            int wordsB = bMoved ? 0 : h.B1 - h.B0;
            if (aMoved)
            {
                Hunk to = hunks[movedTo[x]];
                variants.Add(new WordVariant(VariantKind.Moved, Span(a, h.A0, h.A1), Span(b, to.B0, to.B1), h.A1 - h.A0, to.B1 - to.B0));
            }

            if (wordsA > 0 && wordsB > 0)
            {
                variants.Add(new WordVariant(VariantKind.Substituted, Span(a, h.A0, h.A1), Span(b, h.B0, h.B1), wordsA, wordsB));
            }
            else if (wordsA > 0)
            {
                variants.Add(new WordVariant(VariantKind.Dropped, Span(a, h.A0, h.A1), Point(b, h.B0), wordsA, 0));
            }
            else if (wordsB > 0)
            {
                variants.Add(new WordVariant(VariantKind.Inserted, Point(a, h.A0), Span(b, h.B0, h.B1), 0, wordsB));
            }
        }

        return variants;
    }

    private static TextSpan Span(TokenizedText t, int first, int end) => new(t.Starts[first], t.Ends[end - 1]);

    /// <summary>An empty span just before word <paramref name="index"/> (or at the end of the last word).</summary>
    private static TextSpan Point(TokenizedText t, int index)
    {
        int offset = index < t.Count ? t.Starts[index] : t.Count == 0 ? 0 : t.Ends[t.Count - 1];
        return new TextSpan(offset, offset);
    }

    private static void Diff(ReadOnlySpan<ulong> ha, int a0, int a1, ReadOnlySpan<ulong> hb, int b0, int b1, List<(int, int)> matches)
    {
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && ha[a0 + prefix] == hb[b0 + prefix])
        {
            matches.Add((a0 + prefix, b0 + prefix));
            prefix++;
        }

        a0 += prefix;
        b0 += prefix;
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && ha[a1 - suffix - 1] == hb[b1 - suffix - 1])
        {
            suffix++;
        }

        int middleA = a1 - suffix, middleB = b1 - suffix;
        if (a0 < middleA && b0 < middleB)
        {
            if ((long)(middleA - a0) * (middleB - b0) <= MaxExactCells)
            {
                Lcs(ha, a0, middleA, hb, b0, middleB, matches);
            }
            else
            {
                Patience(ha, a0, middleA, hb, b0, middleB, matches);
            }
        }

        for (int s = suffix; s > 0; s--)
        {
            matches.Add((a1 - s, b1 - s));
        }
    }

    private static void Lcs(ReadOnlySpan<ulong> ha, int a0, int a1, ReadOnlySpan<ulong> hb, int b0, int b1, List<(int, int)> matches)
    {
        int n = a1 - a0, m = b1 - b0;
        int w = m + 1;
        var table = new int[(n + 1) * w];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                table[i * w + j] = ha[a0 + i] == hb[b0 + j]
                    ? table[(i + 1) * w + j + 1] + 1
                    : Math.Max(table[(i + 1) * w + j], table[i * w + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (ha[a0 + x] == hb[b0 + y])
            {
                matches.Add((a0 + x, b0 + y));
                x++;
                y++;
            }
            else if (table[(x + 1) * w + y] >= table[x * w + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
    }

    /// <summary>Anchors on words unique in both sides, keeps the longest increasing chain of them, and recurses between.</summary>
    private static void Patience(ReadOnlySpan<ulong> ha, int a0, int a1, ReadOnlySpan<ulong> hb, int b0, int b1, List<(int, int)> matches)
    {
        var countA = new Dictionary<ulong, (int Count, int Index)>();
        for (int i = a0; i < a1; i++)
        {
            countA[ha[i]] = countA.TryGetValue(ha[i], out var c) ? (c.Count + 1, c.Index) : (1, i);
        }

        var countB = new Dictionary<ulong, (int Count, int Index)>();
        for (int j = b0; j < b1; j++)
        {
            if (countA.ContainsKey(hb[j]))
            {
                countB[hb[j]] = countB.TryGetValue(hb[j], out var c) ? (c.Count + 1, c.Index) : (1, j);
            }
        }

        var pairs = new List<(int I, int J)>();
        for (int i = a0; i < a1; i++)
        {
            if (countA[ha[i]].Count == 1 && countB.TryGetValue(ha[i], out var cb) && cb.Count == 1)
            {
                pairs.Add((i, cb.Index));
            }
        }

        List<(int A, int B)> chain = IncreasingChain.Longest(pairs);
        if (chain.Count == 0)
        {
            return; // nothing anchors the remainder: it is one substitution
        }

        int pi = a0, pj = b0;
        foreach ((int i, int j) in chain)
        {
            Diff(ha, pi, i, hb, pj, j, matches);
            matches.Add((i, j));
            pi = i + 1;
            pj = j + 1;
        }

        Diff(ha, pi, a1, hb, pj, b1, matches);
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void CheckSpan(TextSpan span, int length, string name)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > length)
        {
            throw new ArgumentOutOfRangeException(name, span, $"the span [{span.Start}, {span.End}) does not lie inside the text of length {length}.");
        }
    }

    private readonly record struct Hunk(int A0, int A1, int B0, int B1);
}
