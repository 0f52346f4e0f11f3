using System.Diagnostics;
using System.Text.Json;
using Stemma.Fingerprinting;

namespace Stemma.Benchmarks;

/// <summary>Single-core fingerprinting throughput over the texts of a JSONL corpus (e.g. from <c>stemma synth</c>):
/// the dedup fast path (word hashes, 5-gram shingles, one-permutation MinHash k=128), texts already in memory.</summary>
public static class CorpusFingerprinting
{
    private const int Rounds = 5;

    public static void Run(string path, int documents)
    {
        string[] texts = [.. File.ReadLines(path).Take(documents).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];
        ulong[] words = new ulong[1024];
        ulong[] shingles = new ulong[1024];
        ulong[] signature = new ulong[MinHash.DefaultNumPerm];
        long totalWords = 0;
        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
        for (int round = 0; round < Rounds; round++)
        {
            totalWords = 0;
            TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (string text in texts)
            {
                int n = Tokenizer.HashWords(text, ref words);
                if (shingles.Length < n)
                {
                    shingles = new ulong[n * 2];
                }

                int s = Shingler.WordShingles(words.AsSpan(0, n), ShingleOptions.DefaultWordSize, shingles);
                if (s > 0)
                {
                    MinHash.ComputeOnePermutation(shingles.AsSpan(0, s), signature, MinHash.DefaultSeed);
                }

                totalWords += n;
            }

            bestWall = Math.Min(bestWall, sw.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds);
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            documents = texts.Length,
            mean_words = (double)totalWords / texts.Length,
            rounds = Rounds,
            docs_per_s_wall_best = Math.Round(texts.Length / bestWall),
            docs_per_cpu_second_best = Math.Round(texts.Length / bestCpu),
        }));
    }
}
