using Stemma.Collation;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Reporting.Html;

/// <summary>
/// What a side-by-side view of two versions marks: a word diff of the two texts (shared, dropped,
/// added, changed), and the passages the relation found that the diff could not align in order,
/// marked as moved. Each side is a list of runs <c>[start, end, class]</c> over its text's words.
/// </summary>
internal static class PairView
{
    /// <summary>A passage counts as moved when at least this share of its words is left unaligned by the
    /// in-order diff: a shared passage the diff aligned is shown as shared, not moved.</summary>
    private const double MovedShare = 0.5;

    /// <summary>A gap on both sides is a changed phrase when neither side is longer than this many words
    /// (a clause: "urged" / "called on", "and had asked" / "On Tuesday"); longer, it is text cut on one
    /// side and other text written on the other, shown as dropped and added. Calibrated on our samples'
    /// web edition, whose one-sentence update replaces the wire's last clause.</summary>
    private const int MaxChangedWords = 12;

    public const string Same = "same";
    public const string Changed = "changed";
    public const string Dropped = "dropped";
    public const string Added = "added";
    public const string Moved = "moved";

    /// <summary>The marked runs of A's and B's words.</summary>
    public static (List<(int Start, int End, string Kind)> A, List<(int Start, int End, string Kind)> B) Compare(
        TokenizedText a, TokenizedText b, IReadOnlyList<Passage> passages)
    {
        var map = WordDiff.Match(a.Hashes, b.Hashes);
        var kindA = new string[a.Count];
        var kindB = new string[b.Count];
        Array.Fill(kindA, Dropped);
        Array.Fill(kindB, Added);
        int lastB = -1;
        int lastA = -1;
        for (int i = 0; i <= a.Count; i++)
        {
            if (i < a.Count && map[i] < 0)
            {
                continue;
            }

            // Between two aligned words: a gap on both sides is a change, on one side a drop or an addition.
            int nextB = i < a.Count ? map[i] : b.Count;
            if (i - lastA > 1 && nextB - lastB > 1 && Math.Max(i - lastA, nextB - lastB) - 1 <= MaxChangedWords)
            {
                Array.Fill(kindA, Changed, lastA + 1, i - lastA - 1);
                Array.Fill(kindB, Changed, lastB + 1, nextB - lastB - 1);
            }

            if (i < a.Count)
            {
                kindA[i] = Same;
                kindB[map[i]] = Same;
                lastA = i;
                lastB = map[i];
            }
        }

        foreach (var p in passages)
        {
            MarkMoved(a, kindA, p.A);
            MarkMoved(b, kindB, p.B);
        }

        return (Runs(a, kindA), Runs(b, kindB));
    }

    private static void MarkMoved(TokenizedText text, string[] kinds, TextSpan span)
    {
        var inside = Enumerable.Range(0, text.Count).Where(t => text.Starts[t] >= span.Start && text.Ends[t] <= span.End).ToList();
        if (inside.Count == 0 || inside.Count(t => kinds[t] != Same) < MovedShare * inside.Count)
        {
            return;
        }

        foreach (var t in inside)
        {
            kinds[t] = Moved;
        }
    }

    private static List<(int, int, string)> Runs(TokenizedText text, string[] kinds)
    {
        var runs = new List<(int, int, string)>();
        int t = 0;
        while (t < text.Count)
        {
            int start = t;
            while (t + 1 < text.Count && kinds[t + 1] == kinds[start])
            {
                t++;
            }

            runs.Add((text.Starts[start], text.Ends[t], kinds[start]));
            t++;
        }

        return runs;
    }
}
