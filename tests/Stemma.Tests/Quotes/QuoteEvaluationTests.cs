using Stemma.Cleaning;
using Stemma.Quotes;
using Xunit.Abstractions;

namespace Stemma.Tests.Quotes;

/// <summary>
/// The evaluation gate: extraction and attribution precision and recall on the annotated fixtures
/// (four fictional stories, Data/Quotes/quotes.tsv) and on the plain-text renderings of the
/// saltmere sample (its expected.json), and every planted alteration flagged.
/// </summary>
public class QuoteEvaluationTests(ITestOutputHelper output)
{
    // The floors this stage reaches on our set, measured figures rounded down (printed by the test). Eighth round:
    // 221 annotated, 221 predicted, boundaries 221/221, speakers 221/221.
    private const double ExtractionPrecisionFloor = 1.00;
    private const double ExtractionRecallFloor = 1.00;
    private const double AttributionPrecisionFloor = 1.00;
    private const double AttributionRecallFloor = 1.00;
    private const int MinimumAnnotatedQuotes = 60;

    private static readonly string[] Stories = ["ferry", "reservoir", "museum", "orchard", "quarry", "rugby", "ward", "bakery", "lifeboat", "bypass", "brooch", "glacier", "regatta", "viaduct", "bourse", "prize", "market", "station"];

    [Fact]
    public void Extraction_and_attribution_reach_the_floors_on_the_annotated_set()
    {
        var extractor = QuoteExtractor.Create();
        var predicted = new List<Quote>();
        var gold = QuoteFixtures.Gold();
        foreach (var story in Stories)
        {
            predicted.AddRange(extractor.ExtractStory(QuoteFixtures.Story(story)));
        }

        if (QuoteFixtures.RepositoryRoot() is { } root)
        {
            var sample = QuoteFixtures.SaltmereText(root);
            predicted.AddRange(extractor.ExtractStory(sample));
            gold.AddRange(QuoteFixtures.SaltmereGold(root, sample.Select(a => a.Id).ToList()));
        }

        gold.Count.ShouldBeGreaterThanOrEqualTo(MinimumAnnotatedQuotes);
        var goldKeys = gold.Select(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text))).ToHashSet();
        var found = predicted.Where(p => goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))).ToList();
        var rightSpeaker = predicted.Count(p => gold.Any(g => g.Document == p.DocumentId && QuoteFixtures.Normalize(g.Text) == QuoteFixtures.Normalize(p.Text) && g.Speaker == p.Speaker));
        var attributed = predicted.Count(p => p.Speaker is not null);

        foreach (var p in predicted.Where(p => !goldKeys.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)))))
        {
            output.WriteLine($"extra: {p.DocumentId} [{p.Speaker}] {p.Text}");
        }

        foreach (var g in gold.Where(g => !predicted.Any(p => p.DocumentId == g.Document && QuoteFixtures.Normalize(p.Text) == QuoteFixtures.Normalize(g.Text))))
        {
            output.WriteLine($"missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        foreach (var p in found.Where(p => !gold.Any(g => g.Document == p.DocumentId && QuoteFixtures.Normalize(g.Text) == QuoteFixtures.Normalize(p.Text) && g.Speaker == p.Speaker)))
        {
            output.WriteLine($"wrong speaker: {p.DocumentId} [{p.Speaker}] via '{p.SpeakerMention}' ({p.Attribution}) {p.Text}");
        }

        var extractionPrecision = (double)found.Count / predicted.Count;
        var extractionRecall = (double)found.Count / gold.Count;
        var attributionPrecision = (double)rightSpeaker / attributed;
        var attributionRecall = (double)rightSpeaker / gold.Count;
        output.WriteLine($"gold {gold.Count}, predicted {predicted.Count}, boundaries right {found.Count}, speaker right {rightSpeaker}");
        output.WriteLine($"extraction P {extractionPrecision:F3} R {extractionRecall:F3}; attribution P {attributionPrecision:F3} R {attributionRecall:F3}");
        extractionPrecision.ShouldBeGreaterThanOrEqualTo(ExtractionPrecisionFloor);
        extractionRecall.ShouldBeGreaterThanOrEqualTo(ExtractionRecallFloor);
        attributionPrecision.ShouldBeGreaterThanOrEqualTo(AttributionPrecisionFloor);
        attributionRecall.ShouldBeGreaterThanOrEqualTo(AttributionRecallFloor);
    }

    [Fact]
    public void Every_planted_alteration_is_flagged_with_both_wordings()
    {
        var analyzer = QuoteAnalyzer.Create();
        var families = Stories.ToDictionary(s => s, s => analyzer.Analyze(QuoteFixtures.Story(s)));
        var planted = QuoteFixtures.Alterations();
        var matched = new HashSet<QuoteFlag>(ReferenceEqualityComparer.Instance);
        foreach (var row in planted)
        {
            var (story, kind, documents, altered, original) = (row[0], row[1], row[2].Split(','), row[3], row[4]);
            var flag = families[story].SelectMany(f => f.Flags).FirstOrDefault(f =>
                f.Kind == kind && documents.All(f.Documents.Contains)
                && f.Wordings[0].Text.Contains(altered, StringComparison.Ordinal)
                && f.Wordings.Skip(1).Any(w => w.Text.Contains(original, StringComparison.Ordinal)));
            flag.ShouldNotBeNull($"{story}: no {kind} flag on '{altered}' in {row[2]}; flags: {string.Join(" | ", families[story].SelectMany(f => f.Flags).Select(f => f.Kind + ": " + f.Detail))}");
            matched.Add(flag);
        }

        var all = families.Values.SelectMany(f => f).SelectMany(f => f.Flags).ToList();
        foreach (var f in all.Where(f => !matched.Contains(f)))
        {
            output.WriteLine($"unplanted flag: {f.Kind}: {f.Detail}");
        }

        output.WriteLine($"planted {planted.Count}, flags {all.Count}, matched {matched.Count}");
        all.Count(f => !matched.Contains(f)).ShouldBe(0);
    }
}
