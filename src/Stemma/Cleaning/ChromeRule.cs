using Stemma.Matching.Alignment;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 4 (site chrome): appeals, plugs, "read more" blocks, footers, advertisement markers and
/// captions, judged by cue phrases (<see cref="ChromeLexicon"/>), position (the run of chrome
/// that closes a page) and shape (short lines).
/// </summary>
internal static class ChromeRule
{
    /// <summary>
    /// Chrome found away from the page's tail must be this short (words): a plug or appeal is a line
    /// ("Contribute today", "Visit X's homepage for more stories."), while a body paragraph that
    /// merely mentions a donation is a full sentence or more.
    /// </summary>
    internal const int MaxShortChromeWords = 15;

    /// <summary>
    /// Teasers after a "Read more" lead-in are headlines or one-sentence standfirsts; a paragraph
    /// longer than this (words) is article text, so the lead-in does not start a teaser block.
    /// </summary>
    internal const int MaxTeaserWords = 30;

    /// <summary>
    /// A tag list's items are keywords; an item longer than this (words) is a sentence, so the line
    /// is prose that happens to start "Topics:". Tag items on news sites run one to three words.
    /// </summary>
    internal const int MaxTagWords = 4;

    /// <summary>
    /// A closing line this short (words) without closing punctuation is a stub, not prose. Calibrated
    /// on extraction-dev: the box titles, agency tags and names that leaked at page ends run one to
    /// four words (F1 0.9204 at three, 0.9212 at four, 0.9214 at five, where the gain is two leaks
    /// for one lost line of article text, so four).
    /// </summary>
    internal const int MaxTailStubWords = 4;

    /// <summary>
    /// A stub is also short in characters: the four-word stubs leaked on extraction-dev run to 30
    /// characters, so 50 leaves room while keeping out paragraphs whose spaces were lost (mis-decoded
    /// pages read as one long "word").
    /// </summary>
    internal const int MaxTailStubChars = 50;

    /// <summary>
    /// Among the lines closing a page, one cut by " | " into this many parts or more is a link bar
    /// or meta bar ("Impressum | Datenschutz | …", "Date | Author | 0 comments"); two parts are
    /// often a title and its outlet, so three. A judgement; on extraction-dev the bar and closing-colon
    /// cues together removed 7 leaked snippets and lost 2 of article text.
    /// </summary>
    internal const int MinBarSegments = 3;

    /// <summary>The longest "read more" lead-in in the lexicon ("more on this story") has four words.</summary>
    internal const int MaxLeadInWords = 4;

    /// <summary>
    /// A paragraph right above a credit line is its caption when it is at most this long (words):
    /// captions run one or two sentences (5–30 words on the sites we read), while a body paragraph
    /// an image happens to follow is usually longer. A judgement, not fitted to data.
    /// </summary>
    internal const int MaxCaptionAboveCreditWords = 30;

    /// <summary>
    /// Disclosures, rights notices and post footers run a sentence or three; a paragraph longer
    /// than this (words) that contains one of their cues is article text quoting it. The longest
    /// such notices seen on extraction-dev run to about 45 words (a disclosure plus its "learn
    /// more" sentence), so 60.
    /// </summary>
    internal const int MaxNoticeWords = 60;

    /// <summary>
    /// A sentence cut off the end of a paragraph as a plug, appeal or footer is at most this long (words): such
    /// sentences run 5–20 words in our fixtures and on extraction-dev ("Sign up for our morning newsletter and follow
    /// us for updates from the coast." is 15), while a sentence of article text that mentions a subscription is
    /// usually longer. A judgement with room to spare, not fitted.
    /// </summary>
    internal const int MaxClosingChromeSentenceWords = 30;

    /// <summary>Removes chrome paragraphs in place, recording each with its kind.</summary>
    internal static void Apply(List<string> paragraphs, List<RemovedText> removed)
    {
        SplitGluedCredits(paragraphs);
        var n = paragraphs.Count;
        var found = new IReadOnlyList<RemovedText>?[n];
        for (var i = 0; i < n; i++)
        {
            found[i] = ClassifyAnywhere(paragraphs[i]);
        }

        MarkCaptionsAboveCredits(paragraphs, found);

        var closingTrims = new List<RemovedText>();
        var tailStart = MarkTail(paragraphs, found, closingTrims);
        MarkRelated(paragraphs, found, tailStart);

        removed.AddRange(closingTrims);
        for (var i = 0; i < n; i++)
        {
            if (found[i] is { } items)
            {
                removed.AddRange(items);
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (found[i] is not null)
            {
                paragraphs.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The specific kind the lexicon gives text already judged to be chrome (a line recurring across
    /// an outlet's pages, an aside extraction dropped), or null when no cue names one. Unlike
    /// <see cref="ClassifyAnywhere"/> it needs no length limit: the text is chrome already, only its
    /// kind is in question.
    /// </summary>
    internal static string? KindOf(string text)
    {
        text = text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k <= Math.Min(MaxLeadInWords, words.Length); k++)
        {
            if (ChromeLexicon.RelatedLeadIn().IsMatch(string.Join(' ', words, 0, k)))
            {
                return RemovalKinds.Related; // a teaser block may itself mention subscriptions
            }
        }

        return ChromeLexicon.Advertisement().IsMatch(text) ? RemovalKinds.Advertisement
            : IsEndCredit(text) ? RemovalKinds.Credit
            : IsTagLine(text) ? RemovalKinds.Navigation
            : ChromeLexicon.Appeal().IsMatch(text) ? RemovalKinds.Appeal
            : ChromeLexicon.Promotion().IsMatch(text) ? RemovalKinds.Promotion
            : ChromeLexicon.Footer().IsMatch(text) ? RemovalKinds.Footer
            : null;
    }

    /// <summary>
    /// Whether the line is a wire end credit: bracketed or after a dash ("(Reporting by A; Editing
    /// by B)", "-- Reporting by A"), or bare but naming only people ("Reporting by Ana Ruiz and Tom
    /// Bell in Oslo"), so that "Reporting by the auditors found gaps." stays a sentence.
    /// </summary>
    internal static bool IsEndCredit(string text)
    {
        text = text.Trim();
        if (!ChromeLexicon.EndCredit().IsMatch(text))
        {
            return false;
        }

        return text[0] is '(' or '-' or '–' or '—'
            || text.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries)
                .All(w => char.IsUpper(w[0]) || CreditConnectors.Contains(w.TrimEnd('.')));
    }

    // Lower-case words a credit line may hold besides names.
    private static readonly string[] CreditConnectors =
        ["by", "and", "in", "with", "from", "reporting", "editing", "writing", "additional", "compiled", "produced", "research", "by:"];

    /// <summary>Whether the line is a tag list ("Tags: port, strike, labor").</summary>
    internal static bool IsTagLine(string text)
    {
        var m = ChromeLexicon.TagLine().Match(text.Trim());
        return m.Success && m.Groups["list"].Value.Split([',', '|', ';', '·'], StringSplitOptions.RemoveEmptyEntries)
            .All(item => CaptionRule.WordCount(item) is > 0 and <= MaxTagWords && !GapJoinRule.EndsSentence(item.Trim()));
    }

    /// <summary>Chrome recognisable wherever it stands; null when the paragraph is not.</summary>
    internal static IReadOnlyList<RemovedText>? ClassifyAnywhere(string paragraph)
    {
        var text = paragraph.Trim();
        if (ChromeLexicon.Advertisement().IsMatch(text))
        {
            return [new RemovedText(RemovalKinds.Advertisement, text)];
        }

        if (IsEndCredit(text))
        {
            return [new RemovedText(RemovalKinds.Credit, text)];
        }

        if (IsTagLine(text))
        {
            return [new RemovedText(RemovalKinds.Navigation, text)];
        }

        if (ChromeLexicon.EndMatterHeading().IsMatch(text))
        {
            return [new RemovedText(RemovalKinds.Navigation, text)];
        }

        if (DateStampRule.IsDateStamp(text))
        {
            return [new RemovedText(RemovalKinds.Metadata, text)];
        }

        var words = CaptionRule.WordCount(text);
        if (words <= MaxNoticeWords)
        {
            if (ChromeLexicon.Disclosure().IsMatch(text))
            {
                return [new RemovedText(RemovalKinds.Advertisement, text)];
            }

            if (ChromeLexicon.RightsNotice().IsMatch(text))
            {
                return [new RemovedText(RemovalKinds.Footer, text)];
            }

            if (ChromeLexicon.PostMeta().IsMatch(text))
            {
                return [new RemovedText(RemovalKinds.Metadata, text)];
            }
        }

        if (words <= MaxShortChromeWords)
        {
            if (ChromeLexicon.Promotion().IsMatch(text))
            {
                return [new RemovedText(RemovalKinds.Promotion, text)];
            }

            if (ChromeLexicon.Appeal().IsMatch(text))
            {
                return [new RemovedText(RemovalKinds.Appeal, text)];
            }
        }

        return CaptionRule.CaptionWithCredit(text);
    }

    /// <summary>Splits an end credit glued onto its paragraph ("… for talks. (Reporting by …)") into its own paragraph.</summary>
    private static void SplitGluedCredits(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var m = ChromeLexicon.GluedEndCredit().Match(paragraphs[i]);
            if (m.Success && m.Index > 0)
            {
                paragraphs.Insert(i + 1, m.Groups["credit"].Value);
                paragraphs[i] = paragraphs[i][..m.Index].TrimEnd();
            }
        }
    }

    /// <summary>A credit on its own line ("Photo: A / B") takes the short paragraph above it as its caption.</summary>
    private static void MarkCaptionsAboveCredits(List<string> paragraphs, IReadOnlyList<RemovedText>?[] found)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (found[i] is [{ Kind: RemovalKinds.Credit } credit] && credit.Text == paragraphs[i].Trim()
                && !IsEndCredit(credit.Text)
                && found[i - 1] is null && CaptionRule.WordCount(paragraphs[i - 1]) <= MaxCaptionAboveCreditWords)
            {
                found[i - 1] = [new RemovedText(RemovalKinds.Caption, paragraphs[i - 1].Trim())];
            }
        }
    }

    /// <summary>
    /// Marks the run of chrome that closes the page; returns where that run starts. Plugs glued to
    /// the end of a long paragraph are cut off it instead (recorded in <paramref name="closingTrims"/>).
    /// </summary>
    private static int MarkTail(List<string> paragraphs, IReadOnlyList<RemovedText>?[] found, List<RemovedText> closingTrims)
    {
        var j = paragraphs.Count - 1;
        while (j >= 0)
        {
            var text = paragraphs[j].Trim();
            if (found[j] is null)
            {
                if (ChromeLexicon.Footer().IsMatch(text) && CaptionRule.WordCount(text) <= MaxShortChromeWords)
                {
                    found[j] = [new RemovedText(RemovalKinds.Footer, text)];
                }
                else if ((ChromeLexicon.Appeal().IsMatch(text) || ChromeLexicon.Promotion().IsMatch(text))
                    && CaptionRule.WordCount(text) > (j == 0 ? MaxShortChromeWords : MaxNoticeWords)
                    && TrimClosingChrome(text) is { } trimmed)
                {
                    // Article text with the page's plugs glued on (a scraper that lost the line
                    // breaks): the plugs go, the article text stays, and the tail ends here. A
                    // paragraph of notice length is trimmed only when it is all the page has left
                    // (on extraction-dev trimming every paragraph over 15 words kept 2 more leaks).
                    paragraphs[j] = trimmed.Kept;
                    found[j] = null;
                    closingTrims.Add(new RemovedText(trimmed.Kind, trimmed.Removed));
                    break;
                }
                else if (ChromeLexicon.Appeal().IsMatch(text))
                {
                    found[j] = [new RemovedText(RemovalKinds.Appeal, text)];
                }
                else if (ChromeLexicon.Promotion().IsMatch(text))
                {
                    found[j] = [new RemovedText(RemovalKinds.Promotion, text)];
                }
                else if (IsTailStub(text))
                {
                    found[j] = [new RemovedText(RemovalKinds.Navigation, text)];
                }
                else if (IsAppeal(found, j + 1) && j > 0 && ChromeLexicon.Appeal().IsMatch(paragraphs[j - 1]))
                {
                    // Sandwiched between two appeals: the outlet's pitch about itself.
                    found[j] = [new RemovedText(RemovalKinds.Appeal, text)];
                }
                else
                {
                    break;
                }
            }

            j--;
        }

        return j + 1;
    }

    /// <summary>Marks "Read more" lead-ins, and the teasers after one when they run to the tail.</summary>
    private static void MarkRelated(List<string> paragraphs, IReadOnlyList<RemovedText>?[] found, int tailStart)
    {
        for (var k = 0; k < tailStart; k++)
        {
            if (found[k] is not null || !ChromeLexicon.RelatedLeadIn().IsMatch(paragraphs[k].Trim())
                || CaptionRule.WordCount(paragraphs[k]) > MaxShortChromeWords)
            {
                continue;
            }

            found[k] = [new RemovedText(RemovalKinds.Related, paragraphs[k].Trim())];
            var teasersOnly = true;
            for (var m = k + 1; m < tailStart && teasersOnly; m++)
            {
                teasersOnly = found[m] is not null || CaptionRule.WordCount(paragraphs[m]) <= MaxTeaserWords;
            }

            if (!teasersOnly)
            {
                continue;
            }

            for (var m = k + 1; m < tailStart; m++)
            {
                found[m] ??= [new RemovedText(RemovalKinds.Related, paragraphs[m].Trim())];
            }

            return;
        }
    }

    /// <summary>
    /// A few words without closing punctuation, a lead-in ending in a colon, or a link bar, among the
    /// lines that close the page: the title of a box whose content extraction dropped ("Über den
    /// Autor", "Lesen Sie auch die folgenden Beiträge:"), an agency tag or a lone author name.
    /// Article text does not end on a heading or on a colon that introduces nothing.
    /// </summary>
    /// <remarks>Text in a script written without spaces (Chinese, Japanese) is never a stub: its word
    /// count says nothing about its length.</remarks>
    /// <summary>
    /// Splits a long paragraph that ends in plugs, appeals or a footer into the article text and the
    /// closing chrome sentences; null when no sentence at its end is chrome or nothing else is left.
    /// </summary>
    internal static (string Kept, string Removed, string Kind)? TrimClosingChrome(string text)
    {
        var sentences = SentenceSplitter.Split(text.Trim());
        var keep = sentences.Count;
        string? kind = null;
        while (keep > 1 && ClosingSentenceKind(sentences[keep - 1]) is { } k)
        {
            kind ??= k;
            keep--;
        }

        return kind is null
            ? null
            : (string.Join(' ', sentences[..keep]), string.Join(' ', sentences[keep..]), kind);
    }

    private static string? ClosingSentenceKind(string sentence) =>
        CaptionRule.WordCount(sentence) > MaxClosingChromeSentenceWords ? null
        : ChromeLexicon.Promotion().IsMatch(sentence) ? RemovalKinds.Promotion
        : ChromeLexicon.Appeal().IsMatch(sentence) ? RemovalKinds.Appeal
        : ChromeLexicon.Footer().IsMatch(sentence) || ChromeLexicon.RightsNotice().IsMatch(sentence) ? RemovalKinds.Footer
        : null;

    internal static bool IsTailStub(string text) =>
        (CaptionRule.WordCount(text) <= MaxTailStubWords && text.Length <= MaxTailStubChars
            && !text.Any(IsUnspacedScript)
            && (!GapJoinRule.EndsSentence(text) || text.EndsWith(':')))
        || (text.EndsWith(':') && CaptionRule.WordCount(text) <= MaxShortChromeWords)
        || (text.Split(" | ") is { Length: >= MinBarSegments } segments && segments.All(x => CaptionRule.WordCount(x) <= MaxShortChromeWords));

    // CJK ideographs, kana and CJK punctuation (U+3000–U+9FFF), Hangul syllables and full-width forms.
    private static bool IsUnspacedScript(char c) => c is >= '\u3000' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uff00' and <= '\uffef';

    private static bool IsAppeal(IReadOnlyList<RemovedText>?[] found, int index) =>
        index < found.Length && found[index] is [{ Kind: RemovalKinds.Appeal }];
}
