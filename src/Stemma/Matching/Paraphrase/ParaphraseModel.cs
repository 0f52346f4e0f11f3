using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stemma.Matching.Paraphrase;

/// <summary>
/// Says whether two sentences say the same thing, from lexical features only (word, stem and character
/// n-gram overlaps, common subsequences, length, numbers, negation, names, BLEU): a logistic regression
/// over standardised features, optionally refined by boosted decision stumps. Trained by
/// <see cref="ParaphraseTrainer"/>; <see cref="Default"/> is the model trained on the MSRP training file and
/// shipped inside the library. Immutable and thread-safe.
/// </summary>
public sealed class ParaphraseModel
{
    /// <summary>The format tag of a saved model.</summary>
    public const string Format = "stemma.paraphrase/1";

    private static readonly Lazy<ParaphraseModel> Shipped = new(() => FromJson(ParaphraseModelResource.Json));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;
    private readonly ParaphraseStump[] _stumps;

    internal ParaphraseModel(double[] mean, double[] scale, double[] weights, double bias, ParaphraseStump[] stumps, double threshold)
    {
        int n = ParaphraseFeatures.Count;
        if (mean.Length != n || scale.Length != n || weights.Length != n)
        {
            throw new ArgumentException($"a paraphrase model needs {n} means, scales and weights; got {mean.Length}, {scale.Length} and {weights.Length}.");
        }

        foreach (ParaphraseStump stump in stumps)
        {
            if (stump.Feature < 0 || stump.Feature >= n)
            {
                throw new ArgumentException($"a stump refers to feature {stump.Feature}; features are 0..{n - 1}.");
            }
        }

        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "the decision threshold must lie strictly between 0 and 1.");
        }

        _mean = mean;
        _scale = scale;
        _weights = weights;
        _stumps = stumps;
        Bias = bias;
        Threshold = threshold;
    }

    /// <summary>The model trained on the MSRP training file (held-out part excluded), shipped with Stemma.</summary>
    public static ParaphraseModel Default => Shipped.Value;

    /// <summary>Scores at or above this are labelled paraphrase.</summary>
    public double Threshold { get; }

    /// <summary>The intercept of the linear part.</summary>
    public double Bias { get; }

    /// <summary>The names of the features, in the order of the weights.</summary>
    public static IReadOnlyList<string> FeatureNames => ParaphraseFeatures.Names;

    /// <summary>The probability, 0..1, that <paramref name="a"/> and <paramref name="b"/> are paraphrases.</summary>
    /// <param name="a">One sentence.</param>
    /// <param name="b">The other.</param>
    /// <returns>The score (the same whichever order the sentences are given in).</returns>
    public double Score(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Score(SentenceProfile.Create(a), SentenceProfile.Create(b));
    }

    /// <summary>True when <see cref="Score(string, string)"/> reaches <see cref="Threshold"/>.</summary>
    /// <param name="a">One sentence.</param>
    /// <param name="b">The other.</param>
    /// <returns>The label.</returns>
    public bool IsParaphrase(string a, string b) => Score(a, b) >= Threshold;

    /// <summary>Labels every pair with a known label and measures the result.</summary>
    /// <param name="pairs">Labelled pairs (unlabelled ones are ignored).</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>Accuracy, precision, recall and F1.</returns>
    public ParaphraseEvaluation Evaluate(IEnumerable<ParaphrasePair> pairs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (ParaphrasePair pair in pairs)
        {
            ct.ThrowIfCancellationRequested();
            if (pair.IsParaphrase is not bool gold)
            {
                continue;
            }

            bool predicted = Score(pair.Sentence1, pair.Sentence2) >= Threshold;
            if (predicted && gold)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (gold)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return ParaphraseEvaluation.FromCounts(tp, fp, tn, fn);
    }

    /// <summary>The model as JSON (<see cref="Format"/>), for <see cref="FromJson"/>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(
        new ModelDocument
        {
            Format = Format,
            Features = [.. ParaphraseFeatures.Names],
            Mean = _mean,
            Scale = _scale,
            Weights = _weights,
            Bias = Bias,
            Threshold = Threshold,
            Stumps = [.. _stumps.Select(s => new StumpDocument { Feature = s.Feature, Split = s.Split, Below = s.Below, Above = s.Above })],
        },
        JsonOptions);

    /// <summary>Reads a model saved by <see cref="ToJson"/>; throws when it was saved for other features.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The model.</returns>
    public static ParaphraseModel FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ModelDocument document = JsonSerializer.Deserialize<ModelDocument>(json, JsonOptions)
            ?? throw new FormatException("the paraphrase model JSON is empty.");
        if (document.Format != Format)
        {
            throw new FormatException($"not a paraphrase model: format is '{document.Format}', expected '{Format}'.");
        }

        if (!document.Features.SequenceEqual(ParaphraseFeatures.Names, StringComparer.Ordinal))
        {
            throw new FormatException("the paraphrase model was trained on other features than this version computes; retrain it with 'stemma paraphrase --train'.");
        }

        return new ParaphraseModel(
            document.Mean,
            document.Scale,
            document.Weights,
            document.Bias,
            [.. document.Stumps.Select(s => new ParaphraseStump(s.Feature, s.Split, s.Below, s.Above))],
            document.Threshold);
    }

    internal double Score(SentenceProfile a, SentenceProfile b)
    {
        Span<double> features = stackalloc double[ParaphraseFeatures.Count];
        ParaphraseFeatures.Compute(a, b, features);
        return Probability(features);
    }

    /// <summary>The probability from raw (unstandardised) features.</summary>
    internal double Probability(ReadOnlySpan<double> features) => Sigmoid(Margin(features));

    internal double Margin(ReadOnlySpan<double> features)
    {
        double margin = Bias;
        for (int i = 0; i < _weights.Length; i++)
        {
            margin += _weights[i] * (features[i] - _mean[i]) / _scale[i];
        }

        foreach (ParaphraseStump stump in _stumps)
        {
            margin += features[stump.Feature] < stump.Split ? stump.Below : stump.Above;
        }

        return margin;
    }

    internal static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private sealed class ModelDocument
    {
        public string Format { get; set; } = "";

        public string[] Features { get; set; } = [];

        public double[] Mean { get; set; } = [];

        public double[] Scale { get; set; } = [];

        public double[] Weights { get; set; } = [];

        public double Bias { get; set; }

        public double Threshold { get; set; }

        public StumpDocument[] Stumps { get; set; } = [];
    }

    private sealed class StumpDocument
    {
        public int Feature { get; set; }

        public double Split { get; set; }

        public double Below { get; set; }

        public double Above { get; set; }
    }
}
