namespace Stemma.Fingerprinting;

/// <summary>
/// A text split once into normalised words. Columns (starts, ends, hashes) are kept as arrays so
/// that shingling and alignment run over spans without a per-token object.
/// </summary>
public sealed class TokenizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly ulong[] _hashes;

    internal TokenizedText(string text, int[] starts, int[] ends, ulong[] hashes, int count)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _hashes = hashes;
        Count = count;
    }

    /// <summary>The original text the offsets refer to.</summary>
    public string Text { get; }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>The start offset of each word in <see cref="Text"/>.</summary>
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    /// <summary>The end offset (exclusive) of each word in <see cref="Text"/>.</summary>
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>The hash of each normalised word.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>The word at <paramref name="index"/>.</summary>
    /// <param name="index">A word index in <c>[0, Count)</c>.</param>
    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new Token(_starts[index], _ends[index], _hashes[index]);
        }
    }

    /// <summary>The normalised form of the word at <paramref name="index"/> (allocates; for display and tests).</summary>
    /// <param name="index">A word index in <c>[0, Count)</c>.</param>
    /// <returns>The case-folded, quote-unified word.</returns>
    public string GetNormalized(int index)
    {
        Token token = this[index];
        return Tokenizer.NormalizeWord(Text.AsSpan(token.Start, token.End - token.Start));
    }
}
