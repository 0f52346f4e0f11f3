using System.CommandLine;
using Stemma.Cli.Rendering;
using Stemma.Collation;
using Stemma.Reporting;
using Stemma.Reporting.Html;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma analyze PATH... [--json [FILE]] [--html FILE]</c>: the main job.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<Stream> stdin, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var paths = PathArgument.Create();
        var json = new Option<string?>("--json")
        {
            Description = "Write the stemma.report/1 JSON report: to FILE, or to standard output when FILE is omitted or -.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "FILE",
        };
        var html = new Option<string?>("--html")
        {
            Description = "Also write the report as one self-contained HTML page (stemma graphs, canonical texts, side-by-side versions) to FILE.",
            HelpName = "FILE",
        };
        var collatex = new Option<string?>("--collatex")
        {
            Description = "Also write each collation as CollateX-compatible JSON (alignment table) into DIR, one file per collation (its id, '/' as '_').",
            HelpName = "DIR",
        };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

        var command = new Command("analyze", "Read articles, clean them, find which tell the same story and how they relate.")
        {
            paths, json, html, collatex, noProgress,
        };
        command.SetAction((parsed, ct) =>
        {
            var jsonTarget = parsed.GetResult(json) is null ? null : parsed.GetValue(json) ?? "-";
            var showProgress = interactive && !parsed.GetValue(noProgress);
            var targets = new Targets(jsonTarget, parsed.GetValue(html), parsed.GetValue(collatex));
            return Task.FromResult(Run(parsed.GetValue(paths)!, targets, showProgress, stdin, stdout, stderr, ct));
        });
        return command;
    }

    private sealed record Targets(string? Json, string? Html, string? CollateX);

    private static int Run(string[] paths, Targets targets, bool showProgress, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var pipeline = AnalysisPipeline.Create();
        using var input = paths.Contains("-") ? stdin() : null;
        var report = ProgressDisplay.Run(stderr, showProgress, progress => pipeline.Analyze(paths, input, progress, ct));

        var written = (targets.Html is null || TryWrite(targets.Html, "HTML report", w => new HtmlReportWriter().Write(report, w, ct), stderr))
            && (targets.CollateX is null || WriteCollateX(targets.CollateX, report, stderr))
            && (targets.Json is null or "-" || TryWrite(targets.Json, "JSON report", w => new JsonReportWriter().Write(report, w, ct), stderr));
        if (!written)
        {
            return ExitCodes.Usage;
        }

        if (targets.Json == "-")
        {
            new JsonReportWriter().Write(report, stdout, ct);
        }
        else
        {
            new TerminalReportWriter().Write(report, stdout, ct);
        }

        foreach (var e in report.Errors)
        {
            stderr.WriteLine($"stemma: {e.Source}: {e.Message}");
        }

        return report.Documents.Count == 0 ? ExitCodes.NoInput
            : report.Errors.Count > 0 ? ExitCodes.FinishedWithErrors
            : ExitCodes.Success;
    }

    private static bool WriteCollateX(string directory, AnalysisReport report, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot create {directory} for the CollateX files: {e.Message}");
            return false;
        }

        return report.Collations.All(c =>
            TryWrite(Path.Combine(directory, CollateXFileName(c.Id)), "CollateX file", w => w.Write(CollateXJson.Write(c)), stderr));
    }

    /// <summary>A collation id ("story/edition-1") as a file name: separators become underscores.</summary>
    internal static string CollateXFileName(string collationId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(collationId.Select(ch => invalid.Contains(ch) || ch == '\\' ? '_' : ch).ToArray()) + ".json";
    }

    private static bool TryWrite(string path, string what, Action<TextWriter> write, TextWriter stderr)
    {
        try
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            write(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot write the {what} to {path}: {e.Message}");
            return false;
        }
    }
}
