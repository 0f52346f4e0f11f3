using System.Globalization;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>
/// Decides the kind of a relation from measured overlap, as REPORT.md defines the kinds. Direction
/// (<see cref="Relation.Source"/>) is decided afterwards by <see cref="RelationDirector"/>, which needs the
/// whole story.
/// </summary>
internal static class RelationClassifier
{
    /// <summary>Jaccard of 5-word shingles from which two texts are one edition with small damage.
    /// Calibrated on the seeds (the two PDF extractions of one AFP story, one with a lost line and
    /// pasted URLs: 0.9+) and our samples (syndicated copy 0.85+, PDF printout 0.9+; the shorter web
    /// edition against the wire 0.3–0.5): Broder's classic resemblance cut-off sits in this range.</summary>
    public const double NearDuplicateJaccard = 0.80;

    /// <summary>Share of the shorter text's shingles found in the longer from which the shorter is an
    /// edition of the same written text (cut, extended or updated). Calibrated on the seeds (the
    /// Moscow Times web edition inside the PDF AFP copies: 0.5–0.6) and our samples' web edition
    /// (0.6+); partial reuse and rewrites stay under 0.3 on both.</summary>
    public const double EditionContainment = 0.45;

    /// <summary>Share of the shorter text's words covered by shared passages from which it is partial
    /// reuse (some passages taken over wholesale). Calibrated on our samples: rewrites cover under 0.15,
    /// an article built around a copied block covers 0.25+.</summary>
    public const double PartialReuseCoverage = 0.20;

    /// <summary>Above this share of new content words (outside the shared passages, in the text that
    /// brings least of its own) a text with substantial copied passages is partial reuse; at or below
    /// it, a rewrite that restates its source. Calibrated on our samples (the content-farm rewrite:
    /// 0.25–0.45; a newsletter quoting two wire paragraphs amid its own commentary: 0.6+) and on
    /// Data/Stories fixtures; independent reports of one event score 0.45–0.55 but never reach this
    /// branch, which needs copied passages first.</summary>
    public const double MaxRewriteNovelty = 0.5;

    /// <summary>A shared narrative passage (outside quotation marks) this long is copied text: two
    /// independent writers do not produce 10 identical words of narrative. Calibrated on the seeds
    /// (the content-farm rewrite keeps a 15-word narrative sentence of its AFP source; independent
    /// reports share no narrative run over 6 words) and on our samples.</summary>
    public const int MinCopiedNarrativeWords = 10;

    /// <summary>Quoted passages are weaker evidence (reporters quote the same statement), so a rewrite
    /// shown by quotes alone needs this many shared passages…</summary>
    public const int MinCopiedQuotePassages = 2;

    /// <summary>…covering together at least this many words. Calibrated on the seeds: the rewrite shares
    /// two translated quotes of 17–18 words with its AFP source, in the same translation.</summary>
    public const int MinCopiedQuoteWords = 25;

    /// <summary>A passage counts as a quote when this share of it lies inside quotation marks.</summary>
    private const double QuotedPassageShare = 0.5;

    /// <summary>
    /// The kind of relation between <paramref name="a"/> and <paramref name="b"/>, or null when the
    /// texts show no derivation (they may still be the same story by event evidence).
    /// </summary>
    public static (RelationKind Kind, List<string> Evidence)? ClassifyDerived(Article a, Article b, PairEvidence overlap)
    {
        var evidence = new List<string>();
        if (Normalized(a.Text) == Normalized(b.Text))
        {
            evidence.Add("the cleaned bodies are the same");
            return (RelationKind.Identical, evidence);
        }

        var wordsA = CountWords(a.Text);
        var wordsB = CountWords(b.Text);
        var shorterIsA = wordsA <= wordsB;
        var sharedWords = overlap.Passages.Sum(p => p.Words);
        var coverage = Math.Min(wordsA, wordsB) == 0 ? 0 : Math.Min(1.0, (double)sharedWords / Math.Min(wordsA, wordsB));
        var containment = shorterIsA ? overlap.ContainmentAInB : overlap.ContainmentBInA;

        if (overlap.Jaccard >= NearDuplicateJaccard)
        {
            evidence.Add(Invariant($"5-word shingle Jaccard {overlap.Jaccard:0.00} ≥ {NearDuplicateJaccard:0.00}: the same edition"));
            return (RelationKind.NearDuplicate, evidence);
        }

        if (containment >= EditionContainment)
        {
            evidence.Add(Invariant($"{containment:0.00} of the shorter text ({(shorterIsA ? "a" : "b")}, {Math.Min(wordsA, wordsB)} words) lies in the longer ({Math.Max(wordsA, wordsB)} words): the same text cut or extended"));
            return (RelationKind.Edition, evidence);
        }

        if (coverage >= PartialReuseCoverage)
        {
            // Both directions: whichever side is the derived one restates the other's content.
            var novelty = Math.Min(
                ContentWords.Novelty(a.Text, [.. overlap.Passages.Select(p => p.A)], b.Text),
                ContentWords.Novelty(b.Text, [.. overlap.Passages.Select(p => p.B)], a.Text));
            if (novelty <= MaxRewriteNovelty)
            {
                evidence.Add(Invariant($"{overlap.Passages.Count} shared passages cover {coverage:0.00} of the shorter text"));
                evidence.Add(Invariant($"outside them only {novelty:0.00} of the content words are new: the rest restates the other text in new words"));
                return (RelationKind.Rewrite, evidence);
            }

            evidence.Add(Invariant($"{overlap.Passages.Count} shared passages cover {coverage:0.00} of the shorter text"));
            evidence.Add(Invariant($"outside them {novelty:0.00} of the content words are new: the rest is written anew"));
            return (RelationKind.PartialReuse, evidence);
        }

        var quotedA = QuotedSpans.Find(a.Text);
        var narrative = overlap.Passages
            .Where(p => QuotedSpans.QuotedShare(quotedA, p.A) < QuotedPassageShare)
            .OrderByDescending(p => p.Words).ToList();
        var quotes = overlap.Passages.Except(narrative).ToList();
        if (narrative.Count > 0 && narrative[0].Words >= MinCopiedNarrativeWords)
        {
            evidence.Add(Invariant($"shares a {narrative[0].Words}-word narrative passage verbatim{(narrative[0].Verbatim ? "" : " (near-verbatim)")}: \"{Excerpt(a.Text, narrative[0].A)}\""));
            evidence.Add(Invariant($"shared passages cover only {coverage:0.00} of the shorter text: the rest is reworded"));
            return (RelationKind.Rewrite, evidence);
        }

        if (quotes.Count >= MinCopiedQuotePassages && quotes.Sum(p => p.Words) >= MinCopiedQuoteWords)
        {
            evidence.Add(Invariant($"shares {quotes.Count} quoted passages ({quotes.Sum(p => p.Words)} words) in the same wording, e.g. \"{Excerpt(a.Text, quotes[0].A)}\""));
            evidence.Add(Invariant($"shared passages cover only {coverage:0.00} of the shorter text: the rest is reworded"));
            return (RelationKind.Rewrite, evidence);
        }

        return null;
    }

    /// <summary>Up to this many characters of a passage are quoted in evidence lines.</summary>
    private const int ExcerptLength = 80;

    internal static string Excerpt(string text, TextSpan span)
    {
        var s = text[span.Start..span.End].ReplaceLineEndings(" ");
        return s.Length <= ExcerptLength ? s : s[..ExcerptLength].TrimEnd() + "…";
    }

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static string Normalized(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
