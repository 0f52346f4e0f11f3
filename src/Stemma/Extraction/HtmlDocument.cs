using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Stemma.Cleaning;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Reads an HTML page: metadata from JSON-LD, OpenGraph and meta tags; the body from the article
/// container (<c>article</c>, <c>main</c>, or the block with the most running text), one paragraph
/// per block element; page chrome dropped and listed in <see cref="ExtractedDocument.Removed"/>.
/// </summary>
internal static partial class HtmlDocument
{
    /// <summary>
    /// A paragraph shorter than this does not vote for its container: bylines, buttons and
    /// captions are shorter, article sentences longer. Readability uses the same 25 characters.
    /// </summary>
    internal const int MinScoredParagraphChars = 25;

    /// <summary>The share of a paragraph's score its grandparent receives (Readability's one half).</summary>
    internal const double GrandparentShare = 0.5;

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

    /// <summary>
    /// An <c>article</c> or <c>main</c> element is taken as the container when it holds at least
    /// this share of the page's prose; below it, the densest block is looked for instead. On the
    /// 990 extraction-dev pages F1 was 0.856 at 0.15, 0.855 at 0.3, 0.854 at 0.5 and 0.851 at 0.7
    /// (0.849 without the check): flat, so a value in the middle.
    /// </summary>
    internal const double MinSemanticShareOfProse = 0.3;

    /// <summary>
    /// Chrome (nav, aside, footer, forms) holds a minority of a page's text; an element holding
    /// more than this share is broken or unusual markup wrapping the page (ASP.NET's page-wide
    /// form, an unclosed header) and is kept. Without this guard 6 of the 990 extraction-dev
    /// pages lost all their text to such a wrapper.
    /// </summary>
    internal const double MaxChromeShareOfPage = 0.5;

    /// <summary>
    /// A block inside the container whose text is more than this share link text is a link list
    /// (related stories, tags, share bars), not prose. Readability's value; on the extraction-dev
    /// pages dropping such blocks raised precision from 0.76 to 0.84 at equal recall (0.85).
    /// </summary>
    internal const double MaxBlockLinkDensity = 0.5;

    private static readonly HashSet<string> SpacedInlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "label", "button", "input", "select", "option", "textarea", "img",
    };

    private static readonly string[] Unreadable =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head"];

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr",
        "address", "header", "footer", "details", "summary", "caption", "center", "figure",
    };

    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    public static ExtractionResult Extract(string source, string html, string contentHash, IReadOnlyList<string> detectionWarnings)
    {
        var document = new HtmlParser().ParseDocument(html);
        var warnings = new List<string>(detectionWarnings);
        var jsonLd = JsonLdArticle.Find(document, warnings);

        var siteName = Meta(document, "og:site_name") ?? jsonLd.Publisher;
        var (title, titleSuffix) = Title(document, jsonLd.Headline, siteName);
        var metadata = new DocumentMetadata
        {
            Title = title,
            Outlet = siteName ?? titleSuffix,
            Byline = jsonLd.Author ?? Meta(document, "author") ?? Meta(document, "article:author", isUrlAllowed: false),
            Published = IsoDate.Parse(jsonLd.DatePublished)
                ?? IsoDate.Parse(Meta(document, "article:published_time"))
                ?? IsoDate.Parse(Meta(document, "date"))
                ?? IsoDate.Parse(document.QuerySelector("article time[datetime]")?.GetAttribute("datetime"))
                ?? IsoDate.Parse(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"))
                ?? IsoDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Url = Canonical(document) ?? Meta(document, "og:url") ?? jsonLd.Url,
        };

        var body = document.Body;
        if (body is null)
        {
            return new SourceError(source, "no article text found in the HTML page (no body)");
        }

        foreach (var element in body.QuerySelectorAll(string.Join(',', Unreadable)).ToList())
        {
            element.Remove();
        }

        var removed = new List<RemovedText>();
        RemoveChrome(body, removed);
        var container = Container(document, body);

        var removedBeforeWalk = removed.Count;
        var blocks = new Blocks(title, removed);
        blocks.Walk(container);
        blocks.Flush();
        if (blocks.Paragraphs.Count == 0 && !ReferenceEquals(container, body))
        {
            // The chosen container was empty (a placeholder article, a script-filled main): the
            // page's text is elsewhere. The walk of the whole body records its removals afresh.
            removed.RemoveRange(removedBeforeWalk, removed.Count - removedBeforeWalk);
            blocks = new Blocks(title, removed);
            blocks.Walk(body);
            blocks.Flush();
        }

        if (blocks.Paragraphs.Count == 0)
        {
            return new SourceError(source, "no article text found in the HTML page");
        }

        return new ExtractedDocument
        {
            Source = source,
            Format = DocumentFormat.Html,
            Body = string.Join("\n\n", blocks.Paragraphs),
            Metadata = metadata,
            TitleFromMarkup = title is not null,
            Removed = removed,
            Warnings = warnings,
            ContentHash = contentHash,
        };
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

    private static void RemoveChrome(IElement body, List<RemovedText> removed)
    {
        const string selector = "nav, aside, footer, header, form, figure, figcaption, "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner]";
        var pageText = Math.Max(1, Collapse(body.TextContent).Length);
        foreach (var element in body.QuerySelectorAll(selector).ToList())
        {
            if (element.ParentElement is null || !body.Contains(element))
            {
                continue; // Inside chrome already taken out.
            }

            if (element.QuerySelector("article, main, [role=main]") is not null
                || ((double)Collapse(element.TextContent).Length / pageText > MaxChromeShareOfPage
                    && LinkDensity(element) <= MaxBlockLinkDensity))
            {
                continue; // Wraps the content rather than sitting beside it.
            }

            var name = element.LocalName;
            var role = element.GetAttribute("role");
            if ((name == "header" || role == "banner") && element.Closest("article, main") is not null)
            {
                continue; // An article's own header holds its headline and byline: cleaning reads those.
            }

            if (name == "figure")
            {
                foreach (var caption in element.QuerySelectorAll("figcaption").ToList())
                {
                    Record(removed, RemovalKinds.Caption, caption);
                    caption.Remove();
                }

                Record(removed, RemovalKinds.Credit, element);
                element.Remove();
                continue;
            }

            var kind = (name, role) switch
            {
                ("nav", _) or (_, "navigation") or ("header", _) or (_, "banner") => RemovalKinds.Navigation,
                ("aside", _) or (_, "complementary") => RemovalKinds.Related,
                ("footer", _) or (_, "contentinfo") => RemovalKinds.Footer,
                ("figcaption", _) => RemovalKinds.Caption,
                _ => RemovalKinds.Boilerplate,
            };
            Record(removed, kind, element);
            element.Remove();
        }
    }

    private static void Record(List<RemovedText> removed, string kind, IElement element)
    {
        var text = new StringBuilder();
        AppendSpacedText(element, text);
        var collapsed = Collapse(text.ToString());
        if (collapsed.Length > 0)
        {
            removed.Add(new RemovedText(kind, collapsed));
        }
    }

    /// <summary>Text with a space wherever a block or form control ends, so a heading followed by a link reads "Related Ferry", not "RelatedFerry".</summary>
    private static void AppendSpacedText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e)
            {
                var spaced = BlockElements.Contains(e.LocalName) || SpacedInlineElements.Contains(e.LocalName);
                if (spaced)
                {
                    text.Append(' ');
                }

                AppendSpacedText(e, text);
                if (spaced)
                {
                    text.Append(' ');
                }
            }
        }
    }

    /// <summary>The element that holds the article: the best <c>article</c>, else <c>main</c>, else the densest block.</summary>
    private static IElement Container(IDocument document, IElement body)
    {
        var articles = body.QuerySelectorAll("article").ToList();
        var mains = body.QuerySelectorAll("main, [role=main]").ToList();
        var semantic = articles.Count > 0 ? Best(articles) : mains.Count > 0 ? Best(mains) : null;
        if (semantic is not null)
        {
            // Trust the markup unless most of the page's prose lies outside it (a teaser marked
            // up as <article> beside an unmarked story).
            var pageProse = Prose(body);
            if (pageProse == 0 || Prose(semantic) >= MinSemanticShareOfProse * pageProse)
            {
                return semantic;
            }
        }

        var scores = new Dictionary<IElement, double>();
        var order = new List<IElement>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote, td"))
        {
            var score = TextScore(paragraph);
            if (Collapse(paragraph.TextContent).Length < MinScoredParagraphChars)
            {
                continue;
            }

            Add(paragraph.ParentElement, score);
            Add(paragraph.ParentElement?.ParentElement, score * GrandparentShare);
        }

        IElement best = body;
        var bestScore = 0.0;
        foreach (var candidate in order)
        {
            var score = scores[candidate] * (1 - LinkDensity(candidate));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;

        void Add(IElement? element, double score)
        {
            if (element is null || ReferenceEquals(element, document.DocumentElement))
            {
                return;
            }

            if (!scores.TryAdd(element, score))
            {
                scores[element] += score;
            }
            else
            {
                order.Add(element);
            }
        }
    }

    /// <summary>Non-link characters in the element's paragraphs long enough to be prose.</summary>
    private static double Prose(IElement element) =>
        element.QuerySelectorAll("p, pre, blockquote")
            .Where(p => Collapse(p.TextContent).Length >= MinScoredParagraphChars)
            .Sum(TextScore);

    private static IElement Best(List<IElement> candidates)
    {
        var best = candidates[0];
        var bestScore = -1.0;
        foreach (var candidate in candidates)
        {
            var score = TextScore(candidate);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Characters of text not inside links: the running prose an element holds.</summary>
    private static double TextScore(IElement element)
    {
        var total = Collapse(element.TextContent).Length;
        return total * (1 - LinkDensity(element));
    }

    private static double LinkDensity(IElement element)
    {
        var total = Collapse(element.TextContent).Length;
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
        return Math.Min(1.0, (double)linked / total);
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

    /// <summary>Collapses HTML whitespace runs to one space and trims.</summary>
    internal static string Collapse(string text) => HtmlWhitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"[ \t\n\r\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlWhitespace();

    [GeneratedRegex(@"\b(?:byline|dateline|date|time|timestamp|updated|published|pubdate|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaClass();

    /// <summary>Walks the container and cuts its text into one paragraph per block element.</summary>
    private sealed class Blocks(string? title, List<RemovedText> removed)
    {
        private readonly StringBuilder _current = new();
        private bool _titleSeen;

        public List<string> Paragraphs { get; } = [];

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        _current.Append(HtmlWhitespace().Replace(text.Data, " "));
                        break;
                    case IElement element when element.LocalName == "br":
                        _current.Append('\n');
                        break;
                    case IElement element when element.LocalName == "pre":
                        Flush();
                        Paragraphs.Add(element.TextContent.Trim('\n'));
                        break;
                    case IElement element when element.LocalName == "h1" && !_titleSeen && IsTitle(element):
                        Flush();
                        _titleSeen = true;
                        removed.Add(new RemovedText(RemovalKinds.Title, Collapse(element.TextContent)));
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName) && IsLinkList(element):
                        Flush();
                        Record(removed, RemovalKinds.Navigation, element);
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element when IsMetaLine(element) && !EndsWithBy(_current):
                        // A byline, date or "updated" stamp set inline beside the others is a line
                        // of its own: glued together, none of them reads as metadata.
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element:
                        Walk(element);
                        break;
                }
            }
        }

        public void Flush()
        {
            if (_current.Length == 0)
            {
                return;
            }

            var lines = _current.ToString().Split('\n').Select(l => l.Trim(' ')).ToList();
            _current.Clear();
            var text = string.Join('\n', lines).Trim('\n');
            if (text.Length > 0)
            {
                Paragraphs.Add(text);
            }
        }

        /// <summary>An inline element of the byline area: a <c>time</c>, or one whose class names a byline, date or update stamp.</summary>
        /// Inside a prose block (a paragraph, a list item) it is part of a sentence and stays in place.
        private static bool IsMetaLine(IElement element) =>
            (element.LocalName == "time"
                || (element.ClassName is { } cls && MetaClass().IsMatch(cls) && Collapse(element.TextContent).Length > 0))
            && element.Closest("p, li, blockquote, td, dd, dt, h1, h2, h3, h4, h5, h6, pre, figcaption") is null;

        private static bool EndsWithBy(StringBuilder text) =>
            text.ToString().TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase)
            || text.ToString().Trim().Equals("by", StringComparison.OrdinalIgnoreCase);

        /// <summary>A link-dense block that holds no prose paragraph of its own (a wrapper around content and a sidebar is not one).</summary>
        private static bool IsLinkList(IElement element) =>
            element.LocalName is not ("article" or "main")
            && LinkDensity(element) > MaxBlockLinkDensity
            && !element.QuerySelectorAll("p").Any(p =>
                Collapse(p.TextContent).Length >= MinScoredParagraphChars && LinkDensity(p) <= MaxBlockLinkDensity);

        private bool IsTitle(IElement heading) =>
            title is not null && string.Equals(Collapse(heading.TextContent), title, StringComparison.OrdinalIgnoreCase);
    }
}
