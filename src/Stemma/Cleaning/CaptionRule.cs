using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 4 (captions): an image caption left in the text — a paragraph closed by a photo credit
/// (a domain name, "Photo: …", "(AP Photo/…)", "Getty Images"), or a short unterminated
/// description with a participle ("X wearing …") right under the headline.
/// </summary>
internal static partial class CaptionRule
{
    /// <summary>Captions are one or two sentences; a credit-like ending on a longer paragraph is body text.</summary>
    internal const int MaxCaptionWords = 60;

    /// <summary>Longest description taken for a caption without a credit (captions run 5–20 words).</summary>
    internal const int MaxDescriptionWords = 20;

    /// <summary>Shortest such description: "Crowds gather" is too little to tell from a heading.</summary>
    internal const int MinDescriptionWords = 4;

    /// <summary>The participle follows a subject of at most this many words ("The new mayor, Ana Ruiz, wearing").</summary>
    internal const int MaxWordsBeforeParticiple = 5;

    /// <summary>
    /// A stock-photo caption's subject has at least two words ("Shipping containers"); a one-word
    /// subject before a past-tense verb ("Prices climbed across …") is as likely a short lede.
    /// </summary>
    internal const int MinSubjectWords = 2;

    /// <summary>The removals for a caption closed by a credit, or null when the paragraph is not one.</summary>
    internal static IReadOnlyList<RemovedText>? CaptionWithCredit(string paragraph)
    {
        if (WordCount(paragraph) > MaxCaptionWords)
        {
            return null;
        }

        var m = ChromeLexicon.CreditTail().Match(paragraph);
        if (!m.Success)
        {
            m = ChromeLexicon.NameAgencyCredit().Match(paragraph);
        }

        if (!m.Success)
        {
            m = ChromeLexicon.DomainCreditTail().Match(paragraph);
        }

        if (!m.Success)
        {
            return null;
        }

        var credit = m.Groups["credit"];
        var caption = paragraph[..credit.Index].Trim();
        var items = new List<RemovedText>();
        if (caption.Length > 0)
        {
            items.Add(new RemovedText(RemovalKinds.Caption, caption));
        }

        items.Add(new RemovedText(RemovalKinds.Credit, credit.Value.Trim()));
        return items;
    }

    /// <summary>Whether a paragraph right under the headline is a caption without a credit.</summary>
    internal static bool IsDescriptionUnderHeadline(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0 || GapJoinRule.EndsSentence(text) || text.EndsWith(',') || UnwrapRule.IsListItem(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinDescriptionWords || words.Length > MaxDescriptionWords || IsTitleCase(words))
        {
            return false;
        }

        for (var i = 1; i < Math.Min(words.Length, MaxWordsBeforeParticiple + 1); i++)
        {
            var w = words[i].Trim(',', ';');
            if (Participle().IsMatch(w) && !ChromeLexicon.NotParticiples.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a one-sentence paragraph right under the headline is a stock-photo caption: a noun
    /// phrase with a participle and a place ("Fishing boats moored along a quiet harbour."), naming
    /// no one and nothing (no capitalised word after the first, no figure, no quotation), and
    /// followed by a longer paragraph, the lede. A short real lede names its people and places, or
    /// its verb takes an object ("Firefighters contained a blaze"), so it does not have this shape.
    /// </summary>
    internal static bool IsStockPhotoCaption(string paragraph, string next)
    {
        var text = paragraph.Trim();
        if (!text.EndsWith('.') || text.Count(c => c is '.' or '!' or '?') != 1 || text.Any(c => char.IsDigit(c) || c is '"' or '“' or '”' or ','))
        {
            return false;
        }

        var words = text.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinDescriptionWords || words.Length > MaxDescriptionWords || WordCount(next) <= words.Length
            || words.Skip(1).Any(w => char.IsUpper(w[0])))
        {
            return false;
        }

        // The participle follows a subject of two words or more and is followed by a preposition.
        for (var i = MinSubjectWords; i < Math.Min(words.Length - 1, MaxWordsBeforeParticiple + 1); i++)
        {
            var w = words[i];
            if ((PastParticiple().IsMatch(w) || (Participle().IsMatch(w) && !ChromeLexicon.NotParticiples.Contains(w)))
                && ChromeLexicon.PlacePrepositions.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether most words are capitalised, as in a headline or heading.</summary>
    internal static bool IsTitleCase(IReadOnlyList<string> words)
    {
        var content = words.Where(w => w.Length > 3).ToList();
        return content.Count > 0 && content.Count(w => char.IsUpper(w[0])) * 2 > content.Count;
    }

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^[a-z]{2,}(?:ed|en)$")]
    private static partial Regex PastParticiple();

    [GeneratedRegex(@"^[a-z]{2,}ing$")]
    private static partial Regex Participle();
}
