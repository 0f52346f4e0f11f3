namespace Stemma.Collation;

/// <summary>
/// Aligns many word sequences into one table of columns without depending on their order: the
/// best-supported sequence is the pivot, every other is diffed against it alone, and the words
/// they insert at the same place of the pivot are aligned among themselves the same way, recursively.
/// </summary>
internal static class MultipleAligner
{
    /// <summary>A run of one witness's words: indexes [Lo, Hi) into its word sequence.</summary>
    internal readonly record struct Run(int Witness, int Lo, int Hi)
    {
        public int Length => Hi - Lo;
    }

    /// <summary>Returns the columns: per column, for each witness, the index of its word there or -1.</summary>
    /// <param name="hashes">Each witness's word hashes.</param>
    /// <param name="weights">Each witness's weight.</param>
    /// <param name="ids">Each witness's id, the last tie-break for the pivot.</param>
    public static List<int[]> Align(IReadOnlyList<ulong[]> hashes, IReadOnlyList<double> weights, IReadOnlyList<string> ids)
    {
        var columns = new List<int[]>();
        var runs = Enumerable.Range(0, hashes.Count).Select(w => new Run(w, 0, hashes[w].Length)).ToList();
        AlignRuns(runs, hashes, weights, ids, columns);
        return columns;
    }

    /// <summary>The witness every other is aligned to: the most weighted words, then the most words, then the smallest id.</summary>
    public static int ChoosePivot(IReadOnlyList<Run> runs, IReadOnlyList<double> weights, IReadOnlyList<string> ids)
    {
        int best = 0;
        for (int i = 1; i < runs.Count; i++)
        {
            var (r, b) = (runs[i], runs[best]);
            int byWeight = (weights[r.Witness] * r.Length).CompareTo(weights[b.Witness] * b.Length);
            int byLength = r.Length.CompareTo(b.Length);
            if (byWeight > 0 || (byWeight == 0 && (byLength > 0 || (byLength == 0 && string.CompareOrdinal(ids[r.Witness], ids[b.Witness]) < 0))))
            {
                best = i;
            }
        }

        return best;
    }

    private static void AlignRuns(List<Run> runs, IReadOnlyList<ulong[]> hashes, IReadOnlyList<double> weights, IReadOnlyList<string> ids, List<int[]> columns)
    {
        runs.RemoveAll(r => r.Length == 0);
        if (runs.Count == 0)
        {
            return;
        }

        int witnesses = hashes.Count;
        if (runs.Count == 1)
        {
            var only = runs[0];
            for (int t = only.Lo; t < only.Hi; t++)
            {
                var column = NewColumn(witnesses);
                column[only.Witness] = t;
                columns.Add(column);
            }

            return;
        }

        int pivotIndex = ChoosePivot(runs, weights, ids);
        var pivot = runs[pivotIndex];
        var pivotWords = hashes[pivot.Witness].AsSpan(pivot.Lo, pivot.Length);
        var gaps = new List<Run>?[pivot.Length + 1];
        var maps = new List<(Run Run, int[] Map)>();
        foreach (var run in runs)
        {
            if (run == pivot)
            {
                continue;
            }

            var words = hashes[run.Witness].AsSpan(run.Lo, run.Length);
            int[] pivotToRun = WordDiff.Match(pivotWords, words);
            var runToPivot = new int[run.Length];
            Array.Fill(runToPivot, -1);
            for (int p = 0; p < pivotToRun.Length; p++)
            {
                if (pivotToRun[p] >= 0)
                {
                    runToPivot[pivotToRun[p]] = p;
                }
            }

            // Unmatched words go to the gap right after the last pivot word matched before them.
            int gap = 0;
            int j = 0;
            while (j < run.Length)
            {
                if (runToPivot[j] >= 0)
                {
                    gap = runToPivot[j] + 1;
                    j++;
                    continue;
                }

                int start = j;
                while (j < run.Length && runToPivot[j] < 0)
                {
                    j++;
                }

                (gaps[gap] ??= []).Add(new Run(run.Witness, run.Lo + start, run.Lo + j));
            }

            maps.Add((run, pivotToRun));
        }

        for (int g = 0; g <= pivot.Length; g++)
        {
            if (gaps[g] is { } inserted)
            {
                AlignRuns(inserted, hashes, weights, ids, columns);
            }

            if (g < pivot.Length)
            {
                var column = NewColumn(witnesses);
                column[pivot.Witness] = pivot.Lo + g;
                foreach (var (run, map) in maps)
                {
                    if (map[g] >= 0)
                    {
                        column[run.Witness] = run.Lo + map[g];
                    }
                }

                columns.Add(column);
            }
        }
    }

    private static int[] NewColumn(int witnesses)
    {
        var column = new int[witnesses];
        Array.Fill(column, -1);
        return column;
    }
}
