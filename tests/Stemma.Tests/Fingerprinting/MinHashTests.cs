using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

public class MinHashTests
{
    private static ulong[] Range(int from, int count) =>
        Enumerable.Range(from, count).Select(i => WyHash.Hash64((ulong)i, 42)).ToArray();

    // |A| = |B| = 1000, overlap 500 → J = 500 / 1500 = 1/3.
    private static readonly ulong[] SetA = Range(0, 1000);
    private static readonly ulong[] SetB = Range(500, 1000);
    private const double TrueJaccard = 1.0 / 3.0;

    [Theory]
    [InlineData(MinHashScheme.OnePermutation)]
    [InlineData(MinHashScheme.KPermutations)]
    public void Estimates_jaccard_within_statistical_bounds(MinHashScheme scheme)
    {
        const int k = 256;
        const int trials = 20;
        // Standard error of one estimate is √(J(1−J)/k) ≈ 0.029; the mean of 20 seeds has ≈ 0.0066.
        double sigma = Math.Sqrt(TrueJaccard * (1 - TrueJaccard) / k);
        double sum = 0;
        for (ulong seed = 1; seed <= trials; seed++)
        {
            double estimate = MinHash.Compute(SetA, k, seed, scheme).Jaccard(MinHash.Compute(SetB, k, seed, scheme));
            Math.Abs(estimate - TrueJaccard).ShouldBeLessThan(5 * sigma);
            sum += estimate;
        }

        Math.Abs(sum / trials - TrueJaccard).ShouldBeLessThan(4 * sigma / Math.Sqrt(trials));
    }

    [Fact]
    public void Densification_keeps_small_sets_comparable()
    {
        // 20 elements in 128 bins: most bins are empty and are filled by densification.
        ulong[] a = Range(0, 20);
        ulong[] b = Range(10, 20);
        MinHash.Compute(a).Jaccard(MinHash.Compute(a)).ShouldBe(1.0);
        double estimate = MinHash.Compute(a).Jaccard(MinHash.Compute(b));
        estimate.ShouldBeInRange(0.05, 0.7); // true J = 10/30
        MinHash.Compute(a).Jaccard(MinHash.Compute(Range(1000, 20))).ShouldBeLessThan(0.2);
    }

    [Theory]
    [InlineData(MinHashScheme.OnePermutation)]
    [InlineData(MinHashScheme.KPermutations)]
    public void Merge_gives_the_sketch_of_the_union(MinHashScheme scheme)
    {
        var left = new MinHash(64, 7, scheme);
        left.Update(SetA);
        var right = new MinHash(64, 7, scheme);
        right.Update(SetB);
        left.Merge(right);
        var union = new MinHash(64, 7, scheme);
        union.Update(SetA.Concat(SetB).ToArray());
        left.ToSignature().Values.ToArray().ShouldBe(union.ToSignature().Values.ToArray());
    }

    [Fact]
    public void Update_one_by_one_equals_update_in_bulk()
    {
        var one = new MinHash();
        foreach (ulong x in SetA)
        {
            one.Update(x);
        }

        var bulk = new MinHash();
        bulk.Update(SetA);
        one.Jaccard(bulk).ShouldBe(1.0);
    }

    [Fact]
    public void An_empty_sketch_is_similar_to_nothing()
    {
        var empty = new MinHash();
        empty.IsEmpty.ShouldBeTrue();
        empty.ToSignature().IsEmpty.ShouldBeTrue();
        empty.Jaccard(empty).ShouldBe(0.0);
    }

    [Fact]
    public void Refuses_to_compare_sketches_built_differently()
    {
        var a = new MinHash(64, 1);
        var b = new MinHash(128, 1);
        Should.Throw<ArgumentException>(() => a.Jaccard(b)).Message.ShouldContain("same numPerm, seed and scheme");
        Should.Throw<ArgumentOutOfRangeException>(() => new MinHash(1)).Message.ShouldContain("numPerm must be at least 2; got 1");
    }

    [Fact]
    public void Simhash_distance_is_small_for_near_duplicates_and_large_for_unrelated_sets()
    {
        ulong a = SimHash.Compute(Range(0, 1000));
        ulong nearA = SimHash.Compute(Range(20, 1000));
        ulong unrelated = SimHash.Compute(Range(5000, 1000));
        SimHash.HammingDistance(a, a).ShouldBe(0);
        SimHash.HammingDistance(a, nearA).ShouldBeLessThan(SimHash.HammingDistance(a, unrelated));
        SimHash.HammingDistance(a, unrelated).ShouldBeGreaterThan(16);
        SimHash.Similarity(a, nearA).ShouldBeGreaterThan(0.8);
    }
}
