using FsCheck;
using FsCheck.Fluent;
using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

/// <summary>MinHash estimates stay within their statistical error of the exact Jaccard similarity.</summary>
public class MinHashPropertyTests
{
    private const int K = 128;

    // Five standard errors: a correct estimator leaves this band about once in 1.7 million draws.
    private const double Sigmas = 5.0;

    private static Arbitrary<(int Shared, int OnlyA, int OnlyB, int Salt)> Overlaps() =>
        (from shared in Gen.Choose(0, 600)
         from onlyA in Gen.Choose(0, 600)
         from onlyB in Gen.Choose(0, 600)
         from salt in Gen.Choose(0, int.MaxValue)
         where shared + onlyA > 0 && shared + onlyB > 0
         select (shared, onlyA, onlyB, salt)).ToArbitrary();

    private static (ulong[] A, ulong[] B, double Exact) Sets((int Shared, int OnlyA, int OnlyB, int Salt) o)
    {
        ulong H(int i) => WyHash.Hash64((ulong)i, (ulong)o.Salt);
        ulong[] shared = [.. Enumerable.Range(0, o.Shared).Select(H)];
        ulong[] a = [.. shared, .. Enumerable.Range(1_000_000, o.OnlyA).Select(H)];
        ulong[] b = [.. shared, .. Enumerable.Range(2_000_000, o.OnlyB).Select(H)];
        return (a, b, (double)o.Shared / (o.Shared + o.OnlyA + o.OnlyB));
    }

    [Theory]
    [InlineData(MinHashScheme.OnePermutation)]
    [InlineData(MinHashScheme.KPermutations)]
    public void Jaccard_estimates_are_within_five_standard_errors(MinHashScheme scheme)
    {
        Prop.ForAll(Overlaps(), o =>
        {
            (ulong[] a, ulong[] b, double exact) = Sets(o);
            double estimate = MinHash.Compute(a, K, (ulong)o.Salt, scheme).Jaccard(MinHash.Compute(b, K, (ulong)o.Salt, scheme));
            double sigma = Math.Sqrt(exact * (1 - exact) / K);
            return Math.Abs(estimate - exact) <= Sigmas * sigma + 1.0 / K;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void One_permutation_hashing_is_unbiased_like_k_permutations()
    {
        // Mean error over many pairs at one similarity: a biased densification would shift it.
        double sum = 0;
        const int Pairs = 300;
        for (int i = 0; i < Pairs; i++)
        {
            (ulong[] a, ulong[] b, double exact) = Sets((150, 100, 50, i));
            sum += MinHash.Compute(a, K, (ulong)i).Jaccard(MinHash.Compute(b, K, (ulong)i)) - exact;
        }

        // The mean of 300 errors with σ ≤ 0.044 each has σ ≤ 0.0026; 0.01 is about four of those.
        Math.Abs(sum / Pairs).ShouldBeLessThan(0.01);
    }
}
