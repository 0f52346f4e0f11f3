using System.Globalization;
using System.Text.RegularExpressions;

namespace Stemma.Extraction;

/// <summary>Reads the ISO 8601 dates and date-times that JSONL fields and HTML metadata carry.</summary>
internal static partial class IsoDate
{
    /// <summary>
    /// The calendar date as written: "2024-03-01T23:30:00-05:00" is 1 March, the date the outlet
    /// printed, not the UTC date. Only ISO forms are accepted so "01/02/2024" is never guessed at.
    /// </summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!IsoShape().IsMatch(trimmed))
        {
            return null;
        }

        if (trimmed.Length == 10)
        {
            return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
