using System.CommandLine;
using System.Globalization;
using System.Text;
using Stemma.Matching.Paraphrase;

namespace Stemma.Cli.Commands;

/// <summary>
/// <c>stemma paraphrase --tsv FILE</c>: scores sentence pairs in the MSRP layout with the paraphrase model;
/// <c>--evaluate FILE</c> measures it on the held-out part of a labelled file; the hidden
/// <c>--train FILE --output OUT</c> retrains it (OUT ending in .cs writes the source file shipped in the library).
/// </summary>
internal static class ParaphraseCommand
{
    // The folds of --cross-validate: five, the usual choice for ~3,000 pairs.
    private const int CrossValidationFolds = 5;

    // The latent-feature L2 penalties --cross-validate compares: a log-spaced range around the default.
    private static readonly double[] L2Grid = [30, 100, 300, 1000];

    /// <summary>Builds the command.</summary>
    public static Command Create(Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        var tsv = new Option<string?>("--tsv")
        {
            Description = "Score the pairs of FILE (MSRP layout: quality, id1, id2, sentence1, sentence2; - for standard input); prints id1, id2, score, label.",
            HelpName = "FILE",
        };
        var evaluate = new Option<string?>("--evaluate")
        {
            Description = "Measure the model on the held-out part of the labelled MSRP-layout FILE: accuracy, precision, recall, F1.",
            HelpName = "FILE",
        };
        var model = new Option<string?>("--model")
        {
            Description = "Use the model saved in FILE (JSON) instead of the one shipped with Stemma.",
            HelpName = "FILE",
        };
        var train = new Option<string?>("--train")
        {
            Description = "Train a model on the training part of the labelled MSRP-layout FILE (needs --output).",
            HelpName = "FILE",
            Hidden = true,
        };
        var crossValidate = new Option<string?>("--cross-validate")
        {
            Description = "5-fold cross-validation on the training part of the labelled MSRP-layout FILE, for a range of L2 penalties on the latent features.",
            HelpName = "FILE",
            Hidden = true,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Where --train writes the model: JSON, or the C# source shipped in the library when FILE ends in .cs.",
            HelpName = "FILE",
            Hidden = true,
        };

        var command = new Command("paraphrase", "Say whether sentence pairs are paraphrases (lexical model trained on MSRP).")
        {
            tsv, evaluate, model, train, crossValidate, output,
        };
        command.Validators.Add(result =>
        {
            int modes = new[] { result.GetResult(tsv), result.GetResult(evaluate), result.GetResult(train), result.GetResult(crossValidate) }.Count(r => r is not null);
            if (modes != 1)
            {
                result.AddError("give exactly one of --tsv FILE, --evaluate FILE or --train FILE.");
            }

            if (result.GetResult(train) is not null && result.GetResult(output) is null)
            {
                result.AddError("--train needs --output FILE.");
            }

            if (result.GetResult(train) is not null && result.GetResult(model) is not null)
            {
                result.AddError("--model cannot be combined with --train.");
            }
        });
        command.SetAction((parsed, ct) =>
        {
            int code;
            if (parsed.GetValue(train) is string trainFile)
            {
                code = Train(trainFile, parsed.GetValue(output)!, stdout, stderr, ct);
            }
            else if (parsed.GetValue(crossValidate) is string cvFile)
            {
                code = CrossValidate(cvFile, stdout, stderr, ct);
            }
            else
            {
                ParaphraseModel? loaded = LoadModel(parsed.GetValue(model), stderr);
                code = loaded is null ? ExitCodes.Usage
                    : parsed.GetValue(tsv) is string tsvFile ? Score(loaded, tsvFile, stdin, stdout, stderr, ct)
                    : Evaluate(loaded, parsed.GetValue(evaluate)!, stdout, stderr, ct);
                if (ParaphraseModel.Warning is { } warning)
                {
                    stderr.WriteLine($"stemma: {warning}");
                }
            }

            return Task.FromResult(code);
        });
        return command;
    }

    private static ParaphraseModel? LoadModel(string? path, TextWriter stderr)
    {
        if (path is null)
        {
            return ParaphraseModel.Default;
        }

        try
        {
            return ParaphraseModel.FromJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or ArgumentException)
        {
            stderr.WriteLine($"stemma: cannot load the model {path}: {e.Message}");
            return null;
        }
    }

    private static ParaphrasePairFileContent? Read(string path, Func<Stream> stdin, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            if (path == "-")
            {
                using var reader = new StreamReader(stdin(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                return ParaphrasePairFile.Read(reader, ct);
            }

            return ParaphrasePairFile.ReadFile(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot read {path}: {e.Message}");
            return null;
        }
    }

    private static int ReportErrors(string path, ParaphrasePairFileContent content, TextWriter stderr)
    {
        foreach (ParaphraseLineError error in content.Errors)
        {
            stderr.WriteLine($"stemma: {path}:{error.Line}: {error.Message}");
        }

        return content.Errors.Count;
    }

    private static int Score(ParaphraseModel model, string path, Func<Stream> stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ParaphrasePairFileContent? content = Read(path, stdin, stderr, ct);
        if (content is null)
        {
            return ExitCodes.NoInput;
        }

        foreach (ParaphrasePair pair in content.Pairs)
        {
            ct.ThrowIfCancellationRequested();
            double score = model.Score(pair.Sentence1, pair.Sentence2);
            string label = score >= model.Threshold ? "1" : "0";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pair.Id1}\t{pair.Id2}\t{score:F4}\t{label}"));
        }

        int errors = ReportErrors(path, content, stderr);
        return content.Pairs.Count == 0 && errors > 0 ? ExitCodes.NoInput
            : errors > 0 ? ExitCodes.FinishedWithErrors
            : ExitCodes.Success;
    }

    private static int Evaluate(ParaphraseModel model, string path, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ParaphrasePairFileContent? content = Read(path, () => Stream.Null, stderr, ct);
        if (content is null)
        {
            return ExitCodes.NoInput;
        }

        int errors = ReportErrors(path, content, stderr);
        (_, IReadOnlyList<ParaphrasePair> heldOut) = ParaphraseSplit.Split(content.Pairs);
        ParaphraseEvaluation e = model.Evaluate(heldOut, ct);
        WriteEvaluation("held-out", e, stdout);
        return errors > 0 ? ExitCodes.FinishedWithErrors : ExitCodes.Success;
    }

    private static int Train(string path, string outputPath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ParaphrasePairFileContent? content = Read(path, () => Stream.Null, stderr, ct);
        if (content is null)
        {
            return ExitCodes.NoInput;
        }

        int errors = ReportErrors(path, content, stderr);
        (IReadOnlyList<ParaphrasePair> trainPart, IReadOnlyList<ParaphrasePair> heldOut) = ParaphraseSplit.Split(content.Pairs);
        ParaphraseModel model;
        try
        {
            model = ParaphraseTrainer.Train(trainPart, ct: ct);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"stemma: cannot train on {path}: {e.Message}");
            return ExitCodes.NoInput;
        }

        WriteEvaluation("train", model.Evaluate(trainPart, ct), stdout);
        WriteEvaluation("held-out", model.Evaluate(heldOut, ct), stdout);

        string text = outputPath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? RenderSource(model) : model.ToJson() + "\n";
        try
        {
            File.WriteAllText(outputPath, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"stemma: cannot write the model to {outputPath}: {e.Message}");
            return ExitCodes.Usage;
        }

        return errors > 0 ? ExitCodes.FinishedWithErrors : ExitCodes.Success;
    }

    private static int CrossValidate(string path, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ParaphrasePairFileContent? content = Read(path, () => Stream.Null, stderr, ct);
        if (content is null)
        {
            return ExitCodes.NoInput;
        }

        int errors = ReportErrors(path, content, stderr);
        (IReadOnlyList<ParaphrasePair> trainPart, _) = ParaphraseSplit.Split(content.Pairs);
        ParaphraseTrainingOptions[] options = [.. L2Grid.Select(l2 => ParaphraseTrainingOptions.Default with { LatentL2 = l2 })];
        IReadOnlyList<ParaphraseEvaluation> results;
        try
        {
            results = ParaphraseTrainer.CrossValidate(trainPart, options, CrossValidationFolds, ct);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"stemma: cannot cross-validate on {path}: {e.Message}");
            return ExitCodes.NoInput;
        }

        for (int i = 0; i < options.Length; i++)
        {
            WriteEvaluation(string.Create(CultureInfo.InvariantCulture, $"cv{CrossValidationFolds} latent L2 {options[i].LatentL2}"), results[i], stdout);
        }

        return errors > 0 ? ExitCodes.FinishedWithErrors : ExitCodes.Success;
    }

    private static void WriteEvaluation(string part, ParaphraseEvaluation e, TextWriter stdout) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{part}: pairs {e.Pairs}  accuracy {e.Accuracy:F4}  precision {e.Precision:F4}  recall {e.Recall:F4}  F1 {e.F1:F4}  majority {e.MajorityBaseline:F4}"));

    /// <summary>The source of <c>src/Stemma/Matching/Paraphrase/ParaphraseModelResource.cs</c> holding <paramref name="model"/>.</summary>
    private static string RenderSource(ParaphraseModel model)
    {
        string json = model.ToJson().ReplaceLineEndings("\n");
        var sb = new StringBuilder();
        sb.Append("namespace Stemma.Matching.Paraphrase;\n\n");
        sb.Append("/// <summary>The shipped model (generated by <c>stemma paraphrase --train MSRP_FILE --output ParaphraseModelResource.cs</c>; do not edit).</summary>\n");
        sb.Append("internal static class ParaphraseModelResource\n{\n");
        sb.Append("    /// <summary>The model JSON.</summary>\n");
        sb.Append("    internal const string Json = \"\"\"\n");
        foreach (string line in json.Split('\n'))
        {
            sb.Append("        ").Append(line).Append('\n');
        }

        sb.Append("        \"\"\";\n}\n");
        return sb.ToString();
    }
}
