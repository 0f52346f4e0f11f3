using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

/// <summary>The evaluation gate: the shipped model on the held-out 20 % of the MSRP training file.</summary>
public class MsrpHeldOutTests
{
    // The floors the shipped model reached when trained (accuracy 0.7744, F1 0.8321 on 798 held-out pairs, with the
    // cross-fitted stem TF-KLD overlap and the number counts; 0.7694 / 0.8299 before them, 0.7632 / 0.8274 before the
    // word TF-KLD and latent features, 0.7519 / 0.8200 before WordNet and IDF); the floors sit just under those
    // figures, so a change that lowers either fails here.
    private const double AccuracyFloor = 0.770;
    private const double F1Floor = 0.828;

    // 5-fold cross-validation on the training part measured 0.7926 accuracy (0.7904 before the stem TF-KLD overlap
    // and the number counts, 0.772 before the word TF-KLD features).
    private const double CrossValidatedAccuracyFloor = 0.788;

    [MsrpFact]
    public void The_shipped_model_keeps_its_held_out_accuracy_and_F1()
    {
        var content = ParaphrasePairFile.ReadFile(MsrpFactAttribute.MsrpFile()!);
        content.Errors.ShouldBeEmpty();
        var (_, heldOut) = ParaphraseSplit.Split(content.Pairs);
        ParaphraseEvaluation e = ParaphraseModel.Default.Evaluate(heldOut);
        e.Accuracy.ShouldBeGreaterThanOrEqualTo(AccuracyFloor);
        e.F1.ShouldBeGreaterThanOrEqualTo(F1Floor);
        e.Accuracy.ShouldBeGreaterThan(e.MajorityBaseline);
    }

    [MsrpFact]
    public void Retraining_on_the_training_part_reproduces_the_shipped_model()
    {
        var content = ParaphrasePairFile.ReadFile(MsrpFactAttribute.MsrpFile()!);
        var (train, _) = ParaphraseSplit.Split(content.Pairs);
        ParaphraseTrainer.Train(train).ToJson().ShouldBe(ParaphraseModel.Default.ToJson());
    }

    [MsrpFact]
    public void Cross_validation_on_the_training_part_keeps_its_accuracy()
    {
        var content = ParaphrasePairFile.ReadFile(MsrpFactAttribute.MsrpFile()!);
        var (train, _) = ParaphraseSplit.Split(content.Pairs);
        IReadOnlyList<ParaphraseEvaluation> results = ParaphraseTrainer.CrossValidate(train, [ParaphraseTrainingOptions.Default], 5);
        results.Count.ShouldBe(1);
        results[0].Pairs.ShouldBe(train.Count);
        results[0].Accuracy.ShouldBeGreaterThanOrEqualTo(CrossValidatedAccuracyFloor);
    }
}
