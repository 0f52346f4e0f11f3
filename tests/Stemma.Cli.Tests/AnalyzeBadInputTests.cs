using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

/// <summary>A user's bad input becomes an entry in errors; the rest of the batch is analysed.</summary>
public class AnalyzeBadInputTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "BadInput", name);

    private static (string Source, string Message) SingleErrorFor(CliRunner.CliResult result, string file)
    {
        var errors = result.Json().RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("message").GetString()!)).ToList();
        return errors.Single(e => e.Item1.EndsWith(file, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("empty.txt", "empty")]
    [InlineData("blob.bin", "binary")]
    [InlineData("bad-utf8.txt", "UTF-8")]
    [InlineData("truncated.pdf", "PDF")]
    public void A_bad_file_is_an_error_naming_it_and_the_good_file_is_still_analysed(string file, string reason)
    {
        var result = CliRunner.Run("analyze", Data(file), Data("good.txt"), "--json");

        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldNotContain("   at ");
        SingleErrorFor(result, file).Message.ShouldContain(reason, Case.Insensitive);
        var docs = result.Json().RootElement.GetProperty("documents");
        docs.GetArrayLength().ShouldBe(1);
        docs[0].GetProperty("title").GetString().ShouldBe("Lantern festival opens on the Calloway riverfront");
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error_and_the_rest_goes_on()
    {
        var missing = Path.Combine(Path.GetTempPath(), "stemma-no-such-file-" + Guid.NewGuid().ToString("N") + ".txt");
        var result = CliRunner.Run("analyze", missing, Data("good.txt"), "--json");

        result.ExitCode.ShouldBe(1);
        SingleErrorFor(result, Path.GetFileName(missing)).Message.ShouldContain("no such file", Case.Insensitive);
        result.Stderr.ShouldContain(missing);
    }

    [Fact]
    public void Only_bad_input_exits_with_no_input()
    {
        var result = CliRunner.Run("analyze", Data("empty.txt"), "--json");
        result.ExitCode.ShouldBe(3);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = CliRunner.Run("analyze", "--no-such-option", Data("good.txt"));
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("--no-such-option");
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        using var stdin = CliRunner.Utf8(File.ReadAllText(Data("good.txt")));
        var result = CliRunner.Run(stdin, "analyze", "-", "--json");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Json().RootElement.GetProperty("documents")[0].GetProperty("source").GetString().ShouldBe("-");
    }

    [Fact]
    public void The_json_report_can_be_written_to_a_file_while_the_terminal_report_is_printed()
    {
        var file = Path.Combine(Path.GetTempPath(), "stemma-report-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var result = CliRunner.Run("analyze", Data("good.txt"), "--json", file);
            result.ExitCode.ShouldBe(0, result.Stderr);
            result.Stdout.ShouldContain("1 document, 1 story, 0 relations, 0 errors");
            File.ReadAllText(file).ShouldContain("\"schema\": \"stemma.report/1\"");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
