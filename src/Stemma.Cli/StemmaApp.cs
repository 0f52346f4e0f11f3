using System.CommandLine;
using System.CommandLine.Help;
using Stemma.Cli.Commands;

namespace Stemma.Cli;

/// <summary>The <c>stemma</c> command line: a thin shell of commands over the core library.</summary>
internal static class StemmaApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        // A plain command named "stemma" rather than RootCommand, which would take the assembly's name (Stemma.Cli) in help.
        var root = new Command("stemma", "Stemma: which articles tell the same story, who copied whom, what changed.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(AnalyzeCommand.Create(stdin, stdout, stderr, interactive));
        root.Subcommands.Add(ExtractCommand.Create(stdin, stdout, stderr, interactive));
        root.Subcommands.Add(DedupCommand.Create(stderr, interactive));
        root.Subcommands.Add(SynthCommand.Create(stdout, stderr));
        root.Subcommands.Add(ParaphraseCommand.Create(stdin, stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"stemma: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'stemma --help' for usage.");
            return ExitCodes.Usage;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("stemma: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Users' mistakes are reported as errors before this point; reaching here is a bug in Stemma,
            // and the details are what a maintainer needs to fix it.
            await stderr.WriteLineAsync($"stemma: internal error: {e.Message}");
            await stderr.WriteLineAsync("This is a bug in Stemma; please report it with the details below.");
            await stderr.WriteLineAsync(e.ToString());
            return ExitCodes.InternalError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
