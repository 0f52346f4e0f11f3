namespace Stemma.Matching.Paraphrase;

/// <summary>
/// TF-KLD weights (Ji and Eisenstein 2013) of the stems of content words: how much a stem's presence in one sentence
/// only of a pair tells paraphrases from non-paraphrases. Stems pool a word's inflections and derivations, so this
/// complements the latent space's whole-word weights. Stems in fewer training sentences than
/// <see cref="LatentSpace.MinSentences"/> are not stored (weight 0). Looked up by the stem hashes a
/// <see cref="SentenceProfile"/> already holds, so scoring builds no strings.
/// </summary>
internal sealed class TermWeights
{
    private readonly Dictionary<ulong, int> _index;

    public TermWeights(string[] terms, float[] weights)
    {
        if (terms.Length != weights.Length)
        {
            throw new ArgumentException($"{terms.Length} stems need as many weights; got {weights.Length}.");
        }

        Terms = terms;
        Weights = weights;
        _index = new Dictionary<ulong, int>(terms.Length);
        for (int i = 0; i < terms.Length; i++)
        {
            if (!_index.TryAdd(SentenceProfile.HashStem(terms[i]), i))
            {
                throw new ArgumentException($"the stem weights list '{terms[i]}' twice (or two stems with one hash).");
            }
        }
    }

    /// <summary>The stems, ordinally sorted.</summary>
    public string[] Terms { get; }

    public float[] Weights { get; }

    /// <summary>The weight of a stem hash (0 when unknown).</summary>
    public double Weight(ulong stem) => _index.TryGetValue(stem, out int row) ? Weights[row] : 0;

    /// <summary>These stems with weights learned from <paramref name="pairs"/>.</summary>
    public TermWeights Relearn(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, CancellationToken ct) =>
        new(Terms, LatentSpace.LearnWeights(pairs, labels, Terms, Select, ct));

    /// <summary>Learns the stems (those in at least <see cref="LatentSpace.MinSentences"/> sentences) and their weights.</summary>
    public static TermWeights Learn(IReadOnlyList<(SentenceProfile A, SentenceProfile B)> pairs, IReadOnlyList<bool> labels, CancellationToken ct)
    {
        string[] terms = LatentSpace.Vocabulary(pairs, Select);
        return new TermWeights(terms, LatentSpace.LearnWeights(pairs, labels, terms, Select, ct));
    }

    /// <summary>
    /// The weighted Jaccard overlap of the distinct stems of two sorted stem-hash multisets (<see cref="SentenceProfile.ContentStems"/>),
    /// and the weight each side has that the other lacks (as log(1 + weight), smaller side first).
    /// </summary>
    public (double Shared, double UnmatchedMin, double UnmatchedMax) Overlap(ulong[] x, ulong[] y)
    {
        double shared = 0, wx = 0, wy = 0;
        int i = 0, j = 0;
        while (i < x.Length || j < y.Length)
        {
            ulong current = i == x.Length ? y[j] : j == y.Length ? x[i] : Math.Min(x[i], y[j]);
            bool inX = i < x.Length && x[i] == current, inY = j < y.Length && y[j] == current;
            double w = Weight(current);
            if (inX)
            {
                wx += w;
            }

            if (inY)
            {
                wy += w;
            }

            if (inX && inY)
            {
                shared += w;
            }

            // Skip the repeats: each distinct stem counts once.
            while (i < x.Length && x[i] == current)
            {
                i++;
            }

            while (j < y.Length && y[j] == current)
            {
                j++;
            }
        }

        double union = wx + wy - shared;
        double ux = wx - shared, uy = wy - shared;
        return (union <= 0 ? 0 : shared / union, Math.Log(1 + Math.Min(ux, uy)), Math.Log(1 + Math.Max(ux, uy)));
    }

    private static IEnumerable<string> Select(SentenceProfile s) => s.ContentStemTexts();
}
