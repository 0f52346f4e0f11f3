using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Stemma.Extraction;

/// <summary>Which element holds the article: markup rules first, Readability-style scoring last.</summary>
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
    /// A marked-up container (article-body markup, <c>article</c>, <c>main</c>) is taken when it
    /// holds at least this share of the page's prose; below it, the next rule or the scoring is
    /// tried. On the 990 extraction-dev pages F1 was 0.856 at 0.15, 0.855 at 0.3, 0.854 at 0.5
    /// and 0.851 at 0.7 (0.849 without the check): flat, so a value in the middle. With the whole
    /// cascade (hints, rescue, leads) still flat: 0.913 at 0.2 and 0.3, 0.912 at 0.5.
    /// </summary>
    internal const double MinSemanticShareOfProse = 0.3;

    /// <summary>
    /// The score a class or id hint adds (positive: "article", "content") or takes away
    /// (negative: "comment", "sidebar") per block, in characters of prose: Readability's 25 points,
    /// where a point is one scored paragraph plus one per 100 characters, is about 1000 characters here.
    /// </summary>
    internal const double ClassHintWeight = 1000;

    /// <summary>
    /// A block inside the container whose text is more than this share link text is a link list
    /// (related stories, tags, share bars), not prose. Readability's value; on the extraction-dev
    /// pages dropping such blocks raised precision from 0.76 to 0.84 at equal recall (0.85).
    /// </summary>
    internal const double MaxBlockLinkDensity = 0.5;

    /// <summary>
    /// The article-body markups, most specific first (trafilatura's BODY_XPATH, in its order): the
    /// first rule that matches an element holding enough of the page's prose wins.
    /// </summary>
    private static readonly string[] BodyRules =
    [
        "[itemprop=articleBody], [itemprop=articlebody], [class*=articleBody], [class*=articlebody], [id*=articleBody], [id*=articlebody], "
            + "[class*=article-body], [id*=article-body], [class*=article__body], [id*=article__body], "
            + "[class*=article-content], [id*=article-content], [class*=article__content], [id*=article__content], "
            + "[class*=entry-content], [id*=entry-content], [class*=post-content], [class*=post_content], [class*=postcontent], [class*=postContent], "
            + "[class*=post-body], [class*=post-entry], [class*=post-text], [class*=post_text], "
            + "[class*=article-text], [class*=articletext], [class*=articleText], [class*=ArticleContent], [id=articleContent], "
            + "[class*=text-content], [class*=body-text], [id*=body-text], [class*=art-content], [id*=art-content]",
        "article",
        "[class*=storycontent], [class*=story-content], [class*=story-body], [id*=story-body], [id=story], [class=story], "
            + "[class*=blog-content], [class*=single-content], [class*=section-content], [class*=theme-content], "
            + "[class*=field-body], [class*=fulltext], [class*=FullText], [role=article], [id=article]",
        "[id*=content-main], [class*=content-main], [class*=content_main], [id*=content-body], [class*=content-body], [class*=content__body], "
            + "[id*=main-content], [class*=main-content], [id*=mainContent], [class*=mainContent], [class*=page-content], [id=content], [class=content]",
        "main, [role=main]",
    ];

    /// <summary>The element that holds the article; the body itself when nothing better is found.</summary>
    private static IElement Container(IElement body)
    {
        var pageProse = Prose(body);
        foreach (var rule in BodyRules)
        {
            var candidates = body.QuerySelectorAll(rule).Where(e => HintedKind(e) is null).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = Best(candidates);
            if (pageProse == 0 || Prose(best) >= MinSemanticShareOfProse * pageProse)
            {
                return best;
            }
        }

        return Scored(body);
    }

    /// <summary>Readability's scoring: each paragraph votes its prose for its parent and half for its grandparent; class hints weigh in; link density discounts.</summary>
    private static IElement Scored(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        var order = new List<IElement>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote, td"))
        {
            if (TextLength(paragraph) < MinScoredParagraphChars)
            {
                continue;
            }

            var score = TextScore(paragraph);
            Add(paragraph.ParentElement, score);
            Add(paragraph.ParentElement?.ParentElement, score * GrandparentShare);
        }

        IElement best = body;
        var bestScore = 0.0;
        foreach (var candidate in order)
        {
            var score = (scores[candidate] + ClassWeight(candidate)) * (1 - LinkDensity(candidate));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;

        void Add(IElement? element, double score)
        {
            if (element is null || element.LocalName is "html")
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

    private static double ClassWeight(IElement element)
    {
        var hints = Hints(element);
        if (hints.Length == 0)
        {
            return 0;
        }

        var weight = 0.0;
        if (ReadabilityNegative().IsMatch(hints))
        {
            weight -= ClassHintWeight;
        }

        if (ReadabilityPositive().IsMatch(hints))
        {
            weight += ClassHintWeight;
        }

        return weight;
    }

    /// <summary>Non-link characters in the element's paragraphs long enough to be prose.</summary>
    private static double Prose(IElement element) =>
        element.QuerySelectorAll("p, pre, blockquote")
            .Where(p => TextLength(p) >= MinScoredParagraphChars)
            .Sum(TextScore);

    private static IElement Best(List<IElement> candidates)
    {
        var best = candidates[0];
        var bestScore = -1.0;
        foreach (var candidate in candidates)
        {
            var score = Prose(candidate) + (0.001 * TextScore(candidate));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Characters of text not inside links: the running prose an element holds.</summary>
    private static double TextScore(IElement element) => TextLength(element) * (1 - LinkDensity(element));

    /// <summary>The length <c>Collapse(element.TextContent)</c> would have, counted without building the string.</summary>
    private static int TextLength(IElement element)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var text in element.Descendants<IText>())
        {
            foreach (var c in text.Data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    pendingSpace = length > 0;
                }
                else
                {
                    length += pendingSpace ? 2 : 1;
                    pendingSpace = false;
                }
            }
        }

        return length;
    }

    private static double LinkDensity(IElement element)
    {
        var total = TextLength(element);
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(TextLength);
        return Math.Min(1.0, (double)linked / total);
    }

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", RegexOptions.CultureInvariant)]
    private static partial Regex ReadabilityPositive();

    [GeneratedRegex(@"hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser", RegexOptions.CultureInvariant)]
    private static partial Regex ReadabilityNegative();
}
