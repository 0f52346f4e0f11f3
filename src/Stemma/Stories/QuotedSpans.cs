using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>
/// The stretches of an article that stand inside quotation marks. Two independent reporters may
/// quote the same statement word for word; shared narrative is stronger evidence of copying.
/// </summary>
internal static class QuotedSpans
{
    /// <summary>The quoted spans of <paramref name="text"/>, per paragraph (a quote never runs past one here).</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var end = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            FindInParagraph(text, paragraphStart, end, spans);
            paragraphStart = end + 2;
        }

        return spans;
    }

    /// <summary>The share of <paramref name="span"/> that lies inside the quoted spans.</summary>
    public static double QuotedShare(IReadOnlyList<TextSpan> quoted, TextSpan span)
    {
        if (span.Length <= 0)
        {
            return 0;
        }

        var covered = 0;
        foreach (var q in quoted)
        {
            var s = Math.Max(q.Start, span.Start);
            var e = Math.Min(q.End, span.End);
            if (e > s)
            {
                covered += e - s;
            }
        }

        return (double)covered / span.Length;
    }

    // A single mark closes only a single-quoted stretch, and only at a word's end: inside a word it is an apostrophe.
    private static bool IsCloserFor(char opener, char c, bool atWordEnd) =>
        opener is '"' or '“' or '”' or '«' or '»'
            ? c is '"' or '”' or '“' or '»'
            : c is '’' or '\'' && atWordEnd;

    private static void FindInParagraph(string text, int start, int end, List<TextSpan> spans)
    {
        int? open = null;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var isDouble = c is '"' or '“' or '”' or '«' or '»';
            var atWordStart = i == start || char.IsWhiteSpace(text[i - 1]);
            var atWordEnd = i + 1 >= end || !char.IsLetter(text[i + 1]);
            if (open is null)
            {
                if (isDouble || c == '‘' || (c == '\'' && atWordStart))
                {
                    open = i;
                }
            }
            else if (IsCloserFor(text[open.Value], c, atWordEnd))
            {
                spans.Add(new TextSpan(open.Value, i + 1));
                open = null;
            }
        }

        // An opening mark with no closing one runs to the end of the paragraph.
        if (open is { } last)
        {
            spans.Add(new TextSpan(last, end));
        }
    }
}
