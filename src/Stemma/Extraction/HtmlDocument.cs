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
/// <item>the container is cut into one paragraph per block element, link lists dropped;</item>
/// <item>a rescue when that under-delivers: the whole body minus chrome.</item>
/// </list>
/// Text of the page outside the container is listed as removed, block by block, never dropped silently.
/// </summary>
internal static partial class HtmlDocument
{
    /// <summary>
    /// A first pass shorter than this is too little to be the article: the rescue pass reads the
    /// whole body. trafilatura's MIN_EXTRACTED_SIZE, 250 characters; on extraction-dev 200 and 300
    /// scored the same to the third decimal.
    /// </summary>
    internal const int MinExtractedChars = 250;

    /// <summary>
    /// The rescue pass replaces the first only when it yields at least this many times as much text:
    /// a little more is usually the chrome around a short article, a lot more is the article the
    /// container missed. trafilatura compares its own and the fallback extractor's lengths by 2×.
    /// </summary>
    internal const double RescueGainFactor = 2.0;

    private static readonly string[] Unreadable =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head"];

    public static ExtractionResult Extract(string source, string html, string contentHash, IReadOnlyList<string> detectionWarnings)
    {
        var document = new HtmlParser().ParseDocument(html);
        var warnings = new List<string>(detectionWarnings);
        var metadata = ReadMetadata(document, warnings);

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
        RemoveHidden(body, removed);
        RemoveChrome(body, removed);
        RemoveHinted(body, removed);

        var container = Container(body);
        var removedBeforeWalk = removed.Count;
        var blocks = new Blocks(metadata.Title, removed);
        blocks.Walk(container);
        blocks.Flush();
        blocks.DropHeadingBefore(RemovalKinds.Boilerplate);
        if (!ReferenceEquals(container, body) && blocks.TextLength < MinExtractedChars)
        {
            // The container under-delivered (a placeholder article, a teaser marked up as the
            // body): read the whole body minus chrome, and keep it if it holds much more.
            var rescueRemoved = new List<RemovedText>();
            var rescue = new Blocks(metadata.Title, rescueRemoved);
            rescue.Walk(body);
            rescue.Flush();
            rescue.DropHeadingBefore(RemovalKinds.Boilerplate);
            if (rescue.TextLength >= RescueGainFactor * Math.Max(1, blocks.TextLength))
            {
                removed.RemoveRange(removedBeforeWalk, removed.Count - removedBeforeWalk);
                removed.AddRange(rescueRemoved);
                (blocks, container) = (rescue, body);
            }
        }

        if (blocks.Paragraphs.Count == 0)
        {
            return new SourceError(source, "no article text found in the HTML page");
        }

        RecordOutside(container, body, removed);
        return new ExtractedDocument
        {
            Source = source,
            Format = DocumentFormat.Html,
            Body = string.Join("\n\n", blocks.Paragraphs),
            Metadata = metadata,
            TitleFromMarkup = metadata.Title is not null,
            Removed = removed,
            Warnings = warnings,
            ContentHash = contentHash,
        };
    }

    /// <summary>Collapses HTML whitespace runs to one space and trims.</summary>
    internal static string Collapse(string text) => HtmlWhitespace().Replace(text, " ").Trim();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"[ \t\n\r\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlWhitespace();
}
