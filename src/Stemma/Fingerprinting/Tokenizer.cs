using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Stemma.Fingerprinting;

/// <summary>
/// Splits text into words with offsets into the original string. Words are case-folded, compatibility
/// forms are folded (full-width letters, ligatures), invisible characters are dropped, and every
/// quote mark or apostrophe inside a word becomes <c>'</c>, so <c>“Don’t</c> and <c>"don't</c> give
/// the same word. Punctuation separates words and is never part of one.
/// </summary>
public static class Tokenizer
{
    // Longest compatibility expansion of one UTF-16 unit we fold (the ligature ﬃ → "ffi").
    private const int MaxExpansion = 3;

    // The characters of the fast path; IndexOfAnyExcept over them is vectorised.
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Initial capacity guess: English news prose averages about 6 characters per word with its space.
    private const int CharactersPerWordEstimate = 6;

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The words, in text order.</returns>
    public static TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int capacity = text.Length / CharactersPerWordEstimate + 4;
        var sink = new ColumnSink(capacity);
        Scan(text, ref sink);
        return new TokenizedText(text, sink.Starts, sink.Ends, sink.Hashes, sink.Count);
    }

    /// <summary>The hash of each normalised word of <paramref name="text"/>, as <see cref="Tokenize"/> computes them,
    /// written into <paramref name="hashes"/> (grown when too small) without recording offsets.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="hashes">A reusable buffer; replaced by a larger one when needed.</param>
    /// <returns>The number of words.</returns>
    public static int HashWords(ReadOnlySpan<char> text, ref ulong[] hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var sink = new HashSink(hashes);
        Scan(text, ref sink);
        hashes = sink.Hashes;
        return sink.Count;
    }

    private static void Scan<TSink>(ReadOnlySpan<char> s, ref TSink sink)
        where TSink : struct, IWordSink
    {
        char[]? buffer = null;
        try
        {
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (!IsAsciiWordChar(c))
                {
                    if (c < 0x80 || Classify(c) != CharKind.Word)
                    {
                        i++;
                        continue;
                    }
                }
                else
                {
                    // Fast path, nearly all of English news: a run of ASCII letters and digits ended by
                    // ASCII punctuation or space is hashed straight from the text, lower-cased on the fly.
                    int run = s[(i + 1)..].IndexOfAnyExcept(AsciiWordChars);
                    int j = run < 0 ? s.Length : i + 1 + run;

                    if (j == s.Length || (s[j] < 0x80 && s[j] is not ('\'' or '`')))
                    {
                        sink.Add(i, j, WyHash.HashLowerAsciiWord(s[i..j]));
                        i = j + 1;
                        continue;
                    }
                }

                buffer ??= ArrayPool<char>.Shared.Rent(64);
                i = SlowWord(s, i, ref buffer, ref sink);
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads one word starting at <paramref name="i"/> through the full Unicode path; returns the index after it.</summary>
    private static int SlowWord<TSink>(ReadOnlySpan<char> s, int i, ref char[] buffer, ref TSink sink)
        where TSink : struct, IWordSink
    {
        int start = i;
        int end = i;
        int n = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (IsAsciiWordChar(c))
            {
                if (n == buffer.Length)
                {
                    buffer = Grow(buffer);
                }

                buffer[n++] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                i++;
                end = i;
                continue;
            }

            CharKind kind = Classify(c);
            if (kind == CharKind.Word)
            {
                if (buffer.Length - n < MaxExpansion)
                {
                    buffer = Grow(buffer);
                }

                n += Fold(c, buffer.AsSpan(n));
                i++;
                end = i;
            }
            else if (kind == CharKind.Invisible)
            {
                i++;
            }
            else if (kind == CharKind.Apostrophe && i + 1 < s.Length && Classify(s[i + 1]) == CharKind.Word)
            {
                // An apostrophe joins a word only between letters (don't, O'Neill); a quote
                // mark at a word edge is punctuation.
                if (buffer.Length - n < MaxExpansion)
                {
                    buffer = Grow(buffer);
                }

                buffer[n++] = '\'';
                i++;
            }
            else
            {
                break;
            }
        }

        sink.Add(start, end, WyHash.Hash(buffer.AsSpan(0, n)));
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>The normalised form of one raw word as it appears in the text.</summary>
    /// <param name="raw">The characters of one word (as delimited by <see cref="Tokenize"/>).</param>
    /// <returns>The normalised word.</returns>
    public static string NormalizeWord(ReadOnlySpan<char> raw)
    {
        Span<char> one = stackalloc char[MaxExpansion];
        var sb = new System.Text.StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            switch (Classify(c))
            {
                case CharKind.Word:
                    sb.Append(one[..Fold(c, one)]);
                    break;
                case CharKind.Apostrophe:
                    sb.Append('\'');
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static char[] Grow(char[] buffer)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan().CopyTo(bigger);
        ArrayPool<char>.Shared.Return(buffer);
        return bigger;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharKind Classify(char c)
    {
        if (c < 0x80)
        {
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                return CharKind.Word;
            }

            return c is '\'' or '`' ? CharKind.Apostrophe : CharKind.Separator;
        }

        return ClassifyNonAscii(c);
    }

    private static CharKind ClassifyNonAscii(char c)
    {
        switch (c)
        {
            // ’ ‘ ‛ ʼ ʻ ′ ´ and the full-width apostrophe: all apostrophes in practice.
            case '\u2019' or '\u2018' or '\u201B' or '\u02BC' or '\u02BB' or '\u2032' or '\u00B4' or '\uFF07':
                return CharKind.Apostrophe;

            // Soft hyphen, zero-width space/joiners, word joiner, byte-order mark: invisible in print.
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return CharKind.Invisible;
        }

        if (char.IsSurrogate(c))
        {
            // Letters outside the BMP are rare in news; keeping both halves keeps such words whole.
            return CharKind.Word;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => CharKind.Word,
            _ => CharKind.Separator,
        };
    }

    /// <summary>Writes the folded form of one word character; returns how many characters were written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            destination[0] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            return 1;
        }

        return FoldNonAscii(c, destination);
    }

    private static int FoldNonAscii(char c, Span<char> destination)
    {
        // The compatibility (NFKC) mappings met in scraped and OCR text; the runtime runs in
        // invariant-globalisation mode, where string.Normalize is a no-op, so we fold them here.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return Fold((char)(c - 0xFEE0), destination);
        }

        string? expansion = c switch
        {
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            '\uFB05' or '\uFB06' => "st",
            '\u0132' or '\u0133' => "ij",
            '\u00DF' => "ss",
            _ => null,
        };
        if (expansion is not null)
        {
            expansion.AsSpan().CopyTo(destination);
            return expansion.Length;
        }

        destination[0] = char.ToLowerInvariant(c);
        return 1;
    }

    private interface IWordSink
    {
        void Add(int start, int end, ulong hash);
    }

    private struct ColumnSink(int capacity) : IWordSink
    {
        public int[] Starts = new int[capacity];
        public int[] Ends = new int[capacity];
        public ulong[] Hashes = new ulong[capacity];
        public int Count;

        public void Add(int start, int end, ulong hash)
        {
            if (Count == Starts.Length)
            {
                Array.Resize(ref Starts, Count * 2);
                Array.Resize(ref Ends, Count * 2);
                Array.Resize(ref Hashes, Count * 2);
            }

            Starts[Count] = start;
            Ends[Count] = end;
            Hashes[Count] = hash;
            Count++;
        }
    }

    private struct HashSink(ulong[] hashes) : IWordSink
    {
        public ulong[] Hashes = hashes;
        public int Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int start, int end, ulong hash)
        {
            if (Count == Hashes.Length)
            {
                Array.Resize(ref Hashes, Math.Max(16, Count * 2));
            }

            Hashes[Count++] = hash;
        }
    }

    private enum CharKind : byte
    {
        Separator,
        Word,
        Apostrophe,
        Invisible,
    }
}
