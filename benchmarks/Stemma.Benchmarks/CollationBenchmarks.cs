using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Stemma.Collation;

namespace Stemma.Benchmarks;

/// <summary>Collating one story's edition: 50 witnesses of a 1,000-word text, each lightly edited, some with a lost sentence, some cut.</summary>
[MemoryDiagnoser]
public class CollationBenchmarks
{
    private CollationWitness[] _witnesses = [];

    [Params(10, 50)]
    public int Witnesses { get; set; }

    [GlobalSetup]
    public void Setup() => _witnesses = Story(Witnesses, words: 1000);

    [Benchmark]
    public int Collate() => Collator.Create().Collate("c", "s", _witnesses).Variants.Count;

    /// <summary>The witnesses of one synthetic edition.</summary>
    public static CollationWitness[] Story(int witnesses, int words)
    {
        string original = SyntheticText.Document(words, seed: 7);
        var result = new CollationWitness[witnesses];
        for (int i = 0; i < witnesses; i++)
        {
            string text = SyntheticText.Edit(original, 0.01, seed: 100 + i);
            var sentences = text.Split(". ").ToList();
            if (i % 5 == 1)
            {
                // A lost line.
                sentences.RemoveAt(new Random(i).Next(sentences.Count));
            }

            if (i % 7 == 3)
            {
                // A cut edition.
                sentences = sentences.Take(sentences.Count * 6 / 10).ToList();
            }

            result[i] = new CollationWitness("w" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), string.Join(". ", sentences), i % 4 == 0 ? 0.6 : 1.0);
        }

        return result;
    }

    /// <summary>Stopwatch run: the median of several collations of a 50-witness story.</summary>
    public static void Measure()
    {
        const int runs = 7;
        foreach (int n in new[] { 10, 50, 100 })
        {
            var witnesses = Story(n, words: 1000);
            var collator = Collator.Create();
            collator.Collate("warm-up", "s", witnesses);
            var times = new List<double>();
            int variants = 0;
            for (int r = 0; r < runs; r++)
            {
                var sw = Stopwatch.StartNew();
                variants = collator.Collate("c", "s", witnesses).Variants.Count;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"collate {n} witnesses x 1,000 words: median {times[runs / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1}), {variants} places of variation");
        }
    }
}
