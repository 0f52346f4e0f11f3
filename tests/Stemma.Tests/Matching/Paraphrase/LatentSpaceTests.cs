using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class LatentSpaceTests
{
    private static SentenceProfile Profile(string s) => DecidingPairs.Profile(s);

    private static (List<(SentenceProfile A, SentenceProfile B)> Pairs, List<bool> Labels) Deciding() => DecidingPairs.Make("cancelled");

    [Fact]
    public void A_word_whose_loss_decides_the_label_weighs_more_than_one_always_shared()
    {
        var (pairs, labels) = Deciding();
        float[] weights = LatentSpace.LearnWeights(pairs, labels, ["cancelled", "council"], CancellationToken.None);
        weights[0].ShouldBeGreaterThan(weights[1]);
        weights[1].ShouldBeGreaterThanOrEqualTo(0f);
    }

    [Fact]
    public void The_factorisation_of_a_rank_one_matrix_is_its_row_direction_and_nothing_more()
    {
        var rows = new List<int[]> { new[] { 0, 1, 2 }, new[] { 0, 1, 2 }, new[] { 0, 1, 2 }, new[] { 0, 1, 2 } };
        double[][] v = LatentSpace.TruncatedSvd(rows, [1, 2, 2], 3, 2, CancellationToken.None);
        v[0][0].ShouldBe(1.0 / 3, 1e-9);
        v[0][1].ShouldBe(2.0 / 3, 1e-9);
        v[0][2].ShouldBe(2.0 / 3, 1e-9);
        v[1].ShouldAllBe(x => Math.Abs(x) < 1e-9);
    }

    [Fact]
    public void The_factorisation_finds_orthonormal_directions_of_two_separate_topics()
    {
        // Sentences about one topic use words 0-2, about the other words 3-5; the topics are independent directions.
        var rows = new List<int[]> { new[] { 0, 1 }, new[] { 1, 2 }, new[] { 0, 2 }, new[] { 3, 4 }, new[] { 4, 5 }, new[] { 3, 4, 5 } };
        double[][] v = LatentSpace.TruncatedSvd(rows, [1, 1, 1, 1, 1, 1], 6, 2, CancellationToken.None);
        for (int i = 0; i < 2; i++)
        {
            v[i].Sum(x => x * x).ShouldBe(1.0, 1e-9);
            bool first = v[i].Take(3).Any(x => Math.Abs(x) > 1e-6), second = v[i].Skip(3).Any(x => Math.Abs(x) > 1e-6);
            first.ShouldNotBe(second);
        }

        v[0].Zip(v[1], (x, y) => x * y).Sum().ShouldBe(0.0, 1e-9);
    }

    [Fact]
    public void Learning_is_deterministic_and_a_sentence_is_the_weighted_sum_of_its_words()
    {
        var (pairs, labels) = Deciding();
        LatentSpace first = LatentSpace.Learn(pairs, labels, 3, CancellationToken.None);
        LatentSpace second = LatentSpace.Learn(pairs, labels, 3, CancellationToken.None);
        second.Values.ShouldBe(first.Values);
        second.Weights.ShouldBe(first.Weights);
        second.Terms.ShouldBe(first.Terms);

        // Word order and repeats do not change a sentence's vector.
        Span<double> a = stackalloc double[3];
        Span<double> b = stackalloc double[3];
        double weightA = first.Project(Profile("the council cancelled the fair"), a);
        double weightB = first.Project(Profile("fair cancelled council the"), b);
        weightB.ShouldBe(weightA, 1e-12);
        for (int d = 0; d < 3; d++)
        {
            b[d].ShouldBe(a[d], 1e-12);
        }

        // A word never seen in training adds nothing.
        first.Project(Profile("the council cancelled the fair Zbrovnik"), b).ShouldBe(weightA, 1e-12);
        first.Weight("Zbrovnik").ShouldBe(0);
    }

    [Fact]
    public void A_projection_can_hand_back_the_weight_of_each_word_of_the_sentence()
    {
        var (pairs, labels) = Deciding();
        LatentSpace space = LatentSpace.Learn(pairs, labels, 2, CancellationToken.None);
        SentenceProfile s = Profile("the council cancelled the fair Zbrovnik");
        Span<double> vector = stackalloc double[2];
        var weights = new double[s.Terms.Length];
        double total = space.Project(s, vector, weights);
        for (int t = 0; t < s.Terms.Length; t++)
        {
            weights[t].ShouldBe(space.Weight(s.Terms[t]));
        }

        weights.Sum().ShouldBe(total, 1e-12);
    }

    [Fact]
    public void Inconsistent_vectors_are_rejected()
    {
        Should.Throw<ArgumentException>(() => new LatentSpace(2, ["a", "b"], [1f, 1f], [1f, 1f], new sbyte[3]));
        Should.Throw<ArgumentException>(() => new LatentSpace(1, ["a", "a"], [1f, 1f], [1f, 1f], new sbyte[2]));
    }
}
