using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 1, first half: turns hard-wrapped lines into paragraphs. A newline inside a block is a
/// soft wrap when the line before is close to the wrap width (or ends in a broken word) and the
/// next line neither starts a list item nor is indented further (PDF extraction indents the first
/// line of a new block: a title, a caption).
/// </summary>
internal static partial class UnwrapRule
{
    /// <summary>
    /// A line this close to the wrap width was wrapped, not ended. Calibrated on the PDF seeds
    /// (proportional fonts): wrapped lines measure 0.89–1.07 of the width estimate, while the first
    /// lines of two-line web blocks (teaser + tag) measure at most 0.5 of theirs.
    /// </summary>
    internal const double LongLineFraction = 0.75;

    /// <summary>
    /// The wrap width is this percentile of line lengths: in a wrapped text most lines are full, and
    /// the percentile ignores a few over-long lines (URLs, tables). Chosen by reading our samples.
    /// </summary>
    internal const double WrapWidthPercentile = 0.9;

    /// <summary>
    /// A text counts as hard-wrapped only when at least this share of its lines sit in blocks of
    /// several lines: in a wrapped text nearly all do (PDF seeds: over 90%), while a web text with
    /// one paragraph a line has only the odd two-line block (web seeds: a third or less).
    /// </summary>
    internal const double MinShareOfLinesInBlocks = 0.5;

    /// <summary>
    /// How much wider a capital letter prints than the average character in the proportional fonts
    /// PDFs and browsers use (Helvetica/Times/Arial: capitals about 0.7 em, lower case about 0.5 em,
    /// from their published advance widths). Counting capitals at this weight keeps a wrapped line
    /// in capitals ("VESTRA HARBOUR — The town council of") from reading as short.
    /// </summary>
    internal const double CapitalWidth = 1.4;

    /// <summary>
    /// Estimates the wrap width from the line lengths; 0 when the text is not hard-wrapped (its
    /// blocks are mostly single lines, or the lines inside blocks are not close to a common width).
    /// </summary>
    internal static int EstimateWrapWidth(IReadOnlyList<string> lines)
    {
        var lengths = new List<int>();
        var inBlocks = 0;
        var inner = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            lengths.Add(PrintedLength(lines[i]));
            var before = i > 0 && !string.IsNullOrWhiteSpace(lines[i - 1]);
            var after = i + 1 < lines.Count && !string.IsNullOrWhiteSpace(lines[i + 1]);
            if (before || after)
            {
                inBlocks++;
            }

            if (after)
            {
                inner.Add(PrintedLength(lines[i]));
            }
        }

        if (inner.Count == 0 || inBlocks < MinShareOfLinesInBlocks * lengths.Count)
        {
            return 0;
        }

        lengths.Sort();
        inner.Sort();
        var width = lengths[(int)(WrapWidthPercentile * (lengths.Count - 1))];
        return inner[inner.Count / 2] >= width * LongLineFraction ? width : 0;
    }

    /// <summary>Unwraps the lines (blank lines separate blocks) into single-line paragraphs.</summary>
    internal static List<string> Unwrap(IReadOnlyList<string> lines, HyphenationRule hyphenation)
    {
        var width = EstimateWrapWidth(lines);
        var paragraphs = new List<string>();
        string? current = null;
        string? previousLine = null;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (current is not null && previousLine is not null && Continues(previousLine, line, width))
            {
                var text = line.Trim();
                current = HyphenationRule.IsBrokenWord(current, text)
                    ? hyphenation.Join(current, text)
                    : current + " " + text;
            }
            else
            {
                Flush();
                current = line.Trim();
            }

            previousLine = line;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current is not null)
            {
                paragraphs.Add(current);
            }

            current = null;
            previousLine = null;
        }
    }

    /// <summary>Whether <paramref name="next"/> continues the paragraph that <paramref name="previous"/> belongs to.</summary>
    internal static bool Continues(string previous, string next, int width)
    {
        if (Indent(next) > Indent(previous) || IsListItem(next))
        {
            return false;
        }

        // A word broken at the line end continues whatever the width (a two-line headline).
        var prev = previous.Trim();
        return HyphenationRule.IsBrokenWord(prev, next) || (width > 0 && PrintedLength(prev) >= width * LongLineFraction);
    }

    /// <summary>The line's length in average-character widths, capitals counted wider (<see cref="CapitalWidth"/>).</summary>
    internal static int PrintedLength(string line)
    {
        var text = line.Trim();
        var capitals = text.Count(char.IsUpper);
        return (int)Math.Round(text.Length + (capitals * (CapitalWidth - 1)));
    }

    /// <summary>Whether the line starts a bullet or numbered list item.</summary>
    internal static bool IsListItem(string line) => ListItem().IsMatch(line);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    [GeneratedRegex(@"^\s*(?:[•●▪◦*·–-]|\d{1,2}[.)])\s")]
    private static partial Regex ListItem();
}
