using BenchmarkDotNet.Attributes;
using Stemma.Fingerprinting;
using Stemma.Matching;
using Stemma.Matching.Alignment;

namespace Stemma.Benchmarks;

/// <summary>
/// Aligning two related 1,000-word articles: B keeps most of A's sentences with a few words edited,
/// drops some, adds some and rewords some (40 % of their words replaced). The matcher's evidence is
/// computed once in setup; the benchmark measures the alignment (tokenising both texts included).
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private const int Words = 1000;

    private string _a = "";
    private string _b = "";
    private PairEvidence _evidence = null!;
    private TokenizedText _tokensA = null!;
    private TokenizedText _tokensB = null!;
    private readonly ArticleAligner _aligner = ArticleAligner.Create();

    [GlobalSetup]
    public void Setup()
    {
        _a = SyntheticText.Document(Words, 7);
        string[] sentences = _a.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var b = new List<string>();
        var random = new Random(11);
        for (int i = 0; i < sentences.Length; i++)
        {
            double roll = random.NextDouble();
            if (roll < 0.08)
            {
                continue; // dropped
            }

            b.Add(roll < 0.16 ? SyntheticText.Edit(sentences[i], 0.4, i) // reworded
                : roll < 0.5 ? SyntheticText.Edit(sentences[i], 0.03, i) // a word or two changed
                : sentences[i]);
            if (random.NextDouble() < 0.05)
            {
                b.Add(SyntheticText.Document(12, 1000 + i).TrimEnd(' ', '.')); // added
            }
        }

        _b = string.Join(". ", b) + ".";
        _evidence = TextReuseMatcher.Create().Compare(_a, _b);
        _tokensA = Tokenizer.Tokenize(_a);
        _tokensB = Tokenizer.Tokenize(_b);
    }

    [Benchmark]
    public int AlignTwo1000WordArticles() => _aligner.Align(_a, _b, _evidence).Segments.Count;

    [Benchmark]
    public int WordVariantsOfAllPassages()
    {
        int n = 0;
        foreach (Passage p in _evidence.Passages)
        {
            n += WordAligner.Align(_tokensA, p.A, _tokensB, p.B).Count;
        }

        return n;
    }
}
