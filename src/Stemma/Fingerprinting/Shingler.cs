using System.Text;

namespace Stemma.Fingerprinting;

/// <summary>Cuts a tokenised text into shingles, each a 64-bit hash.</summary>
public static class Shingler
{
    // Seeds keep shingle hashes apart from word hashes and from each other's kinds.
    private const ulong WordShingleSeed = 0x5348494E474C4557UL;
    private const ulong CharacterShingleSeed = 0x5348494E474C4543UL;

    // WyHash.HashFive is unrolled for the default 5-word shingle.
    private const int UnrolledShingleWords = 5;

    /// <summary>The hash of every run of <paramref name="size"/> consecutive words, in text order (duplicates kept).
    /// A text shorter than <paramref name="size"/> words gives one shingle of all its words; an empty text none.</summary>
    /// <param name="tokens">The tokenised text.</param>
    /// <param name="size">Words per shingle.</param>
    /// <returns>The shingle hashes.</returns>
    public static ulong[] WordShingles(TokenizedText tokens, int size = ShingleOptions.DefaultWordSize)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ReadOnlySpan<ulong> words = tokens.Hashes;
        if (words.Length == 0)
        {
            return [];
        }

        if (words.Length <= size)
        {
            return [WyHash.Hash(words, WordShingleSeed)];
        }

        var result = new ulong[words.Length - size + 1];
        WordShingles(words, size, result);
        return result;
    }

    /// <summary>Writes the word-shingle hashes of <paramref name="words"/> into <paramref name="destination"/>
    /// (which holds at least <c>max(1, words.Length − size + 1)</c> values); same values as
    /// <see cref="WordShingles(TokenizedText, int)"/>.</summary>
    /// <param name="words">Word hashes.</param>
    /// <param name="size">Words per shingle.</param>
    /// <param name="destination">Where the shingles go.</param>
    /// <returns>The number of shingles written.</returns>
    public static int WordShingles(ReadOnlySpan<ulong> words, int size, Span<ulong> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (words.Length == 0)
        {
            return 0;
        }

        if (words.Length <= size)
        {
            destination[0] = WyHash.Hash(words, WordShingleSeed);
            return 1;
        }

        int count = words.Length - size + 1;
        Span<ulong> output = destination[..count];
        if (size == UnrolledShingleWords)
        {
            // The default 5-gram has an unrolled hash; same value, no loop over a 40-byte span.
            for (int i = 0; i < output.Length; i++)
            {
                output[i] = WyHash.HashFive(words.Slice(i, 5), WordShingleSeed);
            }
        }
        else
        {
            for (int i = 0; i < output.Length; i++)
            {
                output[i] = WyHash.Hash(words.Slice(i, size), WordShingleSeed);
            }
        }

        return count;
    }

    /// <summary>The hash of every run of <paramref name="size"/> characters of the normalised text
    /// (words joined by one space), in order (duplicates kept).</summary>
    /// <param name="tokens">The tokenised text.</param>
    /// <param name="size">Characters per shingle.</param>
    /// <returns>The shingle hashes.</returns>
    public static ulong[] CharacterShingles(TokenizedText tokens, int size = ShingleOptions.DefaultCharacterSize)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (tokens.Count == 0)
        {
            return [];
        }

        var sb = new StringBuilder(tokens.Text.Length);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(tokens.GetNormalized(i));
        }

        string normalized = sb.ToString();
        if (normalized.Length <= size)
        {
            return [WyHash.Hash(normalized.AsSpan(), CharacterShingleSeed)];
        }

        var result = new ulong[normalized.Length - size + 1];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = WyHash.Hash(normalized.AsSpan(i, size), CharacterShingleSeed);
        }

        return result;
    }

    /// <summary>Shingles <paramref name="tokens"/> as <paramref name="options"/> say.</summary>
    /// <param name="tokens">The tokenised text.</param>
    /// <param name="options">Kind and size of shingle.</param>
    /// <returns>The shingle hashes, in order (duplicates kept).</returns>
    public static ulong[] Shingle(TokenizedText tokens, ShingleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options.Kind == ShingleKind.Words
            ? WordShingles(tokens, options.Size)
            : CharacterShingles(tokens, options.Size);
    }

    /// <summary>The distinct values of <paramref name="shingles"/>, sorted ascending: the shingle set.</summary>
    /// <param name="shingles">Shingle hashes.</param>
    /// <returns>A new sorted array without duplicates.</returns>
    public static ulong[] ToSet(ReadOnlySpan<ulong> shingles)
    {
        if (shingles.IsEmpty)
        {
            return [];
        }

        ulong[] copy = shingles.ToArray();
        Array.Sort(copy);
        int n = 1;
        for (int i = 1; i < copy.Length; i++)
        {
            if (copy[i] != copy[n - 1])
            {
                copy[n++] = copy[i];
            }
        }

        return n == copy.Length ? copy : copy[..n];
    }

    /// <summary>The number of values two sorted shingle sets share.</summary>
    /// <param name="a">A sorted set from <see cref="ToSet"/>.</param>
    /// <param name="b">Another sorted set.</param>
    /// <returns>The size of the intersection.</returns>
    public static int IntersectionCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }

        return shared;
    }

    /// <summary>The exact Jaccard similarity of two sorted shingle sets (0 when both are empty).</summary>
    /// <param name="a">A sorted set from <see cref="ToSet"/>.</param>
    /// <param name="b">Another sorted set.</param>
    /// <returns>|A∩B| / |A∪B|.</returns>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int shared = IntersectionCount(a, b);
        int union = a.Length + b.Length - shared;
        return union == 0 ? 0.0 : (double)shared / union;
    }
}
