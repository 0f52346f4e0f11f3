using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>
/// The per-thread fingerprinting workhorse of <see cref="NearDuplicateFinder"/>: word hashes, shingles,
/// a one-permutation MinHash, its LSH band keys and the hash-sampled shingles of the containment index,
/// all in reused buffers. One instance per thread.
/// </summary>
internal sealed class DedupFingerprinter
{
    private readonly int _shingleWords;
    private readonly ulong _seed;
    private readonly LshParameters _lsh;
    private readonly ulong _sampleMask;
    private readonly ulong[] _signature;
    private ulong[] _words = new ulong[1024];
    private ulong[] _shingles = new ulong[1024];
    private int _wordCount;

    public DedupFingerprinter(DedupOptions options, LshParameters lsh)
    {
        _shingleWords = options.ShingleWords;
        _seed = options.Seed;
        _lsh = lsh;
        _sampleMask = (ulong)options.SampleModulus - 1;
        _signature = new ulong[options.NumPerm];
    }

    /// <summary>Fingerprints one text; returns its number of shingles (0: nothing is written).</summary>
    /// <param name="text">The text.</param>
    /// <param name="bandKeys">One 32-bit key per LSH band.</param>
    /// <param name="samples">Receives the sampled shingles' 32-bit keys (cleared first; may repeat).</param>
    /// <param name="wordsHash">A hash of the text's whole word sequence: texts with the same words in the same
    /// order (whatever their spacing, case and punctuation) hash alike, and have the same shingle set.</param>
    public int Fingerprint(ReadOnlySpan<char> text, Span<uint> bandKeys, List<uint> samples, out ulong wordsHash)
    {
        samples.Clear();
        wordsHash = 0;
        int count = Shingle(text);
        if (count == 0)
        {
            return 0;
        }

        wordsHash = WyHash.Hash(_words.AsSpan(0, _wordCount), _seed);

        ReadOnlySpan<ulong> shingles = _shingles.AsSpan(0, count);
        MinHash.ComputeOnePermutation(shingles, _signature, _seed);
        int rows = _lsh.Rows;
        for (int band = 0; band < _lsh.Bands; band++)
        {
            bandKeys[band] = BandKey(_signature.AsSpan(band * rows, rows), band);
        }

        ulong mask = _sampleMask;
        foreach (ulong h in shingles)
        {
            // Low bits choose the sample, high bits are the key, so the key is not biased by the choice.
            if ((h & mask) == 0)
            {
                samples.Add((uint)(h >> 32));
            }
        }

        return count;
    }

    /// <summary>The exact shingle set of a text: distinct hashes, sorted ascending.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A new array.</returns>
    public ulong[] ShingleSet(ReadOnlySpan<char> text)
    {
        int count = Shingle(text);
        return Shingler.ToSet(_shingles.AsSpan(0, count));
    }

    /// <summary>The key a band of minima goes under (as <see cref="LshIndex{TKey}"/> hashes bands, truncated to 32 bits).</summary>
    internal static uint BandKey(ReadOnlySpan<ulong> rows, int band) => (uint)WyHash.Hash(rows, (ulong)band);

    private int Shingle(ReadOnlySpan<char> text)
    {
        int words = Tokenizer.HashWords(text, ref _words);
        _wordCount = words;
        if (words == 0)
        {
            return 0;
        }

        int needed = Math.Max(1, words - _shingleWords + 1);
        if (_shingles.Length < needed)
        {
            _shingles = new ulong[Math.Max(needed, _shingles.Length * 2)];
        }

        return Shingler.WordShingles(_words.AsSpan(0, words), _shingleWords, _shingles);
    }
}
