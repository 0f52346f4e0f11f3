using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Stemma.Extraction;
using Stemma.Quotes;

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
        var copyrightHolder = CopyrightHolder(document.Body);
        var outletNames = new[] { document.Metadata.Outlet, inferredOutlet, copyrightHolder, document.Metadata.Url }
            .Concat(removed.Where(r => r.Kind == RemovalKinds.Url).Select(r => r.Text))
            .OfType<string>().Select(OutletKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        string? title = null;
        string? byline = null;
        string? wire = null;
        string? organisation = null;
        string? employer = null;
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

            if (IsTimeLine(p))
            {
                Take(RemovalKinds.Metadata);
                continue;
            }

            if (TryParseByline(p, out var parts))
            {
                byline ??= parts.Names;
                organisation ??= parts.Organisation;
                if (parts.OrganisationIsWire)
                {
                    wire ??= parts.Organisation;
                }
                else
                {
                    employer ??= parts.Organisation; // "By Ana Ruiz, Harbor Times": the outlet she writes for
                }

                published ??= parts.Date;
                Take(RemovalKinds.Metadata);
                continue;
            }

            if (ChromeRule.ClassifyAnywhere(p) is not null)
            {
                i++; // left for the chrome rule, which records it with its kind
                continue;
            }

            if (!titleSeen && outletNames.Contains(OutletKey(p)))
            {
                Take(RemovalKinds.Boilerplate); // the masthead printed above the headline
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
                // A headline wrapped in a printout goes on in lower case on the next line.
                while (i + 1 < paragraphs.Count && GapJoinRule.StartsLowercase(paragraphs[i + 1])
                    && IsTitleCandidate(paragraphs[i] + " " + paragraphs[i + 1]))
                {
                    paragraphs[i] = paragraphs[i] + " " + paragraphs[i + 1];
                    paragraphs.RemoveAt(i + 1);
                }

                p = paragraphs[i];
                title = p;
                titleSeen = true;
                Take(RemovalKinds.Title);
                continue;
            }

            // The body starts here; a participle description right under the headline is its caption.
            if (i + 1 < paragraphs.Count
                && (CaptionRule.IsDescriptionUnderHeadline(p) || CaptionRule.IsStockPhotoCaption(p, paragraphs[i + 1])))
            {
                Take(RemovalKinds.Caption);
            }

            break;
        }

        if (i < paragraphs.Count && DatelineWire(paragraphs[i]) is { } credited)
        {
            wire ??= ResolveAbbreviation(credited, organisation, document.Body);
        }

        var found = new DocumentMetadata
        {
            Title = title,
            Byline = byline,
            Wire = wire,
            Published = published,
            Outlet = inferredOutlet ?? employer ?? copyrightHolder,
        };
        return document.Metadata.Or(found);

        void Take(string kind)
        {
            removed.Add(new RemovedText(kind, paragraphs[i]));
            paragraphs.RemoveAt(i);
        }
    }

    /// <summary>
    /// The full name behind a dateline abbreviation ("MP" → "Meridian Press"): the byline's
    /// organisation when its initials match, else the organisation name in the text with those
    /// initials that occurs most often (earliest on a tie); "Nobody Wanted Snow" is no agency. Names and unmatched abbreviations are
    /// returned as they are.
    /// </summary>
    internal static string ResolveAbbreviation(string credited, string? organisation, string body)
    {
        if (!IsAbbreviation(credited))
        {
            return credited;
        }

        if (organisation is not null && string.Equals(Initials(organisation), credited, StringComparison.Ordinal))
        {
            return organisation;
        }

        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (Match m in CapitalisedRun().Matches(body))
        {
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start + credited.Length <= words.Length; start++)
            {
                var name = string.Join(' ', words, start, credited.Length);
                if (string.Equals(Initials(name), credited, StringComparison.Ordinal) && IsOrganisationName(name))
                {
                    var seen = counts.GetValueOrDefault(name, (Count: 0, First: m.Index));
                    counts[name] = (seen.Count + 1, seen.First);
                }
            }
        }

        return counts.Count == 0
            ? credited
            : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    /// <summary>The holder of a copyright line in the text ("© 2025 The Harbor Ledger."), if any.</summary>
    internal static string? CopyrightHolder(string body)
    {
        var m = ChromeLexicon.CopyrightHolder().Match(body);
        return m.Success ? m.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>
    /// A name or URL reduced for comparing an outlet with its masthead or web address: letters and
    /// digits only, lower case, without a leading "the"; for a URL, the host's main label
    /// ("https://www.harborledger.com/x" → "harborledger").
    /// </summary>
    internal static string OutletKey(string text)
    {
        text = text.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal))
        {
            var labels = uri.Host.Split('.');
            text = labels.Length >= 2 ? labels[^2] : labels[0];
        }
        else if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
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
            // (WEDDING WAR! Jodie's big day rocked: a tabloid's kicker in capitals before "!" or "?" opens a headline, no sentence.)
            var word = m.Groups["word"].Value;
            var kicker = m.Value[word.Length] is '!' or '?' && word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);
            if (!word.Contains('.') && word.Length > 2 && !kicker)
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
        var ok = TryParseByline(paragraph, out var parts);
        byline = parts.Names;
        wire = parts.OrganisationIsWire ? parts.Organisation : null;
        return ok;
    }

    /// <summary>
    /// Reads a byline: the names, the organisation after a comma, "for", a slash or in brackets
    /// ("By Ana Ruiz, Harbor Times", "By Ana Ruiz (Reuters)"), and a date in a segment of its own
    /// ("By News Desk | March 4, 2025").
    /// </summary>
    internal static bool TryParseByline(string paragraph, out BylineParts parts)
    {
        parts = default;
        var text = paragraph.Trim();
        DateOnly? date = null;
        var segments = BylineSegmentSeparator().Split(text);
        if (segments.Length > 1)
        {
            foreach (var segment in segments.Skip(1))
            {
                if (!TryParseDateLine(segment, out var d))
                {
                    segments = [text]; // not a byline with a date: read the line whole
                    break;
                }

                date ??= d;
            }

            text = segments[0].Trim();
        }

        text = WithoutBylineLabel(text);
        var m = Byline().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var names = WithoutRolesAndDates(m.Groups["names"].Value.Trim().TrimEnd('.'));
        if (CaptionRule.WordCount(names) + 1 > MaxBylineWords)
        {
            return false;
        }

        var nameWords = names.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (nameWords.Select(w => w.Trim('(', ')')).Any(w => w.Length > 3 && !char.IsUpper(w[0]) && !BylineConnectors.Contains(w)))
        {
            return false; // "By Tuesday, the council had voted." is a sentence, not a byline
        }

        if (ChromeLexicon.WireAgencies.Contains(names))
        {
            parts = new BylineParts(null, names, true, date);
            return true;
        }

        var split = BylineAgency().Match(names);
        if (split.Success)
        {
            var agency = split.Groups["agency"].Value.Trim();
            var person = split.Groups["person"].Value.Trim();
            var bracketed = names.EndsWith(')');
            if (ChromeLexicon.WireAgencies.Contains(agency) || bracketed)
            {
                // A bracketed credit after the name is the agency the copy came from.
                parts = new BylineParts(person, agency, true, date);
                return true;
            }

            if (IsOrganisationName(agency))
            {
                parts = new BylineParts(person, agency, false, date);
                return true;
            }
        }

        parts = new BylineParts(names, null, false, date);
        return true;
    }

    /// <summary>
    /// "Posted by Jo Hart", "Club report by Jo Hart", "Posted on the Vale Wheelers blog by Jo Hart": a short label naming the
    /// kind of piece before "by" is a byline as "By Jo Hart" is; the text with the label dropped, or the text as it was.
    /// </summary>
    private static string WithoutBylineLabel(string text)
    {
        var m = LabelledByline().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var label = m.Groups["label"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kindOfPiece = label.Length <= MaxBylineLabelWords && BylineLabelWords.Contains(label[^1]);
        var postedOn = label.Length <= MaxPostedOnLabelWords && label.Length >= 3 && PostedOnVerbs.Contains(label[0]) && label[1] is "on" or "in" or "for"
            && !label.Any(w => w.IndexOfAny(['.', '!', '?', ':', ';']) >= 0);
        return kindOfPiece || postedOn ? "By " + m.Groups["names"].Value : text;
    }

    /// <summary>
    /// "Jonas Lind, team media officer" → "Jonas Lind"; "Dev Anand, Sunday" → "Dev Anand"; "Bridget Ashdown for the Tuesday Purlers,
    /// Ashcombe" → "Bridget Ashdown, The Tuesday Purlers": after the name, a job title (its last word a role noun, in lower case) and
    /// a date or weekday are no one's name and no outlet; of what else follows, the first credit is kept as the outlet.
    /// </summary>
    private static string WithoutRolesAndDates(string names)
    {
        var segments = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return names;
        }

        var person = segments[0];
        var credits = new List<string>();
        var forAt = CreditAt(person, segments.Length > 1);
        if (forAt > 0)
        {
            credits.Add(person[(person.IndexOf(' ', forAt + 1) + 1)..]);
            person = person[..forAt];
        }

        credits.AddRange(segments.Skip(1));
        var kept = credits.Where(c => !IsJobTitle(c) && !IsDateOrDay(c) && !IsDescription(c)).ToList();
        if (kept.Count == credits.Count && forAt < 0)
        {
            return names; // nothing to drop: read as written
        }

        return kept.Count == 0 ? person : person + ", " + Capitalised(kept[0]);

        static string Capitalised(string credit) => credit.StartsWith("the ", StringComparison.Ordinal) ? "The" + credit[3..] : credit;
    }

    // Where "for" or "on" brings in the outlet after the name ("Bridget Ashdown for the Tuesday Purlers, Ashcombe", "Jess Kowalczyk
    // on the PadelPulse blog"); a lone "for" credit ("By Ana Ruiz for Kyodo") is left to the agency split. -1 for none.
    private static int CreditAt(string person, bool moreSegments)
    {
        var on = person.IndexOf(" on ", StringComparison.Ordinal);
        return on > 0 ? on : moreSegments ? person.IndexOf(" for ", StringComparison.Ordinal) : -1;
    }

    // "the PadelPulse blog", "Riverside FM news team": a credit ending in a lowercase noun for a kind of outlet describes the
    // outlet; it is not the outlet's name.
    private static bool IsDescription(string credit) =>
        credit.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && OutletKindNouns.Contains(words[^1]);

    private static readonly FrozenSet<string> OutletKindNouns = FrozenSet.ToFrozenSet(
        ["blog", "team", "site", "website", "newsletter", "magazine", "desk", "page", "podcast", "channel", "feed", "bulletin", "forum", "newsroom"],
        StringComparer.Ordinal);

    private static bool IsJobTitle(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxJobTitleWords && char.IsLower(words[^1][0]) && QuoteLexicon.RoleNouns.Contains(words[^1]);
    }

    private static bool IsDateOrDay(string segment) =>
        TryParseDateLine(segment, out _) || IsTimeLine(segment) || Weekdays.Contains(segment.Split(' ')[0])
        || (segment.Length > 0 && char.IsDigit(segment[0]) && MonthPrefixes.Any(mp => segment.Contains(' ' + mp, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Label words before "by": "Club report by", "Interview by", "Premier Division round-up by" (up to three words).</summary>
    private const int MaxBylineLabelWords = 3;

    /// <summary>"Posted on the Nordvale Biathlon Team blog by …": the longest such label in our blind sets is seven words.</summary>
    private const int MaxPostedOnLabelWords = 9;

    /// <summary>"team media officer", "junior section secretary": job titles after a byline name run to four words in our sets.</summary>
    private const int MaxJobTitleWords = 5;

    // The kind of piece a label before "by" names, its last word; compared without case ("Posted by", "Match report by").
    private static readonly FrozenSet<string> BylineLabelWords = FrozenSet.ToFrozenSet(
        ["posted", "written", "compiled", "reported", "reporting", "report", "interview", "words", "text", "story", "sketch", "note",
            "notes", "analysis", "review", "blog", "round-up", "roundup", "column", "dispatch", "feature", "edited", "news", "diary"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PostedOnVerbs = FrozenSet.ToFrozenSet(["Posted", "Published", "Written"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>Whether a capitalised name names an organisation ("Meridian Press", "The Harbor Ledger").</summary>
    internal static bool IsOrganisationName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "&")
            && (words[0] == "The" || words.Any(ChromeLexicon.OrganisationWords.Contains));
    }

    /// <summary>Whether a line is only a cue and a clock time ("Updated 9:02 a.m."), with no date to read.</summary>
    internal static bool IsTimeLine(string paragraph) => TimeLine().IsMatch(paragraph.Trim());

    /// <summary>The agency of a dateline credit ("OSLO (Reuters) —"), if any.</summary>
    internal static string? DatelineWire(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["wire"].Value.Trim();
        return ChromeLexicon.WireAgencies.Contains(name) || IsAbbreviation(name) || IsOrganisationName(name) ? name : null;
    }

    private static bool IsAbbreviation(string name) => name.Length >= 2 && name.All(char.IsUpper);

    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]).ToArray());

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

    [GeneratedRegex(@"^(?<label>\p{Lu}[^""“”]*?)\s+by\s+(?<names>\p{Lu}.*)$")]
    private static partial Regex LabelledByline();

    [GeneratedRegex(@"^(?<person>.+?)\s*(?:,|\||/|\bfor\b|\band\b|\()\s*(?<agency>[^,|/()]+)\)?$")]
    private static partial Regex BylineAgency();

    // "OSLO (Reuters) —", "SALTMERE, March 3 (MP) —": the city in capitals, perhaps a day without a year.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .,'-]{1,40}(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*)?\((?<wire>[\p{L} ]{2,25})\)\s*[-–—]")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\s+(?:\||·|•)\s+")]
    private static partial Regex BylineSegmentSeparator();

    [GeneratedRegex(
        @"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}T?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLine();

    // Runs of capitalised words: candidate names behind an abbreviation.
    [GeneratedRegex(@"\p{Lu}[\p{L}'’&-]+(?:[ ]+\p{Lu}[\p{L}'’&-]+)+")]
    private static partial Regex CapitalisedRun();
}
