using System.Numerics;

namespace Stemma.Fingerprinting;

/// <summary>Charikar's SimHash: a 64-bit fingerprint whose Hamming distance tracks cosine distance
/// of the shingle multisets. An alternative to MinHash when one word per document must do.</summary>
public static class SimHash
{
    private const int Bits = 64;

    /// <summary>The 64-bit SimHash of a shingle sequence (each occurrence votes once per bit).</summary>
    /// <param name="shingles">Shingle hashes; they are well mixed already, so each bit votes directly.</param>
    /// <returns>The fingerprint (0 for no shingles).</returns>
    public static ulong Compute(ReadOnlySpan<ulong> shingles)
    {
        Span<int> votes = stackalloc int[Bits];
        votes.Clear();
        foreach (ulong h in shingles)
        {
            for (int bit = 0; bit < Bits; bit++)
            {
                votes[bit] += (int)((h >> bit) & 1) * 2 - 1;
            }
        }

        ulong result = 0;
        for (int bit = 0; bit < Bits; bit++)
        {
            if (votes[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    /// <summary>The number of differing bits.</summary>
    /// <param name="a">One fingerprint.</param>
    /// <param name="b">Another fingerprint.</param>
    /// <returns>0 (same) to 64.</returns>
    public static int HammingDistance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>1 − Hamming distance / 64.</summary>
    /// <param name="a">One fingerprint.</param>
    /// <param name="b">Another fingerprint.</param>
    /// <returns>A similarity in [0, 1].</returns>
    public static double Similarity(ulong a, ulong b) => 1.0 - (double)HammingDistance(a, b) / Bits;
}
