using System.Globalization;
using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>
/// Sets <see cref="Relation.Source"/> where the evidence gives a direction, weighing it as a textual
/// critic would: publication dates, a wire credit naming the other side's outlet, which text contains
/// which, a printout's extraction damage, and — for rewrites — which witness alone carries the passages
/// taken over. Where nothing decides, the source stays null: a wrong arrow is worse than none.
/// </summary>
internal static class RelationDirector
{
    /// <summary>The longer edition is the source only when containment is this lopsided. Measured: every
    /// edition pair differs by 0.34 or more (seeds 0.57 vs 0.23 and 0.64 vs 0.26; our samples' web
    /// edition 0.87–0.90 vs 0.42–0.44; the Data/Stories edition 0.88 vs 0.49); the margin keeps two
    /// texts that each added much of their own undirected.</summary>
    public const double MinContainmentAsymmetry = 0.15;

    /// <summary>A rewrite's passages are "explained" by an ancestor of its candidate source when the
    /// ancestor carries this share of them too; then the rewrite may come from either, and stays
    /// undirected. A chosen margin rather than a measured gap (a passage is either in the ancestor or
    /// not, so shares cluster near 0 and 1): it keeps the samples' rewrite undirected against the web
    /// edition (its copied sentences stand in the wire too) and the seeds' rewrite directed from the web
    /// edition (its Merkel sentence stands only there) — both checked end to end.</summary>
    public const double ExplainedByAncestorShare = 0.8;

    /// <summary>Returns the relations with <see cref="Relation.Source"/> and its evidence filled in.</summary>
    public static IReadOnlyList<Relation> Direct(IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, Article> articles)
    {
        var first = relations.Select(r => r.Kind == RelationKind.SameStory ? r : DirectByDocumentEvidence(r, articles[r.A], articles[r.B])).ToList();
        var byPair = first.ToDictionary(r => Key(r.A, r.B));
        return first.Select(r => r.Source is null && r.Kind is RelationKind.Rewrite or RelationKind.PartialReuse
            ? DirectByWitnesses(r, byPair, articles.Keys)
            : r).ToList();
    }

    private static Relation DirectByDocumentEvidence(Relation r, Article a, Article b)
    {
        var evidence = new List<string>(r.Evidence);
        string? source = null;
        if (a.Metadata.Published is { } da && b.Metadata.Published is { } db && da != db)
        {
            source = da < db ? r.A : r.B;
            var (early, late) = da < db ? (da, db) : (db, da);
            evidence.Add(Invariant($"{source} was published first ({early:yyyy-MM-dd}; the other {late:yyyy-MM-dd})"));
        }
        else if (CreditsAsWire(b, a) != CreditsAsWire(a, b))
        {
            source = CreditsAsWire(b, a) ? r.A : r.B;
            var (origin, copy) = source == r.A ? (a, b) : (b, a);
            evidence.Add(Invariant($"{copy.Id} credits {origin.Metadata.Outlet} as its wire source, and {origin.Id} is {origin.Metadata.Outlet}'s own text"));
        }
        else if (r.Kind is RelationKind.Edition or RelationKind.PartialReuse
                 && Math.Abs(r.Overlap.ContainmentBInA - r.Overlap.ContainmentAInB) >= MinContainmentAsymmetry)
        {
            // The text that holds most of the other is the fuller one it was cut from.
            source = r.Overlap.ContainmentBInA > r.Overlap.ContainmentAInB ? r.A : r.B;
            evidence.Add(Invariant($"containment is lopsided ({r.Overlap.ContainmentBInA:0.00} of {r.B} lies in {r.A}, {r.Overlap.ContainmentAInB:0.00} the other way): the shorter was cut from {source}"));
        }
        else if (r.Kind is RelationKind.Identical or RelationKind.NearDuplicate or RelationKind.Edition
                 && IsPrintout(a) != IsPrintout(b))
        {
            // A printout renders a page that existed before it; the clean text is the nearer the original.
            source = IsPrintout(a) ? r.B : r.A;
            evidence.Add(Invariant($"{(source == r.A ? r.B : r.A)} is a printout (its text carries extraction damage that was repaired); {source} is the clean text it renders"));
        }

        return r with { Source = source, Evidence = evidence };
    }

    /// <summary>
    /// A rewrite is taken from the witness that carries the passages it shares; when that witness's own
    /// ancestor carries them as well, either could be the model, and no arrow is drawn.
    /// </summary>
    private static Relation DirectByWitnesses(Relation r, IReadOnlyDictionary<(string, string), Relation> byPair, IEnumerable<string> ids)
    {
        var witnesses = ids.ToDictionary(id => id, id => byPair.Values.Count(x =>
            (x.A == id || x.B == id) && x.Kind is RelationKind.Identical or RelationKind.NearDuplicate or RelationKind.Edition), StringComparer.Ordinal);
        var (wa, wb) = (witnesses[r.A], witnesses[r.B]);
        if (wa == wb || Math.Min(wa, wb) != 0)
        {
            return r;
        }

        var (model, copy) = wa > wb ? (r.A, r.B) : (r.B, r.A);
        var copied = SpansIn(r, copy);
        foreach (var ancestor in byPair.Values.Where(x => (x.A == model || x.B == model) && x.Source is { } s && s != model).Select(x => x.Source!))
        {
            if (ancestor != copy && byPair.TryGetValue(Key(copy, ancestor), out var viaAncestor) && viaAncestor.Kind.IsDerived()
                && SharedShare(copied, SpansIn(viaAncestor, copy)) >= ExplainedByAncestorShare)
            {
                return r with
                {
                    Evidence = [.. r.Evidence, Invariant($"the passages {copy} shares with {model} stand in {model}'s source {ancestor} too: either may be its model")],
                };
            }
        }

        return r with
        {
            Source = model,
            Evidence = [.. r.Evidence, Invariant($"{model} is attested by {Math.Max(wa, wb)} other witness(es) of its edition and carries the passages {copy} took over; the reworded text has no witness of its own")],
        };
    }

    // A wire credit (e.g. "(Meridian Press)", "By AFP") naming the other side's outlet, where that side
    // is the wire service's own text rather than another subscriber's copy.
    private static bool CreditsAsWire(Article copy, Article origin) =>
        copy.Metadata.Wire is { } wire && origin.Metadata.Outlet is { } outlet
        && string.Equals(wire, outlet, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(copy.Metadata.Outlet, outlet, StringComparison.OrdinalIgnoreCase);

    private static bool IsPrintout(Article a) => a.Format == DocumentFormat.Pdf || a.Repairs.Count > 0;

    private static IReadOnlyList<TextSpan> SpansIn(Relation r, string id) =>
        r.Overlap.Passages.Select(p => r.A == id ? p.A : p.B).ToList();

    private static double SharedShare(IReadOnlyList<TextSpan> spans, IReadOnlyList<TextSpan> others)
    {
        var total = spans.Sum(s => s.Length);
        if (total == 0)
        {
            return 0;
        }

        var covered = spans.Sum(s => others.Sum(o => Math.Max(0, Math.Min(s.End, o.End) - Math.Max(s.Start, o.Start))));
        return (double)covered / total;
    }

    private static (string, string) Key(string x, string y) => string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
