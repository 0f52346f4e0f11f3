using System.Text;
using System.Text.Json;

namespace Stemma.Cli.Tests.Support;

/// <summary>Runs the <c>stemma</c> command in-process, as a user would from a shell.</summary>
public static class CliRunner
{
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
    {
        public JsonDocument Json() => JsonDocument.Parse(Stdout);
    }

    public static CliResult Run(params string[] args) => Run(Stream.Null, args);

    public static CliResult Run(Stream stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StemmaApp.RunAsync(args, () => stdin, stdout, stderr, interactive: false).GetAwaiter().GetResult();
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    /// <summary>The repository's root (the folder holding Stemma.slnx).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Stemma.slnx not found above " + AppContext.BaseDirectory);
    }
}
