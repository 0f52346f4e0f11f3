using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stemma.Matching.Paraphrase;

/// <summary>
/// Says whether two sentences say the same thing, from lexical features only (word, stem and character
/// n-gram overlaps, common subsequences, length, numbers, negation, names, BLEU, IDF-weighted overlaps) and
/// WordNet (synonyms, one-pointer links, antonyms; Debian's wordnet-base), plus TF-KLD-weighted overlaps (of words and of stems) and a small
/// latent sentence space learned from the training pairs (<see cref="LatentSpace"/>): a logistic regression
/// over standardised features, optionally refined by boosted decision stumps. Trained by
/// <see cref="ParaphraseTrainer"/>; <see cref="Default"/> is the model trained on the MSRP training file and
/// shipped inside the library. When WordNet is not installed a second scorer over the lexical features only
/// is used and <see cref="Warning"/> says how to install it. Immutable and thread-safe.
/// </summary>
public sealed class ParaphraseModel
{
    /// <summary>The format tag of a saved model.</summary>
    public const string Format = "stemma.paraphrase/4";

    private static readonly Lazy<ParaphraseModel> Shipped = new(() => FromJson(ParaphraseModelResource.Json));

    // Evaluated once: when WordNet is missing the first lexical-only score leaves one trace warning.
    private static readonly Lazy<string?> MissingWordNet = new(() =>
    {
        if (WordNet.Shared is not null)
        {
            return null;
        }

        System.Diagnostics.Trace.TraceWarning(WordNet.MissingWarning);
        return WordNet.MissingWarning;
    });

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly DocumentFrequencies _frequencies;
    private readonly ParaphraseWeights _weights;
    private readonly ParaphraseLinear _lexical;
    private readonly ParaphraseLinear _full;

    internal ParaphraseModel(DocumentFrequencies frequencies, ParaphraseWeights weights, ParaphraseLinear lexical, ParaphraseLinear full, double threshold)
    {
        if (lexical.Count != ParaphraseFeatures.LexicalCount || full.Count != ParaphraseFeatures.Count)
        {
            throw new ArgumentException($"a paraphrase model needs a lexical scorer of {ParaphraseFeatures.LexicalCount} features and a full one of {ParaphraseFeatures.Count}; got {lexical.Count} and {full.Count}.");
        }

        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "the decision threshold must lie strictly between 0 and 1.");
        }

        if (weights.Latent.Dimensions != ParaphraseFeatures.LatentDimensions)
        {
            throw new ArgumentException($"a paraphrase model needs a latent space of {ParaphraseFeatures.LatentDimensions} dimensions; got {weights.Latent.Dimensions}.");
        }

        _frequencies = frequencies;
        _weights = weights;
        _lexical = lexical;
        _full = full;
        Threshold = threshold;
    }

    /// <summary>
    /// Null when WordNet is installed; otherwise the warning to show (once) that scores fall back to the
    /// lexical-only model and how to install WordNet (Debian's wordnet-base).
    /// </summary>
    public static string? Warning => MissingWordNet.Value;

    /// <summary>The model trained on the MSRP training file (held-out part excluded), shipped with Stemma.</summary>
    public static ParaphraseModel Default => Shipped.Value;

    /// <summary>Scores at or above this are labelled paraphrase.</summary>
    public double Threshold { get; }

    /// <summary>The intercept of the linear part (of the scorer that uses WordNet).</summary>
    public double Bias => _full.Bias;

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
            Threshold = Threshold,
            Sentences = _frequencies.Documents,
            StemFrequencies = _frequencies.Counts,
            Latent = LatentDocument.From(_weights.Latent),
            StemWeights = TermsDocument.From(_weights.Stems),
            Lexical = ScorerDocument.From(_lexical),
            Full = ScorerDocument.From(_full),
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
            throw new FormatException($"not a paraphrase model of this version: format is '{document.Format}', expected '{Format}'; retrain it with 'stemma paraphrase --train'.");
        }

        if (!document.Features.SequenceEqual(ParaphraseFeatures.Names, StringComparer.Ordinal))
        {
            throw new FormatException("the paraphrase model was trained on other features than this version computes; retrain it with 'stemma paraphrase --train'.");
        }

        try
        {
            return new ParaphraseModel(
                new DocumentFrequencies(document.Sentences, document.StemFrequencies),
                new ParaphraseWeights(document.Latent.ToSpace(), document.StemWeights.ToWeights("stem")),
                document.Lexical.ToScorer(),
                document.Full.ToScorer(),
                document.Threshold);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"the paraphrase model JSON is inconsistent ({e.Message}); retrain it with 'stemma paraphrase --train'.", e);
        }
    }

    internal double Score(SentenceProfile a, SentenceProfile b)
    {
        if (a.Senses is not null && b.Senses is not null)
        {
            Span<double> all = stackalloc double[ParaphraseFeatures.Count];
            ParaphraseFeatures.Compute(a, b, _frequencies, _weights, all);
            return Sigmoid(_full.Margin(all));
        }

        _ = MissingWordNet.Value;
        Span<double> lexical = stackalloc double[ParaphraseFeatures.LexicalCount];
        ParaphraseFeatures.Compute(a, b, _frequencies, _weights, lexical);
        return Sigmoid(_lexical.Margin(lexical));
    }

    internal static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private sealed class ModelDocument
    {
        public string Format { get; set; } = "";

        public string[] Features { get; set; } = [];

        public double Threshold { get; set; }

        public int Sentences { get; set; }

        public SortedDictionary<string, int> StemFrequencies { get; set; } = new(StringComparer.Ordinal);

        public LatentDocument Latent { get; set; } = new();

        public TermsDocument StemWeights { get; set; } = new();

        public ScorerDocument Lexical { get; set; } = new();

        public ScorerDocument Full { get; set; } = new();
    }

    private sealed class ScorerDocument
    {
        public double[] Mean { get; set; } = [];

        public double[] Scale { get; set; } = [];

        public double[] Weights { get; set; } = [];

        public double Bias { get; set; }

        public StumpDocument[] Stumps { get; set; } = [];

        public static ScorerDocument From(ParaphraseLinear s) => new()
        {
            Mean = s.Mean,
            Scale = s.Scale,
            Weights = s.Weights,
            Bias = s.Bias,
            Stumps = [.. s.Stumps.Select(t => new StumpDocument { Feature = t.Feature, Split = t.Split, Below = t.Below, Above = t.Above })],
        };

        public ParaphraseLinear ToScorer() =>
            new(Mean, Scale, Weights, Bias, [.. Stumps.Select(s => new ParaphraseStump(s.Feature, s.Split, s.Below, s.Above))]);
    }

    /// <summary>
    /// The latent space: the words, then base64 of their TF-KLD weights and quantisation scales (little-endian 32-bit
    /// floats) and of the quantised vectors (one signed byte a value), which keeps the shipped source compact.
    /// </summary>
    private sealed class LatentDocument
    {
        public int Dimensions { get; set; }

        public string[] Terms { get; set; } = [];

        public string Weights { get; set; } = "";

        public string Scales { get; set; } = "";

        public string Vectors { get; set; } = "";

        public static LatentDocument From(LatentSpace s) => new()
        {
            Dimensions = s.Dimensions,
            Terms = s.Terms,
            Weights = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(LittleEndian(s.Weights).AsSpan())),
            Scales = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(LittleEndian(s.Scales).AsSpan())),
            Vectors = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.Values.AsSpan())),
        };

        public LatentSpace ToSpace()
        {
            byte[] vectors = Decode(Vectors, "vectors");
            return new LatentSpace(Dimensions, Terms, Floats(Weights, "weights"), Floats(Scales, "scales"), [.. vectors.Select(v => unchecked((sbyte)v))]);
        }

        private static byte[] Decode(string base64, string what)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"the latent {what} are not valid base64.", e);
            }
        }

        internal static float[] Floats(string base64, string what)
        {
            byte[] bytes = Decode(base64, what);
            if (bytes.Length % sizeof(float) != 0)
            {
                throw new ArgumentException($"the latent {what} are not a whole number of 32-bit floats.");
            }

            var values = new float[bytes.Length / sizeof(float)];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
            }

            return values;
        }

        internal static float[] LittleEndian(float[] values)
        {
            if (BitConverter.IsLittleEndian)
            {
                return values;
            }

            var bytes = new byte[values.Length * sizeof(float)];
            for (int i = 0; i < values.Length; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
            }

            return [.. System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes)];
        }
    }

    /// <summary>TF-KLD weights of terms: the terms, then base64 of their weights (little-endian 32-bit floats).</summary>
    private sealed class TermsDocument
    {
        public string[] Terms { get; set; } = [];

        public string Weights { get; set; } = "";

        public static TermsDocument From(TermWeights w) => new()
        {
            Terms = w.Terms,
            Weights = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(LatentDocument.LittleEndian(w.Weights).AsSpan())),
        };

        public TermWeights ToWeights(string what) => new(Terms, LatentDocument.Floats(Weights, what + " weights"));
    }

    private sealed class StumpDocument
    {
        public int Feature { get; set; }

        public double Split { get; set; }

        public double Below { get; set; }

        public double Above { get; set; }
    }
}
