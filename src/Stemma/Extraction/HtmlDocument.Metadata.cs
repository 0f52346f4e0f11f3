using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>Metadata: JSON-LD first (the publisher's own structured claim), then OpenGraph and meta tags, then the markup.</summary>
internal static partial class HtmlDocument
{
    /// <summary>
    /// A page-title suffix of at most this many words is taken for a site name (" | The Harbor
    /// Ledger"): outlet names run one to four words ("The New York Times", "South China Morning
    /// Post"); a longer suffix is more likely part of the headline.
    /// </summary>
    internal const int MaxSiteSuffixWords = 4;

    /// <summary>
    /// What is left before the suffix must be at least this many words to be a headline; a single
    /// word ("Calder - Avenel ferry resumes") means the separator was inside the headline.
    /// </summary>
    internal const int MinHeadlineWords = 2;

    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    private static DocumentMetadata ReadMetadata(IDocument document, List<string> warnings)
    {
        var jsonLd = JsonLdArticle.Find(document, warnings);
        var siteName = Meta(document, "og:site_name") ?? jsonLd.Publisher ?? Meta(document, "application-name");
        var (title, titleSuffix) = Title(document, jsonLd.Headline, siteName);
        var byline = jsonLd.Author ?? Meta(document, "author") ?? Meta(document, "article:author", isUrlAllowed: false)
            ?? Meta(document, "dc.creator") ?? Meta(document, "byl");
        return new DocumentMetadata
        {
            Title = title,
            Outlet = siteName ?? titleSuffix,
            Byline = byline,
            Wire = Wire(jsonLd, byline, document),
            Published = IsoDate.Parse(jsonLd.DatePublished)
                ?? IsoDate.Parse(Meta(document, "article:published_time"))
                ?? IsoDate.Parse(Meta(document, "og:published_time"))
                ?? IsoDate.Parse(Meta(document, "date"))
                ?? IsoDate.Parse(Meta(document, "dc.date"))
                ?? IsoDate.Parse(Meta(document, "dcterms.created"))
                ?? IsoDate.Parse(Meta(document, "pubdate"))
                ?? IsoDate.Parse(document.QuerySelector("article time[datetime]")?.GetAttribute("datetime"))
                ?? IsoDate.Parse(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
                ?? IsoDate.Parse(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"))
                ?? IsoDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Url = Canonical(document) ?? Meta(document, "og:url") ?? jsonLd.Url,
            Language = Language(document, jsonLd),
        };
    }

    /// <summary>
    /// The wire agency credited in the structured data: an author, publisher or source organisation
    /// that is a known agency (a page of syndicated copy names "Reuters" as its author).
    /// </summary>
    private static string? Wire(JsonLdArticle jsonLd, string? byline, IDocument document)
    {
        foreach (var candidate in new[] { jsonLd.SourceOrganization, byline, Meta(document, "dcterms.source"), Meta(document, "source") })
        {
            if (candidate is null)
            {
                continue;
            }

            foreach (var part in candidate.Split([',', '/', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ChromeLexicon.WireAgencies.Contains(part))
                {
                    return part;
                }
            }
        }

        return null;
    }

    /// <summary>The language the page declares: <c>html[lang]</c>, then JSON-LD, then og:locale and Content-Language.</summary>
    private static string? Language(IDocument document, JsonLdArticle jsonLd)
    {
        var declared = document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? jsonLd.InLanguage
            ?? Meta(document, "og:locale")
            ?? document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? Meta(document, "language")
            ?? Meta(document, "dc.language");
        if (declared is null)
        {
            return null;
        }

        var tag = declared.Split(',')[0].Trim().Replace('_', '-');
        return LanguageTag().IsMatch(tag) ? tag : null;
    }

    private static (string? Title, string? Suffix) Title(IDocument document, string? jsonLdHeadline, string? siteName)
    {
        var og = Meta(document, "og:title");
        if (og is not null)
        {
            var (stripped, suffix) = StripSiteSuffix(og, siteName, requireKnownSite: true);
            return (stripped, suffix);
        }

        if (jsonLdHeadline is not null)
        {
            return (jsonLdHeadline, null);
        }

        var h1 = document.QuerySelector("article h1, main h1");
        if (h1 is not null && Collapse(h1.TextContent) is { Length: > 0 } heading)
        {
            return (heading, document.Title is { } pageTitle ? StripSiteSuffix(pageTitle, siteName, false).Suffix : null);
        }

        if (document.Title is { } title && Collapse(title) is { Length: > 0 } collapsed)
        {
            return StripSiteSuffix(collapsed, siteName, requireKnownSite: false);
        }

        return document.QuerySelector("h1") is { } anyH1 && Collapse(anyH1.TextContent) is { Length: > 0 } text
            ? (text, null)
            : (null, null);
    }

    /// <summary>"Ferry resumes | The Harbor Ledger" → ("Ferry resumes", "The Harbor Ledger").</summary>
    internal static (string Title, string? Suffix) StripSiteSuffix(string title, string? siteName, bool requireKnownSite)
    {
        title = Collapse(title);
        foreach (var separator in SiteSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = title[..at].Trim();
            var suffix = title[(at + separator.Length)..].Trim();
            var isSite = siteName is not null && string.Equals(suffix, siteName, StringComparison.OrdinalIgnoreCase);
            var looksLikeSite = !requireKnownSite && suffix.Length > 0
                && WordCount(suffix) <= MaxSiteSuffixWords && WordCount(head) >= MinHeadlineWords;
            if (isSite || looksLikeSite)
            {
                return (head, suffix);
            }
        }

        return (title, null);
    }

    private static string? Meta(IDocument document, string key, bool isUrlAllowed = true)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase)
                && Collapse(meta.GetAttribute("content") ?? "") is { Length: > 0 } content
                && (isUrlAllowed || !content.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
            {
                return content;
            }
        }

        return null;
    }

    private static string? Canonical(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase)
                && link.GetAttribute("href")!.Trim() is { Length: > 0 } href)
            {
                return href;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
