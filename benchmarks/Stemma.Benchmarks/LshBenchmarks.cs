using BenchmarkDotNet.Attributes;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Benchmarks;

[MemoryDiagnoser]
public class LshBenchmarks
{
    private const int IndexedDocuments = 10_000;
    private LshIndex<int> _index = null!;
    private MinHashSignature _query = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = new LshIndex<int>(new LshOptions());
        var random = new Random(7);
        for (int d = 0; d < IndexedDocuments; d++)
        {
            var shingles = new ulong[600];
            for (int i = 0; i < shingles.Length; i++)
            {
                shingles[i] = (ulong)random.NextInt64();
            }

            _index.Insert(d, MinHash.Compute(shingles));
        }

        _query = MinHash.Compute(Shingler.WordShingles(Tokenizer.Tokenize(SyntheticText.Document(600, 3))));
    }

    [Benchmark]
    public int LshQuery10kDocs() => _index.Query(_query).Count;
}
