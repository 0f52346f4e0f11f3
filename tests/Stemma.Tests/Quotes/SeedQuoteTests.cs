using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Tests.Cleaning;

namespace Stemma.Tests.Quotes;

/// <summary>
/// The five real renderings in ../shared/corpus/seeds (read at test time through extraction and
/// cleaning, never copied): the quotes a careful reader sees, their speakers, and the real alterations.
/// </summary>
public class SeedQuoteTests
{
    private static readonly Lazy<IReadOnlyList<Article>?> Articles = new(CleanSeeds);

    private static readonly Lazy<IReadOnlyList<QuoteFamily>?> Families = new(() =>
        Articles.Value is { } a ? QuoteAnalyzer.Create().Analyze(a) : null);

    [SeedFact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var q in QuoteExtractor.Create().ExtractStory(Articles.Value!))
        {
            sb.AppendLine($"{q.DocumentId[..6]} [{q.Speaker}] ({q.SpeakerMention}; {q.Attribution}; partial={q.IsPartial}) {q.Text}");
        }

        foreach (var f in Families.Value!)
        {
            sb.AppendLine($"== {f.Id} {f.Speaker}: {f.Head.Text}");
            foreach (var v in f.Variants.Skip(1))
            {
                sb.AppendLine($"   v [{string.Join(",", v.Documents.Select(d => d[..6]))}] {v.Text} :: {string.Join("; ", v.Differences.Select(d => $"{d.Kind} '{d.Head}'→'{d.Variant}'"))}");
            }

            foreach (var fl in f.Flags)
            {
                sb.AppendLine($"   ! {fl.Kind}: {fl.Detail}");
            }
        }

        File.WriteAllText("/tmp/seed_quotes.txt", sb.ToString());
    }

    private static IReadOnlyList<Article>? CleanSeeds()
    {
        var dir = SeedFactAttribute.SeedDirectory();
        if (dir is null)
        {
            return null;
        }

        var docs = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(path => new ExtractedDocument
        {
            Source = path,
            Format = DocumentFormat.Text,
            Body = File.ReadAllText(path),
            ContentHash = Path.GetFileNameWithoutExtension(path).Split('_')[1],
        }).ToList();
        return ArticleCleaner.Create(CleaningOptions.Default).Clean(docs);
    }
}
