using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class ParaphraseModelTests
{
    private const string Council = "The Pellham council approved the new harbour budget on Monday after a long debate.";
    private const string CouncilReworded = "After a long debate on Monday, the Pellham council approved the new budget for the harbour.";
    private const string Chess = "Twelve-year-old Mirela Santorin won the chess tournament in the final round.";

    private static readonly ParaphraseModel Model = ParaphraseModel.Default;

    [Fact]
    public void The_shipped_model_loads_without_the_training_data()
    {
        Model.Threshold.ShouldBeInRange(0.01, 0.99);
        ParaphraseModel.FeatureNames.Count.ShouldBe(ParaphraseFeatures.Count);
    }

    [Fact]
    public void A_reworded_sentence_is_a_paraphrase_and_an_unrelated_one_is_not()
    {
        Model.IsParaphrase(Council, CouncilReworded).ShouldBeTrue();
        Model.IsParaphrase(Council, Chess).ShouldBeFalse();
    }

    [Fact]
    public void The_score_does_not_depend_on_the_order_of_the_sentences()
    {
        Model.Score(Council, CouncilReworded).ShouldBe(Model.Score(CouncilReworded, Council), 1e-12);
    }

    [Fact]
    public void A_changed_number_lowers_the_score()
    {
        const string a = "The ferry to Marrowick carried 40 cars and 120 passengers on its first crossing.";
        const string b = "On its first crossing the ferry to Marrowick carried 40 cars and 120 passengers.";
        const string changed = "On its first crossing the ferry to Marrowick carried 90 cars and 310 passengers.";
        Model.Score(a, changed).ShouldBeLessThan(Model.Score(a, b));
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_scores()
    {
        ParaphraseModel copy = ParaphraseModel.FromJson(Model.ToJson());
        copy.Score(Council, Chess).ShouldBe(Model.Score(Council, Chess));
        copy.ToJson().ShouldBe(Model.ToJson());
    }

    [Fact]
    public void A_model_saved_for_other_features_is_rejected_with_how_to_fix_it()
    {
        string json = Model.ToJson().Replace("\"word1.min\"", "\"something.else\"", StringComparison.Ordinal);
        Should.Throw<FormatException>(() => ParaphraseModel.FromJson(json)).Message.ShouldContain("retrain");
    }

    [Fact]
    public void Training_is_deterministic_and_learns_from_the_pairs()
    {
        var pairs = new List<ParaphrasePair>();
        string[] places = ["Pellham", "Marrowick", "Ostrava Bay", "Tarnow", "Kessler", "Varga"];
        for (int i = 0; i < places.Length; i++)
        {
            string place = places[i];
            pairs.Add(new($"{i}a", $"{i}b", $"The {place} council approved the budget on Monday.", $"On Monday the {place} council approved the budget.", true));
            pairs.Add(new($"{i}c", $"{i}d", $"The {place} ferry left the harbour at noon.", $"The {place} ferry left at noon, the harbour master said.", true));
            pairs.Add(new($"{i}e", $"{i}f", $"The {place} council approved the budget on Monday.", $"Heavy rain closed two schools in {place} on {i + 2} March.", false));
            pairs.Add(new($"{i}g", $"{i}h", $"The {place} museum opened a new wing.", $"Police in {place} arrested {i + 3} men after a robbery at the bank.", false));
        }

        ParaphraseModel first = ParaphraseTrainer.Train(pairs);
        ParaphraseTrainer.Train(pairs).ToJson().ShouldBe(first.ToJson());
        first.Evaluate(pairs).Accuracy.ShouldBe(1.0);
        Should.Throw<ArgumentException>(() => ParaphraseTrainer.Train(pairs.Where(p => p.IsParaphrase == true)));
    }

    [WordNetFact]
    public void Cross_validation_scores_every_labelled_pair_once_per_option_and_rejects_one_fold()
    {
        var pairs = new List<ParaphrasePair>();
        string[] places = ["Pellham", "Marrowick", "Ostrava Bay", "Tarnow", "Kessler", "Varga"];
        for (int i = 0; i < places.Length; i++)
        {
            string place = places[i];
            pairs.Add(new($"{i}a", $"{i}b", $"The {place} council approved the budget on Monday.", $"On Monday the {place} council approved the budget.", true));
            pairs.Add(new($"{i}e", $"{i}f", $"The {place} museum opened a new wing.", $"Police in {place} arrested {i + 3} men after a robbery at the bank.", false));
            pairs.Add(new($"{i}x", $"{i}y", $"The {place} ferry left at noon.", $"The {place} ferry left at noon.", null));
        }

        ParaphraseTrainingOptions[] options = [ParaphraseTrainingOptions.Default, ParaphraseTrainingOptions.Default with { LatentL2 = 1 }];
        IReadOnlyList<ParaphraseEvaluation> results = ParaphraseTrainer.CrossValidate(pairs, options, 3);
        results.Count.ShouldBe(2);
        results.ShouldAllBe(r => r.Pairs == 12);
        ParaphraseTrainer.CrossValidate(pairs, options, 3).Select(r => r.Accuracy).ShouldBe(results.Select(r => r.Accuracy));
        Should.Throw<ArgumentOutOfRangeException>(() => ParaphraseTrainer.CrossValidate(pairs, options, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => ParaphraseTrainer.CrossValidate(pairs, [ParaphraseTrainingOptions.Default with { LatentL2 = -1 }], 3));
    }

    [Fact]
    public void Without_wordnet_the_lexical_scorer_still_labels_pairs()
    {
        static SentenceProfile Lexical(string s) => SentenceProfile.Create(s, 0, s.Length, null);
        Model.Score(Lexical(Council), Lexical(CouncilReworded)).ShouldBeGreaterThanOrEqualTo(Model.Threshold);
        Model.Score(Lexical(Council), Lexical(Chess)).ShouldBeLessThan(Model.Threshold);
        Model.Score(Lexical(Council), Lexical(CouncilReworded)).ShouldBe(Model.Score(Lexical(CouncilReworded), Lexical(Council)), 1e-12);
    }

    [WordNetFact]
    public void A_synonym_raises_the_score_more_than_an_unrelated_word()
    {
        const string a = "The Pellham council bought the old ferry terminal last spring.";
        const string synonym = "The Pellham council purchased the old ferry terminal last spring.";
        const string unrelated = "The Pellham council painted the old ferry terminal last spring.";
        Model.Score(a, synonym).ShouldBeGreaterThan(Model.Score(a, unrelated));
    }

    [WordNetFact]
    public void With_wordnet_installed_there_is_no_warning()
    {
        ParaphraseModel.Warning.ShouldBeNull();
    }
}
