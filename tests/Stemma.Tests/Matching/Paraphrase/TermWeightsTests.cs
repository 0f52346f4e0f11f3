using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class TermWeightsTests
{
    private static SentenceProfile Profile(string s) => DecidingPairs.Profile(s);

    private static (List<(SentenceProfile A, SentenceProfile B)> Pairs, List<bool> Labels) Deciding() => DecidingPairs.Make("cancels");

    private static double WeightOf(TermWeights weights, string stem) => weights.Weight(SentenceProfile.HashStem(stem));

    [Fact]
    public void A_stem_whose_loss_decides_the_label_weighs_more_than_one_always_shared()
    {
        var (pairs, labels) = Deciding();
        TermWeights weights = TermWeights.Learn(pairs, labels, CancellationToken.None);
        // "cancelled" and "cancels" pool under one stem, which is lost in every non-paraphrase pair.
        WeightOf(weights, "cance").ShouldBeGreaterThan(WeightOf(weights, "counc"));
        WeightOf(weights, "counc").ShouldBeGreaterThanOrEqualTo(0);
        weights.Terms.ShouldBe([.. weights.Terms.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Stems_in_a_single_training_sentence_get_no_weight()
    {
        var (pairs, labels) = Deciding();
        pairs.Add((Profile("The Zbrovnik choir sang at the fair."), Profile("A choir sang at the fair.")));
        labels.Add(true);
        TermWeights weights = TermWeights.Learn(pairs, labels, CancellationToken.None);
        weights.Terms.ShouldContain("choir");
        weights.Terms.ShouldNotContain("zbrov");
        WeightOf(weights, "zbrov").ShouldBe(0);
    }

    [Fact]
    public void Relearning_keeps_the_stems_and_gives_the_same_weights_on_the_same_pairs()
    {
        var (pairs, labels) = Deciding();
        TermWeights weights = TermWeights.Learn(pairs, labels, CancellationToken.None);
        TermWeights again = weights.Relearn(pairs, labels, CancellationToken.None);
        again.Terms.ShouldBe(weights.Terms);
        again.Weights.ShouldBe(weights.Weights);
        TermWeights fewer = weights.Relearn(pairs.Take(4).ToList(), labels.Take(4).ToList(), CancellationToken.None);
        fewer.Terms.ShouldBe(weights.Terms);
        fewer.Weights.ShouldNotBe(weights.Weights);
    }

    [Fact]
    public void The_overlap_counts_each_distinct_stem_once_and_is_symmetric()
    {
        var weights = new TermWeights(["cance", "counc", "fair"], [2f, 0.5f, 1f]);
        SentenceProfile a = Profile("The council cancelled the fair, the fair council said.");
        SentenceProfile b = Profile("The council held the fair.");
        (double shared, double min, double max) = weights.Overlap(a.ContentStems, b.ContentStems);
        // Distinct stems: a has cance, counc, fair (+ unknown "said" stems, weight 0); b has counc, fair, held (unknown).
        shared.ShouldBe(1.5 / 3.5, 1e-12);
        min.ShouldBe(0, 1e-12);
        max.ShouldBe(Math.Log(1 + 2), 1e-12);
        weights.Overlap(b.ContentStems, a.ContentStems).ShouldBe((shared, min, max));
        weights.Overlap(a.ContentStems, a.ContentStems).Shared.ShouldBe(1, 1e-12);
        weights.Overlap([], []).ShouldBe((0, 0, 0));
    }

    [Fact]
    public void Inconsistent_weights_are_rejected()
    {
        Should.Throw<ArgumentException>(() => new TermWeights(["a", "b"], [1f]));
        Should.Throw<ArgumentException>(() => new TermWeights(["a", "a"], [1f, 1f]));
    }
}
