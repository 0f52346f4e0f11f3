using Spectre.Console;

namespace Stemma.Cli.Rendering;

/// <summary>Shows the pipeline's progress on standard error while a long run works.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing its progress on <paramref name="stderr"/> when <paramref name="show"/>.</summary>
    public static T Run<T>(TextWriter stderr, bool show, Func<IProgress<AnalysisProgress>?, T> work)
    {
        if (!show)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        return console.Status().Spinner(Spinner.Known.Dots).Start("Starting…", ctx =>
            work(new SynchronousProgress(p => ctx.Status(Markup.Escape(Describe(p))))));
    }

    private static string Describe(AnalysisProgress p) =>
        p.Total is { } total ? $"{p.Stage} {p.Done:N0}/{total:N0}" : $"{p.Stage} {p.Done:N0}";

    // Progress<T> posts to the thread pool and may report after the work ended; this reports in line.
    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
