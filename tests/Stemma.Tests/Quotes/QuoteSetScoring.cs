using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Sources;

namespace Stemma.Tests.Quotes;

/// <summary>Loads an annotated quote set (a folder of articles and its quotes.tsv) and scores the quote stage on it.</summary>
internal static class QuoteSetScoring
{
    /// <summary>The annotated rows of a set's quotes.tsv.</summary>
    public static List<GoldQuote> Gold(string dir) => File.ReadAllLines(Path.Combine(dir, "quotes.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(r => new GoldQuote(r[0], r[1], r[2]))
        .ToList();

    /// <summary>Runs the quote extractor story by story over a set folder.</summary>
    public static List<Quote> Predict(string dir)
    {
        var extractor = QuoteExtractor.Create();
        return Stories(dir).SelectMany(story => extractor.ExtractStory(story)).ToList();
    }

    /// <summary>The articles of a set folder through text extraction and cleaning, grouped into stories by the name before the dash.</summary>
    public static IEnumerable<List<Article>> Stories(string dir)
    {
        var extractor = new DocumentExtractor();
        var documents = Directory.GetFiles(dir, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => extractor.Extract(new SourceInput(Path.GetFileName(path), File.ReadAllBytes(path))).Single())
            .Select(r => r.IsSuccess ? r.Document : throw new InvalidOperationException($"{r.Source}: {r.Error.Message}"))
            .ToList();
        var articles = ArticleCleaner.Create(CleaningOptions.Default).Clean(documents).Select(a => a with { Id = a.Source });
        return articles
            .GroupBy(a => a.Id[..a.Id.IndexOf('-', StringComparison.Ordinal)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Extraction: a predicted quote is right when its normalized text equals an annotated quote's in the
    /// same document. Attribution: a predicted quote is right when, in addition, its speaker equals the
    /// annotated speaker; precision is over the quotes given a speaker. Recall counts annotated rows found, not
    /// predicted quotes matched: a headline quote repeated in the body is
    /// one annotated row but two predicted quotes, and counting both would push recall past 1.
    /// </summary>
    public static QuoteSetScore Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted, Action<string> log)
    {
        var goldKeys = gold.Select(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text))).ToHashSet();
        var goldSpeakers = gold.Select(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text), g.Speaker)).ToHashSet();
        var predictedKeys = predicted.Select(p => (p.DocumentId, Text: QuoteFixtures.Normalize(p.Text))).ToHashSet();
        var found = predicted.Where(p => goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))).ToList();
        var rightSpeaker = found.Count(p => p.Speaker is not null && goldSpeakers.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text), p.Speaker)));
        var attributed = predicted.Count(p => p.Speaker is not null);
        var predictedSpeakers = predicted.Where(p => p.Speaker is not null).Select(p => (p.DocumentId, Text: QuoteFixtures.Normalize(p.Text), p.Speaker!)).ToHashSet();
        var goldFound = gold.Count(g => predictedKeys.Contains((g.Document, QuoteFixtures.Normalize(g.Text))));
        var goldAttributed = gold.Count(g => predictedSpeakers.Contains((g.Document, QuoteFixtures.Normalize(g.Text), g.Speaker)));

        foreach (var p in predicted.Where(p => !goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))))
        {
            log($"extra: {p.DocumentId} [{p.Speaker}] {p.Text}");
        }

        foreach (var g in gold.Where(g => !predictedKeys.Contains((g.Document, QuoteFixtures.Normalize(g.Text)))))
        {
            log($"missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        foreach (var p in found.Where(p => p.Speaker is null || !goldSpeakers.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text), p.Speaker))))
        {
            log($"wrong speaker: {p.DocumentId} [{p.Speaker}] via '{p.SpeakerMention}' ({p.Attribution}) {p.Text}");
        }

        foreach (var g in gold.Where(g => predictedKeys.Contains((g.Document, QuoteFixtures.Normalize(g.Text)))
                                          && !predictedSpeakers.Contains((g.Document, QuoteFixtures.Normalize(g.Text), g.Speaker))))
        {
            log($"speaker missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        return new QuoteSetScore(gold.Count, predicted.Count, found.Count, rightSpeaker, attributed, goldFound, goldAttributed);
    }

    public static Quote Predicted(string document, string text, string? speaker) => new()
    {
        DocumentId = document,
        Text = text,
        Spans = [],
        Speaker = speaker,
    };
}

internal sealed record QuoteSetScore(int Gold, int Predicted, int Found, int RightSpeaker, int Attributed, int GoldFound, int GoldAttributed)
{
    public double ExtractionPrecision => Predicted == 0 ? 0 : (double)Found / Predicted;

    public double ExtractionRecall => (double)GoldFound / Gold;

    public double AttributionPrecision => Attributed == 0 ? 0 : (double)RightSpeaker / Attributed;

    public double AttributionRecall => (double)GoldAttributed / Gold;
}
