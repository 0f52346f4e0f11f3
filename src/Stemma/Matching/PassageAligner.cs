using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>
/// Finds the passages two texts share by seed-and-extend: exact runs of at least <see cref="AnchorWords"/>
/// equal words are extended to maximal runs, chosen longest first without overlap, and neighbouring runs
/// separated by at most <see cref="MaxGapWords"/> differing words on each side are merged into one
/// near-verbatim passage.
/// </summary>
internal static class PassageAligner
{
    /// <summary>Shortest exact run used as a building block: 4 words lets a one-word change every five
    /// words still chain ("lies on the key players" / "lies in the key players"), while chance 4-word
    /// matches are dropped unless merged into a passage of the reported length.</summary>
    internal const int AnchorWords = 4;

    /// <summary>Largest run of differing words bridged inside one passage: 3 covers a substituted
    /// phrase or a dropped/inserted adverbial; it is kept below <see cref="AnchorWords"/> so that no
    /// other run fits into a bridged gap, which keeps passages disjoint.</summary>
    internal const int MaxGapWords = 3;

    /// <summary>How many occurrences of one anchor in B are tried per position of A; repeated stock phrases
    /// beyond this are skipped to keep the work linear (a news text rarely repeats an exact 4-word run 16 times).</summary>
    private const int MaxAnchorOccurrences = 16;

    private const ulong AnchorHashSeed = 0x414E43484F525321UL;

    public static IReadOnlyList<Passage> Align(TokenizedText a, TokenizedText b, int minPassageWords)
    {
        ReadOnlySpan<ulong> ha = a.Hashes;
        ReadOnlySpan<ulong> hb = b.Hashes;
        if (ha.Length < AnchorWords || hb.Length < AnchorWords)
        {
            return [];
        }

        List<Block> blocks = MaximalRuns(ha, hb);
        List<Block> chosen = ChooseDisjoint(blocks, ha.Length, hb.Length);
        chosen.Sort(static (x, y) => x.A.CompareTo(y.A));

        var passages = new List<Passage>();
        int k = 0;
        while (k < chosen.Count)
        {
            Block first = chosen[k];
            int aEnd = first.A + first.Length;
            int bEnd = first.B + first.Length;
            bool verbatim = true;
            k++;
            while (k < chosen.Count)
            {
                Block next = chosen[k];
                int gapA = next.A - aEnd;
                int gapB = next.B - bEnd;
                if (gapA < 0 || gapB < 0 || gapA > MaxGapWords || gapB > MaxGapWords)
                {
                    break;
                }

                verbatim &= gapA == 0 && gapB == 0;
                aEnd = next.A + next.Length;
                bEnd = next.B + next.Length;
                k++;
            }

            int words = aEnd - first.A;
            if (words >= minPassageWords)
            {
                passages.Add(new Passage(
                    new TextSpan(a.Starts[first.A], a.Ends[aEnd - 1]),
                    new TextSpan(b.Starts[first.B], b.Ends[bEnd - 1]),
                    verbatim,
                    words));
            }
        }

        return passages;
    }

    /// <summary>Every maximal run of equal words at least <see cref="AnchorWords"/> long.</summary>
    private static List<Block> MaximalRuns(ReadOnlySpan<ulong> ha, ReadOnlySpan<ulong> hb)
    {
        int nb = hb.Length - AnchorWords + 1;
        var head = new Dictionary<ulong, int>(nb);
        int[] next = new int[nb];
        for (int j = nb - 1; j >= 0; j--)
        {
            ulong g = WyHash.Hash(hb.Slice(j, AnchorWords), AnchorHashSeed);
            next[j] = head.TryGetValue(g, out int h) ? h : -1;
            head[g] = j;
        }

        var blocks = new List<Block>();
        for (int i = 0; i + AnchorWords <= ha.Length; i++)
        {
            ulong g = WyHash.Hash(ha.Slice(i, AnchorWords), AnchorHashSeed);
            if (!head.TryGetValue(g, out int j))
            {
                continue;
            }

            for (int tries = 0; j >= 0 && tries < MaxAnchorOccurrences; j = next[j], tries++)
            {
                if (i > 0 && j > 0 && ha[i - 1] == hb[j - 1])
                {
                    continue; // not left-maximal: the run starting one word earlier covers it
                }

                int length = 0;
                while (i + length < ha.Length && j + length < hb.Length && ha[i + length] == hb[j + length])
                {
                    length++;
                }

                if (length >= AnchorWords)
                {
                    blocks.Add(new Block(i, j, length));
                }
            }
        }

        return blocks;
    }

    /// <summary>Longest runs first; a run overlapping chosen ones keeps its longest free stretch if still an anchor long.</summary>
    private static List<Block> ChooseDisjoint(List<Block> blocks, int na, int nb)
    {
        blocks.Sort(static (x, y) =>
        {
            int c = y.Length.CompareTo(x.Length);
            if (c != 0)
            {
                return c;
            }

            c = x.A.CompareTo(y.A);
            return c != 0 ? c : x.B.CompareTo(y.B);
        });

        bool[] usedA = new bool[na];
        bool[] usedB = new bool[nb];
        var chosen = new List<Block>();
        foreach (Block block in blocks)
        {
            int bestStart = 0, bestLength = 0, runStart = 0, runLength = 0;
            for (int t = 0; t < block.Length; t++)
            {
                if (usedA[block.A + t] || usedB[block.B + t])
                {
                    runLength = 0;
                    runStart = t + 1;
                    continue;
                }

                runLength++;
                if (runLength > bestLength)
                {
                    bestLength = runLength;
                    bestStart = runStart;
                }
            }

            if (bestLength < AnchorWords)
            {
                continue;
            }

            var kept = new Block(block.A + bestStart, block.B + bestStart, bestLength);
            usedA.AsSpan(kept.A, kept.Length).Fill(true);
            usedB.AsSpan(kept.B, kept.Length).Fill(true);
            chosen.Add(kept);
        }

        return chosen;
    }

    private readonly record struct Block(int A, int B, int Length);
}
