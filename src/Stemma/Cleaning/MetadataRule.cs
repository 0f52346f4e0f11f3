using System.Globalization;
using System.Text.RegularExpressions;
using Stemma.Extraction;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 6: metadata the format did not give, read from the head of the text — the headline, a
/// date line, a byline or wire credit — and the outlet from its own appeals and plugs. The
/// lines read are taken out of the body (kind <c>title</c> or <c>metadata</c>).
/// </summary>
internal static partial class MetadataRule
{
    /// <summary>Headline, date and byline sit in the first few blocks; chrome may come before them.</summary>
    internal const int HeadParagraphs = 8;

    /// <summary>Headlines run up to ~17 words in the outlets we read; longer first blocks are ledes.</summary>
    internal const int MaxTitleWords = 20;

    /// <summary>A date line is the date, a cue word and perhaps a short site slogan.</summary>
    internal const int MaxDateLineWords = 12;

    /// <summary>A byline names a few people and perhaps an agency.</summary>
    internal const int MaxBylineWords = 10;

    /// <summary>Reads metadata from the head of <paramref name="paragraphs"/>, removing what it reads.</summary>
    internal static DocumentMetadata Apply(
        List<string> paragraphs, ExtractedDocument document, string? inferredOutlet, List<RemovedText> removed)
    {
        var knownTitle = document.Metadata.Title;
        var findTitle = knownTitle is null && !document.TitleFromMarkup;
        string? title = null;
        string? byline = null;
        string? wire = null;
        DateOnly? published = null;
        var titleSeen = false;
        var i = 0;
        for (var scanned = 0; i < paragraphs.Count && scanned < HeadParagraphs; scanned++)
        {
            var p = paragraphs[i];
            if (TryParseDateLine(p, out var date))
            {
                published ??= date;
                Take(RemovalKinds.Metadata);
                continue;
            }

            if (TryParseByline(p, out var names, out var agency))
            {
                byline ??= names;
                wire ??= agency;
                Take(RemovalKinds.Metadata);
                continue;
            }

            if (ChromeRule.ClassifyAnywhere(p) is not null)
            {
                i++; // left for the chrome rule, which records it with its kind
                continue;
            }

            if (!titleSeen && knownTitle is not null && SameText(p, knownTitle))
            {
                titleSeen = true;
                Take(RemovalKinds.Title);
                continue;
            }

            if (!titleSeen && findTitle && paragraphs.Count > 1 && IsTitleCandidate(p))
            {
                title = p;
                titleSeen = true;
                Take(RemovalKinds.Title);
                continue;
            }

            // The body starts here; a participle description right under the headline is its caption.
            if (i + 1 < paragraphs.Count && CaptionRule.IsDescriptionUnderHeadline(p))
            {
                Take(RemovalKinds.Caption);
            }

            break;
        }

        if (i < paragraphs.Count)
        {
            wire ??= DatelineWire(paragraphs[i]);
        }

        var found = new DocumentMetadata
        {
            Title = title,
            Byline = byline,
            Wire = wire,
            Published = published,
            Outlet = inferredOutlet,
        };
        return document.Metadata.Or(found);

        void Take(string kind)
        {
            removed.Add(new RemovedText(kind, paragraphs[i]));
            paragraphs.RemoveAt(i);
        }
    }

    /// <summary>The outlet named by its own appeal or plug ("Support The Harbor Ledger!"), if any.</summary>
    internal static string? InferOutlet(string body)
    {
        var m = ChromeLexicon.OutletSelfReference().Match(body);
        return m.Success ? m.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>Whether the paragraph can be a headline: short, one sentence, not starting lower case.</summary>
    internal static bool IsTitleCandidate(string paragraph)
    {
        var text = paragraph.Trim();
        var words = CaptionRule.WordCount(text);
        if (words == 0 || words > MaxTitleWords || GapJoinRule.StartsLowercase(text) || UnwrapRule.IsListItem(text)
            || text.EndsWith(',') || text.EndsWith(':') || UrlLineRule.IsUrlLine(text))
        {
            return false;
        }

        foreach (Match m in SentenceBreak().Matches(text))
        {
            var word = m.Groups["word"].Value;
            if (!word.Contains('.') && word.Length > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a date line ("Published: 3 May 2021", "date 2021-05-03 …").</summary>
    internal static bool TryParseDateLine(string paragraph, out DateOnly date)
    {
        date = default;
        var text = paragraph.Trim();
        if (CaptionRule.WordCount(text) > MaxDateLineWords)
        {
            return false;
        }

        var m = DateLine().Match(text);
        if (!m.Success)
        {
            return false;
        }

        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        var month = Array.FindIndex(MonthPrefixes, p => m.Groups["mon"].Value.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads a byline ("By Ana Ruiz", "By AFP", "By Ana Ruiz, Reuters").</summary>
    internal static bool TryParseByline(string paragraph, out string? byline, out string? wire)
    {
        byline = null;
        wire = null;
        var text = paragraph.Trim();
        var m = Byline().Match(text);
        if (!m.Success || CaptionRule.WordCount(text) > MaxBylineWords)
        {
            return false;
        }

        var names = m.Groups["names"].Value.Trim().TrimEnd('.');
        var nameWords = names.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (nameWords.Select(w => w.Trim('(', ')')).Any(w => w.Length > 3 && !char.IsUpper(w[0]) && !BylineConnectors.Contains(w)))
        {
            return false; // "By Tuesday, the council had voted." is a sentence, not a byline
        }

        if (ChromeLexicon.WireAgencies.Contains(names))
        {
            wire = names;
            return true;
        }

        var split = BylineAgency().Match(names);
        if (split.Success && ChromeLexicon.WireAgencies.Contains(split.Groups["agency"].Value.Trim()))
        {
            wire = split.Groups["agency"].Value.Trim();
            byline = split.Groups["person"].Value.Trim();
            return true;
        }

        byline = names;
        return true;
    }

    /// <summary>The agency of a dateline credit ("OSLO (Reuters) —"), if any.</summary>
    internal static string? DatelineWire(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["wire"].Value.Trim();
        return ChromeLexicon.WireAgencies.Contains(name) || name.All(c => char.IsUpper(c) || c == ' ') ? name : null;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(RecurringLineRule.Key(a).TrimEnd('.', ' '), RecurringLineRule.Key(b).TrimEnd('.', ' '), StringComparison.Ordinal);

    // Lower-case words that may join the names in a byline.
    private static readonly string[] BylineConnectors = ["and", "with", "for", "from", "von", "van", "der", "del", "bin"];

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"(?<word>\S+)[.!?][""”’']?\s+\p{Lu}")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(
        @"^(?:(?:date|published|updated|posted|first published|last updated|last modified)(?:\s+on)?\s*:?\s*)?"
        + @"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        + @"(?:(?<iso>\d{4}-\d{2}-\d{2})|(?<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})"
        + @"|(?<d>\d{1,2})\s+(?<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s+(?<y>\d{4}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:By|BY)\s+(?<names>\p{Lu}[^!?]*)$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?<person>.+?)\s*(?:,|\||/|\bfor\b|\band\b|\()\s*(?<agency>[^,|/()]+)\)?$")]
    private static partial Regex BylineAgency();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .,'-]{1,40}\((?<wire>[\p{L} ]{2,25})\)\s*[-–—]")]
    private static partial Regex Dateline();
}
