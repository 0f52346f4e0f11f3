using System.Globalization;
using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

/// <summary><c>stemma paraphrase</c>: scores pairs in the MSRP layout, reporting bad lines and going on.</summary>
public class ParaphraseCommandTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Paraphrase", name);

    [Fact]
    public void Prints_id1_id2_score_and_label_for_each_good_pair_and_reports_bad_lines_with_their_numbers()
    {
        var result = CliRunner.Run("paraphrase", "--tsv", Data("pairs.tsv"));

        result.ExitCode.ShouldBe(1);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => string.Join('\t', l.Split('\t')[..2])).ShouldBe(["11\t12", "13\t14", "17\t18"]);
        foreach (string line in lines)
        {
            string[] fields = line.Split('\t');
            fields.Length.ShouldBe(4);
            fields[2].ShouldMatch(@"^[01]\.\d{4}$");
            double score = double.Parse(fields[2], CultureInfo.InvariantCulture);
            fields[3].ShouldBe(score >= 0.5 ? "1" : "0");
        }

        lines[0].ShouldEndWith("\t1"); // the reworded council sentence
        lines[1].ShouldEndWith("\t0"); // a different event in the same town
        result.Stderr.ShouldContain("pairs.tsv:3:");
        result.Stderr.ShouldContain("pairs.tsv:5:");
        result.Stderr.ShouldContain("pairs.tsv:7:");
        result.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void A_clean_file_read_from_standard_input_exits_zero()
    {
        var input = CliRunner.Utf8("1\ta\tb\tThe library reopened after the flood.\tAfter the flood the library reopened.\n");
        var result = CliRunner.Run(input, "paraphrase", "--tsv", "-");
        result.ExitCode.ShouldBe(0);
        result.Stdout.ShouldStartWith("a\tb\t");
        result.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_file_is_no_input()
    {
        var result = CliRunner.Run("paraphrase", "--tsv", Data("no-such-file.tsv"));
        result.ExitCode.ShouldBe(3);
        result.Stderr.ShouldContain("cannot read");
    }

    [Fact]
    public void Without_a_mode_it_is_a_usage_error()
    {
        CliRunner.Run("paraphrase").ExitCode.ShouldBe(2);
        CliRunner.Run("paraphrase", "--tsv", Data("pairs.tsv"), "--evaluate", Data("pairs.tsv")).ExitCode.ShouldBe(2);
    }
}
