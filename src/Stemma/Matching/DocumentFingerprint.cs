using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>Everything the matcher computes once per text: words, shingle set, MinHash signature and passage seeds.</summary>
public sealed class DocumentFingerprint
{
    // Seeds of the containment index must not collide with shingle hashes of the same length.
    private const ulong PassageSeedHashSeed = 0x5345454453454544UL;

    private readonly ulong[] _shingles;
    private readonly ulong[] _seeds;

    private DocumentFingerprint(TokenizedText tokens, ulong[] shingles, MinHashSignature signature, ulong[] seeds)
    {
        Tokens = tokens;
        _shingles = shingles;
        Signature = signature;
        _seeds = seeds;
    }

    /// <summary>The text's words with offsets.</summary>
    public TokenizedText Tokens { get; }

    /// <summary>The distinct shingle hashes, sorted ascending.</summary>
    public ReadOnlySpan<ulong> Shingles => _shingles;

    /// <summary>The MinHash signature of <see cref="Shingles"/>.</summary>
    public MinHashSignature Signature { get; }

    /// <summary>The distinct passage seeds (hashes of every run of MinPassageWords words), sorted ascending.</summary>
    public ReadOnlySpan<ulong> Seeds => _seeds;

    /// <summary>Fingerprints one text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The matching options.</param>
    /// <returns>The fingerprint.</returns>
    public static DocumentFingerprint Create(string text, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        TokenizedText tokens = Tokenizer.Tokenize(text);
        ulong[] shingles = Shingler.Shingle(tokens, options.Shingles);
        MinHashSignature signature = MinHash.Compute(shingles, options.NumPerm, options.Seed, options.Scheme);
        ulong[] set = Shingler.ToSet(shingles);

        ReadOnlySpan<ulong> words = tokens.Hashes;
        int n = options.MinPassageWords;
        ulong[] seeds = words.Length < n ? [] : new ulong[words.Length - n + 1];
        for (int i = 0; i < seeds.Length; i++)
        {
            seeds[i] = WyHash.Hash(words.Slice(i, n), PassageSeedHashSeed);
        }

        return new DocumentFingerprint(tokens, set, signature, Shingler.ToSet(seeds));
    }
}
