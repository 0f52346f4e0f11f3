using System.Text.Json;
using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

/// <summary><c>stemma dedup</c> and <c>stemma synth</c> end to end.</summary>
public sealed class DedupCommandTests : IDisposable
{
    private const string Story = "The Orrin Valley council voted on Thursday to rebuild the old stone bridge over the Lessing river, which has been closed to traffic since the spring floods damaged two of its arches.";

    private readonly string _dir = Directory.CreateTempSubdirectory("stemma-dedup-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Writes_one_line_per_verified_pair_and_the_clusters()
    {
        File.WriteAllLines(P("in.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "wire", date = "2024-05-01T08:00:00Z", text = Story }),
            JsonSerializer.Serialize(new { id = "copy", date = "2024-05-01T09:00:00Z", text = Story + " Work starts in June." }),
            JsonSerializer.Serialize(new { id = "other", text = "A bakery in Pellham won a regional prize for its rye loaf, the third year running for the family business." }),
        ]);

        var result = CliRunner.Run("dedup", P("in.jsonl"), "--output", P("pairs.jsonl"), "--clusters", P("clusters.jsonl"));

        result.ExitCode.ShouldBe(0);
        string line = File.ReadAllLines(P("pairs.jsonl")).ShouldHaveSingleItem();
        using var pair = JsonDocument.Parse(line);
        pair.RootElement.GetProperty("a").GetString().ShouldBe("wire");
        pair.RootElement.GetProperty("b").GetString().ShouldBe("copy");
        pair.RootElement.GetProperty("containment_a_in_b").GetDouble().ShouldBe(1.0);
        pair.RootElement.GetProperty("jaccard").GetDouble().ShouldBeInRange(0.5, 1.0);
        pair.RootElement.TryGetProperty("containment_b_in_a", out _).ShouldBeTrue();
        using var cluster = JsonDocument.Parse(File.ReadAllLines(P("clusters.jsonl")).ShouldHaveSingleItem());
        cluster.RootElement.GetProperty("representative").GetString().ShouldBe("wire");
        result.Stderr.ShouldContain("3 documents, 1 pairs, 1 clusters, 0 input errors");
    }

    [Fact]
    public void Bad_lines_are_named_on_stderr_and_the_run_finishes_with_errors()
    {
        File.WriteAllLines(P("bad.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "a", text = Story }),
            "not json",
            JsonSerializer.Serialize(new { id = "b" }),
            JsonSerializer.Serialize(new { id = "a", text = Story }),
            JsonSerializer.Serialize(new { id = "c", text = Story }),
        ]);

        var result = CliRunner.Run("dedup", P("bad.jsonl"), "--output", P("pairs.jsonl"));

        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldContain("bad.jsonl:2: malformed JSON");
        result.Stderr.ShouldContain("bad.jsonl:3: missing \"text\"");
        result.Stderr.ShouldContain("bad.jsonl:4: duplicate id \"a\"");
        result.Stderr.ShouldNotContain("   at ");
        File.ReadAllLines(P("pairs.jsonl")).ShouldHaveSingleItem().ShouldContain("\"a\":\"a\",\"b\":\"c\"");
    }

    [Fact]
    public void A_missing_input_file_exits_with_no_input()
    {
        var result = CliRunner.Run("dedup", P("nope.jsonl"), "--output", P("pairs.jsonl"));
        result.ExitCode.ShouldBe(3);
        result.Stderr.ShouldContain("nope.jsonl");
    }

    [Fact]
    public void Synth_writes_a_labelled_corpus_that_dedup_reads()
    {
        string words = Path.Combine(AppContext.BaseDirectory, "Data", "Synthesis", "words.txt");
        CliRunner.Run("synth", "--docs", "400", "--seed", "3", "--output", P("corpus.jsonl"), "--words", words).ExitCode.ShouldBe(0);
        string[] lines = File.ReadAllLines(P("corpus.jsonl"));
        lines.Length.ShouldBe(400);
        lines.ShouldContain(l => l.Contains("\"dup_of\""));
        CliRunner.Run("synth", "--docs", "400", "--seed", "3", "--output", P("again.jsonl"), "--words", words);
        File.ReadAllText(P("again.jsonl")).ShouldBe(File.ReadAllText(P("corpus.jsonl")));

        var dedup = CliRunner.Run("dedup", P("corpus.jsonl"), "--output", P("pairs.jsonl"), "--stats", P("stats.json"));
        dedup.ExitCode.ShouldBe(0);
        File.ReadAllLines(P("pairs.jsonl")).Length.ShouldBeGreaterThan(20);
        using var stats = JsonDocument.Parse(File.ReadAllText(P("stats.json")));
        stats.RootElement.GetProperty("documents").GetInt32().ShouldBe(400);
    }
}
