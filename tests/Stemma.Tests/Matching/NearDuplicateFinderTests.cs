using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Stemma.Matching;
using Stemma.Synthesis;
using Stemma.Tests.Synthesis;

namespace Stemma.Tests.Matching;

public sealed class NearDuplicateFinderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stemma-dedup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<List<SyntheticArticle>> Corpus =
        new(() => CorpusSynthesizer.Create(CorpusSynthesizerTests.FixtureVocabulary()).Generate(1500, 21).ToList());

    private string Write(IEnumerable<SyntheticArticle> articles, string name = "corpus.jsonl")
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllLines(path, articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, date = a.Date, text = a.Text })));
        return path;
    }

    private static HashSet<(string, string, double)> Unordered(DedupResult r) =>
        [.. r.Pairs.Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? (p.A, p.B, p.Jaccard) : (p.B, p.A, p.Jaccard))];

    [Fact]
    public void Finds_exactly_the_pairs_an_all_pairs_comparison_finds()
    {
        List<SyntheticArticle> articles = Corpus.Value;
        DedupResult result = NearDuplicateFinder.Create().Run(Write(articles));

        var fingerprinter = new DedupFingerprinter(DedupOptions.Default, NearDuplicateFinder.Create().Lsh);
        ulong[][] sets = [.. articles.Select(a => fingerprinter.ShingleSet(a.Text))];
        var expected = new HashSet<(string, string)>();
        for (int i = 0; i < sets.Length; i++)
        {
            for (int j = i + 1; j < sets.Length; j++)
            {
                int shared = Stemma.Fingerprinting.Shingler.IntersectionCount(sets[i], sets[j]);
                double jaccard = (double)shared / (sets[i].Length + sets[j].Length - shared);
                double containment = Math.Max((double)shared / sets[i].Length, (double)shared / sets[j].Length);
                if (jaccard >= DedupOptions.Default.Threshold || containment >= DedupOptions.Default.Containment)
                {
                    expected.Add((articles[i].Id, articles[j].Id));
                }
            }
        }

        expected.Count.ShouldBeGreaterThan(200);
        result.Pairs.Select(p => (p.A, p.B)).ToHashSet().SetEquals(expected).ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Results_do_not_depend_on_input_order_or_thread_count()
    {
        List<SyntheticArticle> articles = Corpus.Value.Take(600).ToList();
        string ordered = Write(articles, "ordered.jsonl");
        DedupResult baseline = NearDuplicateFinder.Create(new DedupOptions { MaxDegreeOfParallelism = 1 }).Run(ordered);
        DedupResult parallel = NearDuplicateFinder.Create(new DedupOptions { MaxDegreeOfParallelism = 4 }).Run(ordered);
        parallel.Pairs.ShouldBe(baseline.Pairs);
        parallel.Clusters.Select(c => string.Join(',', c.Members)).ShouldBe(baseline.Clusters.Select(c => string.Join(',', c.Members)));

        int run = 0;
        Prop.ForAll(Gen.Shuffle(articles.ToArray()).ToArbitrary(), shuffled =>
        {
            string path = Write(shuffled, $"shuffled-{run++}.jsonl");
            DedupResult r = NearDuplicateFinder.Create().Run(path);
            return Unordered(r).SetEquals(Unordered(baseline))
                && r.Clusters.Select(c => c.Representative).Order(StringComparer.Ordinal)
                    .SequenceEqual(baseline.Clusters.Select(c => c.Representative).Order(StringComparer.Ordinal));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5));
    }

    [Fact]
    public void A_small_verification_budget_gives_the_same_pairs_in_several_passes()
    {
        string path = Write(Corpus.Value);
        DedupResult one = NearDuplicateFinder.Create().Run(path);
        DedupResult many = NearDuplicateFinder.Create(new DedupOptions { VerificationMemoryBytes = 1 << 20 }).Run(path);
        many.Statistics.VerificationPasses.ShouldBeGreaterThan(1);
        many.Pairs.ShouldBe(one.Pairs);
    }

    [Fact]
    public void The_representative_is_the_earliest_then_the_smallest_id()
    {
        const string Text = "Harbour officials in Velmora said the new ferry terminal would open in spring after two years of delays and a long dispute over the pier.";
        string path = Path.Combine(_dir, "rep.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "z-late", date = "2024-03-02T10:00:00Z", text = Text }),
            JsonSerializer.Serialize(new { id = "m-early", date = "2024-03-01T10:00:00Z", text = Text + " More soon." }),
            JsonSerializer.Serialize(new { id = "b-early", date = "2024-03-01T10:00:00Z", text = Text }),
            JsonSerializer.Serialize(new { id = "a-undated", text = Text }),
        ]);
        DuplicateCluster cluster = NearDuplicateFinder.Create().Run(path).Clusters.ShouldHaveSingleItem();
        cluster.Representative.ShouldBe("b-early");
        cluster.Members.ShouldBe(["b-early", "m-early", "z-late", "a-undated"]);
    }

    [Fact]
    public void A_mass_of_exact_copies_is_paired_with_the_copy_that_stands_for_them_only()
    {
        // 300 copies of one wire story (other spacing and case count as the same words), one edition of it with a
        // closing line added, and an unrelated article. Every pair among the copies would be 44,850 pairs.
        const string Story = "Harbour officials in Velmora said on Tuesday that the new ferry terminal would open in spring after two years "
            + "of delays, a long dispute over the pier and a flood that closed the old quay for most of the winter season.";
        var lines = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            string text = i % 2 == 0 ? Story : Story.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);
            lines.Add(JsonSerializer.Serialize(new { id = $"copy-{i:D3}", date = i == 157 ? "2024-03-01T08:00:00Z" : "2024-03-02T08:00:00Z", text }));
        }

        lines.Insert(40, JsonSerializer.Serialize(new { id = "edition", date = "2024-03-03T08:00:00Z", text = Story + " Ferry tickets go on sale next week." }));
        lines.Add(JsonSerializer.Serialize(new { id = "other", text = "The Carrow valley orchestra announced a winter season of six concerts in the old mill, with tickets from ten pounds." }));
        string path = Path.Combine(_dir, "copies.jsonl");
        File.WriteAllLines(path, lines);

        DedupResult result = NearDuplicateFinder.Create().Run(path);

        result.Statistics.ExactCopies.ShouldBe(299);
        result.Pairs.Count.ShouldBe(300);
        result.Pairs.ShouldAllBe(p => p.A == "copy-157" || p.B == "copy-157");
        result.Pairs.Where(p => p.A != "edition" && p.B != "edition").ShouldAllBe(p => p.Jaccard == 1.0);
        DuplicateCluster cluster = result.Clusters.ShouldHaveSingleItem();
        cluster.Representative.ShouldBe("copy-157");
        cluster.Members.Count.ShouldBe(301);
        cluster.Members.ShouldNotContain("other");
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_line_numbers_and_the_rest_is_processed()
    {
        const string Text = "Residents of Quillfield gathered at the library on Monday evening to hear plans for the restored clock tower and its bells.";
        string path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "one", text = Text }),
            "{\"id\": \"two\", \"text\": ",
            JsonSerializer.Serialize(new { id = "three", body = Text }),
            JsonSerializer.Serialize(new { id = "one", text = Text }),
            "",
            JsonSerializer.Serialize(new { id = 5, text = Text + " Tickets are free." }),
        ]);
        DedupResult result = NearDuplicateFinder.Create().Run(path);
        result.Errors.Select(e => e.Line).ShouldBe([2L, 3L, 4L]);
        result.Errors[0].Message.ShouldContain("malformed JSON");
        result.Errors[1].Message.ShouldContain("missing \"text\"");
        result.Errors[2].Message.ShouldContain("duplicate id \"one\" (first on line 1)");
        result.Statistics.Documents.ShouldBe(2);
        result.Pairs.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.A.ShouldBe("one"),
            p => p.B.ShouldBe("5"),
            p => p.ContainmentAInB.ShouldBe(1.0));
    }

    [Fact]
    public void Options_that_cannot_work_are_refused_with_the_fix()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NearDuplicateFinder.Create(new DedupOptions { SampleModulus = 6 }))
            .Message.ShouldContain("power of two");
        Should.Throw<ArgumentOutOfRangeException>(() => NearDuplicateFinder.Create(new DedupOptions { Containment = 0 }))
            .Message.ShouldContain("(0,1]");
    }
}
