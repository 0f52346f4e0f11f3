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
    /// Measured: the seeds' two PDF extractions 0.96; our samples' syndicated copy, printouts and PDF
    /// against the wire 0.94; every edition pair 0.20–0.46 (seeds, samples, Data/Stories). The cut-off
    /// sits in the gap, near Broder's classic resemblance threshold.</summary>
    public const double NearDuplicateJaccard = 0.80;

    /// <summary>Share of the shorter text's shingles found in the longer from which the shorter is an
    /// edition of the same written text (cut, extended or updated). Measured: the seeds' Moscow Times
    /// edition in the AFP copies 0.57 and 0.64; our samples' web edition in the wire copies 0.87–0.90;
    /// the Data/Stories edition 0.88; every rewrite and partial reuse 0.36 or less.</summary>
    public const double EditionContainment = 0.45;

    /// <summary>Share of the shorter text's words covered by shared passages from which copying is
    /// substantial; above it <see cref="MaxRewriteNovelty"/> tells a rewrite from partial reuse, below it
    /// only long copied passages show derivation. Measured: rewrites that keep a sentence or two and
    /// independent reports sharing one quote 0.11–0.18 (seeds, Data/Stories); our samples' content-farm
    /// rewrite 0.35–0.38 and the partial-reuse fixture 0.39.</summary>
    public const double PartialReuseCoverage = 0.20;

    /// <summary>Above this share of new content words (outside the shared passages, in the text that
    /// brings least of its own) a text with substantial copied passages is partial reuse; at or below
    /// it, a rewrite that restates its source. Measured: our samples' content-farm rewrite against the
    /// wire copies and the web edition 0.35–0.36; the Data/Stories newsletter quoting two wire paragraphs
    /// amid its own commentary 0.73.</summary>
    public const double MaxRewriteNovelty = 0.5;

    /// <summary>A shared narrative passage (outside quotation marks) this long is copied text: independent
    /// writers do not produce it. Measured: the seeds' content-farm rewrite keeps a 25-word narrative
    /// sentence of the Moscow Times edition; no independent pair in the seeds, our samples or
    /// Data/Stories shares any passage of 8 words or more outside a quote.</summary>
    public const int MinCopiedNarrativeWords = 10;

    /// <summary>Quoted passages are weaker evidence (reporters quote the same statement), so a rewrite
    /// shown by quotes alone needs this many shared passages…</summary>
    public const int MinCopiedQuotePassages = 2;

    /// <summary>…covering together at least this many words. Measured: the seeds' rewrite shares two
    /// translated Putin quotes (18 and 20 words) with the AFP copies, in the same translation; the
    /// Data/Stories quote-only rewrite two quotes (22 and 11 words); an independent report one (17).</summary>
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

        // A passage is a quote when either text marks it so: one side's marks may be damaged.
        var quotedA = QuotedSpans.Find(a.Text);
        var quotedB = QuotedSpans.Find(b.Text);
        var narrative = overlap.Passages
            .Where(p => Math.Max(QuotedSpans.QuotedShare(quotedA, p.A), QuotedSpans.QuotedShare(quotedB, p.B)) < QuotedPassageShare)
            .OrderByDescending(p => p.Words).ToList();
        var quotes = overlap.Passages.Except(narrative).ToList();
        if (narrative.Count > 0 && narrative[0].Words >= MinCopiedNarrativeWords)
        {
            evidence.Add(Invariant($"shares a {narrative[0].Words}-word narrative passage {(narrative[0].Verbatim ? "verbatim" : "near-verbatim")}: \"{Excerpt(a.Text, narrative[0].A)}\""));
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
