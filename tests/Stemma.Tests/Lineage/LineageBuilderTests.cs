using Stemma.Cleaning;
using Stemma.Collation;
using Stemma.Lineage;
using Stemma.Matching;
using Stemma.Stories;
using Stemma.Tests.Stories;
using static Stemma.Tests.Collation.CollationFixtures;

namespace Stemma.Tests.Lineage;

public sealed class LineageBuilderTests
{
    private const string Extra = "The council also confirmed that the gallery shop and the cafe beside the car park will stay open every weekend through the summer months.";

    private static Relation Rel(string a, string b, RelationKind kind, string? source) => new()
    {
        A = a, B = b, Kind = kind, Source = source, Evidence = ["given"],
        Overlap = new PairEvidence { A = 0, B = 1, Jaccard = 0, ContainmentAInB = 0, ContainmentBInA = 0, Passages = [] },
    };

    private static (LineageResult Result, IReadOnlyList<Stemma.Collation.Collation> Collations) Run(Dictionary<string, string> texts, params Relation[] relations)
    {
        var articles = texts.ToDictionary(p => p.Key, p => ArticleFactory.Make(p.Key, p.Value), StringComparer.Ordinal);
        var story = new Story("s", "Observatory", texts.Keys.ToList());
        var collations = Collator.Create().CollateStory(story, relations, articles);
        var result = LineageBuilder.Create().Build([story], relations, articles, collations);
        return (result, collations);
    }

    private static string[] Edges(LineageResult result) =>
        result.Stemmata.Single().Edges.Select(e => $"{e.From}->{e.To}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_copy_of_a_copy_hangs_from_the_copy_it_shares_a_variant_with()
    {
        // original -> typo -> later (later keeps typo's misspelling); original -> later is also directed.
        var texts = new Dictionary<string, string>
        {
            ["original"] = Text("original"),
            ["typo"] = Text("typo"),
            ["later"] = Text("typo") + "\n\n" + Extra,
        };
        var (result, _) = Run(texts,
            Rel("original", "typo", RelationKind.NearDuplicate, "original"),
            Rel("original", "later", RelationKind.Edition, "original"),
            Rel("typo", "later", RelationKind.Edition, "typo"));
        Edges(result).ShouldBe(["original->typo", "typo->later"]);
    }

    [Fact]
    public void Without_a_shared_variant_the_copy_hangs_from_the_earliest_source()
    {
        var texts = new Dictionary<string, string>
        {
            ["original"] = Text("original"),
            ["typo"] = Text("typo"),
            ["later"] = Text("original") + "\n\n" + Extra,
        };
        var (result, _) = Run(texts,
            Rel("original", "typo", RelationKind.NearDuplicate, "original"),
            Rel("original", "later", RelationKind.Edition, "original"),
            Rel("typo", "later", RelationKind.Edition, "typo"));
        Edges(result).ShouldBe(["original->later", "original->typo"]);
        result.Stemmata.Single().Edges.Single(e => e.To == "later").Evidence.ShouldContain(s => s.Contains("explain nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_drawing_on_two_sources_has_two_parents()
    {
        var paragraphs = Text("original").Split("\n\n");
        var texts = new Dictionary<string, string>
        {
            ["first"] = string.Join("\n\n", paragraphs[..3]),
            ["second"] = string.Join("\n\n", paragraphs[3..]),
            ["merged"] = paragraphs[0] + "\n\n" + paragraphs[4],
        };
        var (result, _) = Run(texts,
            Rel("first", "second", RelationKind.SameStory, null),
            Rel("first", "merged", RelationKind.PartialReuse, "first"),
            Rel("second", "merged", RelationKind.PartialReuse, "second"));
        Edges(result).ShouldBe(["first->merged", "second->merged"]);
        result.Stemmata.Single().Edges.ShouldAllBe(e => e.Evidence.Any(s => s.Contains("from none of its other sources", StringComparison.Ordinal)));
    }

    [Fact]
    public void Independent_reports_and_undirected_relations_get_no_edge()
    {
        var texts = new Dictionary<string, string>
        {
            ["original"] = Text("original"),
            ["other"] = "A reporter's own account: the observatory dome was damaged in a storm, and the gallery shuts for summer.",
            ["rewrite"] = Text("edition"),
        };
        var (result, _) = Run(texts,
            Rel("original", "other", RelationKind.SameStory, null),
            Rel("original", "rewrite", RelationKind.Rewrite, null),
            Rel("other", "rewrite", RelationKind.SameStory, null));
        result.Stemmata.Single().Edges.ShouldBeEmpty();
    }

    [Fact]
    public void The_majority_of_an_edition_directs_a_relation_the_story_stage_left_open()
    {
        // original and twin agree everywhere; typo departs from both: it is their copy.
        var texts = new Dictionary<string, string>
        {
            ["original"] = Text("original"),
            ["twin"] = Text("twin"),
            ["typo"] = Text("typo"),
        };
        var (result, _) = Run(texts,
            Rel("original", "twin", RelationKind.Identical, null),
            Rel("original", "typo", RelationKind.NearDuplicate, null),
            Rel("twin", "typo", RelationKind.NearDuplicate, null));
        var directed = result.Relations.Where(r => r.Source is not null).ToList();
        directed.Select(r => $"{r.Source}->{(r.Source == r.A ? r.B : r.A)}").Order(StringComparer.Ordinal).ShouldBe(["original->typo", "twin->typo"]);
        directed.ShouldAllBe(r => r.Evidence.Any(s => s.Contains("departs from it", StringComparison.Ordinal)));
        result.Relations.Single(r => r.Kind == RelationKind.Identical).Source.ShouldBeNull();

        // The twins cannot be told apart as typo's exemplar: both are its parents.
        Edges(result).ShouldBe(["original->typo", "twin->typo"]);
    }

    [Fact]
    public void Never_changes_a_source_the_story_stage_set_and_every_edge_follows_a_relation()
    {
        var texts = new Dictionary<string, string>
        {
            ["original"] = Text("original"),
            ["twin"] = Text("twin"),
            ["typo"] = Text("typo"),
        };
        Relation[] given =
        [
            Rel("original", "twin", RelationKind.Identical, "twin"),
            Rel("original", "typo", RelationKind.NearDuplicate, "typo"),
            Rel("twin", "typo", RelationKind.NearDuplicate, null),
        ];
        var (result, _) = Run(texts, given);
        result.Relations.Take(2).Select(r => r.Source).ShouldBe(["twin", "typo"]);
        foreach (var e in result.Stemmata.Single().Edges)
        {
            result.Relations.ShouldContain(r => ((r.A == e.From && r.B == e.To) || (r.B == e.From && r.A == e.To)) && r.Source == e.From);
        }
    }
}
