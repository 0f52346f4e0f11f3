namespace Stemma.Matching.Paraphrase;

/// <summary>How well a model labels a set of pairs with known labels (the positive class is "paraphrase").</summary>
/// <param name="Pairs">The number of labelled pairs scored.</param>
/// <param name="Accuracy">The share labelled correctly.</param>
/// <param name="Precision">Of the pairs labelled paraphrase, the share that are.</param>
/// <param name="Recall">Of the paraphrases, the share labelled so.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="MajorityBaseline">The accuracy of always answering the more frequent label.</param>
public sealed record ParaphraseEvaluation(int Pairs, double Accuracy, double Precision, double Recall, double F1, double MajorityBaseline)
{
    /// <summary>Computes the measures from the four counts of a confusion matrix.</summary>
    /// <param name="truePositives">Paraphrases labelled paraphrase.</param>
    /// <param name="falsePositives">Non-paraphrases labelled paraphrase.</param>
    /// <param name="trueNegatives">Non-paraphrases labelled not.</param>
    /// <param name="falseNegatives">Paraphrases labelled not.</param>
    /// <returns>The evaluation.</returns>
    public static ParaphraseEvaluation FromCounts(int truePositives, int falsePositives, int trueNegatives, int falseNegatives)
    {
        int n = truePositives + falsePositives + trueNegatives + falseNegatives;
        double precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        double recall = truePositives + falseNegatives == 0 ? 0 : (double)truePositives / (truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int positives = truePositives + falseNegatives;
        return new ParaphraseEvaluation(
            n,
            n == 0 ? 0 : (double)(truePositives + trueNegatives) / n,
            precision,
            recall,
            f1,
            n == 0 ? 0 : (double)Math.Max(positives, n - positives) / n);
    }
}
