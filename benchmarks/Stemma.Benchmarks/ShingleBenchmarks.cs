using BenchmarkDotNet.Attributes;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Benchmarks;

[MemoryDiagnoser]
public class ShingleBenchmarks
{
    private readonly string _document = SyntheticText.Document(600, 1);
    private TokenizedText _tokens = null!;
    private readonly MatchingOptions _options = MatchingOptions.Default;

    [GlobalSetup]
    public void Setup() => _tokens = Tokenizer.Tokenize(_document);

    [Benchmark]
    public int Tokenize600Words() => Tokenizer.Tokenize(_document).Count;

    [Benchmark]
    public int WordShingles600Words() => Shingler.WordShingles(_tokens).Length;

    [Benchmark]
    public int CharacterShingles600Words() => Shingler.CharacterShingles(_tokens).Length;

    [Benchmark]
    public int DocumentFingerprint600Words() => DocumentFingerprint.Create(_document, _options).Shingles.Length;
}
