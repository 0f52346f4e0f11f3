using System.Text.Json;
using System.Text.RegularExpressions;
using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

/// <summary>
/// Our sample story (samples/saltmere-dock-strike, written by us) analysed end to end and checked
/// against what a careful reader judges, as written down in Data/Samples/expected.json.
/// </summary>
public sealed partial class SampleStoryTests : IClassFixture<SampleStoryTests.SampleRun>
{
    private readonly SampleRun _run;

    public SampleStoryTests(SampleRun run) => _run = run;

    public sealed class SampleRun
    {
        public SampleRun()
        {
            Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Samples", "expected.json"))).RootElement;
            var corpus = Path.Combine(CliRunner.RepositoryRoot(), Expected.GetProperty("corpus").GetString()!);
            Result = CliRunner.Run("analyze", corpus, "--json");
            Report = Result.Json().RootElement;
        }

        public JsonElement Expected { get; }

        public CliRunner.CliResult Result { get; }

        public JsonElement Report { get; }

        public JsonElement Doc(string file) => Report.GetProperty("documents").EnumerateArray()
            .Single(d => Path.GetFileName(d.GetProperty("source").GetString()!) == file);

        public string Id(string file) => Doc(file).GetProperty("id").GetString()!;

        public IEnumerable<(string File, JsonElement Expected)> ExpectedDocuments() =>
            Expected.GetProperty("documents").EnumerateObject().Select(p => (p.Name, p.Value));
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Every_sample_is_read_without_errors()
    {
        _run.Result.ExitCode.ShouldBe(0, _run.Result.Stderr);
        _run.Report.GetProperty("documents").GetArrayLength().ShouldBe(_run.ExpectedDocuments().Count());
    }

    [Fact]
    public void The_story_holds_every_rendering_and_the_unrelated_article_stays_apart()
    {
        var expectedStory = _run.Expected.GetProperty("stories")[0].GetProperty("documents").EnumerateArray()
            .Select(f => _run.Id(f.GetString()!)).Order(StringComparer.Ordinal).ToList();
        var stories = _run.Report.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).Order(StringComparer.Ordinal).ToList())
            .ToList();
        stories.ShouldContain(s => s.SequenceEqual(expectedStory));
        foreach (var apart in _run.Expected.GetProperty("apart").EnumerateArray())
        {
            stories.ShouldContain(s => s.Count == 1 && s[0] == _run.Id(apart.GetString()!));
        }
    }

    [Fact]
    public void Every_pair_has_the_relation_a_reader_judges()
    {
        var relations = _run.Report.GetProperty("relations").EnumerateArray().ToList();
        var mistakes = new List<string>();
        foreach (var expected in _run.Expected.GetProperty("relations").EnumerateArray())
        {
            var fa = expected.GetProperty("a").GetString()!;
            var fb = expected.GetProperty("b").GetString()!;
            var (a, b) = (_run.Id(fa), _run.Id(fb));
            var actual = relations.SingleOrDefault(r =>
                (r.GetProperty("a").GetString() == a && r.GetProperty("b").GetString() == b)
                || (r.GetProperty("a").GetString() == b && r.GetProperty("b").GetString() == a));
            if (actual.ValueKind == JsonValueKind.Undefined)
            {
                mistakes.Add($"{fa} – {fb}: no relation");
                continue;
            }

            var kind = actual.GetProperty("kind").GetString();
            var kinds = expected.TryGetProperty("kinds_accepted", out var kindList)
                ? kindList.EnumerateArray().Select(k => k.GetString()).ToList()
                : [expected.GetProperty("kind").GetString()];
            if (!kinds.Contains(kind))
            {
                mistakes.Add($"{fa} – {fb}: {kind}, expected {expected.GetProperty("kind").GetString()}");
            }

            var source = actual.GetProperty("source").GetString();
            var accepted = expected.TryGetProperty("sources_accepted", out var list)
                ? list.EnumerateArray().Select(s => s.GetString() is { } f ? _run.Id(f) : null).ToList()
                : [expected.GetProperty("source").GetString() is { } f ? _run.Id(f) : null];
            if (!accepted.Contains(source))
            {
                mistakes.Add($"{fa} – {fb}: source {source ?? "null"}, expected {string.Join(" or ", accepted.Select(s => s ?? "null"))}");
            }
        }

        mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Titles_and_dates_are_found()
    {
        var mistakes = new List<string>();
        foreach (var (file, expected) in _run.ExpectedDocuments())
        {
            var doc = _run.Doc(file);
            foreach (var field in new[] { "title", "published" })
            {
                var want = expected.GetProperty(field).GetString();
                var got = doc.GetProperty(field).GetString();
                if (want != got)
                {
                    mistakes.Add($"{file} {field}: '{got}', expected '{want}'");
                }
            }
        }

        mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Chrome_is_removed_and_listed_with_its_kind()
    {
        var mistakes = new List<string>();
        foreach (var (file, expected) in _run.ExpectedDocuments())
        {
            var removed = _run.Doc(file).GetProperty("removed").EnumerateArray()
                .Select(r => (Kind: r.GetProperty("kind").GetString()!, Text: Collapse(r.GetProperty("text").GetString()!))).ToList();
            foreach (var want in expected.GetProperty("removed").EnumerateArray())
            {
                if (want.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.False)
                {
                    continue;
                }

                var kinds = want.TryGetProperty("kinds_accepted", out var k)
                    ? k.EnumerateArray().Select(x => x.GetString()!).ToList()
                    : [want.GetProperty("kind").GetString()!];
                var text = Collapse(want.GetProperty("text").GetString()!);
                if (!removed.Any(r => kinds.Contains(r.Kind) && r.Text.Contains(text, StringComparison.Ordinal)))
                {
                    mistakes.Add($"{file}: not removed as {string.Join("/", kinds)}: {text}");
                }
            }
        }

        mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void The_cleaned_text_keeps_the_article_and_loses_the_damage()
    {
        var mistakes = new List<string>();
        foreach (var (file, expected) in _run.ExpectedDocuments())
        {
            var text = Collapse(_run.Doc(file).GetProperty("text").GetString()!);
            foreach (var want in expected.GetProperty("text_contains").EnumerateArray())
            {
                if (!text.Contains(Collapse(want.GetString()!), StringComparison.Ordinal))
                {
                    mistakes.Add($"{file}: text lacks: {want.GetString()}");
                }
            }

            foreach (var unwanted in expected.GetProperty("text_lacks").EnumerateArray())
            {
                if (text.Contains(Collapse(unwanted.GetString()!), StringComparison.Ordinal))
                {
                    mistakes.Add($"{file}: text still has: {unwanted.GetString()}");
                }
            }
        }

        mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_input_gives_the_same_report_byte_for_byte()
    {
        var corpus = Path.Combine(CliRunner.RepositoryRoot(), _run.Expected.GetProperty("corpus").GetString()!);
        CliRunner.Run("analyze", corpus, "--json").Stdout.ShouldBe(_run.Result.Stdout);
    }

    [Fact]
    public void The_terminal_report_shows_the_story_tree_the_relations_and_the_cleaning()
    {
        var corpus = Path.Combine(CliRunner.RepositoryRoot(), _run.Expected.GetProperty("corpus").GetString()!);
        var result = CliRunner.Run("analyze", corpus);
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("Story ");
        result.Stdout.ShouldContain("Relations");
        result.Stdout.ShouldContain("near-duplicate of " + _run.Id("01-wire.txt"));
        result.Stdout.ShouldContain("Cleaning");
        result.Stdout.ShouldContain(_run.Id("03-printout.txt") + " ");
    }

    [Fact]
    public void Every_planted_quote_alteration_is_flagged_with_both_wordings()
    {
        var families = _run.Report.GetProperty("quotes").EnumerateArray().ToList();
        var mistakes = new List<string>();
        foreach (var planted in _run.Expected.GetProperty("planted_quote_alterations").EnumerateArray())
        {
            var doc = _run.Id(planted.GetProperty("document").GetString()!);
            var altered = Collapse(planted.GetProperty("altered").GetString()!);
            var original = Collapse(planted.GetProperty("original").GetString()!);
            var speaker = planted.GetProperty("speaker").GetString()!;
            var flagged = families.Any(f =>
                f.GetProperty("speaker").GetString() == speaker
                && f.GetProperty("flags").EnumerateArray().Any(flag =>
                    flag.GetProperty("documents").EnumerateArray().Any(d => d.GetString() == doc)
                    && flag.GetProperty("wordings").EnumerateArray().Any(w => Collapse(w.GetProperty("text").GetString()!).Contains(altered, StringComparison.OrdinalIgnoreCase))
                    && flag.GetProperty("wordings").EnumerateArray().Any(w => Collapse(w.GetProperty("text").GetString()!).Contains(original, StringComparison.OrdinalIgnoreCase))));
            if (!flagged)
            {
                mistakes.Add($"{planted.GetProperty("kind").GetString()} by {speaker} in {planted.GetProperty("document").GetString()}: '{original}' → '{altered}' not flagged");
            }
        }

        mistakes.ShouldBeEmpty();
    }

    [Fact]
    public void Quotes_of_the_story_carry_their_speakers()
    {
        var speakers = _run.Report.GetProperty("quotes").EnumerateArray()
            .Select(q => q.GetProperty("speaker").GetString()).ToHashSet();
        foreach (var name in new[] { "Declan Oduya", "Ilona Vasquez", "Marek Dunmore", "Greta Solvang", "Nadia Ferrante" })
        {
            speakers.ShouldContain(name);
        }
    }
}
