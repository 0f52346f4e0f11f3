using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// A line that is only a date or time stamp, perhaps with a short label ("23.10.2018",
/// "16 marca 2021", "Aktualisiert: 11.04.2020, 10:27", "3:59 PM"), recognised by shape alone so
/// that it works in any language: what is left once the dates and times are taken out is at most
/// a few words. Such a line is page furniture (publication or update stamp), never article prose.
/// </summary>
internal static partial class DateStampRule
{
    /// <summary>
    /// Words a stamp may carry besides its dates and times: a label ("Letzte Änderung", "Video
    /// verfügbar bis") or an author's handle after a separator. Three covers the stamps leaked on
    /// the extraction-dev set (labels of one to three words); a sentence around a date has more.
    /// </summary>
    internal const int MaxLabelWords = 3;

    /// <summary>
    /// A stamp that ends like a sentence ("Aktualisiert am 17.01.2021.") may keep only this many
    /// label words, so that a one-line sentence such as "Er starb am 3.3.2020." (three) stays.
    /// </summary>
    internal const int MaxLabelWordsBeforeFullStop = 2;

    /// <summary>Whether the paragraph is a date or time stamp and nothing more.</summary>
    internal static bool IsDateStamp(string paragraph)
    {
        var text = paragraph.Trim();
        if (!Stamp().IsMatch(text))
        {
            return false;
        }

        var rest = Stamp().Replace(text, " ");
        var labels = rest.Split([' ', '|', ',', '/', '·', '•', '-', '–', '—', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetter));
        var limit = GapJoinRule.EndsSentence(text) && !text.EndsWith(':') ? MaxLabelWordsBeforeFullStop : MaxLabelWords;
        return labels <= limit;
    }

    // A numeric date (23.10.2018, 2018-10-23, 10/23/18), a day-month-year or month-day-year with the
    // month in letters (any language: the word is not checked), or a clock time (19:49, 3:59 PM, 08:30 Uhr is
    // left with "Uhr" as a label).
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
        + @"|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        + @"|\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)(?![\p{L}\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
