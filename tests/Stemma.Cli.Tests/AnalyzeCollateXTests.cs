using System.Text.Json;
using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

public class AnalyzeCollateXTests
{
    [Fact]
    public void Each_collation_is_written_as_a_collatex_alignment_table()
    {
        var corpus = Path.Combine(CliRunner.RepositoryRoot(), "samples", "saltmere-dock-strike");
        var dir = Path.Combine(Path.GetTempPath(), "stemma-collatex-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = CliRunner.Run("analyze", corpus, "--collatex", dir, "--json");

            result.ExitCode.ShouldBe(0, result.Stderr);
            var collations = result.Json().RootElement.GetProperty("collations").EnumerateArray().ToList();
            collations.ShouldNotBeEmpty();
            foreach (var c in collations)
            {
                var file = Path.Combine(dir, Commands.AnalyzeCommand.CollateXFileName(c.GetProperty("id").GetString()!));
                File.Exists(file).ShouldBeTrue(file);
                using var table = JsonDocument.Parse(File.ReadAllText(file));
                var witnesses = table.RootElement.GetProperty("witnesses").GetArrayLength();
                witnesses.ShouldBe(c.GetProperty("documents").GetArrayLength());
                table.RootElement.GetProperty("table").GetArrayLength().ShouldBe(witnesses);
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
