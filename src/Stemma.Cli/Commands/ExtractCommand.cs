using System.CommandLine;
using System.Globalization;
using Stemma.Cli.Rendering;
using Stemma.Reporting;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma extract PATH... [--json]</c>: extraction and cleaning on their own, to check or reuse them.</summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Func<Stream> stdin, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var paths = PathArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print the documents as JSON (stemma.extract/1: REPORT.md's document shape) instead of text." };
        var command = new Command("extract", "Read, extract and clean articles, and print each document: title, metadata, cleaned text, what was removed.")
        {
            paths, json,
        };
        command.SetAction((parsed, ct) =>
        {
            var pipeline = AnalysisPipeline.Create();
            var names = parsed.GetValue(paths)!;
            using var input = names.Contains("-") ? stdin() : null;
            var batch = ProgressDisplay.Run(stderr, interactive, progress => pipeline.Read(names, input, progress, ct));
            if (parsed.GetValue(json))
            {
                JsonReportWriter.WriteExtraction(batch, stdout, ct);
            }
            else
            {
                WriteText(batch, stdout);
            }

            foreach (var e in batch.Errors)
            {
                stderr.WriteLine($"stemma: {e.Source}: {e.Message}");
            }

            return Task.FromResult(batch.Articles.Count == 0 ? ExitCodes.NoInput
                : batch.Errors.Count > 0 ? ExitCodes.FinishedWithErrors
                : ExitCodes.Success);
        });
        return command;
    }

    private static void WriteText(ArticleBatch batch, TextWriter output)
    {
        foreach (var d in batch.Articles)
        {
            output.WriteLine($"=== {d.Source} ({d.Id}, {JsonReportWriter.FormatName(d.Format)})");
            output.WriteLine($"title:     {d.Metadata.Title ?? "–"}");
            output.WriteLine($"outlet:    {d.Metadata.Outlet ?? "–"}");
            output.WriteLine($"byline:    {d.Metadata.Byline ?? "–"}");
            output.WriteLine($"wire:      {d.Metadata.Wire ?? "–"}");
            output.WriteLine($"published: {d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"}");
            output.WriteLine();
            output.WriteLine(d.Text);
            output.WriteLine();
            foreach (var r in d.Removed)
            {
                output.WriteLine($"  removed [{r.Kind}] {r.Text}");
            }

            foreach (var r in d.Repairs)
            {
                output.WriteLine($"  repaired: {r}");
            }

            foreach (var w in d.Warnings)
            {
                output.WriteLine($"  warning: {w}");
            }

            output.WriteLine();
        }
    }
}
