using System.Text.Json;
using Stemma.Acceptance.Support;
using Stemma.Cli.Tests.Support;

namespace Stemma.Acceptance;

/// <summary>
/// The five real renderings of one story in ../shared/corpus/seeds, judged as a careful reader
/// judges them: 001 and 004 are two PDF extractions of one AFP wire story (001 lost a line, 004
/// carries pasted URLs); 002 is the same wire story's shorter web edition inside The Moscow Times'
/// chrome; 003 is a content-farm rewrite that copies AFP's quotes and one narrative sentence; 000
/// is Business Insider's report of the same statement, written independently.
/// </summary>
public sealed class SeedStoryTests : IClassFixture<SeedStoryTests.SeedAnalysis>
{
    private const string Seeds = "corpus/seeds";
    private readonly SeedAnalysis _run;

    public SeedStoryTests(SeedAnalysis run) => _run = run;

    public sealed class SeedAnalysis
    {
        public SeedAnalysis()
        {
            var dir = SharedFactAttribute.SharedPath(Seeds);
            if (!Directory.Exists(dir))
            {
                return;
            }

            Result = CliRunner.Run("analyze", dir, "--json");
            Report = Result.Json().RootElement;
        }

        public CliRunner.CliResult? Result { get; }

        public JsonElement Report { get; }

        public JsonElement Doc(string prefix) => Report.GetProperty("documents").EnumerateArray()
            .Single(d => Path.GetFileName(d.GetProperty("source").GetString()!).StartsWith(prefix, StringComparison.Ordinal));

        public string Id(string prefix) => Doc(prefix).GetProperty("id").GetString()!;

        public JsonElement Relation(string x, string y)
        {
            var (a, b) = (Id(x), Id(y));
            return Report.GetProperty("relations").EnumerateArray().Single(r =>
                (r.GetProperty("a").GetString() == a && r.GetProperty("b").GetString() == b)
                || (r.GetProperty("a").GetString() == b && r.GetProperty("b").GetString() == a));
        }

        public string Kind(string x, string y) => Relation(x, y).GetProperty("kind").GetString()!;

        public string? Source(string x, string y) => Relation(x, y).GetProperty("source").GetString();

        public IReadOnlyList<(string Kind, string Text)> Removed(string prefix) => Doc(prefix).GetProperty("removed")
            .EnumerateArray().Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("text").GetString()!)).ToList();

        public string Text(string prefix) => Doc(prefix).GetProperty("text").GetString()!;
    }

    [SharedFact(Seeds)]
    public void All_five_seeds_are_read_without_errors()
    {
        _run.Result!.ExitCode.ShouldBe(0, _run.Result.Stderr);
        _run.Report.GetProperty("documents").GetArrayLength().ShouldBe(5);
        _run.Report.GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    [SharedFact(Seeds)]
    public void All_five_seeds_form_one_story_with_a_relation_for_every_pair()
    {
        var stories = _run.Report.GetProperty("stories").EnumerateArray().ToList();
        stories.Count.ShouldBe(1);
        stories[0].GetProperty("documents").GetArrayLength().ShouldBe(5);
        _run.Report.GetProperty("relations").GetArrayLength().ShouldBe(10);
    }

    [SharedFact(Seeds)]
    public void The_two_pdf_extractions_are_near_duplicates()
    {
        _run.Kind("001", "004").ShouldBe("near-duplicate");
    }

    [SharedFact(Seeds)]
    public void The_web_edition_is_an_edition_cut_from_the_full_wire_text()
    {
        _run.Kind("002", "001").ShouldBe("edition");
        _run.Kind("002", "004").ShouldBe("edition");
        _run.Source("002", "001").ShouldBe(_run.Id("001"));
        _run.Source("002", "004").ShouldBe(_run.Id("004"));
    }

    [SharedFact(Seeds)]
    public void The_content_farm_article_is_a_rewrite_of_the_wire_story()
    {
        foreach (var wire in new[] { "001", "002", "004" })
        {
            _run.Kind("003", wire).ShouldBe("rewrite", $"003 against {wire}");
            _run.Source("003", wire).ShouldBe(_run.Id(wire), $"003 against {wire}");
        }
    }

    [SharedFact(Seeds)]
    public void The_business_insider_report_was_written_independently()
    {
        foreach (var other in new[] { "001", "002", "003", "004" })
        {
            _run.Kind("000", other).ShouldBe("same-story", $"000 against {other}");
            _run.Source("000", other).ShouldBeNull();

            // Joined on its own evidence (shared names and key terms), not only through another article.
            _run.Relation("000", other).GetProperty("evidence")[0].GetString()!.ShouldStartWith("both name", Case.Sensitive, $"000 against {other}");
        }
    }

    [SharedFact(Seeds)]
    public void Titles_are_found_in_the_text_and_joined_across_the_hyphen_break()
    {
        var wireTitle = "Putin Proposes Election Non-Interference Pact With U.S.";
        _run.Doc("001").GetProperty("title").GetString().ShouldBe(wireTitle);
        _run.Doc("002").GetProperty("title").GetString().ShouldBe(wireTitle);
        _run.Doc("004").GetProperty("title").GetString().ShouldBe(wireTitle);
        _run.Doc("000").GetProperty("title").GetString()!.ShouldStartWith("Putin says Russia and the US should make a deal");
        _run.Doc("003").GetProperty("title").GetString()!.ShouldStartWith("Putin proposes to conclude the Russia-US pact");
    }

    [SharedFact(Seeds)]
    public void Metadata_of_the_web_edition_comes_from_its_date_line_byline_and_appeal()
    {
        var d = _run.Doc("002");
        d.GetProperty("published").GetString().ShouldBe("2020-09-25");
        d.GetProperty("wire").GetString().ShouldBe("AFP");
        d.GetProperty("outlet").GetString().ShouldBe("The Moscow Times");
        _run.Doc("000").GetProperty("outlet").GetString().ShouldBe("Business Insider");
    }

    [SharedFact(Seeds)]
    public void Site_chrome_is_removed_and_listed_with_its_kind()
    {
        _run.Removed("000").ShouldContain(r => r.Kind == "promotion" && r.Text.Contains("homepage for more stories"));
        _run.Removed("000").ShouldContain(r => r.Kind == "footer" && r.Text.StartsWith("Source:"));
        _run.Removed("001").ShouldContain(r => r.Kind == "related" && r.Text.StartsWith("Related article:"));
        _run.Removed("001").ShouldContain(r => r.Kind == "caption" || r.Kind == "credit");
        _run.Removed("004").Count(r => r.Kind == "url").ShouldBe(3);
        _run.Removed("002").ShouldContain(r => r.Kind == "related" && r.Text.StartsWith("Read more about:"));
        _run.Removed("002").ShouldContain(r => r.Kind == "appeal" && r.Text.Contains("donation"));
        _run.Removed("002").ShouldContain(r => r.Kind == "related" && r.Text.Contains("Empty Throne"));
        _run.Removed("003").ShouldContain(r => r.Kind == "caption" && r.Text.Contains("photo op"));

        _run.Text("002").ShouldNotContain("Read more");
        _run.Text("002").ShouldNotContain("donation");
        _run.Text("000").ShouldNotContain("Read Full Article");
        _run.Text("004").ShouldNotContain("https://");
        _run.Text("003").ShouldContain("The word from Russia");
    }

    [SharedFact(Seeds)]
    public void Pdf_damage_is_repaired_in_the_text()
    {
        foreach (var pdf in new[] { "001", "004" })
        {
            var text = _run.Text(pdf);
            text.ShouldContain("guarantees of non-interference in each others'");
            text.ShouldContain("44-year-old anti-corruption campaigner");
            text.ShouldNotContain("\"\"");
            text.ShouldNotContain("''");
            text.ShouldNotContain("'\"");
            text.ShouldContain("through negotiations, Russia's top diplomat said.");
            text.ShouldContain("\"hostage to our political disagreements,\"");
            text.ShouldContain("there is no basis for such statements,\"");
        }

        _run.Text("004").ShouldContain("internet trolls to sway the outcome of elections");
    }

    [SharedFact(Seeds)]
    public void The_rewrites_altered_quotes_are_flagged()
    {
        var rewrite = _run.Id("003");
        var flags = _run.Report.GetProperty("quotes").EnumerateArray()
            .SelectMany(q => q.GetProperty("flags").EnumerateArray().Select(f => (Speaker: q.GetProperty("speaker").GetString(), Flag: f)))
            .Where(x => x.Flag.GetProperty("documents").EnumerateArray().Any(d => d.GetString() == rewrite))
            .ToList();

        // Putin's "lies on the key players" rendered "lies in"; Wray's "very active efforts" reported as "very inactive".
        flags.ShouldContain(x => x.Speaker == "Vladimir Putin"
            && x.Flag.GetProperty("wordings").EnumerateArray().Any(w => w.GetProperty("text").GetString()!.Contains("lies in the key players")));
        flags.ShouldContain(x => x.Speaker == "Christopher Wray" && x.Flag.GetProperty("kind").GetString() == "paraphrase-contradiction");
    }

    [SharedFact(Seeds)]
    public void Quotes_are_attributed_to_the_people_who_spoke_them()
    {
        var bySpeaker = _run.Report.GetProperty("quotes").EnumerateArray()
            .GroupBy(q => q.GetProperty("speaker").GetString() ?? "")
            .ToDictionary(g => g.Key, g => g.Select(q => q.GetProperty("head").GetString()!).ToList());
        bySpeaker["Vladimir Putin"].ShouldContain(h => h.StartsWith("One of today's major strategic challenges"));
        bySpeaker["Sergei Lavrov"].ShouldContain(h => h.StartsWith("We are in favor of professional"));
        bySpeaker["Christopher Wray"].ShouldContain(h => h.StartsWith("We have not seen that second part"));
        bySpeaker["a senior administration official"].Count.ShouldBeGreaterThanOrEqualTo(2);
    }
}
