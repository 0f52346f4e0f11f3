using Stemma.Fingerprinting;

namespace Stemma.Matching.Alignment;

/// <summary>
/// Finds where sentences start: after a line break, or after . ! ? (and any closing quotes or brackets) and
/// white space, before an upper-case letter, a digit or an opening quote — unless the full stop ends a
/// title or initial (Mr. J. Smith).
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt",
        "Rev", "Mt", "No", "vs", "Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>For each word, whether it starts a sentence (the first word always does).</summary>
    public static bool[] SentenceStarts(string text, ReadOnlySpan<int> tokenStarts, ReadOnlySpan<int> tokenEnds)
    {
        // result[i] is true when token i starts a new sentence (token 0 always does).
        var starts = new bool[tokenStarts.Length];
        for (int i = 0; i < tokenStarts.Length; i++)
        {
            starts[i] = i == 0 || IsBoundary(text, tokenEnds[i - 1], tokenStarts[i], tokenStarts[i - 1]);
        }

        return starts;
    }

    /// <summary>
    /// The sentences of <paramref name="text"/>, each cut at the white space before its first word (so an opening
    /// quote mark stays with its sentence) and trimmed.
    /// </summary>
    public static List<string> Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var starts = SentenceStarts(text, tokens.Starts, tokens.Ends);
        var sentences = new List<string>();
        int from = 0;
        for (int i = 1; i < starts.Length; i++)
        {
            if (starts[i])
            {
                int cut = text.AsSpan(tokens.Ends[i - 1], tokens.Starts[i] - tokens.Ends[i - 1]).LastIndexOfAny(' ', '\n', '\t') + tokens.Ends[i - 1] + 1;
                sentences.Add(text[from..cut].Trim());
                from = cut;
            }
        }

        sentences.Add(text[from..].Trim());
        return sentences;
    }

    private static bool IsBoundary(string text, int gapStart, int gapEnd, int previousWordStart)
    {
        bool terminal = false, space = false, lineBreak = false;
        for (int p = gapStart; p < gapEnd; p++)
        {
            char c = text[p];
            if (c is '\n' or '\r' or '\u2029')
            {
                lineBreak = true;
            }
            else if (c is '.' or '!' or '?' && !space)
            {
                terminal = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                space |= terminal;
            }
        }

        if (lineBreak)
        {
            return true;
        }

        if (!terminal || !space)
        {
            return false;
        }

        char next = text[gapEnd];
        char before = text[gapEnd - 1];
        if (!(char.IsUpper(next) || char.IsDigit(next) || before is '"' or '\u201C' or '\'' or '\u2018'))
        {
            return false;
        }

        if (text[gapStart] != '.')
        {
            return true; // ! and ? end sentences whatever precedes them
        }

        ReadOnlySpan<char> previous = text.AsSpan(previousWordStart, gapStart - previousWordStart);
        bool initial = previous.Length == 1 && char.IsUpper(previous[0]);
        return !initial && !AbbreviationLookup.Contains(previous);
    }
}
