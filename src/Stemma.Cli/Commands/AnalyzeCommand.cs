using System.CommandLine;
using Stemma.Cli.Rendering;
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
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

        var command = new Command("analyze", "Read articles, clean them, find which tell the same story and how they relate.")
        {
            paths, json, html, noProgress,
        };
        command.SetAction((parsed, ct) =>
        {
            var jsonTarget = parsed.GetResult(json) is null ? null : parsed.GetValue(json) ?? "-";
            var showProgress = interactive && !parsed.GetValue(noProgress);
            return Task.FromResult(Run(parsed.GetValue(paths)!, jsonTarget, parsed.GetValue(html), showProgress, stdin, stdout, stderr, ct));
        });
        return command;
    }

    private static int Run(string[] paths, string? jsonTarget, string? htmlTarget, bool showProgress, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var pipeline = AnalysisPipeline.Create();
        using var input = paths.Contains("-") ? stdin() : null;
        var report = ProgressDisplay.Run(stderr, showProgress, progress => pipeline.Analyze(paths, input, progress, ct));

        if (htmlTarget is not null)
        {
            try
            {
                using var file = new StreamWriter(htmlTarget, append: false, new System.Text.UTF8Encoding(false));
                new HtmlReportWriter().Write(report, file, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"stemma: cannot write the HTML report to {htmlTarget}: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        if (jsonTarget == "-")
        {
            new JsonReportWriter().Write(report, stdout, ct);
        }
        else
        {
            if (jsonTarget is not null)
            {
                try
                {
                    using var file = new StreamWriter(jsonTarget, append: false, new System.Text.UTF8Encoding(false));
                    new JsonReportWriter().Write(report, file, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"stemma: cannot write the JSON report to {jsonTarget}: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

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
}
