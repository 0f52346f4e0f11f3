using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Stemma.Cleaning;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Reads an HTML page as a cascade, after trafilatura:
/// <list type="number">
/// <item>metadata from JSON-LD, OpenGraph and meta tags (<see cref="ReadMetadata"/>);</item>
/// <item>what no reader sees (scripts, hidden elements) goes, then page chrome by tag and role
/// (nav, aside, footer, forms, figures) and by class and id hints (comments, related teasers,
/// share bars, ads, cookie banners), each listed in <see cref="ExtractedDocument.Removed"/>;</item>
/// <item>the container: the markup of article bodies (<c>[itemprop=articleBody]</c>,
/// <c>.entry-content</c>, <c>.article-body</c>…), then <c>article</c>, then <c>main</c>, each
/// trusted only when it holds enough of the page's prose; else the Readability-style best block;</item>
/// <item>the lead, when the container leaves it out: an element named as one, or the element
/// before the container holding the page's meta description (<see cref="DescribedLead"/>);</item>
/// <item>the container is cut into one paragraph per block element, link lists dropped;</item>
/// <item>a rescue when that under-delivers: the best-scoring block or the whole body minus chrome, when they hold much more;</item>
/// <item>a fallback when pruning left (nearly) nothing: the page read again without class and id hints and with noscript content.</item>
/// </list>
/// Text of the page outside the container is listed as removed, block by block, never dropped silently.
/// </summary>
internal static partial class HtmlDocument
{
    /// <summary>
    /// The rescue passes (the Readability-style best block, then the whole body minus chrome) replace
    /// the container when they yield at least this many times as much text: a little more is usually
    /// the chrome around the article, a lot more is article text the container missed (a lead in its
    /// own box, a second article element). trafilatura weighs its result against readability's by
    /// the same 2×. On extraction-dev (extracted body, before cleaning): 1.5× F1 0.906, 2× 0.907,
    /// 3× 0.906; trying the rescue only below 250 characters of container text (trafilatura's
    /// MIN_EXTRACTED_SIZE) gave 0.898, below 1500 0.906, always 0.907.
    /// </summary>
    internal const double RescueGainFactor = 2.0;

    /// <summary>
    /// A page whose text after full pruning is shorter than this (characters) is read again with
    /// the fallback pruning (<see cref="Pruning.TagsOnly"/>), as trafilatura falls back to a
    /// baseline extraction below its MIN_EXTRACTED_SIZE (250). On extraction-dev 7 of 990 pages
    /// came out empty after cleaning; cleaned F1 0.924 → 0.926 at 100, 150 and 250 alike (the
    /// failed pages left under 100), so the lowest: a short article with a long comment thread
    /// below it keeps its comments out.
    /// </summary>
    internal const int MinExtractedChars = 100;

    /// <summary>
    /// The opening of the page description looked for in the page (characters): long enough that
    /// only the standfirst it was taken from holds it, short enough to survive a description
    /// truncated with "…". A judgement; the descriptions of extraction-dev's news pages run 100–300.
    /// </summary>
    internal const int MinDescriptionProbeChars = 50;

    /// <summary>
    /// The element taken for the described lead may hold at most this many times the description's
    /// length: the standfirst itself, perhaps with its kicker or a truncated description's missing
    /// end, not a wrapper around the whole page. A judgement.
    /// </summary>
    internal const double MaxLeadToDescriptionRatio = 3.0;

    private static readonly string[] Unreadable =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head"];

    public static ExtractionResult Extract(string source, string html, string contentHash, IReadOnlyList<string> detectionWarnings)
    {
        var warnings = new List<string>(detectionWarnings);
        var read = Cascade(html, Pruning.Full, warnings);
        if (read is not null && read.Blocks.TextLength < MinExtractedChars)
        {
            // (Nearly) everything went as chrome or hid in fallback markup (a blog engine's script template
            // with its noscript twin, an article classed "paywall", a forum page made of
            // "comments"): read the page again trusting class names and noscript, as a browser
            // without scripts would show it, rather than return nothing.
            var fallbackWarnings = new List<string>(detectionWarnings);
            if (Cascade(html, Pruning.TagsOnly, fallbackWarnings) is { } baseline
                && baseline.Blocks.TextLength >= RescueGainFactor * Math.Max(1, read.Blocks.TextLength))
            {
                fallbackWarnings.Add("little text was left after removing chrome by class and id hints: read again keeping hinted blocks and noscript content");
                (read, warnings) = (baseline, fallbackWarnings);
            }
        }

        if (read is null)
        {
            return new SourceError(source, "no article text found in the HTML page (no body)");
        }

        if (read.Blocks.Paragraphs.Count == 0)
        {
            return new SourceError(source, "no article text found in the HTML page");
        }

        return new ExtractedDocument
        {
            Source = source,
            Format = DocumentFormat.Html,
            Body = string.Join("\n\n", read.Blocks.Paragraphs),
            Metadata = read.Metadata,
            TitleFromMarkup = read.Metadata.Title is not null,
            Removed = read.Removed,
            Warnings = warnings,
            ContentHash = contentHash,
        };
    }

    /// <summary>How much of the page is pruned before the container is looked for.</summary>
    private enum Pruning
    {
        /// <summary>Unreadable elements, hidden elements, chrome by tag and role, chrome by class and id hints.</summary>
        Full,

        /// <summary>The fallback: class and id hints are not trusted and noscript content is read.</summary>
        TagsOnly,
    }

    private sealed record CascadeResult(Blocks Blocks, DocumentMetadata Metadata, List<RemovedText> Removed);

    /// <summary>The cascade on a freshly parsed page; null when the page has no body.</summary>
    private static CascadeResult? Cascade(string html, Pruning pruning, List<string> warnings)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = ReadMetadata(document, warnings);

        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var unreadable = pruning == Pruning.Full ? Unreadable : Unreadable.Where(n => n != "noscript");
        foreach (var element in body.QuerySelectorAll(string.Join(',', unreadable)).ToList())
        {
            element.Remove();
        }

        var removed = new List<RemovedText>();
        RemoveHidden(body, removed);
        RemoveChrome(body, removed);
        if (pruning == Pruning.Full)
        {
            RemoveHinted(body, removed);
        }

        var container = Container(body);
        var leads = Leads(container, body);
        if (DescribedLead(document, container, body, leads) is { } described)
        {
            leads.Insert(0, described);
        }
        var (blocks, walkRemoved) = Read([.. leads, container], metadata.Title);

        // The container may under-deliver (a teaser marked up as the article, a lead paragraph in
        // its own box): the Readability-style best block, then the whole body minus chrome, replace
        // it when they hold much more text (trafilatura weighs its result against readability's the same way).
        foreach (var rescue in new[] { Scored(body), body })
        {
            if (ReferenceEquals(rescue, container) || container.Contains(rescue))
            {
                continue;
            }

            var (more, moreRemoved) = Read([rescue], metadata.Title);
            if (more.TextLength >= RescueGainFactor * Math.Max(1, blocks.TextLength))
            {
                (container, blocks, walkRemoved, leads) = (rescue, more, moreRemoved, []);
            }
        }

        removed.AddRange(walkRemoved);
        if (blocks.Paragraphs.Count > 0)
        {
            RecordOutside(container, body, removed, leads);
        }

        return new CascadeResult(blocks, metadata, removed);
    }

    /// <summary>
    /// The lead (standfirst, intro, chapo) of the article when the article-body markup leaves it
    /// out: an element named as a lead that comes before the container inside the same
    /// <c>article</c>, or within its grandparent. News templates set the lead apart from the body.
    /// </summary>
    private static List<IElement> Leads(IElement container, IElement body)
    {
        var scope = container.ParentElement?.Closest("article") ?? container.ParentElement?.ParentElement;
        if (scope is null || ReferenceEquals(scope, body) || scope.LocalName is "html")
        {
            return [];
        }

        var leads = new List<IElement>();
        foreach (var element in scope.QuerySelectorAll("[class]"))
        {
            if (element.Contains(container) || container.Contains(element) || leads.Any(l => l.Contains(element))
                || !LeadHint().IsMatch(Hints(element))
                || (element.CompareDocumentPosition(container) & DocumentPositions.Following) == 0)
            {
                continue;
            }

            leads.Add(element);
        }

        return leads;
    }

    /// <summary>
    /// The page's description (<c>og:description</c>, <c>description</c>, <c>twitter:description</c>)
    /// is filled from the article's standfirst by news CMSs; when the container leaves that
    /// standfirst out, the element before the container that holds it is the lead, whatever its
    /// class is called ("deck", "bajada", "subheadline", "subtitle"). Null when the container
    /// already holds it or no such element is found.
    /// </summary>
    private static IElement? DescribedLead(IDocument document, IElement container, IElement body, List<IElement> leads)
    {
        var description = document.Head?.QuerySelectorAll("meta[property='og:description'], meta[name='description'], meta[name='twitter:description']")
            .Select(m => Collapse(m.GetAttribute("content") ?? ""))
            .FirstOrDefault(d => d.Length >= MinDescriptionProbeChars);
        if (description is null)
        {
            return null;
        }

        var probe = description[..MinDescriptionProbeChars];
        if (Collapse(container.TextContent).Contains(probe, StringComparison.Ordinal)
            || leads.Any(l => Collapse(l.TextContent).Contains(probe, StringComparison.Ordinal)))
        {
            return null;
        }

        IElement? best = null;
        var bestLength = int.MaxValue;
        foreach (var element in body.QuerySelectorAll("p, div, h2, h3, span, strong"))
        {
            if (element.Contains(container) || container.Contains(element)
                || (element.CompareDocumentPosition(container) & DocumentPositions.Following) == 0)
            {
                continue;
            }

            var length = TextLength(element);
            if (length < MinDescriptionProbeChars || length > MaxLeadToDescriptionRatio * description.Length || length >= bestLength
                || !Collapse(element.TextContent).Contains(probe, StringComparison.Ordinal))
            {
                continue;
            }

            (best, bestLength) = (element, length);
        }

        return best;
    }

    private static (Blocks Blocks, List<RemovedText> Removed) Read(IReadOnlyList<IElement> parts, string? title)
    {
        var removed = new List<RemovedText>();
        var blocks = new Blocks(title, removed);
        foreach (var part in parts)
        {
            blocks.Walk(part);
            blocks.Flush();
        }

        blocks.DropHeadingBefore(RemovalKinds.Boilerplate);
        return (blocks, removed);
    }

    /// <summary>Collapses HTML whitespace runs to one space and trims.</summary>
    internal static string Collapse(string text) => HtmlWhitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<![a-z])(?:lead|intro|chapo|standfirst|teaser-?text|article-?teaser|article__intro|article-?intro|excerpt|dek|summary|abstract)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadHint();

    [GeneratedRegex(@"[ \t\n\r\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlWhitespace();
}
