using Stemma.Reporting;
using Stemma.Stories;
using Stemma.Tests.Cleaning;

namespace Stemma.Tests.Lineage;

/// <summary>
/// The whole pipeline on the five real renderings in ../shared/corpus/seeds (read at test time, never
/// copied): 000 is an independent report, 001 and 004 are two printouts of one AFP wire text (001 lost
/// a line), 002 is the Moscow Times' edition of it, and 003 a rewrite drawing on all three.
/// </summary>
public sealed class SeedStemmaTests
{
    private static readonly Lazy<AnalysisReport?> Report = new(() =>
        SeedFactAttribute.SeedDirectory() is { } dir ? AnalysisPipeline.Create().Analyze([dir]) : null);

    private static string Id(string prefix) =>
        Report.Value!.Documents.Single(d => Path.GetFileName(d.Source).StartsWith(prefix, StringComparison.Ordinal)).Id;

    [SeedFact]
    public void The_stemma_is_the_one_a_careful_reader_draws()
    {
        var edges = Report.Value!.Stemma.Single().Edges
            .Select(e => $"{Name(e.From)}->{Name(e.To)} {e.Kind.ToName()}").Order(StringComparer.Ordinal).ToList();
        edges.ShouldBe([
            "001->002 edition",
            "001->003 rewrite",
            "002->003 rewrite",
            "004->002 edition",
            "004->003 rewrite",
        ]);
    }

    [SeedFact]
    public void The_line_one_printout_lost_comes_back_in_the_canonical_text()
    {
        var collation = Report.Value!.Collations.Single();
        collation.Documents.Order(StringComparer.Ordinal).ShouldBe(new[] { Id("001"), Id("002"), Id("004") }.Order(StringComparer.Ordinal));
        collation.Canonical.ShouldContain("internet trolls to sway the outcome of elections");
        var lost = collation.Variants.Single(v => v.Chosen.Contains("internet trolls to sway", StringComparison.Ordinal));
        lost.Readings.Single(r => r.Text.Length == 0).Documents.ShouldBe([Id("001")]);
    }

    [SeedFact]
    public void Every_stemma_edge_follows_the_direction_of_its_relation()
    {
        foreach (var e in Report.Value!.Stemma.Single().Edges)
        {
            Report.Value.Relations.ShouldContain(r => ((r.A == e.From && r.B == e.To) || (r.A == e.To && r.B == e.From)) && r.Source == e.From);
        }
    }

    private static string Name(string id) => Path.GetFileName(Report.Value!.Documents.Single(d => d.Id == id).Source)[..3];
}
