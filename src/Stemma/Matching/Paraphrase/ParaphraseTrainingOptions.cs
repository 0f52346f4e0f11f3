namespace Stemma.Matching.Paraphrase;

/// <summary>Settings of <see cref="ParaphraseTrainer"/>. Training is deterministic: no randomness is involved.</summary>
public sealed record ParaphraseTrainingOptions
{
    /// <summary>Default L2 penalty on the standardised weights: 1.0 barely moves the fit on 3,000 pairs
    /// but keeps Newton's method stable when features are collinear (the n-gram overlaps are).</summary>
    public const double DefaultL2 = 1.0;

    /// <summary>Default L2 penalty on the latent-vector features: they are many and each weak, so they need a much
    /// stronger penalty than the lexical ones; chosen by 5-fold cross-validation on the MSRP training part among
    /// 30, 100, 300 and 1000 (<c>stemma paraphrase --cross-validate</c>).</summary>
    public const double DefaultLatentL2 = 300;

    /// <summary>Default Newton iterations: the logistic fit on MSRP converges (weight change below 1e-9) in under 15.</summary>
    public const int DefaultNewtonIterations = 30;

    /// <summary>Default number of boosted stumps after the linear fit; chosen by 5-fold cross-validation on the MSRP training part.</summary>
    public const int DefaultStumps = 0;

    /// <summary>Default shrinkage of each stump's step: 0.1 is the usual gradient-boosting rate.</summary>
    public const double DefaultLearningRate = 0.1;

    /// <summary>Default number of candidate split points per feature (quantiles of the training values).</summary>
    public const int DefaultSplitCandidates = 32;

    /// <summary>The default options.</summary>
    public static ParaphraseTrainingOptions Default { get; } = new();

    /// <summary>L2 penalty on the standardised weights (not on the intercept).</summary>
    public double L2 { get; init; } = DefaultL2;

    /// <summary>L2 penalty on the standardised weights of the latent-vector features (sums and differences).</summary>
    public double LatentL2 { get; init; } = DefaultLatentL2;

    /// <summary>Newton iterations of the logistic fit.</summary>
    public int NewtonIterations { get; init; } = DefaultNewtonIterations;

    /// <summary>Boosted stumps fitted on top of the linear model; 0 for a purely linear model.</summary>
    public int Stumps { get; init; } = DefaultStumps;

    /// <summary>Shrinkage of each stump's step.</summary>
    public double LearningRate { get; init; } = DefaultLearningRate;

    /// <summary>Candidate split points per feature.</summary>
    public int SplitCandidates { get; init; } = DefaultSplitCandidates;

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        if (!(L2 >= 0) || double.IsInfinity(L2))
        {
            throw new ArgumentOutOfRangeException(nameof(L2), L2, $"L2 must be a finite number ≥ 0; the default is {DefaultL2}.");
        }

        if (!(LatentL2 >= 0) || double.IsInfinity(LatentL2))
        {
            throw new ArgumentOutOfRangeException(nameof(LatentL2), LatentL2, $"LatentL2 must be a finite number ≥ 0; the default is {DefaultLatentL2}.");
        }

        if (NewtonIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NewtonIterations), NewtonIterations, $"NewtonIterations must be at least 1; the default is {DefaultNewtonIterations}.");
        }

        if (Stumps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Stumps), Stumps, $"Stumps must be ≥ 0; the default is {DefaultStumps}.");
        }

        if (!(LearningRate > 0 && LearningRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, $"LearningRate must lie in (0, 1]; the default is {DefaultLearningRate}.");
        }

        if (SplitCandidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SplitCandidates), SplitCandidates, $"SplitCandidates must be at least 1; the default is {DefaultSplitCandidates}.");
        }
    }
}
