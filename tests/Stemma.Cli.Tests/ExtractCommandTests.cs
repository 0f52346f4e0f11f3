using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

public class ExtractCommandTests
{
    private static string Sample(string name) =>
        Path.Combine(CliRunner.RepositoryRoot(), "samples", "saltmere-dock-strike", name);

    [Fact]
    public void Extract_prints_each_document_in_the_report_document_shape()
    {
        var result = CliRunner.Run("extract", Sample("03-printout.txt"), Sample("04-web-edition.html"), "--json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        var root = result.Json().RootElement;
        root.GetProperty("schema").GetString().ShouldBe("stemma.extract/1");
        var docs = root.GetProperty("documents").EnumerateArray().ToList();
        docs.Count.ShouldBe(2);
        foreach (var field in new[] { "id", "source", "format", "title", "outlet", "byline", "published", "text", "removed", "warnings" })
        {
            docs.Count(d => d.TryGetProperty(field, out var _)).ShouldBe(2, field);
        }

        docs[0].GetProperty("removed").EnumerateArray().ShouldContain(r => r.GetProperty("kind").GetString() == "url");
        docs[1].GetProperty("format").GetString().ShouldBe("html");
    }

    [Fact]
    public void Extract_as_text_shows_title_metadata_text_and_removals()
    {
        var result = CliRunner.Run("extract", Sample("03-printout.txt"));

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("title:     Saltmere dockworkers strike over crane automation, bringing port to a standstill");
        result.Stdout.ShouldContain("removed [url] https://");
        result.Stdout.ShouldContain("repaired: ");
    }

    [Fact]
    public void Extract_reports_bad_input_and_goes_on()
    {
        var empty = Path.Combine(AppContext.BaseDirectory, "Data", "BadInput", "empty.txt");
        var result = CliRunner.Run("extract", empty, Sample("01-wire.txt"), "--json");

        result.ExitCode.ShouldBe(1);
        result.Json().RootElement.GetProperty("errors")[0].GetProperty("source").GetString()!.ShouldEndWith("empty.txt");
        result.Json().RootElement.GetProperty("documents").GetArrayLength().ShouldBe(1);
    }
}
