namespace Stemma.Matching.Paraphrase;

/// <summary>
/// One fitted scorer: a logistic regression over standardised features plus boosted stumps on the raw ones.
/// A <see cref="ParaphraseModel"/> holds two, one over all features and one over the lexical features only
/// (used when WordNet is not installed).
/// </summary>
internal sealed class ParaphraseLinear
{
    public ParaphraseLinear(double[] mean, double[] scale, double[] weights, double bias, ParaphraseStump[] stumps)
    {
        int n = weights.Length;
        if (mean.Length != n || scale.Length != n)
        {
            throw new ArgumentException($"a paraphrase scorer needs as many means and scales as weights ({n}); got {mean.Length} and {scale.Length}.");
        }

        foreach (ParaphraseStump stump in stumps)
        {
            if (stump.Feature < 0 || stump.Feature >= n)
            {
                throw new ArgumentException($"a stump refers to feature {stump.Feature}; features are 0..{n - 1}.");
            }
        }

        Mean = mean;
        Scale = scale;
        Weights = weights;
        Bias = bias;
        Stumps = stumps;
    }

    public double[] Mean { get; }

    public double[] Scale { get; }

    public double[] Weights { get; }

    public double Bias { get; }

    public ParaphraseStump[] Stumps { get; }

    public int Count => Weights.Length;

    /// <summary>The log-odds of a paraphrase from raw (unstandardised) features.</summary>
    public double Margin(ReadOnlySpan<double> features)
    {
        double margin = Bias;
        for (int i = 0; i < Weights.Length; i++)
        {
            margin += Weights[i] * (features[i] - Mean[i]) / Scale[i];
        }

        foreach (ParaphraseStump stump in Stumps)
        {
            margin += features[stump.Feature] < stump.Split ? stump.Below : stump.Above;
        }

        return margin;
    }
}
