using System.Text.Json;
using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>Loads the annotated quote fixtures (Data/Quotes) and the saltmere sample story.</summary>
internal static class QuoteFixtures
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Data", "Quotes");

    // A fixture's first line "TITLE: …" is its headline, which the cleaner would have moved into the metadata.
    private const string TitlePrefix = "TITLE: ";

    /// <summary>An article made from a fixture file, its id the file name (a first line <c>TITLE: …</c> becomes its title).</summary>
    public static Article Article(string name)
    {
        var text = File.ReadAllText(Path.Combine(Dir, name)).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        string? title = null;
        if (text.StartsWith(TitlePrefix, StringComparison.Ordinal))
        {
            var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            title = text[TitlePrefix.Length..lineEnd];
            text = text[lineEnd..].Trim();
        }

        return new()
        {
            Id = name,
            Source = name,
            Format = DocumentFormat.Text,
            Metadata = new DocumentMetadata { Title = title },
            Text = text,
        };
    }

    /// <summary>The articles of one fixture story (files named story-*.txt), in name order.</summary>
    public static List<Article> Story(string story) =>
        Directory.GetFiles(Dir, story + "-*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => Article(n!)).ToList();

    /// <summary>The annotated quotes: document, speaker, text.</summary>
    public static List<GoldQuote> Gold() => Rows("quotes.tsv").Select(r => new GoldQuote(r[0], r[1], r[2])).ToList();

    /// <summary>The planted alterations.</summary>
    public static List<string[]> Alterations() => Rows("alterations.tsv");

    /// <summary>The repository root (holding samples/), or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "samples", "saltmere-dock-strike")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The plain-text renderings of the saltmere sample through extraction and cleaning, ids the file names.</summary>
    public static List<Article> SaltmereText(string root)
    {
        var dir = Path.Combine(root, "samples", "saltmere-dock-strike");
        var docs = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select((path, i) => new ExtractedDocument
        {
            Source = Path.GetFileName(path),
            Format = DocumentFormat.Text,
            Body = File.ReadAllText(path),
            ContentHash = (i + 1).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        return ArticleCleaner.Create(CleaningOptions.Default).Clean(docs).Select(a => a with { Id = a.Source }).ToList();
    }

    /// <summary>The quotes the sample's expected.json lists for the given documents.</summary>
    public static List<GoldQuote> SaltmereGold(string root, IReadOnlyCollection<string> documents)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "Stemma.Cli.Tests", "Data", "Samples", "expected.json")));
        var gold = new List<GoldQuote>();
        foreach (var q in json.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var speaker = q.GetProperty("speaker").GetString()!;
            foreach (var d in q.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).Where(documents.Contains))
            {
                gold.Add(new GoldQuote(d, speaker, q.GetProperty("text").GetString()!));
            }

            if (q.TryGetProperty("variants", out var variants))
            {
                foreach (var v in variants.EnumerateArray())
                {
                    foreach (var d in v.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!).Where(documents.Contains))
                    {
                        gold.Add(new GoldQuote(d, speaker, v.GetProperty("text").GetString()!));
                    }
                }
            }
        }

        return gold;
    }

    /// <summary>Text compared for boundaries: whitespace collapsed, apostrophes straight.</summary>
    public static string Normalize(string s) =>
        string.Join(' ', s.Replace('’', '\'').Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string[]> Rows(string name) =>
        File.ReadAllLines(Path.Combine(Dir, name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

    /// <summary>The quotes of one fixture article, extracted once on first use.</summary>
    public static Lazy<IReadOnlyList<Quote>> StoryQuotes(string file) =>
        new(() => QuoteExtractor.Create().ExtractStory([Article(file)]));

    /// <summary>The quotes of an inline article read as a file is: extracted and cleaned, so that its headline, byline and a live
    /// blog's timestamp lines become metadata.</summary>
    public static IReadOnlyList<Quote> Cleaned(string text)
    {
        var document = new DocumentExtractor().Extract(new Stemma.Sources.SourceInput("inline.txt", System.Text.Encoding.UTF8.GetBytes(text))).Single().Document;
        return QuoteExtractor.Create().Extract(ArticleCleaner.Create(CleaningOptions.Default).Clean([document!]).Single());
    }

    /// <summary>The quotes of a short article written inline in a test.</summary>
    public static IReadOnlyList<Quote> Inline(string text) => Inline(text, new DocumentMetadata());

    /// <summary>The quotes of a short article written inline, its headline or byline given as the metadata a source would carry.</summary>
    public static IReadOnlyList<Quote> Inline(string text, DocumentMetadata metadata) =>
        QuoteExtractor.Create().Extract(new Article { Id = "inline", Source = "inline", Format = DocumentFormat.Text, Metadata = metadata, Text = text });

    /// <summary>"speaker [attribution via mention]" of the quote with exactly this text in an inline article.</summary>
    public static string Who(string article, string quote)
    {
        var q = Find(Inline(article), quote);
        return $"{q.Speaker} [{q.Attribution} via {q.SpeakerMention}]";
    }

    /// <summary>The quote with exactly this text; fails listing what was found otherwise.</summary>
    public static Quote Find(IReadOnlyList<Quote> quotes, string text) =>
        quotes.FirstOrDefault(q => q.Text == text)
        ?? throw new ShouldAssertException($"no quote '{text}'; found: {string.Join(" | ", quotes.Select(q => q.Text))}");
}

/// <summary>An annotated quote.</summary>
internal sealed record GoldQuote(string Document, string Speaker, string Text);
