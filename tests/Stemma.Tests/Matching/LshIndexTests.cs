using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Tests.Matching;

public class LshIndexTests
{
    private static MinHashSignature Signature(int from, int count) =>
        MinHash.Compute(Enumerable.Range(from, count).Select(i => WyHash.Hash64((ulong)i, 3)).ToArray());

    [Fact]
    public void Derived_banding_separates_pairs_around_the_threshold()
    {
        LshParameters p = LshParameters.Optimal(0.5, 128);
        (p.Bands * p.Rows).ShouldBeLessThanOrEqualTo(128);
        p.CandidateProbability(0.8).ShouldBeGreaterThan(0.95);
        p.CandidateProbability(0.2).ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Weighting_false_negatives_more_gives_more_candidates_below_the_threshold()
    {
        LshParameters balanced = LshParameters.Optimal(0.5, 128);
        LshParameters recall = LshParameters.Optimal(0.5, 128, falsePositiveWeight: 0.1, falseNegativeWeight: 0.9);
        recall.CandidateProbability(0.4).ShouldBeGreaterThan(balanced.CandidateProbability(0.4));
    }

    [Fact]
    public void Explicit_bands_and_rows_override_the_threshold()
    {
        var index = new LshIndex<string>(new LshOptions { Bands = 16, Rows = 8 });
        index.Parameters.ShouldBe(new LshParameters(16, 8));
    }

    [Theory]
    [InlineData(1.5, "threshold must be in (0,1); got 1.5")]
    [InlineData(0.0, "threshold must be in (0,1); got 0")]
    public void Rejects_a_threshold_outside_the_unit_interval_saying_why(double threshold, string message)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new LshIndex<int>(new LshOptions { Threshold = threshold }))
            .Message.ShouldContain(message);
    }

    [Fact]
    public void Rejects_bands_without_rows_and_a_banding_longer_than_the_signature()
    {
        Should.Throw<ArgumentException>(() => new LshIndex<int>(new LshOptions { Bands = 4 })).Message.ShouldContain("give both Bands and Rows");
        Should.Throw<ArgumentOutOfRangeException>(() => new LshIndex<int>(new LshOptions { Bands = 20, Rows = 10 })).Message.ShouldContain("Bands×Rows ≤ NumPerm (128); got 20×10");
    }

    [Fact]
    public void Finds_near_duplicates_and_not_unrelated_sets()
    {
        var index = new LshIndex<string>(new LshOptions { Threshold = 0.5 });
        index.Insert("original", Signature(0, 500));
        index.Insert("unrelated", Signature(10_000, 500));
        index.Insert("edited", Signature(25, 500)); // J = 475/525 ≈ 0.90
        index.Query(Signature(0, 500)).ShouldBe(["original", "edited"]);
    }

    [Fact]
    public void Removed_keys_are_no_longer_found()
    {
        var index = new LshIndex<int>(new LshOptions());
        index.Insert(1, Signature(0, 300));
        index.Insert(2, Signature(0, 300));
        index.Remove(1).ShouldBeTrue();
        index.Remove(1).ShouldBeFalse();
        index.Contains(1).ShouldBeFalse();
        index.Query(Signature(0, 300)).ShouldBe([2]);
        index.Count.ShouldBe(1);
    }

    [Fact]
    public void Rejects_a_duplicate_key_and_a_signature_of_the_wrong_length()
    {
        var index = new LshIndex<int>(new LshOptions());
        index.Insert(1, Signature(0, 10));
        Should.Throw<ArgumentException>(() => index.Insert(1, Signature(0, 10))).Message.ShouldContain("Remove it first");
        MinHashSignature short64 = MinHash.Compute([1UL, 2UL], numPerm: 64);
        Should.Throw<ArgumentException>(() => index.Query(short64)).Message.ShouldContain("has 64 minima but the index was built for NumPerm=128");
    }

    [Fact]
    public void Seed_index_ignores_seeds_held_by_too_many_documents()
    {
        var seeds = new PassageSeedIndex(maxDocumentFrequency: 2);
        seeds.Add(0, [10UL, 99UL]);
        seeds.Add(1, [20UL, 99UL]);
        seeds.Add(2, [10UL, 99UL]);
        seeds.CandidatePairs().ShouldBe([(0, 2)]);
        seeds.Query([10UL]).ShouldBe([0, 2]);
        seeds.Query([99UL]).ShouldBeEmpty();
    }
}
