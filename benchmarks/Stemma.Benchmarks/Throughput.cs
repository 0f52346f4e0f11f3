using System.Diagnostics;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Benchmarks;

/// <summary>Stopwatch measurements: single-core fingerprinting throughput and MinHash estimation error.</summary>
public static class Throughput
{
    public static void Run()
    {
        const int documents = 20_000;
        const int words = 600;
        string[] texts = Enumerable.Range(0, documents).Select(i => SyntheticText.Document(words, i)).ToArray();
        MatchingOptions options = MatchingOptions.Default;

        TokenizedText[] tokenized = texts.Select(Tokenizer.Tokenize).ToArray();
        ulong[][] shingled = tokenized.Select(t => Shingler.WordShingles(t)).ToArray();
        Measure("  stage: tokenize", texts, t => Tokenizer.Tokenize(t).Count);
        Measure("  stage: 5-gram shingles", tokenized, t => Shingler.WordShingles(t).Length);
        Measure("  stage: MinHash(OPH,128)", shingled, s => MinHash.Compute(s).Count);
        Measure("tokenize + 5-gram shingles + MinHash(OPH,128)", texts, t =>
        {
            ulong[] s = Shingler.WordShingles(Tokenizer.Tokenize(t));
            return MinHash.Compute(s).Count;
        });
        ulong[] wordBuffer = new ulong[1024];
        ulong[] shingleBuffer = new ulong[1024];
        ulong[] signature = new ulong[MinHash.DefaultNumPerm];
        Measure("fast path: HashWords + 5-gram shingles + MinHash(OPH,128), reused buffers", texts, t =>
        {
            int n = Tokenizer.HashWords(t, ref wordBuffer);
            if (shingleBuffer.Length < n)
            {
                shingleBuffer = new ulong[n * 2];
            }

            int s = Shingler.WordShingles(wordBuffer.AsSpan(0, n), ShingleOptions.DefaultWordSize, shingleBuffer);
            MinHash.ComputeOnePermutation(shingleBuffer.AsSpan(0, s), signature, MinHash.DefaultSeed);
            return s;
        });
        Measure("tokenize + 5-gram shingles + MinHash(k-perm,128)", texts.Take(2000).ToArray(), t =>
        {
            ulong[] s = Shingler.WordShingles(Tokenizer.Tokenize(t));
            return MinHash.Compute(s, scheme: MinHashScheme.KPermutations).Count;
        });
        Measure("full DocumentFingerprint (+ sorted set, 8-gram seeds)", texts, t => DocumentFingerprint.Create(t, options).Seeds.Length);

        var sw = Stopwatch.StartNew();
        var pairs = TextReuseMatcher.Create().FindPairs(texts.Take(5000).Concat(texts.Take(50).Select((t, i) => SyntheticText.Edit(t, 0.1, i))).ToArray());
        Console.WriteLine($"FindPairs on 5,050 docs ({Environment.ProcessorCount} cores): {sw.Elapsed.TotalSeconds:F2} s, {pairs.Count} pairs");

        foreach (MinHashScheme scheme in Enum.GetValues<MinHashScheme>())
        {
            Error(scheme, texts);
        }
    }

    private static void Measure<T>(string label, T[] texts, Func<T, int> work)
    {
        int sink = 0;
        for (int i = 0; i < Math.Min(1000, texts.Length); i++)
        {
            sink += work(texts[i]);
        }

        // CPU time as well as wall time: on a shared machine the wall clock counts time the thread was not running.
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        foreach (T t in texts)
        {
            sink += work(t);
        }

        sw.Stop();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{label}: {texts.Length / sw.Elapsed.TotalSeconds:N0} docs/s wall, {texts.Length / cpu:N0} docs/s per CPU-second ({cpu * 1e6 / texts.Length:F1} µs CPU/doc) [{sink % 7}]");
    }

    private static void Error(MinHashScheme scheme, string[] texts)
    {
        double[] editRates = [0.02, 0.05, 0.1, 0.2, 0.3];
        var errors = new List<double>();
        for (int i = 0; i < 400; i++)
        {
            string a = texts[i];
            string b = SyntheticText.Edit(a, editRates[i % editRates.Length], i);
            ulong[] sa = Shingler.WordShingles(Tokenizer.Tokenize(a));
            ulong[] sb = Shingler.WordShingles(Tokenizer.Tokenize(b));
            double exact = Shingler.Jaccard(Shingler.ToSet(sa), Shingler.ToSet(sb));
            double estimate = MinHash.Compute(sa, scheme: scheme).Jaccard(MinHash.Compute(sb, scheme: scheme));
            errors.Add(estimate - exact);
        }

        double mae = errors.Average(Math.Abs);
        double bias = errors.Average();
        double rmse = Math.Sqrt(errors.Average(e => e * e));
        double max = errors.Max(Math.Abs);
        Console.WriteLine($"MinHash {scheme} k=128 vs exact Jaccard (400 pairs, J≈0.2–0.9): mean |err| {mae:F4}, RMSE {rmse:F4}, bias {bias:+0.0000;-0.0000}, max |err| {max:F4}");
    }
}
