using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>Settings of an <see cref="LshIndex{TKey}"/>. Bands and rows are derived from
/// <see cref="Threshold"/> unless <see cref="Bands"/> and <see cref="Rows"/> are both given.</summary>
public sealed record LshOptions
{
    /// <summary>Default Jaccard threshold: datasketch's default, also the point where syndicated
    /// editions of one wire story (trimmed, retitled) still sit above and same-story rewrites below.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Default weight of false positives (datasketch's default: errors weighed equally).</summary>
    public const double DefaultFalsePositiveWeight = 0.5;

    /// <summary>Default weight of false negatives (datasketch's default: errors weighed equally).</summary>
    public const double DefaultFalseNegativeWeight = 0.5;

    /// <summary>The Jaccard threshold, in (0, 1).</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The signature length the index accepts.</summary>
    public int NumPerm { get; init; } = MinHash.DefaultNumPerm;

    /// <summary>Weight of false positives when deriving the banding.</summary>
    public double FalsePositiveWeight { get; init; } = DefaultFalsePositiveWeight;

    /// <summary>Weight of false negatives when deriving the banding.</summary>
    public double FalseNegativeWeight { get; init; } = DefaultFalseNegativeWeight;

    /// <summary>Explicit number of bands (give together with <see cref="Rows"/>), or null to derive.</summary>
    public int? Bands { get; init; }

    /// <summary>Explicit rows per band (give together with <see cref="Bands"/>), or null to derive.</summary>
    public int? Rows { get; init; }

    /// <summary>Checks the options and returns the banding to use.</summary>
    /// <returns>The explicit banding if given, else the optimal one for the threshold.</returns>
    public LshParameters ResolveParameters()
    {
        ValidateNumPerm(NumPerm);
        if (Bands is null != Rows is null)
        {
            throw new ArgumentException($"give both Bands and Rows, or neither to derive them from Threshold; got Bands={Bands?.ToString() ?? "null"}, Rows={Rows?.ToString() ?? "null"}.");
        }

        if (Bands is int b && Rows is int r)
        {
            if (b < 1 || r < 1 || (long)b * r > NumPerm)
            {
                throw new ArgumentOutOfRangeException(nameof(Bands), $"Bands and Rows must be at least 1 with Bands×Rows ≤ NumPerm ({NumPerm}); got {b}×{r}.");
            }

            return new LshParameters(b, r);
        }

        return LshParameters.Optimal(Threshold, NumPerm, FalsePositiveWeight, FalseNegativeWeight);
    }

    internal static void ValidateThreshold(double threshold)
    {
        if (!(threshold > 0.0 && threshold < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"threshold must be in (0,1); got {threshold}.");
        }
    }

    internal static void ValidateNumPerm(int numPerm)
    {
        if (numPerm < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(numPerm), numPerm, $"numPerm must be at least 2; got {numPerm}. Use the numPerm the signatures were built with (default {MinHash.DefaultNumPerm}).");
        }
    }

    internal static void ValidateWeights(double falsePositiveWeight, double falseNegativeWeight)
    {
        if (!(falsePositiveWeight >= 0 && falseNegativeWeight >= 0) || falsePositiveWeight + falseNegativeWeight <= 0
            || double.IsInfinity(falsePositiveWeight) || double.IsInfinity(falseNegativeWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(falsePositiveWeight), $"weights must be finite, non-negative and not both 0; got falsePositiveWeight={falsePositiveWeight}, falseNegativeWeight={falseNegativeWeight}.");
        }
    }
}
