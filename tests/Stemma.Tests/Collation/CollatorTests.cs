using System.Text.Json;
using Stemma.Collation;
using Stemma.Matching;
using Stemma.Stories;
using Stemma.Tests.Stories;
using static Stemma.Tests.Collation.CollationFixtures;

namespace Stemma.Tests.Collation;

public sealed class CollatorTests
{
    private readonly Collator _collator = Collator.Create();

    [Fact]
    public void Identical_witnesses_have_no_variants_and_give_their_own_text()
    {
        var c = _collator.Collate("c", "s", [Witness("original"), Witness("twin")]);
        c.Variants.ShouldBeEmpty();
        c.Canonical.ShouldBe(Text("original"));
    }

    [Fact]
    public void The_majority_reading_wins_and_the_apparatus_lists_every_reading()
    {
        var c = _collator.Collate("c", "s", [Witness("original"), Witness("twin"), Witness("typo")]);
        c.Canonical.ShouldBe(Text("original"));
        var typo = c.Variants.Single(v => v.Readings.Any(r => r.Text == "vistors"));
        typo.Chosen.ShouldBe("visitors");
        typo.Readings.Select(r => (r.Text, string.Join(",", r.Documents))).ShouldBe([("visitors", "original,twin"), ("vistors", "typo")]);
        var credit = c.Variants.Single(v => v.Readings.Any(r => r.Text == "FN"));
        credit.Chosen.ShouldBe("Fellwater News");
    }

    [Fact]
    public void A_sentence_lost_in_one_copy_comes_back_from_another()
    {
        var damaged = Witness("lost-line", weight: 0.6);
        var c = _collator.Collate("c", "s", [damaged, Witness("typo")]);
        c.Canonical.ShouldContain("Repairs are expected to take at least four months and cost about 410,000 pounds.");
        var lost = c.Variants.Single(v => v.Chosen.StartsWith("Repairs are expected", StringComparison.Ordinal));
        lost.Readings.Single(r => r.Text.Length == 0).Documents.ShouldBe(["lost-line"]);
    }

    [Fact]
    public void A_damaged_witness_loses_a_tie_to_a_clean_one()
    {
        var clean = _collator.Collate("c", "s", [Witness("original", 1.0), Witness("typo", 0.5)]);
        clean.Canonical.ShouldContain("30,000 visitors");
        var damaged = _collator.Collate("c", "s", [Witness("original", 0.5), Witness("typo", 1.0)]);
        damaged.Canonical.ShouldContain("30,000 vistors");
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_witnesses()
    {
        CollationWitness[] witnesses = [Witness("original"), Witness("typo", 0.8), Witness("lost-line", 0.6), Witness("edition")];
        var reference = Describe(_collator.Collate("c", "s", witnesses));
        foreach (var order in Permutations(witnesses))
        {
            Describe(_collator.Collate("c", "s", order)).ShouldBe(reference);
        }
    }

    [Fact]
    public void Variant_offsets_point_at_the_chosen_reading_in_the_canonical_text()
    {
        var c = _collator.Collate("c", "s", [Witness("original"), Witness("typo", 0.8), Witness("lost-line", 0.6), Witness("edition")]);
        c.Variants.ShouldNotBeEmpty();
        foreach (var v in c.Variants)
        {
            c.Canonical[v.At.Start..v.At.End].ShouldBe(v.Chosen);
            v.Readings[0].Text.ShouldBe(v.Chosen);
            v.Readings.SelectMany(r => r.Documents).Order(StringComparer.Ordinal).ShouldBe(c.Documents.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void An_editions_cut_is_an_omission_and_its_update_a_reading_of_its_own()
    {
        var c = _collator.Collate("c", "s", [Witness("original"), Witness("twin"), Witness("edition")]);
        c.Canonical.ShouldBe(Text("original"));
        var cut = c.Variants.Single(v => v.Chosen.StartsWith("The observatory's evening talks", StringComparison.Ordinal));
        cut.Readings.Select(r => r.Documents.Count).ShouldBe([2, 1]);
        c.Variants.ShouldContain(v => v.Readings.Any(r => r.Text.StartsWith("On Wednesday the council", StringComparison.Ordinal) && r.Documents.SequenceEqual(new[] { "edition" })));
    }

    [Fact]
    public void Exports_the_alignment_table_in_CollateX_json_shape()
    {
        var c = _collator.Collate("c", "s", [Witness("original"), Witness("typo")]);
        using var json = JsonDocument.Parse(CollateXJson.Write(c));
        var root = json.RootElement;
        root.GetProperty("witnesses").EnumerateArray().Select(w => w.GetString()).ShouldBe(["original", "typo"]);
        var table = root.GetProperty("table");
        table.GetArrayLength().ShouldBe(2);
        for (int w = 0; w < 2; w++)
        {
            var row = table[w];
            row.GetArrayLength().ShouldBe(c.Segments.Count);
            var text = string.Concat(row.EnumerateArray().Where(cell => cell.ValueKind != JsonValueKind.Null)
                .SelectMany(cell => cell.EnumerateArray()).Select(t => t.GetProperty("t").GetString()));
            text.ShouldBe(c.Witnesses[w].Text[c.Witnesses[w].Text.IndexOf("BRACKENMOOR", StringComparison.Ordinal)..]);
        }

        table[1].EnumerateArray().SelectMany(cell => cell.ValueKind == JsonValueKind.Null ? [] : cell.EnumerateArray())
            .ShouldContain(t => t.GetProperty("n").GetString() == "vistors");
    }

    [Fact]
    public void A_story_is_collated_per_edition_and_a_copy_weighs_less_than_its_exemplar()
    {
        var articles = new[] { "original", "typo", "edition" }.ToDictionary(n => n, n => ArticleFactory.Make(n, Text(n)), StringComparer.Ordinal);
        articles["rewrite"] = ArticleFactory.Make("rewrite", "An entirely different account of the observatory written by someone else.");
        var story = new Story("s", "Observatory", ["original", "typo", "edition", "rewrite"]);
        Relation Rel(string a, string b, RelationKind kind, string? source) => new()
        {
            A = a, B = b, Kind = kind, Source = source, Evidence = [],
            Overlap = new PairEvidence { A = 0, B = 1, Jaccard = 0, ContainmentAInB = 0, ContainmentBInA = 0, Passages = [] },
        };
        Relation[] relations =
        [
            Rel("original", "typo", RelationKind.NearDuplicate, "original"),
            Rel("original", "edition", RelationKind.Edition, "original"),
            Rel("typo", "edition", RelationKind.Edition, null),
            Rel("original", "rewrite", RelationKind.Rewrite, "original"),
            Rel("typo", "rewrite", RelationKind.SameStory, null),
            Rel("edition", "rewrite", RelationKind.SameStory, null),
        ];
        var collations = _collator.CollateStory(story, relations, articles);
        var c = collations.ShouldHaveSingleItem();
        c.Documents.ShouldBe(["edition", "original", "typo"]);
        c.Witnesses.Single(w => w.Id == "typo").Weight.ShouldBe(CollationOptions.DefaultCopyWeight);
        c.Witnesses.Single(w => w.Id == "original").Weight.ShouldBe(1.0);
        c.Canonical.ShouldContain("30,000 visitors");
    }

    [Fact]
    public void Rejects_bad_options_and_duplicate_witnesses()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Collator.Create(new CollationOptions { OmissionWeight = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => Collator.Create(new CollationOptions { CopyWeight = 1.5 }));
        Should.Throw<ArgumentException>(() => _collator.Collate("c", "s", [Witness("original"), Witness("original")]));
    }

    private static string Describe(Stemma.Collation.Collation c) =>
        c.Canonical + "\n" + string.Join("\n", c.Variants.Select(v =>
            $"{v.At}|{v.Chosen}|{string.Join(";", v.Readings.Select(r => r.Text + "=" + string.Join(",", r.Documents)))}"));

    private static IEnumerable<CollationWitness[]> Permutations(CollationWitness[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
