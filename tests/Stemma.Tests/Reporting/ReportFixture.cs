using Stemma.Collation;
using Stemma.Lineage;
using Stemma.Matching;
using Stemma.Reporting;
using Stemma.Stories;
using Stemma.Tests.Stories;
using static Stemma.Tests.Collation.CollationFixtures;

namespace Stemma.Tests.Reporting;

/// <summary>A small report built from our collation fixtures: original → typo (near-duplicate), original → edition.</summary>
internal static class ReportFixture
{
    public static AnalysisReport Build(string? hostileTitle = null)
    {
        var articles = new[] { "original", "typo", "edition" }
            .Select(n => ArticleFactory.Make(n, Text(n), title: n == "original" ? hostileTitle ?? "Observatory gallery to close" : "Observatory " + n))
            .ToList();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var story = new Story("s1", articles[0].Metadata.Title!, ["original", "typo", "edition"]);
        Relation Rel(string a, string b, RelationKind kind, string? source) => new()
        {
            A = a, B = b, Kind = kind, Source = source, Evidence = ["fixture"],
            Overlap = new PairEvidence { A = 0, B = 1, Jaccard = 0.5, ContainmentAInB = 0.5, ContainmentBInA = 0.5, Passages = [] },
        };
        Relation[] relations =
        [
            Rel("original", "typo", RelationKind.NearDuplicate, "original"),
            Rel("original", "edition", RelationKind.Edition, "original"),
            Rel("typo", "edition", RelationKind.Edition, null),
        ];
        var collations = Collator.Create().CollateStory(story, relations, byId);
        var lineage = LineageBuilder.Create().Build([story], relations, byId, collations);
        return new AnalysisReport
        {
            Documents = articles,
            Stories = [story],
            Relations = lineage.Relations,
            Collations = collations,
            Stemma = lineage.Stemmata,
            Errors = [],
        };
    }
}
