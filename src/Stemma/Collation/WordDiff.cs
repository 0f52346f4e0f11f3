namespace Stemma.Collation;

/// <summary>
/// Word-level diff of two hashed word sequences: Myers' O((N+M)D) shortest edit script, after the
/// common prefix and suffix are stripped, followed by a semantic clean-up that dissolves short chance
/// matches stranded between larger edits (a lone "the" matched inside a cut paragraph).
/// </summary>
internal static class WordDiff
{
    /// <summary>A matched run shorter than this many words is dissolved when the edits on both sides of
    /// it are at least as long as the run itself. Calibrated on our samples' web edition against the wire
    /// (function words of the cut paragraphs matched into the updated last paragraph) while one-word
    /// variants between long runs ("vessles"/"vessels") stay aligned.</summary>
    internal const int MinAnchorWords = 3;

    /// <summary>The largest edit distance Myers' diff is run to: its trace grows with the square of it
    /// (4,000 edits keep it near 64 MB). Two unrelated long texts exceed it; they are first split at words
    /// that occur once in each (patience diff), and each stretch between is diffed on its own.</summary>
    internal const int MaxEditDistance = 4000;

    /// <summary>Returns, for each word of <paramref name="a"/>, the index of the word of <paramref name="b"/> it is matched with, or -1.</summary>
    public static int[] Match(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var map = new int[a.Length];
        Array.Fill(map, -1);
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            map[prefix] = prefix;
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            map[a.Length - 1 - suffix] = b.Length - 1 - suffix;
            suffix++;
        }

        var coreA = a.Slice(prefix, a.Length - prefix - suffix);
        var coreB = b.Slice(prefix, b.Length - prefix - suffix);
        Diff(coreA, coreB, map, prefix, prefix);
        CleanUp(map, b.Length);
        return map;
    }

    private static void Diff(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int[] map, int offsetA, int offsetB)
    {
        if (a.Length == 0 || b.Length == 0 || Myers(a, b, map, offsetA, offsetB))
        {
            return;
        }

        // Too far apart for Myers within the bound: anchor on words unique to both sides, in order.
        var anchors = UniqueAnchors(a, b);
        if (anchors.Count == 0)
        {
            return;
        }

        int lastA = 0;
        int lastB = 0;
        foreach (var (i, j) in anchors)
        {
            Diff(a[lastA..i], b[lastB..j], map, offsetA + lastA, offsetB + lastB);
            map[offsetA + i] = offsetB + j;
            lastA = i + 1;
            lastB = j + 1;
        }

        Diff(a[lastA..], b[lastB..], map, offsetA + lastA, offsetB + lastB);
    }

    /// <summary>Words that occur exactly once on each side, the longest chain of them in order on both.</summary>
    private static List<(int A, int B)> UniqueAnchors(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var countA = new Dictionary<ulong, int>();
        foreach (var h in a)
        {
            countA[h] = countA.GetValueOrDefault(h) + 1;
        }

        var inB = new Dictionary<ulong, int>();
        var countB = new Dictionary<ulong, int>();
        for (int j = 0; j < b.Length; j++)
        {
            countB[b[j]] = countB.GetValueOrDefault(b[j]) + 1;
            inB[b[j]] = j;
        }

        var pairs = new List<(int A, int B)>();
        for (int i = 0; i < a.Length; i++)
        {
            if (countA[a[i]] == 1 && countB.GetValueOrDefault(a[i]) == 1)
            {
                pairs.Add((i, inB[a[i]]));
            }
        }

        return Matching.IncreasingChain.Longest(pairs);
    }

    /// <summary>Myers' diff within <see cref="MaxEditDistance"/>; false (and nothing matched) beyond it.</summary>
    private static bool Myers(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int[] map, int offsetA, int offsetB)
    {
        int n = a.Length;
        int m = b.Length;
        int max = Math.Min(n + m, MaxEditDistance);
        var v = new int[2 * max + 3];
        int zero = max + 1;
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1]) ? v[zero + k + 1] : v[zero + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[zero + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }

            // Keep only the diagonals reachable at this step: the backtrack reads [-d, d].
            trace.Add(v.AsSpan(zero - d, 2 * d + 1).ToArray());
        }

        if (found < 0)
        {
            return false;
        }

        int cx = n;
        int cy = m;
        for (int d = found; d > 0; d--)
        {
            int[] prev = trace[d - 1];
            int k = cx - cy;
            int prevK = k == -d || (k != d && At(prev, d - 1, k - 1) < At(prev, d - 1, k + 1)) ? k + 1 : k - 1;
            int prevX = At(prev, d - 1, prevK);
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                map[offsetA + cx] = offsetB + cy;
            }

            cx = prevX;
            cy = prevY;
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            map[offsetA + cx] = offsetB + cy;
        }

        return true;
    }

    private static int At(int[] snapshot, int d, int k) => k < -d || k > d ? -1 : snapshot[k + d];

    /// <summary>Dissolves short matched runs that sit between edits at least as long as they are.</summary>
    private static void CleanUp(int[] map, int lengthB)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            var runs = Runs(map);
            for (int r = 0; r < runs.Count; r++)
            {
                var (start, length) = runs[r];
                if (length >= MinAnchorWords)
                {
                    continue;
                }

                int prevEndA = r == 0 ? 0 : runs[r - 1].Start + runs[r - 1].Length;
                int prevEndB = r == 0 ? 0 : map[runs[r - 1].Start + runs[r - 1].Length - 1] + 1;
                int nextStartA = r + 1 < runs.Count ? runs[r + 1].Start : map.Length;
                int nextStartB = r + 1 < runs.Count ? map[runs[r + 1].Start] : lengthB;
                int before = Math.Max(start - prevEndA, map[start] - prevEndB);
                int after = Math.Max(nextStartA - (start + length), nextStartB - (map[start + length - 1] + 1));
                if (length <= before && length <= after)
                {
                    for (int i = start; i < start + length; i++)
                    {
                        map[i] = -1;
                    }

                    changed = true;
                }
            }
        }
    }

    /// <summary>Maximal runs of words matched to consecutive words of the other side.</summary>
    internal static List<(int Start, int Length)> Runs(int[] map)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < map.Length)
        {
            if (map[i] < 0)
            {
                i++;
                continue;
            }

            int start = i;
            i++;
            while (i < map.Length && map[i] == map[i - 1] + 1)
            {
                i++;
            }

            runs.Add((start, i - start));
        }

        return runs;
    }
}
