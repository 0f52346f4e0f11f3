using System.Globalization;
using System.Text;
using Stemma.Fingerprinting;

namespace Stemma.Synthesis;

/// <summary>
/// Generates a deterministic news-like corpus with labelled near-duplicate families: originals written from a
/// vocabulary, and derived articles made from them by word substitutions and deletions, dropped and reordered
/// sentences, added site chrome, truncation to a lead, or embedding into a longer article. Each derived
/// article names its source in <see cref="SyntheticArticle.DupOf"/>. Streams: only the sources of derived
/// articles still to come (at most <see cref="SynthesisOptions.FamilyWindow"/> positions back) are held.
/// </summary>
public sealed class CorpusSynthesizer
{
    // Site chrome comes from a fixed set of fictional sites, as a feed mixes a handful of publishers.
    private const int Sites = 24;

    // 1 word in 9 is a name: news prose is dense with people and places.
    private const int NameEvery = 9;

    // Sentence length bounds in words: 12–28 averages 20, typical of wire copy.
    private const int MinSentenceWords = 12;
    private const int MaxSentenceWords = 28;

    // Per-word edit rates of substitution and deletion: 2–8% is a copy-editor's pass, not a rewrite.
    private const double MinEditRate = 0.02;
    private const double MaxEditRate = 0.08;

    // Share of derived articles that are leads or embeddings (the containment cases); the rest are edited copies.
    private const double LeadShare = 0.15;
    private const double EmbedShare = 0.15;

    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // A feed publishes an article every 30 seconds or so.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(30);

    private readonly Vocabulary _vocabulary;
    private readonly SynthesisOptions _options;

    // Fixed seed of the vocabulary shuffle: word frequencies must not depend on the corpus seed.
    private const int VocabularyShuffleSeed = 20240101;

    private readonly string[] _words;

    private CorpusSynthesizer(Vocabulary vocabulary, SynthesisOptions options)
    {
        _vocabulary = vocabulary;
        _options = options;

        // Zipf ranks follow list order; shuffled, the frequent words are not all from the start of the alphabet.
        _words = [.. vocabulary.Words];
        new Random(VocabularyShuffleSeed).Shuffle(_words);
    }

    /// <summary>Creates a generator.</summary>
    /// <param name="vocabulary">The words to draw from.</param>
    /// <param name="options">The options, or null for <see cref="SynthesisOptions.Default"/>.</param>
    /// <returns>The generator.</returns>
    public static CorpusSynthesizer Create(Vocabulary vocabulary, SynthesisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        options ??= SynthesisOptions.Default;
        options.Validate();
        return new CorpusSynthesizer(vocabulary, options);
    }

    /// <summary>Generates <paramref name="documents"/> articles; the same seed gives the same corpus.</summary>
    /// <param name="documents">How many articles.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The articles, in publication order.</returns>
    public IEnumerable<SyntheticArticle> Generate(int documents, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        var pending = new PriorityQueue<(SyntheticArticle Source, string[] Sentences), (long Position, long Sequence)>();
        long sequence = 0;
        for (long position = 0; position < documents; position++)
        {
            var random = new Random(unchecked((int)WyHash.Hash64(seed, (ulong)position)));
            string id = string.Create(CultureInfo.InvariantCulture, $"n{position:D8}");
            DateTimeOffset date = Epoch + Spacing * position;
            if (pending.TryPeek(out var due, out var when) && when.Position <= position)
            {
                pending.Dequeue();
                (string[] sentences, string transforms) = Derive(due.Sentences, random);
                yield return new SyntheticArticle(id, date, due.Source.Title, Join(sentences, random), due.Source.Id, transforms);
                continue;
            }

            string[] original = Sentences(random, Math.Max(4, (int)(_options.MeanSentences * (0.5 + random.NextDouble()))));
            var article = new SyntheticArticle(id, date, Title(random), Join(original, random), null, null);
            if (random.NextDouble() < _options.FamilyRate)
            {
                int members = 1 + random.Next(_options.MaxFamilySize);
                for (int m = 0; m < members; m++)
                {
                    pending.Enqueue((article, original), (position + 1 + random.Next(_options.FamilyWindow), sequence++));
                }
            }

            yield return article;
        }
    }

    private (string[] Sentences, string Transforms) Derive(string[] source, Random random)
    {
        double kind = random.NextDouble();
        var sentences = new List<string>(source);
        var applied = new List<string>();
        if (kind < LeadShare)
        {
            int keep = Math.Min(sentences.Count, 2 + random.Next(4));
            sentences.RemoveRange(keep, sentences.Count - keep);
            applied.Add("lead");
        }
        else if (kind < LeadShare + EmbedShare)
        {
            string[] before = Sentences(random, 3 + random.Next(6));
            string[] after = Sentences(random, 5 + random.Next(11));
            sentences.InsertRange(0, before);
            sentences.AddRange(after);
            applied.Add("embed");
        }
        else
        {
            string[] edits = ["substitute", "delete", "drop", "reorder", "chrome"];
            int count = 1 + random.Next(3);
            foreach (string edit in edits.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal))
            {
                Apply(edit, sentences, random);
                applied.Add(edit);
            }
        }

        if (kind < LeadShare + EmbedShare && random.NextDouble() < 0.5)
        {
            Apply("chrome", sentences, random);
            applied.Add("chrome");
        }

        return ([.. sentences], string.Join('+', applied));
    }

    private void Apply(string edit, List<string> sentences, Random random)
    {
        switch (edit)
        {
            case "substitute":
            case "delete":
                double rate = MinEditRate + random.NextDouble() * (MaxEditRate - MinEditRate);
                for (int s = 0; s < sentences.Count; s++)
                {
                    string[] words = sentences[s].Split(' ');
                    var kept = new List<string>(words.Length);
                    foreach (string w in words)
                    {
                        if (random.NextDouble() >= rate)
                        {
                            kept.Add(w);
                        }
                        else if (edit == "substitute")
                        {
                            kept.Add(Word(random));
                        }
                    }

                    sentences[s] = kept.Count == 0 ? sentences[s] : string.Join(' ', kept);
                }

                break;
            case "drop":
                for (int n = 1 + random.Next(3); n > 0 && sentences.Count > 2; n--)
                {
                    sentences.RemoveAt(random.Next(sentences.Count));
                }

                break;
            case "reorder":
                for (int n = 1 + random.Next(2); n > 0 && sentences.Count > 1; n--)
                {
                    int from = random.Next(sentences.Count);
                    string moved = sentences[from];
                    sentences.RemoveAt(from);
                    sentences.Insert(random.Next(sentences.Count + 1), moved);
                }

                break;
            case "chrome":
                int site = random.Next(Sites);
                sentences.Insert(0, Chrome(site, header: true));
                sentences.Add(Chrome(site, header: false));
                break;
        }
    }

    private string Chrome(int site, bool header)
    {
        // The same site always has the same chrome, as a real site's template does.
        var random = new Random(site * 2 + (header ? 0 : 1));
        string name = _vocabulary.Names[random.Next(_vocabulary.Names.Count)];
        return header
            ? $"{name} Daily | {Capitalise(Word(random))} | Subscribe for {Word(random)} {Word(random)} and {Word(random)} news."
            : $"Copyright {name} Daily Media. Sign up for the {name} {Word(random)} newsletter and follow us for {Word(random)} {Word(random)} updates.";
    }

    private string[] Sentences(Random random, int count)
    {
        var result = new string[count];
        var sb = new StringBuilder();
        for (int s = 0; s < count; s++)
        {
            sb.Clear();
            int words = MinSentenceWords + random.Next(MaxSentenceWords - MinSentenceWords + 1);
            bool quote = random.Next(6) == 0;
            if (quote)
            {
                sb.Append('"');
            }

            for (int w = 0; w < words; w++)
            {
                string word = random.Next(NameEvery) == 0
                    ? _vocabulary.Names[random.Next(_vocabulary.Names.Count)]
                    : random.Next(40) == 0 ? random.Next(2, 2030).ToString(CultureInfo.InvariantCulture) : Word(random);
                sb.Append(w == 0 ? Capitalise(word) : word);
                if (w < words - 1)
                {
                    sb.Append(random.Next(10) == 0 ? ", " : " ");
                }
            }

            if (quote)
            {
                string speaker = _vocabulary.Names[random.Next(_vocabulary.Names.Count)];
                sb.Append(",\" ").Append(speaker).Append(" said.");
            }
            else
            {
                sb.Append('.');
            }

            result[s] = sb.ToString();
        }

        return result;
    }

    private string Title(Random random)
    {
        int words = 6 + random.Next(5);
        return Capitalise(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random))));
    }

    private string Word(Random random)
    {
        // Zipf's law (s = 1): a log-uniform rank gives P(rank r) ∝ 1/r, as word frequencies in prose are.
        string[] words = _words;
        int rank = (int)Math.Pow(words.Length, random.NextDouble()) - 1;
        return words[Math.Clamp(rank, 0, words.Length - 1)];
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Join(string[] sentences, Random random)
    {
        var sb = new StringBuilder();
        int inParagraph = 0;
        int paragraphLength = 2 + random.Next(3);
        for (int s = 0; s < sentences.Length; s++)
        {
            if (s > 0)
            {
                sb.Append(inParagraph == paragraphLength ? "\n\n" : " ");
                if (inParagraph == paragraphLength)
                {
                    inParagraph = 0;
                    paragraphLength = 2 + random.Next(3);
                }
            }

            sb.Append(sentences[s]);
            inParagraph++;
        }

        return sb.ToString();
    }
}
