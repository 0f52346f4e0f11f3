using System.CommandLine;
using Stemma.Cli.Rendering;
using Stemma.Reporting;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma analyze PATH... [--json [FILE]]</c>: the main job.</summary>
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
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

        var command = new Command("analyze", "Read articles, clean them, find which tell the same story and how they relate.")
        {
            paths, json, noProgress,
        };
        command.SetAction((parsed, ct) =>
        {
            var jsonTarget = parsed.GetResult(json) is null ? null : parsed.GetValue(json) ?? "-";
            var showProgress = interactive && !parsed.GetValue(noProgress);
            return Task.FromResult(Run(parsed.GetValue(paths)!, jsonTarget, showProgress, stdin, stdout, stderr, ct));
        });
        return command;
    }

    private static int Run(string[] paths, string? jsonTarget, bool showProgress, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var pipeline = AnalysisPipeline.Create();
        using var input = paths.Contains("-") ? stdin() : null;
        var report = ProgressDisplay.Run(stderr, showProgress, progress => pipeline.Analyze(paths, input, progress, ct));

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
