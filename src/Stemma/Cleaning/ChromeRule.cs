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

    /// <summary>Removes chrome paragraphs in place, recording each with its kind.</summary>
    internal static void Apply(List<string> paragraphs, List<RemovedText> removed)
    {
        var n = paragraphs.Count;
        var found = new IReadOnlyList<RemovedText>?[n];
        for (var i = 0; i < n; i++)
        {
            found[i] = ClassifyAnywhere(paragraphs[i]);
        }

        var tailStart = MarkTail(paragraphs, found);
        MarkRelated(paragraphs, found, tailStart);

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

    /// <summary>Chrome recognisable wherever it stands; null when the paragraph is not.</summary>
    internal static IReadOnlyList<RemovedText>? ClassifyAnywhere(string paragraph)
    {
        var text = paragraph.Trim();
        if (ChromeLexicon.Advertisement().IsMatch(text))
        {
            return [new RemovedText(RemovalKinds.Advertisement, text)];
        }

        var words = CaptionRule.WordCount(text);
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

    /// <summary>Marks the run of chrome that closes the page; returns where that run starts.</summary>
    private static int MarkTail(List<string> paragraphs, IReadOnlyList<RemovedText>?[] found)
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
                else if (ChromeLexicon.Appeal().IsMatch(text))
                {
                    found[j] = [new RemovedText(RemovalKinds.Appeal, text)];
                }
                else if (ChromeLexicon.Promotion().IsMatch(text))
                {
                    found[j] = [new RemovedText(RemovalKinds.Promotion, text)];
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

    private static bool IsAppeal(IReadOnlyList<RemovedText>?[] found, int index) =>
        index < found.Length && found[index] is [{ Kind: RemovalKinds.Appeal }];
}
