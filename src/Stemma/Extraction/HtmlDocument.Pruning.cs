using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>Page chrome: found by tag and role, by class and id hints, or by standing outside the container; always listed as removed.</summary>
internal static partial class HtmlDocument
{
    /// <summary>
    /// Chrome (nav, aside, footer, forms, a "related" box) holds a minority of a page's text; an
    /// element holding more than this share is broken or unusual markup wrapping the page (ASP.NET's
    /// page-wide form, an unclosed header, a "has-sidebar" layout class) and is kept. Without this
    /// guard 6 of the 990 extraction-dev pages lost all their text to such a wrapper.
    /// </summary>
    internal const double MaxChromeShareOfPage = 0.5;

    /// <summary>
    /// A removed block longer than this is cut, with the number of characters cut: the report
    /// shows what went, not whole comment threads. Long enough for a teaser paragraph.
    /// </summary>
    internal const int MaxRemovedChars = 400;

    /// <summary>
    /// The longest heading taken for the title of a box removed after it: box titles run one to
    /// six words ("Das könnte Sie auch interessieren" is 33 characters); article subheadings that
    /// happen to precede a removed box are usually longer.
    /// </summary>
    internal const int MaxBoxTitleChars = 60;

    private static readonly HashSet<string> SpacedInlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "label", "button", "input", "select", "option", "textarea", "img",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr",
        "address", "header", "footer", "details", "summary", "caption", "center", "figure", "nav", "aside", "form",
    };

    /// <summary>Elements a reader does not see: the <c>hidden</c> attribute, <c>aria-hidden</c>, inline <c>display:none</c>.</summary>
    private static void RemoveHidden(IElement body, List<RemovedText> removed)
    {
        var page = PageSize.Of(body);
        foreach (var element in body.QuerySelectorAll("[hidden], [aria-hidden=true], [style]").ToList())
        {
            if (!body.Contains(element))
            {
                continue;
            }

            var hidden = element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
                || HiddenStyle().IsMatch(element.GetAttribute("style") ?? "");
            if (hidden && !WrapsContent(element, page))
            {
                Record(removed, RemovalKinds.Boilerplate, element);
                element.Remove();
            }
        }
    }

    private static void RemoveChrome(IElement body, List<RemovedText> removed)
    {
        const string selector = "nav, aside, footer, header, form, figure, figcaption, "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner]";
        var page = PageSize.Of(body);
        foreach (var element in body.QuerySelectorAll(selector).ToList())
        {
            if (element.ParentElement is null || !body.Contains(element) || WrapsContent(element, page))
            {
                continue; // Inside chrome already taken out, or wraps the content rather than sitting beside it.
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

    /// <summary>
    /// Blocks whose class or id says what they are (comments, related teasers, share bars, ads,
    /// newsletter boxes, cookie banners): trafilatura's discard list, as hints on class and id.
    /// </summary>
    private static void RemoveHinted(IElement body, List<RemovedText> removed)
    {
        var page = PageSize.Of(body);
        foreach (var element in body.QuerySelectorAll("div, section, ul, ol, li, p, span, table, dl, article, h2, h3, h4, h5, h6, a, em, strong, small").ToList())
        {
            if (!body.Contains(element) || HintedKind(element) is not { } kind)
            {
                continue;
            }

            // A comment thread may well outgrow the article; only article markup inside it saves it.
            if (kind == RemovalKinds.Comments ? HoldsArticleMarkup(element) : WrapsContent(element, page))
            {
                continue;
            }

            RemoveHeadingOf(element, kind, removed);
            Record(removed, kind, element);
            element.Remove();
        }
    }

    /// <summary>
    /// The title of a removed box ("Related", "More on this"), set as a heading or a short bold line
    /// just before it, goes with it: left behind, it would end the article with a stray heading.
    /// </summary>
    private static void RemoveHeadingOf(IElement element, string kind, List<RemovedText> removed)
    {
        var previous = element.PreviousElementSibling;
        if (previous is null || TextLength(previous) > MaxBoxTitleChars || TextLength(previous) == 0)
        {
            return;
        }

        var isHeading = previous.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
        var isBoldLine = previous.LocalName is "p" or "div"
            && previous.Children.Length == 1 && previous.Children[0].LocalName is "strong" or "b"
            && TextLength(previous.Children[0]) == TextLength(previous);
        if (isHeading || isBoldLine)
        {
            Record(removed, kind, previous);
            previous.Remove();
        }
    }

    /// <summary>Whether the element holds the article markup.</summary>
    private static bool HoldsArticleMarkup(IElement element) =>
        element.QuerySelector("article, main, [role=main], [itemprop=articleBody]") is not null;

    private static bool WrapsContent(IElement element, PageSize page)
    {
        if (HoldsArticleMarkup(element))
        {
            return true;
        }

        var pageProse = page.ProseChars;
        if (element.Matches("article, main, [role=main], [itemprop=articleBody]")
            && Prose(element) >= MinSemanticShareOfProse * pageProse)
        {
            return true; // The article itself, whatever its class says ("paywall-on", "has-comments").
        }

        var pageText = Math.Max(1, page.Text);
        if ((double)TextLength(element) / pageText > MaxChromeShareOfPage && LinkDensity(element) <= MaxBlockLinkDensity)
        {
            return true;
        }

        return pageProse > 0 && Prose(element) / pageProse > MaxChromeShareOfPage;
    }

    /// <summary>The page's text and prose when a pruning pass starts: what "most of the page" is measured against.</summary>
    private readonly record struct PageSize(int Text, double ProseChars)
    {
        public static PageSize Of(IElement body) => new(TextLength(body), HtmlDocument.Prose(body));
    }

    /// <summary>The removal kind a block's class or id names, or null when they name none.</summary>
    internal static string? HintedKind(IElement element)
    {
        var hints = Hints(element);
        if (hints.Length == 0 || PositiveHint().IsMatch(hints))
        {
            return null;
        }

        return CommentHint().IsMatch(hints) ? RemovalKinds.Comments
            : RelatedHint().IsMatch(hints) ? RemovalKinds.Related
            : AdvertisementHint().IsMatch(hints) ? RemovalKinds.Advertisement
            : PromotionHint().IsMatch(hints) ? RemovalKinds.Promotion
            : NavigationHint().IsMatch(hints) ? RemovalKinds.Navigation
            : FooterHint().IsMatch(hints) ? RemovalKinds.Footer
            : ShareHint().IsMatch(hints) ? RemovalKinds.Boilerplate
            : ReadAlsoHint().IsMatch(hints) ? RemovalKinds.Related
            : ContactHint().IsMatch(hints) ? RemovalKinds.Footer
            : CreditHint().IsMatch(hints) ? RemovalKinds.Credit
            : CaptionHint().IsMatch(hints) ? RemovalKinds.Caption
            : null;
    }

    private static string Hints(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        return cls is null && id is null ? "" : (cls + " " + id).ToLowerInvariant();
    }

    /// <summary>
    /// Lists the page's text outside <paramref name="container"/>: the siblings of the container and of
    /// each of its ancestors up to the body, one entry per block (a long unnamed wrapper is split into its blocks).
    /// </summary>
    private static void RecordOutside(IElement container, IElement body, List<RemovedText> removed, IReadOnlyList<IElement> kept)
    {
        for (var node = container; !ReferenceEquals(node, body) && node.ParentElement is { } parent; node = parent)
        {
            foreach (var sibling in parent.ChildNodes)
            {
                if (ReferenceEquals(sibling, node))
                {
                    continue;
                }

                if (sibling is IElement element)
                {
                    RecordBlock(element, removed, kept);
                }
                else if (sibling is IText text && Collapse(text.Data) is { Length: > 0 } loose)
                {
                    removed.Add(Capped(RemovalKinds.Boilerplate, loose));
                }
            }
        }
    }

    private static void RecordBlock(IElement element, List<RemovedText> removed, IReadOnlyList<IElement> kept)
    {
        if (kept.Any(k => ReferenceEquals(k, element)))
        {
            return; // Read into the body (a lead beside the article body).
        }

        if (kept.Any(element.Contains))
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement e)
                {
                    RecordBlock(e, removed, kept);
                }
                else if (child is IText t && Collapse(t.Data) is { Length: > 0 } loose)
                {
                    removed.Add(Capped(RemovalKinds.Boilerplate, loose));
                }
            }

            return;
        }

        var kind = HintedKind(element) ?? TagKind(element);
        var blockChildren = element.Children.Count(c => BlockElements.Contains(c.LocalName));
        if (kind is null && blockChildren > 1 && TextLength(element) > MaxRemovedChars)
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement e)
                {
                    RecordBlock(e, removed, kept);
                }
                else if (child is IText t && Collapse(t.Data) is { Length: > 0 } loose)
                {
                    removed.Add(Capped(RemovalKinds.Boilerplate, loose));
                }
            }

            return;
        }

        Record(removed, kind ?? (LinkDensity(element) > MaxBlockLinkDensity ? RemovalKinds.Navigation : RemovalKinds.Boilerplate), element);
    }

    private static string? TagKind(IElement element) => element.LocalName switch
    {
        "nav" or "menu" => RemovalKinds.Navigation,
        "aside" => RemovalKinds.Related,
        "footer" => RemovalKinds.Footer,
        "figcaption" => RemovalKinds.Caption,
        _ => null,
    };

    private static void Record(List<RemovedText> removed, string kind, IElement element)
    {
        var text = new StringBuilder();
        AppendSpacedText(element, text);
        var collapsed = Collapse(text.ToString());
        if (collapsed.Length > 0)
        {
            removed.Add(Capped(kind, collapsed));
        }
    }

    /// <summary>A removed entry, cut at <see cref="MaxRemovedChars"/> (at a word boundary) with the count of characters cut.</summary>
    internal static RemovedText Capped(string kind, string text)
    {
        if (text.Length <= MaxRemovedChars)
        {
            return new RemovedText(kind, text);
        }

        var cut = text.LastIndexOf(' ', MaxRemovedChars);
        if (cut < MaxRemovedChars / 2)
        {
            cut = MaxRemovedChars;
        }

        var kept = text[..cut].TrimEnd();
        return new RemovedText(kind, string.Create(CultureInfo.InvariantCulture, $"{kept} … [{text.Length - kept.Length} characters cut]"));
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

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // The hint patterns: class and id words from trafilatura's discard XPaths and Readability's
    // negative list, in the English the markup of sites in every language uses, plus the German and
    // Polish words seen in extraction-dev's class names (kommentar, komentarz, teaser, werbung, reklama).

    /// <summary>Names that mark the article body itself: never discarded, whatever else the class says.</summary>
    [GeneratedRegex(@"articlebody|article-body|article__body|article-content|article__content|entry-content|post-content|post-body|story-body|main-content|maincontent|(?<![\w-])hentry(?![\w-])|(?<![\w-])content(?![\w-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex PositiveHint();

    [GeneratedRegex(@"comment|disqus|\brespond\b|kommentar|komentarz|discussion|\breplies\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CommentHint();

    [GeneratedRegex(@"related|teaser(?!-?text)|recommend|more-stories|most-popular|mostpopular|most-read|mostread|popular-posts|read-?more|next-post|prev-post|post-navigation|nav-links|outbrain|taboola|plista|trending|also-read|sidebar|widget|jp-relatedposts|yarpp|crp_related|more-articles|similar|zum-thema|weitere-artikel|polecane",
        RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHint();

    [GeneratedRegex(@"(?<![\w-])(?:ad|ads|adv|advert|adverts|advertisement|adsense|adslot|adbox|adunit|ad-slot|ad-box|ad-unit|ad-container|ad-wrapper|adwrapper|dfp-ad|google-ad|werbung|anzeige|reklama|banner|sponsored|sponsor)(?![\w-])|advertisement|-ad-",
        RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisementHint();

    [GeneratedRegex(@"newsletter|subscribe|paywall|subscription|signup|sign-up|promo(?:tion)?(?![a-z])|donat|membership",
        RegexOptions.CultureInvariant)]
    private static partial Regex PromotionHint();

    [GeneratedRegex(@"breadcrumb|bread-crumb|(?<![a-z])(?:nav|navbar|navigation|menu|submenu|subnav|pagination|pager|tags|tag-list|taglist|tagcloud|tag-cloud|categories|skip-link|skiplink)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex NavigationHint();

    [GeneratedRegex(@"footer|copyright|disclaimer|licen[cs]e-?info|(?<![a-z])imprint(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex FooterHint();

    [GeneratedRegex(@"(?<![a-z])shar(?:e|ing|edaddy)|social|sociable|follow-us|cookie|consent|gdpr|modal-content|modal-dialog|(?<![a-z-])(?:modal|popup)(?![a-z-])|print-?only|(?<![a-z])likes?(?![a-z])|rating|(?<![a-z])author[-_]?(?:box|bio|info|card|section|description|position|profile)|about-?the-?author|authorbox|saboxplugin|sr-only|screen-reader|visually-?hidden|reading-?time|readtime|(?<![a-z])tools?(?![a-z])|toolbar",
        RegexOptions.CultureInvariant)]
    private static partial Regex ShareHint();

    /// <summary>
    /// An inline "read also" box set inside the article ("lesen-sie-auch", "czytaj-tez",
    /// "inline-related", "embedded" teasers): class names seen on the German and Polish
    /// news pages of extraction-dev, kept because they raised cleaned F1 there.
    /// </summary>
    [GeneratedRegex(@"lesen-?sie-?auch|czytaj|zobacz-?te[zż]|inline-?related|(?<![a-z])embedded(?![a-z])|mehr-?zum-?thema|auch-?interessant",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoHint();

    /// <summary>A contact or imprint block ("kontakt", "contact", "impressum"); measured on extraction-dev (cleaned F1).</summary>
    [GeneratedRegex(@"kontakt|contact|impressum",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContactHint();

    /// <summary>
    /// An image caption or photo credit set outside <c>figure</c> markup ("caption",
    /// "wp-caption-text", "image-subtitle", German "bildunterschrift", French "légende"): the words
    /// image plugins and CMS templates use in every language; measured on extraction-dev (cleaned F1).
    /// </summary>
    [GeneratedRegex(@"caption|bildunterschrift|bildtext|image-?subtitle|img-?subtitle|image-?annotation|(?<![a-z])legende(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHint();

    /// <summary>A photo credit box ("photo-credit", "image-copyright", "bildquelle"); a bare "credit" class may hold the story's own byline ("Story by …"), so it is not one.</summary>
    [GeneratedRegex(@"(?:photo|image|img|bild|foto|picture|media)-?(?:credit|copyright|source|quelle|rights)|bildquelle|fotocredit",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditHint();
}
