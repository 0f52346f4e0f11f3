using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Stemma.Matching;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma dedup INPUT.jsonl --output PAIRS.jsonl [--clusters CLUSTERS.jsonl]</c>: near-duplicate search at feed scale.</summary>
internal static class DedupCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stderr, bool interactive)
    {
        var input = new Argument<string>("input") { Description = "A JSONL file: one {\"id\", \"text\", \"date\"?} object per line." };
        var threshold = new Option<double>("--threshold") { Description = "Report pairs whose exact 5-word-shingle Jaccard is at least this.", DefaultValueFactory = _ => LshOptions.DefaultThreshold };
        var containment = new Option<double>("--containment") { Description = "Report pairs where either text has at least this share of its shingles in the other.", DefaultValueFactory = _ => DedupOptions.DefaultContainment };
        var output = new Option<string>("--output") { Description = "Where to write the verified pairs (JSONL).", Required = true, HelpName = "PAIRS.jsonl" };
        var clusters = new Option<string?>("--clusters") { Description = "Also write the clusters (JSONL).", HelpName = "CLUSTERS.jsonl" };
        var stats = new Option<string?>("--stats") { Description = "Also write counts and timings (JSON).", HelpName = "STATS.json" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (-1: one per core).", DefaultValueFactory = _ => -1 };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on the terminal." };

        var command = new Command("dedup", "Find every near-duplicate and contained pair in a JSONL file of articles, verified exactly.")
        {
            input, threshold, containment, output, clusters, stats, threads, noProgress,
        };
        command.SetAction((parsed, ct) => Task.FromResult(Run(
            parsed.GetValue(input)!,
            new DedupOptions { Threshold = parsed.GetValue(threshold), Containment = parsed.GetValue(containment), MaxDegreeOfParallelism = parsed.GetValue(threads) },
            parsed.GetValue(output)!,
            parsed.GetValue(clusters),
            parsed.GetValue(stats),
            interactive && !parsed.GetValue(noProgress),
            stderr,
            ct)));
        return command;
    }

    private static int Run(string input, DedupOptions options, string output, string? clustersPath, string? statsPath, bool showProgress, TextWriter stderr, CancellationToken ct)
    {
        NearDuplicateFinder finder;
        try
        {
            finder = NearDuplicateFinder.Create(options);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"stemma: {e.Message}");
            return ExitCodes.Usage;
        }

        if (!File.Exists(input))
        {
            stderr.WriteLine($"stemma: {input}: no such file");
            return ExitCodes.NoInput;
        }

        var clock = Stopwatch.StartNew();
        DedupResult result = showProgress ? RunWithProgress(finder, input, stderr, ct) : finder.Run(input, null, ct);

        foreach (DedupInputError error in result.Errors)
        {
            stderr.WriteLine($"stemma: {input}:{error.Line}: {error.Message}");
        }

        try
        {
            WritePairs(output, result.Pairs);
            if (clustersPath is not null)
            {
                WriteClusters(clustersPath, result.Clusters);
            }

            if (statsPath is not null)
            {
                WriteStatistics(statsPath, result.Statistics);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot write the output: {e.Message}");
            return ExitCodes.Usage;
        }

        DedupStatistics s = result.Statistics;
        double seconds = clock.Elapsed.TotalSeconds;
        stderr.WriteLine(FormattableString.Invariant(
            $"stemma dedup: {s.Documents:N0} documents, {s.VerifiedPairs:N0} pairs, {result.Clusters.Count:N0} clusters, {result.Errors.Count:N0} input errors, {s.ExactCopies:N0} exact copies in {seconds:F1} s ({s.Documents / Math.Max(seconds, 1e-9):N0} docs/s)"));

        return s.Documents == 0 ? ExitCodes.NoInput
            : result.Errors.Count > 0 ? ExitCodes.FinishedWithErrors
            : ExitCodes.Success;
    }

    private static DedupResult RunWithProgress(NearDuplicateFinder finder, string input, TextWriter stderr, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        var clock = Stopwatch.StartNew();
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask("reading", maxValue: Math.Max(1, new FileInfo(input).Length));
                var progress = new SynchronousProgress(p =>
                {
                    task.Value = p.BytesRead;
                    double rate = p.Documents / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                    task.Description = Markup.Escape(FormattableString.Invariant($"{p.Stage} {p.Documents:N0} docs · {rate:N0} docs/s"));
                });
                DedupResult result = finder.Run(input, progress, ct);
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static void WritePairs(string path, IReadOnlyList<DuplicatePair> pairs)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (DuplicatePair pair in pairs)
        {
            json.WriteStartObject();
            json.WriteString("a", pair.A);
            json.WriteString("b", pair.B);
            json.WriteNumber("jaccard", Math.Round(pair.Jaccard, 6));
            json.WriteNumber("containment_a_in_b", Math.Round(pair.ContainmentAInB, 6));
            json.WriteNumber("containment_b_in_a", Math.Round(pair.ContainmentBInA, 6));
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteClusters(string path, IReadOnlyList<DuplicateCluster> clusters)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (DuplicateCluster cluster in clusters)
        {
            json.WriteStartObject();
            json.WriteString("representative", cluster.Representative);
            json.WriteNumber("size", cluster.Members.Count);
            json.WriteStartArray("members");
            foreach (string member in cluster.Members)
            {
                json.WriteStringValue(member);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteStatistics(string path, DedupStatistics s)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("documents", s.Documents);
        json.WriteNumber("threads", s.Threads);
        json.WriteNumber("total_seconds", s.TotalSeconds);
        json.WriteNumber("read_seconds", s.ReadSeconds);
        json.WriteNumber("parse_cpu_seconds", s.ParseCpuSeconds);
        json.WriteNumber("fingerprint_cpu_seconds", s.FingerprintCpuSeconds);
        json.WriteNumber("index_cpu_seconds", s.IndexCpuSeconds);
        json.WriteNumber("query_cpu_seconds", s.QueryCpuSeconds);
        json.WriteNumber("verify_seconds", s.VerifySeconds);
        json.WriteNumber("lsh_bands", s.Lsh.Bands);
        json.WriteNumber("lsh_rows", s.Lsh.Rows);
        json.WriteNumber("lsh_candidates", s.LshCandidates);
        json.WriteNumber("containment_candidates", s.ContainmentCandidates);
        json.WriteNumber("exact_copies", s.ExactCopies);
        json.WriteNumber("verified_pairs", s.VerifiedPairs);
        json.WriteNumber("verification_passes", s.VerificationPasses);
        json.WriteNumber("index_bytes_per_document", s.IndexBytesPerDocument);
        json.WriteEndObject();
    }

    // Progress<T> posts to the thread pool and may report after the work ended; this reports in line.
    private sealed class SynchronousProgress(Action<DedupProgress> report) : IProgress<DedupProgress>
    {
        public void Report(DedupProgress value) => report(value);
    }
}
