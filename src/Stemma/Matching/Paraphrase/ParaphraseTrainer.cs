namespace Stemma.Matching.Paraphrase;

/// <summary>
/// Trains a <see cref="ParaphraseModel"/> on labelled pairs: features are standardised, a logistic regression
/// is fitted by Newton's method with an L2 penalty, then optional decision stumps are boosted on the logistic
/// loss. Deterministic: the same pairs in the same order give the same model, bit for bit.
/// </summary>
public static class ParaphraseTrainer
{
    // The decision threshold of a probabilistic classifier trained on the log loss.
    private const double DecisionThreshold = 0.5;

    // Folds of the cross-fitting of the TF-KLD weights: five, as in the cross-validation.
    private const int CrossFitFolds = 5;

    // A feature that is constant on the training set gets this scale so standardising never divides by zero.
    private const double ConstantFeatureScale = 1.0;

    /// <summary>Trains a model on the labelled pairs of <paramref name="pairs"/> (unlabelled ones are ignored).</summary>
    /// <param name="pairs">Labelled pairs; both labels must occur.</param>
    /// <param name="options">The options, or null for <see cref="ParaphraseTrainingOptions.Default"/>.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="InvalidOperationException">WordNet is not installed (the model needs it to learn its WordNet features).</exception>
    public static ParaphraseModel Train(IEnumerable<ParaphrasePair> pairs, ParaphraseTrainingOptions? options = null, CancellationToken ct = default) =>
        Train(pairs, options, null, ct);

    /// <summary>Trains with the features whose <paramref name="keep"/> entry is false zeroed (for ablations).</summary>
    internal static ParaphraseModel Train(IEnumerable<ParaphrasePair> pairs, ParaphraseTrainingOptions? options, bool[]? keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        options ??= ParaphraseTrainingOptions.Default;
        options.Validate();
        (List<(SentenceProfile A, SentenceProfile B)> profiles, bool[] y) = Profiles(pairs, null, ct);
        DocumentFrequencies frequencies = DocumentFrequencies.Count(profiles.SelectMany(p => new[] { p.A, p.B }));
        (ParaphraseWeights weights, double[][] x) = CrossFitted(profiles, y, frequencies, keep, ct);
        ParaphraseLinear full = Fit(x, y, options, ct);
        ParaphraseLinear lexical = Fit([.. x.Select(row => row[..ParaphraseFeatures.LexicalCount])], y, options, ct);
        return new ParaphraseModel(frequencies, weights, lexical, full, DecisionThreshold);
    }

    /// <summary>
    /// K-fold cross-validation on <paramref name="pairs"/> (fold = position modulo <paramref name="folds"/>) of a model
    /// trained with each of <paramref name="options"/>, for choosing options on the training part without touching
    /// the held-out part. The TF-KLD weights and the latent space are learned from each fold's training pairs only.
    /// </summary>
    /// <param name="pairs">Labelled pairs (unlabelled ones are ignored).</param>
    /// <param name="options">The options to compare; each is scored on the same folds.</param>
    /// <param name="folds">The number of folds, at least 2.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The pooled out-of-fold evaluation of the scorer that uses WordNet, one per entry of <paramref name="options"/>.</returns>
    /// <exception cref="InvalidOperationException">WordNet is not installed.</exception>
    public static IReadOnlyList<ParaphraseEvaluation> CrossValidate(
        IEnumerable<ParaphrasePair> pairs, IReadOnlyList<ParaphraseTrainingOptions> options, int folds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        foreach (ParaphraseTrainingOptions o in options)
        {
            o.Validate();
        }

        return CrossValidate(pairs, options, folds, null, null, ct);
    }

    /// <summary>
    /// K-fold cross-validation of the full scorer on <paramref name="pairs"/>
    /// (fold = position modulo <paramref name="folds"/>), for choosing features and options without touching
    /// the held-out part. Everything learned from labels (the TF-KLD weights and the latent space) is learned
    /// from each fold's training pairs only; the document frequencies (no labels) come from all of <paramref name="pairs"/>.
    /// Each of <paramref name="options"/> is scored on the same folds.
    /// </summary>
    internal static IReadOnlyList<ParaphraseEvaluation> CrossValidate(
        IEnumerable<ParaphrasePair> pairs, IReadOnlyList<ParaphraseTrainingOptions> options, int folds, bool[]? keep, WordNet? wordNet, CancellationToken ct)
    {
        (List<(SentenceProfile A, SentenceProfile B)> profiles, bool[] y) = Profiles(pairs, wordNet, ct);
        DocumentFrequencies frequencies = DocumentFrequencies.Count(profiles.SelectMany(p => new[] { p.A, p.B }));
        var fullCounts = new int[options.Count, 4];
        for (int fold = 0; fold < folds; fold++)
        {
            var trainProfiles = new List<(SentenceProfile A, SentenceProfile B)>();
            var trainY = new List<bool>();
            for (int i = 0; i < profiles.Count; i++)
            {
                if (i % folds != fold)
                {
                    trainProfiles.Add(profiles[i]);
                    trainY.Add(y[i]);
                }
            }

            (ParaphraseWeights weights, double[][] trainX) = CrossFitted(trainProfiles, [.. trainY], frequencies, keep, ct);
            double[][] x = Features(profiles, frequencies, weights, keep, ct);
            for (int o = 0; o < options.Count; o++)
            {
                ParaphraseLinear full = Fit(trainX, [.. trainY], options[o], ct);
                for (int i = fold; i < x.Length; i += folds)
                {
                    Tally(fullCounts, o, full.Margin(x[i]) >= 0, y[i]);
                }
            }
        }

        return [.. Enumerable.Range(0, options.Count).Select(o => Evaluation(fullCounts, o))];
    }

    private static void Tally(int[,] counts, int row, bool predicted, bool gold) =>
        counts[row, predicted ? (gold ? 0 : 1) : (gold ? 3 : 2)]++;

    private static ParaphraseEvaluation Evaluation(int[,] counts, int row) =>
        ParaphraseEvaluation.FromCounts(counts[row, 0], counts[row, 1], counts[row, 2], counts[row, 3]);

    private static (List<(SentenceProfile A, SentenceProfile B)> Profiles, bool[] Y) Profiles(
        IEnumerable<ParaphrasePair> pairs, WordNet? chosen, CancellationToken ct)
    {
        WordNet wordNet = chosen ?? WordNet.Shared ?? throw new InvalidOperationException(
            "training a paraphrase model needs WordNet: apt-get install wordnet-base (or set " + WordNet.DirectoryVariable + " to its dict directory).");
        var profiles = new List<(SentenceProfile A, SentenceProfile B)>();
        var y = new List<bool>();
        foreach (ParaphrasePair pair in pairs)
        {
            ct.ThrowIfCancellationRequested();
            if (pair.IsParaphrase is not bool label)
            {
                continue;
            }

            profiles.Add((
                SentenceProfile.Create(pair.Sentence1, 0, pair.Sentence1.Length, wordNet),
                SentenceProfile.Create(pair.Sentence2, 0, pair.Sentence2.Length, wordNet)));
            y.Add(label);
        }

        if (!y.Contains(true) || !y.Contains(false))
        {
            throw new ArgumentException("training needs labelled pairs of both kinds (paraphrase and not).", nameof(pairs));
        }

        return (profiles, [.. y]);
    }

    /// <summary>
    /// The latent space and TF-KLD weights learned from all the pairs, and the pairs' features computed out of fold: the TF-KLD weights
    /// used for a pair's features are learned from the other folds only. Weights learned with the pair's own label
    /// would favour it (a word seen in one non-paraphrase pair gets a large divergence exactly when it is unmatched
    /// there), so the fit would trust them far more than they deserve on new pairs; cross-fitting removes that.
    /// The vectors (the factorisation) are shared: one pair barely moves a factorisation of thousands of sentences.
    /// </summary>
    private static (ParaphraseWeights Weights, double[][] X) CrossFitted(
        List<(SentenceProfile A, SentenceProfile B)> profiles, bool[] y, DocumentFrequencies frequencies, bool[]? keep, CancellationToken ct)
    {
        ParaphraseWeights weights = ParaphraseWeights.Learn(profiles, y, ct);
        var x = new double[profiles.Count][];
        for (int fold = 0; fold < CrossFitFolds; fold++)
        {
            var otherProfiles = new List<(SentenceProfile A, SentenceProfile B)>();
            var otherY = new List<bool>();
            var inFold = new List<int>();
            for (int i = 0; i < profiles.Count; i++)
            {
                if (i % CrossFitFolds == fold)
                {
                    inFold.Add(i);
                }
                else
                {
                    otherProfiles.Add(profiles[i]);
                    otherY.Add(y[i]);
                }
            }

            ParaphraseWeights outOfFold = weights.Relearn(otherProfiles, otherY, ct);
            double[][] rows = Features([.. inFold.Select(i => profiles[i])], frequencies, outOfFold, keep, ct);
            for (int k = 0; k < inFold.Count; k++)
            {
                x[inFold[k]] = rows[k];
            }
        }

        return (weights, x);
    }

    private static double[][] Features(
        List<(SentenceProfile A, SentenceProfile B)> profiles, DocumentFrequencies frequencies, ParaphraseWeights weights, bool[]? keep, CancellationToken ct)
    {
        var x = new double[profiles.Count][];
        for (int i = 0; i < x.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            x[i] = new double[ParaphraseFeatures.Count];
            ParaphraseFeatures.Compute(profiles[i].A, profiles[i].B, frequencies, weights, x[i]);
            if (keep is not null)
            {
                for (int j = 0; j < keep.Length; j++)
                {
                    x[i][j] = keep[j] ? x[i][j] : 0;
                }
            }
        }

        return x;
    }

    /// <summary>True for the features of the latent vectors (sums and differences), which get their own penalty.</summary>
    private static bool IsLatent(int feature) => feature >= LatentStart && feature < LatentStart + 2 * ParaphraseFeatures.LatentDimensions;

    private static readonly int LatentStart = ParaphraseFeatures.LexicalCount - 2 * ParaphraseFeatures.LatentDimensions;

    private static ParaphraseLinear Fit(double[][] x, bool[] y, ParaphraseTrainingOptions options, CancellationToken ct)
    {
        int d = x[0].Length;
        (double[] mean, double[] scale) = Standardisation(x, d);
        double[][] z = [.. x.Select(row => Standardise(row, mean, scale))];
        (double[] weights, double bias) = FitLogistic(z, y, options, ct);
        var linear = new ParaphraseLinear(mean, scale, weights, bias, []);
        ParaphraseStump[] stumps = BoostStumps(linear, x, y, options, ct);
        return new ParaphraseLinear(mean, scale, weights, bias, stumps);
    }

    private static (double[] Mean, double[] Scale) Standardisation(double[][] x, int d)
    {
        var mean = new double[d];
        var scale = new double[d];
        for (int j = 0; j < d; j++)
        {
            double sum = 0;
            foreach (double[] row in x)
            {
                sum += row[j];
            }

            mean[j] = sum / x.Length;
            double squares = 0;
            foreach (double[] row in x)
            {
                squares += (row[j] - mean[j]) * (row[j] - mean[j]);
            }

            double sd = Math.Sqrt(squares / x.Length);
            scale[j] = sd > 0 ? sd : ConstantFeatureScale;
        }

        return (mean, scale);
    }

    private static double[] Standardise(double[] row, double[] mean, double[] scale)
    {
        var z = new double[row.Length];
        for (int j = 0; j < row.Length; j++)
        {
            z[j] = (row[j] - mean[j]) / scale[j];
        }

        return z;
    }

    /// <summary>Newton's method on the penalised log loss; the last coordinate of the system is the intercept.</summary>
    private static (double[] Weights, double Bias) FitLogistic(double[][] z, bool[] y, ParaphraseTrainingOptions options, CancellationToken ct)
    {
        int d = z[0].Length;
        int p = d + 1;
        var beta = new double[p];
        for (int iteration = 0; iteration < options.NewtonIterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (int i = 0; i < z.Length; i++)
            {
                double margin = beta[d];
                for (int j = 0; j < d; j++)
                {
                    margin += beta[j] * z[i][j];
                }

                double prob = ParaphraseModel.Sigmoid(margin);
                double residual = prob - (y[i] ? 1 : 0);
                double w = prob * (1 - prob);
                for (int j = 0; j < p; j++)
                {
                    double zj = j < d ? z[i][j] : 1;
                    gradient[j] += residual * zj;
                    for (int k = 0; k <= j; k++)
                    {
                        double zk = k < d ? z[i][k] : 1;
                        hessian[j, k] += w * zj * zk;
                    }
                }
            }

            for (int j = 0; j < p; j++)
            {
                for (int k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }

                if (j < d)
                {
                    double penalty = IsLatent(j) ? options.LatentL2 : options.L2;
                    gradient[j] += penalty * beta[j];
                    hessian[j, j] += penalty;
                }
            }

            double[] step = Solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < p; j++)
            {
                beta[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-9)
            {
                break;
            }
        }

        return (beta[..d], beta[d]);
    }

    /// <summary>Gaussian elimination with partial pivoting (the system is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (int c = 0; c < n; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }

                (v[col], v[pivot]) = (v[pivot], v[col]);
            }

            double diagonal = m[col, col];
            if (Math.Abs(diagonal) < 1e-300)
            {
                throw new InvalidOperationException("the logistic fit is singular; raise the L2 penalty.");
            }

            for (int r = col + 1; r < n; r++)
            {
                double factor = m[r, col] / diagonal;
                if (factor == 0)
                {
                    continue;
                }

                for (int c = col; c < n; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }

                v[r] -= factor * v[col];
            }
        }

        var x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double sum = v[r];
            for (int c = r + 1; c < n; c++)
            {
                sum -= m[r, c] * x[c];
            }

            x[r] = sum / m[r, r];
        }

        return x;
    }

    /// <summary>Gradient boosting of stumps on the logistic loss, starting from the linear model's margins.</summary>
    private static ParaphraseStump[] BoostStumps(ParaphraseLinear linear, double[][] x, bool[] y, ParaphraseTrainingOptions options, CancellationToken ct)
    {
        if (options.Stumps == 0)
        {
            return [];
        }

        int n = x.Length, d = x[0].Length;
        var margins = new double[n];
        for (int i = 0; i < n; i++)
        {
            margins[i] = linear.Margin(x[i]);
        }

        double[][] splits = new double[d][];
        for (int j = 0; j < d; j++)
        {
            double[] values = [.. x.Select(row => row[j])];
            Array.Sort(values);
            var candidates = new SortedSet<double>();
            for (int q = 1; q <= options.SplitCandidates; q++)
            {
                candidates.Add(values[Math.Min(n - 1, (int)((long)q * n / (options.SplitCandidates + 1)))]);
            }

            splits[j] = [.. candidates];
        }

        var stumps = new List<ParaphraseStump>(options.Stumps);
        var g = new double[n];
        var h = new double[n];
        for (int round = 0; round < options.Stumps; round++)
        {
            ct.ThrowIfCancellationRequested();
            double gTotal = 0, hTotal = 0;
            for (int i = 0; i < n; i++)
            {
                double prob = ParaphraseModel.Sigmoid(margins[i]);
                g[i] = (y[i] ? 1 : 0) - prob;
                h[i] = Math.Max(prob * (1 - prob), 1e-6);
                gTotal += g[i];
                hTotal += h[i];
            }

            double bestGain = 0;
            ParaphraseStump best = default;
            for (int j = 0; j < d; j++)
            {
                foreach (double split in splits[j])
                {
                    double gBelow = 0, hBelow = 0;
                    for (int i = 0; i < n; i++)
                    {
                        if (x[i][j] < split)
                        {
                            gBelow += g[i];
                            hBelow += h[i];
                        }
                    }

                    double gAbove = gTotal - gBelow, hAbove = hTotal - hBelow;
                    if (hBelow <= 0 || hAbove <= 0)
                    {
                        continue;
                    }

                    double gain = gBelow * gBelow / (hBelow + options.L2) + gAbove * gAbove / (hAbove + options.L2);
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = new ParaphraseStump(j, split,
                            options.LearningRate * gBelow / (hBelow + options.L2),
                            options.LearningRate * gAbove / (hAbove + options.L2));
                    }
                }
            }

            if (bestGain == 0)
            {
                break;
            }

            stumps.Add(best);
            for (int i = 0; i < n; i++)
            {
                margins[i] += x[i][best.Feature] < best.Split ? best.Below : best.Above;
            }
        }

        return [.. stumps];
    }
}
