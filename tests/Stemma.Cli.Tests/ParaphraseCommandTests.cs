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

    [WordNetFact]
    public void Cross_validation_prints_one_line_per_penalty_and_training_writes_a_model_that_loads()
    {
        string dir = Path.Combine(Path.GetTempPath(), "stemma-paraphrase-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var sb = new System.Text.StringBuilder("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
            string[] places = ["Pellham", "Marrowick", "Tarnow", "Kessler", "Varga", "Ostrava", "Lindqvist", "Halloran", "Brenna", "Corvale"];
            for (int i = 0; i < places.Length; i++)
            {
                string p = places[i];
                sb.Append(CultureInfo.InvariantCulture, $"1\t{i}1\t{i}2\tThe {p} council approved the budget on Monday.\tOn Monday the {p} council approved the budget.\n");
                sb.Append(CultureInfo.InvariantCulture, $"0\t{i}3\t{i}4\tThe {p} museum opened a new wing.\tPolice in {p} arrested {i + 3} men after a robbery.\n");
                sb.Append(CultureInfo.InvariantCulture, $"1\t{i}5\t{i}6\tThe {p} ferry left the harbour at noon.\tAt noon the {p} ferry left the harbour.\n");
                sb.Append(CultureInfo.InvariantCulture, $"0\t{i}7\t{i}8\tThe {p} ferry left the harbour at noon.\tHeavy rain closed two schools in {p}.\n");
            }

            string data = Path.Combine(dir, "pairs.tsv");
            File.WriteAllText(data, sb.ToString());

            var cv = CliRunner.Run("paraphrase", "--cross-validate", data);
            cv.ExitCode.ShouldBe(0);
            string[] lines = cv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(4);
            lines.ShouldAllBe(l => l.StartsWith("cv5 latent L2 ", StringComparison.Ordinal) && l.Contains("accuracy"));

            string model = Path.Combine(dir, "model.json");
            var train = CliRunner.Run("paraphrase", "--train", data, "--output", model);
            train.ExitCode.ShouldBe(0);
            File.ReadAllText(model).ShouldContain("\"stemma.paraphrase/4\"");
            var scored = CliRunner.Run("paraphrase", "--model", model, "--tsv", data);
            scored.ExitCode.ShouldBe(0);
            scored.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4 * places.Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
