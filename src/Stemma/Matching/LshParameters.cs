namespace Stemma.Matching;

/// <summary>The banding of an LSH index: a signature of <c>Bands × Rows</c> minima is cut into
/// <see cref="Bands"/> bands of <see cref="Rows"/> rows; two documents are candidates when one band agrees.</summary>
/// <param name="Bands">The number of bands b.</param>
/// <param name="Rows">Rows (minima) per band r.</param>
public readonly record struct LshParameters(int Bands, int Rows)
{
    // Simpson's rule intervals for the error integrals; the integrands are smooth polynomials of degree
    // b·r ≤ a few hundred, and 256 intervals agree with scipy.integrate.quad to 1e-6 on datasketch's defaults.
    private const int IntegrationIntervals = 256;

    /// <summary>The probability that a pair of Jaccard similarity <paramref name="similarity"/> becomes a candidate: 1 − (1 − s^r)^b.</summary>
    /// <param name="similarity">The Jaccard similarity s.</param>
    /// <returns>The candidate probability.</returns>
    public double CandidateProbability(double similarity) =>
        1.0 - Math.Pow(1.0 - Math.Pow(similarity, Rows), Bands);

    /// <summary>
    /// The banding that minimises <c>fpWeight·FP + fnWeight·FN</c>, where FP is the area under the
    /// candidate curve below the threshold and FN the area above it missing from the curve
    /// (datasketch's <c>_optimal_param</c>).
    /// </summary>
    /// <param name="threshold">The Jaccard threshold, in (0, 1).</param>
    /// <param name="numPerm">The signature length; b·r ≤ numPerm.</param>
    /// <param name="falsePositiveWeight">Weight of false positives.</param>
    /// <param name="falseNegativeWeight">Weight of false negatives.</param>
    /// <returns>The best banding.</returns>
    public static LshParameters Optimal(double threshold, int numPerm, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        LshOptions.ValidateThreshold(threshold);
        LshOptions.ValidateNumPerm(numPerm);
        LshOptions.ValidateWeights(falsePositiveWeight, falseNegativeWeight);
        double bestError = double.MaxValue;
        LshParameters best = new(1, numPerm);
        for (int b = 1; b <= numPerm; b++)
        {
            int maxRows = numPerm / b;
            for (int r = 1; r <= maxRows; r++)
            {
                var candidate = new LshParameters(b, r);
                double fp = Integrate(s => candidate.CandidateProbability(s), 0.0, threshold);
                double fn = Integrate(s => 1.0 - candidate.CandidateProbability(s), threshold, 1.0);
                double error = falsePositiveWeight * fp + falseNegativeWeight * fn;
                if (error < bestError)
                {
                    bestError = error;
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static double Integrate(Func<double, double> f, double from, double to)
    {
        double h = (to - from) / IntegrationIntervals;
        double sum = f(from) + f(to);
        for (int i = 1; i < IntegrationIntervals; i++)
        {
            sum += f(from + i * h) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3.0;
    }
}
