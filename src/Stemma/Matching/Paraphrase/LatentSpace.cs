namespace Stemma.Matching.Paraphrase;

/// <summary>
/// A low-rank sentence space learned from labelled pairs (Ji and Eisenstein 2013, "Discriminative Improvements to
/// Distributional Sentence Similarity"): each word gets a TF-KLD weight, the Kullback-Leibler divergence between
/// how often it appears in only one sentence of a paraphrase pair and of a non-paraphrase pair, so words whose
/// loss or gain decides the label weigh most; the weighted sentence-word matrix is factorised by a truncated SVD,
/// and a sentence is the sum of its words' latent vectors. The vectors are stored quantised to one signed byte per
/// value (a scale per word), and training uses the quantised vectors so the shipped model scores what it learned on.
/// </summary>
internal sealed class LatentSpace
{
    /// <summary>
    /// Terms in fewer training sentences than this get no vector or weight: they cannot be weighed reliably and
    /// would only grow the shipped model (on the MSRP training part 2 keeps 9,045 words).
    /// </summary>
    internal const int MinSentences = 2;

    // The m of the m-estimates behind a TF-KLD weight (each pulled towards the rate over all words, as if seen in m
    // more pairs), so a word seen in a handful of pairs does not get an extreme divergence; chosen by 5-fold
    // cross-validation on the MSRP training part among 3, 10, 30, 100 and 300 (30: 0.790 accuracy; 10: 0.774).
    private const double KldSmoothing = 30;

    // Extra random directions of the randomised SVD beyond the dimensions kept (Halko et al. 2011 recommend 5-10).
    private const int Oversampling = 10;

    // Subspace (power) iterations of the randomised SVD; 4 make the leading directions converge on MSRP.
    private const int PowerIterations = 4;

    // Sweeps of the cyclic Jacobi eigen-solver on the small projected matrix; it converges in under 10.
    private const int JacobiSweeps = 30;

    // Directions whose squared singular value is below this share of the largest are rounding noise past the
    // matrix's rank; they are left zero (double precision carries ~16 digits, so 1e-12 leaves a wide margin).
    private const double RankTolerance = 1e-12;

    private const ulong RandomSeed = 0x4C4154454E545356UL;

    private const double QuantisationLevels = 127.0;

    private readonly Dictionary<string, int> _index;

    public LatentSpace(int dimensions, string[] terms, float[] weights, float[] scales, sbyte[] values)
    {
        if (dimensions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, "a latent space needs at least one dimension.");
        }

        if (weights.Length != terms.Length || scales.Length != terms.Length || values.Length != terms.Length * dimensions)
        {
            throw new ArgumentException($"a latent space of {terms.Length} words and {dimensions} dimensions needs {terms.Length} weights and scales and {terms.Length * dimensions} values; got {weights.Length}, {scales.Length} and {values.Length}.");
        }

        Dimensions = dimensions;
        Terms = terms;
        Weights = weights;
        Scales = scales;
        Values = values;
        _index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int i = 0; i < terms.Length; i++)
        {
            if (!_index.TryAdd(terms[i], i))
            {
                throw new ArgumentException($"the latent space lists the word '{terms[i]}' twice.");
            }
        }
    }

    public int Dimensions { get; }

    /// <summary>The words, ordinally sorted.</summary>
    public string[] Terms { get; }

    /// <summary>Each word's TF-KLD weight.</summary>
    public float[] Weights { get; }

    /// <summary>Each word's quantisation scale: value = byte × scale.</summary>
    public float[] Scales { get; }

    /// <summary>The quantised latent vectors (the right singular vectors' rows, before weighting), word after word.</summary>
    public sbyte[] Values { get; }

    /// <summary>
    /// The sentence's latent vector: the sum of its distinct words' vectors, into <paramref name="vector"/>; when
    /// <paramref name="termWeights"/> is not empty it receives each of <see cref="SentenceProfile.Terms"/>' weight (0 when
    /// unknown), so the caller need not look the words up again.
    /// </summary>
    /// <returns>The summed TF-KLD weight of its known words.</returns>
    public double Project(SentenceProfile s, Span<double> vector, Span<double> termWeights = default)
    {
        vector.Clear();
        termWeights.Clear();
        double weight = 0;
        for (int t = 0; t < s.Terms.Length; t++)
        {
            if (!_index.TryGetValue(s.Terms[t], out int row))
            {
                continue;
            }

            weight += Weights[row];
            if (!termWeights.IsEmpty)
            {
                termWeights[t] = Weights[row];
            }

            double scale = Scales[row] * Weights[row];
            ReadOnlySpan<sbyte> values = Values.AsSpan(row * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++)
            {
                vector[d] += values[d] * scale;
            }
        }

        return weight;
    }

    /// <summary>The TF-KLD weight of a word (0 when unknown).</summary>
    public double Weight(string word) => _index.TryGetValue(word, out int row) ? Weights[row] : 0;

    /// <summary>This space with other TF-KLD weights (one per word of <see cref="Terms"/>) and the same vectors.</summary>
    public LatentSpace WithWeights(float[] weights) => new(Dimensions, Terms, weights, Scales, Values);

    // Ji and Eisenstein factorise unlabelled sentences too. Tried with the English pages of extraction-dev (Stemma's
    // extractor, pages whose words are ≥ 20 % English function words: 7,544 sentences of 8–60 words; ≥ 12 %: 8,493):
    // 5-fold CV on the MSRP training part, mean of 4 partitions, 0.7910 and 0.7913 against 0.7909 without — noise, so
    // the factorisation stays on the training pairs' sentences and training needs no corpus besides MSRP.

    /// <summary>Learns the weights and the factorisation from the labelled pairs.</summary>
    public static LatentSpace Learn(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, int dimensions, CancellationToken ct)
    {
        string[] terms = Vocabulary(pairs, s => s.Terms);
        float[] floatWeights = LearnWeights(pairs, labels, terms, ct);
        double[] weights = [.. floatWeights.Select(w => (double)w)];
        var index = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (int t = 0; t < terms.Length; t++)
        {
            index[terms[t]] = t;
        }

        // The sentence-word matrix, one sparse row (distinct known words) per sentence.
        var rows = new List<int[]>(2 * pairs.Count);
        foreach ((SentenceProfile a, SentenceProfile b) in pairs)
        {
            foreach (SentenceProfile s in new[] { a, b })
            {
                rows.Add([.. s.Terms.Where(index.ContainsKey).Select(w => index[w]).Order()]);
            }
        }

        double[][] v = TruncatedSvd(rows, weights, terms.Length, dimensions, ct);
        var scales = new float[terms.Length];
        var values = new sbyte[terms.Length * dimensions];
        for (int t = 0; t < terms.Length; t++)
        {
            double max = 0;
            for (int d = 0; d < dimensions; d++)
            {
                max = Math.Max(max, Math.Abs(v[d][t]));
            }

            scales[t] = (float)(max / QuantisationLevels);
            for (int d = 0; d < dimensions; d++)
            {
                values[t * dimensions + d] = max == 0 ? (sbyte)0 : (sbyte)Math.Round(v[d][t] / scales[t]);
            }
        }

        return new LatentSpace(dimensions, terms, floatWeights, scales, values);
    }

    /// <summary>
    /// The distinct terms <paramref name="select"/> gives that occur in at least <see cref="MinSentences"/> training
    /// sentences, ordinally sorted.
    /// </summary>
    internal static string[] Vocabulary(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, Func<SentenceProfile, IEnumerable<string>> select)
    {
        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((SentenceProfile a, SentenceProfile b) in pairs)
        {
            foreach (SentenceProfile s in new[] { a, b })
            {
                foreach (string w in select(s).Distinct(StringComparer.Ordinal))
                {
                    sentences[w] = sentences.GetValueOrDefault(w) + 1;
                }
            }
        }

        return [.. sentences.Where(kv => kv.Value >= MinSentences).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The TF-KLD weight of each of <paramref name="terms"/>: the Bernoulli KL divergence between P(the word is in one
    /// sentence only | paraphrase, the pair has it) and the same for non-paraphrases, each an m-estimate pulled
    /// towards the rate over all words so a word seen in few pairs gets little weight.
    /// </summary>
    public static float[] LearnWeights(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, string[] terms, CancellationToken ct) =>
        LearnWeights(pairs, labels, terms, s => s.Terms, ct);

    /// <summary>The TF-KLD weights of <paramref name="terms"/> among the terms <paramref name="select"/> gives for a sentence.</summary>
    public static float[] LearnWeights(
        IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, string[] terms, Func<SentenceProfile, IEnumerable<string>> select, CancellationToken ct)
    {
        // Per word: pairs (of each label) where it occurs, and those where it occurs in one sentence only.
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int p = 0; p < pairs.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            var a = new HashSet<string>(select(pairs[p].A), StringComparer.Ordinal);
            var b = new HashSet<string>(select(pairs[p].B), StringComparer.Ordinal);
            int offset = labels[p] ? 0 : 2;
            foreach (string w in a.Union(b))
            {
                int[] c = counts.TryGetValue(w, out int[]? found) ? found : counts[w] = new int[4];
                c[offset]++;
                if (a.Contains(w) != b.Contains(w))
                {
                    c[offset + 1]++;
                }
            }
        }

        var total = new long[4];
        foreach (int[] c in counts.Values)
        {
            for (int i = 0; i < 4; i++)
            {
                total[i] += c[i];
            }
        }

        // Laplace-smoothed so both priors lie strictly inside (0, 1) and so do the m-estimates: the divergence stays finite
        // even when no word of one label is ever one-sided (tiny training sets).
        double priorP = (total[1] + 1.0) / (total[0] + 2.0), priorQ = (total[3] + 1.0) / (total[2] + 2.0);
        var weights = new float[terms.Length];
        for (int t = 0; t < terms.Length; t++)
        {
            int[] c = counts.TryGetValue(terms[t], out int[]? found) ? found : new int[4];
            double p = (c[1] + KldSmoothing * priorP) / (c[0] + KldSmoothing);
            double q = (c[3] + KldSmoothing * priorQ) / (c[2] + KldSmoothing);
            weights[t] = (float)(p * Math.Log(p / q) + (1 - p) * Math.Log((1 - p) / (1 - q)));
        }

        return weights;
    }

    /// <summary>
    /// The leading right singular vectors (one array of <paramref name="columns"/> values per dimension) of the
    /// matrix whose row i holds weights[j] at the columns rows[i]: a randomised SVD (Halko, Martinsson and Tropp
    /// 2011) with a seeded generator, so the result is the same on every run. Dimensions beyond the rank are zero.
    /// </summary>
    internal static double[][] TruncatedSvd(List<int[]> rows, double[] weights, int columns, int dimensions, CancellationToken ct)
    {
        int l = Math.Min(dimensions + Oversampling, Math.Min(columns, rows.Count));
        var result = new double[dimensions][];
        for (int d = 0; d < dimensions; d++)
        {
            result[d] = new double[columns];
        }

        if (l == 0)
        {
            return result;
        }

        // Omega: columns × l, entries ±1 from SplitMix64.
        ulong state = RandomSeed;
        var z = new double[l][];
        for (int k = 0; k < l; k++)
        {
            z[k] = new double[columns];
            for (int j = 0; j < columns; j++)
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong x = state;
                x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
                x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
                x ^= x >> 31;
                z[k][j] = (x & 1) == 0 ? 1.0 : -1.0;
            }
        }

        double[][] y = Multiply(rows, weights, z);
        Orthonormalise(y);
        for (int iteration = 0; iteration < PowerIterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            z = MultiplyTransposed(rows, weights, y, columns);
            Orthonormalise(z);
            y = Multiply(rows, weights, z);
            Orthonormalise(y);
        }

        // B = Yᵀ M (l × columns) is stored as its rows z[k] = Mᵀ y[k]; B Bᵀ's eigenvectors give V = Bᵀ E / σ.
        z = MultiplyTransposed(rows, weights, y, columns);
        var gram = new double[l, l];
        for (int i = 0; i < l; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                gram[i, j] = gram[j, i] = Dot(z[i], z[j]);
            }
        }

        (double[] eigenvalues, double[,] vectors) = Jacobi(gram);
        int[] order = [.. Enumerable.Range(0, l).OrderByDescending(i => eigenvalues[i]).ThenBy(i => i)];
        for (int d = 0; d < Math.Min(dimensions, l); d++)
        {
            int e = order[d];
            if (!(eigenvalues[e] > RankTolerance * eigenvalues[order[0]]))
            {
                break;
            }

            double sigma = Math.Sqrt(eigenvalues[e]);
            for (int k = 0; k < l; k++)
            {
                double c = vectors[k, e] / sigma;
                for (int j = 0; j < columns; j++)
                {
                    result[d][j] += c * z[k][j];
                }
            }

            // Fix the sign (the SVD leaves it free) so the largest entry is positive.
            int largest = 0;
            for (int j = 1; j < columns; j++)
            {
                if (Math.Abs(result[d][j]) > Math.Abs(result[d][largest]))
                {
                    largest = j;
                }
            }

            if (result[d][largest] < 0)
            {
                for (int j = 0; j < columns; j++)
                {
                    result[d][j] = -result[d][j];
                }
            }
        }

        return result;
    }

    /// <summary>M Z: one column (array over rows) per column of Z.</summary>
    private static double[][] Multiply(List<int[]> rows, double[] weights, double[][] z)
    {
        var y = new double[z.Length][];
        for (int k = 0; k < z.Length; k++)
        {
            y[k] = new double[rows.Count];
            for (int i = 0; i < rows.Count; i++)
            {
                double sum = 0;
                foreach (int j in rows[i])
                {
                    sum += weights[j] * z[k][j];
                }

                y[k][i] = sum;
            }
        }

        return y;
    }

    /// <summary>Mᵀ Y: one column (array over words) per column of Y.</summary>
    private static double[][] MultiplyTransposed(List<int[]> rows, double[] weights, double[][] y, int columns)
    {
        var z = new double[y.Length][];
        for (int k = 0; k < y.Length; k++)
        {
            z[k] = new double[columns];
            for (int i = 0; i < rows.Count; i++)
            {
                double yi = y[k][i];
                foreach (int j in rows[i])
                {
                    z[k][j] += weights[j] * yi;
                }
            }
        }

        return z;
    }

    /// <summary>Modified Gram-Schmidt, twice for stability; a column that vanishes is left zero.</summary>
    private static void Orthonormalise(double[][] columns)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            for (int k = 0; k < columns.Length; k++)
            {
                for (int j = 0; j < k; j++)
                {
                    double r = Dot(columns[j], columns[k]);
                    for (int i = 0; i < columns[k].Length; i++)
                    {
                        columns[k][i] -= r * columns[j][i];
                    }
                }

                double norm = Math.Sqrt(Dot(columns[k], columns[k]));
                for (int i = 0; i < columns[k].Length; i++)
                {
                    columns[k][i] = norm > 1e-12 ? columns[k][i] / norm : 0;
                }
            }
        }
    }

    private static double Dot(double[] x, double[] y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>Cyclic Jacobi eigen-decomposition of a small symmetric matrix: eigenvalues and eigenvectors (columns).</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < JacobiSweeps; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkq = v[k, q];
                        v[k, p] = c * vkp - s * vkq;
                        v[k, q] = s * vkp + c * vkq;
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }
}
