using Stemma.Matching;

namespace Stemma.Quotes;

/// <summary>
/// Finds the stretches of an article that stand inside quotation marks: straight or curly, double
/// or single, a quote running on into the next paragraph (which opens with a mark again), a quote
/// never closed (it ends with its paragraph), and a second opening mark inside an open quote (the
/// first quote ends there) — leftovers the cleaning stage could not repair.
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>The paragraphs of <paramref name="text"/> as ranges (separated by a blank line).</summary>
    public static List<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                paragraphs.Add(new TextSpan(start, end));
            }

            start = end + 2;
        }

        return paragraphs;
    }

    /// <summary>Every quoted stretch of <paramref name="text"/>, in order.</summary>
    public static List<MarkedQuote> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotes = new List<MarkedQuote>();
        var curly = text.Contains('“') || text.Contains('‘');
        Open? open = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = (paragraphs[p].Start, paragraphs[p].End);
            var i = ps;
            if (open is { } carried)
            {
                // The quote runs on: this paragraph opens with a mark, which is skipped.
                open = carried with { ContentStart = ps + 1 };
                i = ps + 1;
            }

            for (; i < pe; i++)
            {
                var c = text[i];
                if (!IsMark(c))
                {
                    continue;
                }

                var role = Classify(text, i, ps, pe, curly);
                if (open is null)
                {
                    if (role == MarkRole.Opener)
                    {
                        // A doubled opener (""word) opens once; a single mark inside a double one ("'Surprised'? …) is the
                        // quoted text's own.
                        var skip = DoubledOpener(text, i, pe) ? 1 : 0;
                        open = new Open(i, i + 1 + skip, IsDouble(c), p, []);
                        i += skip;
                    }

                    continue;
                }

                var o = open.Value;
                if (o.Double && IsDouble(c) && role == MarkRole.Closer && i > o.ContentStart)
                {
                    quotes.Add(Close(o, text, i, i + 1, closed: true, p));
                    open = null;
                }
                else if (o.Double && IsDouble(c) && role == MarkRole.Opener && text[i] != '”')
                {
                    // A second opening mark while one is open: the first quote lost its closing mark.
                    quotes.Add(Close(o, text, i, i, closed: false, p));
                    var skip = DoubledOpener(text, i, pe) ? 1 : 0;
                    open = new Open(i, i + 1 + skip, true, p, []);
                    i += skip;
                }
                else if (!o.Double && !IsDouble(c) && role == MarkRole.Closer && IsPluralPossessive(text, i, pe) && HasSingleCloserAhead(text, i + 1, pe, curly))
                {
                    // members' jobs: an apostrophe, the closing mark comes later.
                }
                else if (!o.Double && !IsDouble(c) && role == MarkRole.Closer && i > o.ContentStart)
                {
                    quotes.Add(Close(o, text, i, i + 1, closed: true, p));
                    open = null;
                }
            }

            if (open is { } unclosed)
            {
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1] : (TextSpan?)null;
                if (next is { } n && IsMark(text[n.Start]) && IsDouble(text[n.Start]) == unclosed.Double && unclosed.ContentStart < pe)
                {
                    var segment = new TextSpan(unclosed.ContentStart, pe);
                    open = unclosed with { Segments = [.. unclosed.Segments, segment] };
                }
                else
                {
                    quotes.Add(Close(unclosed, text, pe, pe, closed: false, p));
                    open = null;
                }
            }
        }

        return quotes;
    }

    /// <summary>
    /// The quotes inside <paramref name="quote"/> (He said, 'Gary, I can't change my call,' and walked off), in the marks of the other
    /// kind, read with the same rules for apostrophes and plural possessives as the quotes themselves; each span runs from its opening
    /// mark to past its closing one.
    /// </summary>
    public static List<TextSpan> InnerQuotes(string text, MarkedQuote quote)
    {
        var inner = new List<TextSpan>();
        var curly = text.Contains('“') || text.Contains('‘');
        var outerDouble = IsDouble(text[quote.MarkStart]);
        foreach (var segment in quote.Segments)
        {
            int? opened = null;
            for (var i = segment.Start; i < segment.End; i++)
            {
                if (!IsMark(text[i]) || IsDouble(text[i]) == outerDouble)
                {
                    continue;
                }

                var role = Classify(text, i, segment.Start, segment.End, curly);
                if (opened is null && role == MarkRole.Opener)
                {
                    opened = i;
                }
                else if (opened is { } from && role == MarkRole.Closer
                    && !(outerDouble && IsPluralPossessive(text, i, segment.End) && HasSingleCloserAhead(text, i + 1, segment.End, curly)))
                {
                    inner.Add(new TextSpan(from, i + 1));
                    opened = null;
                }
            }
        }

        return inner;
    }

    private static MarkedQuote Close(Open o, string text, int contentEnd, int markEnd, bool closed, int paragraph)
    {
        var segments = new List<TextSpan>(o.Segments) { new(o.ContentStart, contentEnd) };
        return new MarkedQuote(o.MarkStart, markEnd, segments, closed, o.Paragraph, paragraph);
    }

    private static bool DoubledOpener(string text, int i, int pe) => i + 1 < pe && IsMark(text[i + 1]) && IsDouble(text[i + 1]) == IsDouble(text[i]);

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    private static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    // `curly`: the article sets its marks curly, opening a single quote with ‘, so a ’ before a word is an apostrophe.
    private static MarkRole Classify(string text, int i, int ps, int pe, bool curly)
    {
        var c = text[i];
        var prev = i > ps ? text[i - 1] : '\0';
        var next = i + 1 < pe ? text[i + 1] : '\0';

        // they'll crack.'" — a mark next to another is read by the character beyond the pair: the double mark after a closing
        // single one closes too, and one before an opening single one opens.
        var before = i - 1;
        while (before >= ps && IsMark(text[before]) && !(before > ps && char.IsLetter(text[before - 1]) && before + 1 < pe && char.IsLetter(text[before + 1])))
        {
            before--;
        }

        var after = i + 1;
        while (after < pe && IsMark(text[after]))
        {
            after++;
        }

        var beyondPrev = before >= ps ? text[before] : '\0';
        var beyondNext = after < pe ? text[after] : '\0';
        var prevOpen = beyondPrev == '\0' || char.IsWhiteSpace(beyondPrev) || "([{—–-/".Contains(beyondPrev, StringComparison.Ordinal);
        var nextOpen = beyondNext == '\0' || char.IsWhiteSpace(beyondNext) || ".,;:!?)]}—–-…".Contains(beyondNext, StringComparison.Ordinal);

        if (c is '\'' or '’' && char.IsLetterOrDigit(prev) && char.IsLetter(next))
        {
            return MarkRole.None; // an apostrophe: don't, Russia's
        }

        if (CueToken.IsGaelicElidedArticle(text, i, pe))
        {
            return MarkRole.None; // Mr Mac a’ Phearsain: the elided article of a Gaelic surname
        }

        if (c is '\'' or '’' && prevOpen && char.IsDigit(next))
        {
            return MarkRole.None; // the '90s
        }

        if (c == '’' && curly && prevOpen && char.IsLetter(next))
        {
            return MarkRole.None; // ’Mamosa Lerotholi, a Sesotho name; ’tis: where quotes open with ‘, a ’ before a letter elides
        }

        if (c is '“' or '„' or '‘' or '«')
        {
            return MarkRole.Opener;
        }

        if (c is '”' or '»')
        {
            return MarkRole.Closer;
        }

        if (prevOpen && !nextOpen)
        {
            return MarkRole.Opener;
        }

        return !prevOpen ? MarkRole.Closer : MarkRole.None;
    }

    // A plural possessive (members' jobs) looks like a closing single mark: 's', the mark, a space, a lowercase word.
    internal static bool IsPluralPossessive(string text, int i, int pe) =>
        i > 0 && text[i - 1] == 's' && i + 2 < pe && text[i + 1] == ' ' && char.IsLower(text[i + 2]);

    // The closing mark must come before any new single opener: in ‘reckless’ and … ‘without …’ the
    // mark after "reckless" closes the first quote, since a second one opens before any later closer.
    private static bool HasSingleCloserAhead(string text, int from, int pe, bool curly)
    {
        for (var j = from; j < pe; j++)
        {
            if (text[j] is not ('\'' or '‘' or '’'))
            {
                continue;
            }

            var role = Classify(text, j, from, pe, curly);
            if (role == MarkRole.Closer)
            {
                return true;
            }

            if (role == MarkRole.Opener)
            {
                return false;
            }
        }

        return false;
    }

    private enum MarkRole
    {
        None,
        Opener,
        Closer,
    }

    private readonly record struct Open(int MarkStart, int ContentStart, bool Double, int Paragraph, IReadOnlyList<TextSpan> Segments);
}
