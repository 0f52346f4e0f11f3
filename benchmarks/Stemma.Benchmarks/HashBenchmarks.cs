using BenchmarkDotNet.Attributes;
using Stemma.Fingerprinting;

namespace Stemma.Benchmarks;

[MemoryDiagnoser]
public class HashBenchmarks
{
    private byte[] _data = [];

    [Params(8, 40, 256)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new byte[Length];
        new Random(1).NextBytes(_data);
    }

    [Benchmark]
    public ulong WyHashBytes() => WyHash.Hash(_data);

    [Benchmark]
    public ulong WyHash64Mix() => WyHash.Hash64((ulong)Length, 42);
}
