namespace Stemma.Fingerprinting;

/// <summary>How a <see cref="MinHash"/> draws its k minima.</summary>
public enum MinHashScheme
{
    /// <summary>One hash per shingle, split into k bins, empty bins filled by optimal densification
    /// (Shrivastava 2017). O(1) per shingle: the fast path.</summary>
    OnePermutation,

    /// <summary>Classic MinHash: k independent hash functions, the minimum of each. O(k) per shingle.</summary>
    KPermutations,
}
