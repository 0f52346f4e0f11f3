namespace Stemma.Matching;

/// <summary>
/// The longest chain of matched word pairs that runs forward in both texts — the core of patience
/// diff, shared by the collation diff and the passage word aligner.
/// </summary>
internal static class IncreasingChain
{
    /// <summary>
    /// Of <paramref name="pairs"/> (sorted by their first position), the longest subsequence whose second
    /// positions strictly increase, by patience sorting in O(n log n).
    /// </summary>
    public static List<(int A, int B)> Longest(IReadOnlyList<(int A, int B)> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (pairs[tails[mid]].B < pairs[k].B)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var chain = new List<(int A, int B)>(tails.Count);
        for (var k = tails.Count == 0 ? -1 : tails[^1]; k >= 0; k = previous[k])
        {
            chain.Add(pairs[k]);
        }

        chain.Reverse();
        return chain;
    }
}
