using BenchmarkDotNet.Attributes;
using Stemma.Fingerprinting;

namespace Stemma.Benchmarks;

[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private ulong[] _shingles = [];
    private MinHashSignature _a = null!;
    private MinHashSignature _b = null!;

    [GlobalSetup]
    public void Setup()
    {
        _shingles = Shingler.WordShingles(Tokenizer.Tokenize(SyntheticText.Document(600, 1)));
        _a = MinHash.Compute(_shingles);
        _b = MinHash.Compute(Shingler.WordShingles(Tokenizer.Tokenize(SyntheticText.Document(600, 2))));
    }

    [Benchmark(Baseline = true)]
    public MinHashSignature OnePermutation128() => MinHash.Compute(_shingles, 128, 1, MinHashScheme.OnePermutation);

    [Benchmark]
    public MinHashSignature KPermutations128() => MinHash.Compute(_shingles, 128, 1, MinHashScheme.KPermutations);

    [Benchmark]
    public ulong SimHash64() => SimHash.Compute(_shingles);

    [Benchmark]
    public double SignatureJaccard() => _a.Jaccard(_b);
}
