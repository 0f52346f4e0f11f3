using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Stemma.Extraction;

/// <summary>Runs <c>pdftotext</c> (poppler-utils) on the bytes of a PDF.</summary>
internal static class PdfText
{
    private const string ToolName = "pdftotext";
    private const string DefaultToolPath = "/usr/bin/pdftotext";

    /// <summary>How many distinct lines of pdftotext's complaints are quoted back to the user.</summary>
    private const int MaxQuotedStderrLines = 3;

    public const string NotFound = "pdftotext not found: install poppler-utils (apt-get install poppler-utils)";
    public const string NoTextLayer = "no text layer (scanned PDF? needs OCR)";

    /// <summary>The text, one string per page, or why there is none.</summary>
    public static (IReadOnlyList<string> Pages, List<string> Warnings, string? Problem) Run(
        byte[] pdf, DocumentExtractorOptions options, CancellationToken cancellationToken)
    {
        var tool = FindTool(options.PdfToTextPath);
        if (tool is null)
        {
            return ([], [], options.PdfToTextPath is null ? NotFound : $"{NotFound} (looked for {options.PdfToTextPath})");
        }

        // pdftotext needs a seekable file; standard input and in-memory bytes have none.
        var temp = Path.Combine(Path.GetTempPath(), $"stemma-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(temp, pdf);
            return RunTool(tool, temp, options.PdfTimeout, cancellationToken, layout: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], [], $"could not write a temporary copy for pdftotext: {ex.Message}");
        }
        finally
        {
            TryDelete(temp);
        }
    }

    // With layout, pdftotext gives word boxes (-bbox-layout) and PdfLayout puts each page in
    // reading order; when that output does not parse, the plain text is asked for instead.
    private static (IReadOnlyList<string> Pages, List<string> Warnings, string? Problem) RunTool(
        string tool, string file, TimeSpan timeout, CancellationToken cancellationToken, bool layout)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in layout ? new[] { "-enc", "UTF-8", "-bbox-layout", file, "-" } : ["-enc", "UTF-8", file, "-"])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("process did not start");
        }
        catch (Win32Exception)
        {
            return ([], [], NotFound);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                TryKill(process);
                cancellationToken.ThrowIfCancellationRequested();
                return ([], [], $"pdftotext took longer than {timeout.TotalSeconds:0} s; gave up");
            }

            var output = stdout.GetAwaiter().GetResult();
            var complaints = Complaints(stderr.GetAwaiter().GetResult());
            if (process.ExitCode != 0)
            {
                var reason = complaints.Count > 0 ? string.Join("; ", complaints) : $"exit code {process.ExitCode}";
                return ([], [], $"corrupt or unreadable PDF (pdftotext: {reason})");
            }

            List<string> pages;
            if (layout)
            {
                try
                {
                    pages = PdfLayout.Parse(output).Select(PdfLayout.Text).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
                }
                catch (System.Xml.XmlException)
                {
                    return RunTool(tool, file, timeout, cancellationToken, layout: false);
                }
            }
            else
            {
                pages = Pages(output);
            }

            if (pages.Count == 0)
            {
                return complaints.Count > 0
                    ? ([], [], $"corrupt or unreadable PDF (pdftotext: {string.Join("; ", complaints)})")
                    : ([], [], NoTextLayer);
            }

            var warnings = complaints.Count > 0 ? [$"pdftotext reported: {string.Join("; ", complaints)}"] : new List<string>();
            return (pages, warnings, null);
        }
    }

    /// <summary>pdftotext ends every page with a form feed; pages without text are dropped.</summary>
    private static List<string> Pages(string output)
    {
        var pages = new List<string>();
        foreach (var page in output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f'))
        {
            var text = page.Trim('\n');
            if (!string.IsNullOrWhiteSpace(text))
            {
                pages.Add(text);
            }
        }

        return pages;
    }

    private static List<string> Complaints(string stderr)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var raw in stderr.Split('\n'))
        {
            var line = raw.Trim();
            foreach (var prefix in new[] { "Syntax Error:", "Syntax Warning:", "Internal Error:", "I/O Error:", "Command Line Error:" })
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    line = line[prefix.Length..].Trim();
                }
            }

            if (line.Length > 0 && seen.Add(line) && lines.Count < MaxQuotedStderrLines)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string? FindTool(string? configured)
    {
        if (configured is not null)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, ToolName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return File.Exists(DefaultToolPath) ? DefaultToolPath : null;
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp file is not worth failing the document for.
        }
    }
}
