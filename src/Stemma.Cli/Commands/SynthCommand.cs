using System.CommandLine;
using System.Text.Json;
using Stemma.Synthesis;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma synth --docs N --seed S --output FILE.jsonl</c>: a deterministic labelled corpus for benchmarks.</summary>
internal static class SynthCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var docs = new Option<int>("--docs") { Description = "How many articles.", Required = true, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "The seed; the same seed gives the same corpus.", DefaultValueFactory = _ => 1UL, HelpName = "S" };
        var output = new Option<string>("--output") { Description = "The JSONL file to write, or - for standard output.", Required = true, HelpName = "FILE.jsonl" };
        var words = new Option<string>("--words") { Description = "The word list to draw from.", DefaultValueFactory = _ => SynthesisOptions.DefaultWordListPath, HelpName = "PATH" };

        var command = new Command("synth", "Generate news-like articles with labelled near-duplicate families (each derived article carries dup_of).")
        {
            docs, seed, output, words,
        };
        command.SetAction((parsed, ct) => Task.FromResult(Run(parsed.GetValue(docs), parsed.GetValue(seed), parsed.GetValue(output)!, parsed.GetValue(words)!, stdout, stderr, ct)));
        return command;
    }

    private static int Run(int docs, ulong seed, string output, string wordList, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (docs < 0)
        {
            stderr.WriteLine($"stemma: --docs must be 0 or more; got {docs}.");
            return ExitCodes.Usage;
        }

        Vocabulary vocabulary;
        try
        {
            vocabulary = Vocabulary.Load(wordList);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"stemma: cannot use the word list {wordList}: {e.Message} (apt-get install wamerican)");
            return ExitCodes.NoInput;
        }

        var synthesizer = CorpusSynthesizer.Create(vocabulary);
        try
        {
            using Stream stream = output == "-" ? new MemoryStream() : new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                foreach (SyntheticArticle article in synthesizer.Generate(docs, seed))
                {
                    ct.ThrowIfCancellationRequested();
                    json.WriteStartObject();
                    json.WriteString("id", article.Id);
                    json.WriteString("date", article.Date);
                    json.WriteString("title", article.Title);
                    json.WriteString("text", article.Text);
                    if (article.DupOf is not null)
                    {
                        json.WriteString("dup_of", article.DupOf);
                        json.WriteString("transform", article.Transforms);
                    }

                    json.WriteEndObject();
                    json.Flush();
                    stream.WriteByte((byte)'\n');
                    json.Reset();
                    if (output == "-" && stream.Length > 1 << 20)
                    {
                        Drain((MemoryStream)stream, stdout);
                    }
                }
            }

            if (output == "-")
            {
                Drain((MemoryStream)stream, stdout);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot write {output}: {e.Message}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }

    private static void Drain(MemoryStream buffer, TextWriter stdout)
    {
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
