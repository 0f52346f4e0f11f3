using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class ParaphraseFeaturesTests
{
    private static SentenceProfile Profile(string s) => SentenceProfile.Create(s, 0, s.Length, null);

    private static readonly (DocumentFrequencies Idf, ParaphraseWeights Weights) Learned = Learn();

    private static (DocumentFrequencies, ParaphraseWeights) Learn()
    {
        var pairs = new List<(SentenceProfile A, SentenceProfile B)>();
        var labels = new List<bool>();
        string[] places = ["Pellham", "Marrowick", "Tarnow", "Kessler", "Varga", "Ostrava"];
        foreach (string place in places)
        {
            pairs.Add((Profile($"The {place} council cancelled the fair."), Profile($"The fair was cancelled by the {place} council.")));
            labels.Add(true);
            pairs.Add((Profile($"The {place} council cancelled the fair."), Profile($"The {place} council held the fair in the park.")));
            labels.Add(false);
        }

        return (DocumentFrequencies.Count(pairs.SelectMany(p => new[] { p.A, p.B })), ParaphraseWeights.Learn(pairs, labels, CancellationToken.None));
    }

    private static double Feature(string a, string b, string name)
    {
        var features = new double[ParaphraseFeatures.LexicalCount];
        ParaphraseFeatures.Compute(Profile(a), Profile(b), Learned.Idf, Learned.Weights, features);
        int index = ParaphraseFeatures.LexicalNames.ToList().IndexOf(name);
        index.ShouldBeGreaterThanOrEqualTo(0);
        return features[index];
    }

    [Fact]
    public void A_number_on_one_side_only_is_told_apart_from_a_changed_number()
    {
        const string plain = "The ferry carried cars and passengers.";
        const string forty = "The ferry carried 40 cars and passengers.";
        const string ninety = "The ferry carried 90 cars and passengers.";
        Feature(plain, forty, "number.onesided").ShouldBe(1);
        Feature(plain, forty, "number.changed").ShouldBe(0);
        Feature(forty, ninety, "number.onesided").ShouldBe(0);
        Feature(forty, ninety, "number.changed").ShouldBeGreaterThan(0);
        Feature(forty, forty, "number.changed").ShouldBe(0);
        Feature(forty, ninety, "number.count.min").ShouldBe(Math.Log(2), 1e-12);
    }

    [Fact]
    public void The_stem_overlap_is_complete_for_a_reordered_sentence_and_symmetric()
    {
        const string a = "The Pellham council cancelled the fair.";
        const string b = "The fair was cancelled by the Pellham council.";
        Feature(a, b, "kldstem.shared").ShouldBe(1, 1e-12);
        Feature(a, b, "kldstem.unmatched.max").ShouldBe(0, 1e-12);
        const string c = "The Pellham council held the fair in the park.";
        Feature(a, c, "kldstem.shared").ShouldBe(Feature(c, a, "kldstem.shared"));
        Feature(a, c, "kldstem.shared").ShouldBeLessThan(1);
    }
}
