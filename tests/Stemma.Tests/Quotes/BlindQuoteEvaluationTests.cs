using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Sources;
using Xunit.Abstractions;

namespace Stemma.Tests.Quotes;

/// <summary>
/// A second blind measurement of quote extraction and attribution: six articles written and annotated
/// (Data/Quotes/blind2/quotes.tsv) without looking at the quote stage or the other quote fixtures, after
/// the first held-out set had been used for development. Run through extraction and cleaning as real
/// input is, grouped into stories and scored exactly as <see cref="HeldOutQuoteEvaluationTests"/> does.
/// </summary>
public class BlindQuoteEvaluationTests(ITestOutputHelper output)
{
    // Floors are the figures first measured on the set against 237717d (extraction 71/72 predicted right,
    // 68/68 annotated found; attribution 40/65 attributed right, 40/68 annotated with their speaker),
    // rounded down to two decimals, so quality can only go up; attribution raised to 61/68 after the
    // second round of general attribution rules (whose author saw part of this set's miss list once).
    private const double ExtractionPrecisionFloor = 0.98;
    private const double ExtractionRecallFloor = 1.00;
    private const double AttributionPrecisionFloor = 0.89;
    private const double AttributionRecallFloor = 0.89;

    // The set was written with 68 annotated quotes (the brief asked for at least 45); guards against a truncated TSV.
    private const int MinimumAnnotatedQuotes = 45;

    private static string Dir => Path.Combine(QuoteFixtures.Dir, "blind2");

    [Fact]
    public void Extraction_and_attribution_reach_the_floors_on_the_second_blind_set()
    {
        var gold = QuoteSetScoring.Gold(Dir);
        gold.Count.ShouldBeGreaterThanOrEqualTo(MinimumAnnotatedQuotes);
        var predicted = QuoteSetScoring.Predict(Dir);

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);
        output.WriteLine($"gold {gold.Count}, predicted {predicted.Count}, boundaries right {score.Found}, speaker right {score.RightSpeaker}, attributed {score.Attributed}; annotated rows found {score.GoldFound}, with their speaker {score.GoldAttributed}");
        output.WriteLine($"extraction P {score.ExtractionPrecision:F3} R {score.ExtractionRecall:F3}; attribution P {score.AttributionPrecision:F3} R {score.AttributionRecall:F3}");
        score.ExtractionPrecision.ShouldBeGreaterThanOrEqualTo(ExtractionPrecisionFloor);
        score.ExtractionRecall.ShouldBeGreaterThanOrEqualTo(ExtractionRecallFloor);
        score.AttributionPrecision.ShouldBeGreaterThanOrEqualTo(AttributionPrecisionFloor);
        score.AttributionRecall.ShouldBeGreaterThanOrEqualTo(AttributionRecallFloor);
    }

    [Fact]
    public void Scoring_counts_a_headline_quote_repeated_in_the_body_once_for_recall()
    {
        GoldQuote[] gold = [new("a.txt", "Lena Ortiz", "no more surprises"), new("a.txt", "Tomas Brandvold", "Ask me")];
        Quote[] predicted =
        [
            QuoteSetScoring.Predicted("a.txt", "no more surprises", null),
            QuoteSetScoring.Predicted("a.txt", "no more surprises", "Lena Ortiz"),
            QuoteSetScoring.Predicted("a.txt", "Ask me", "Lena Ortiz"),
        ];

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);

        score.ExtractionPrecision.ShouldBe(1.0);
        score.ExtractionRecall.ShouldBe(1.0);
        score.AttributionPrecision.ShouldBe(0.5);
        score.AttributionRecall.ShouldBe(0.5);
    }

    [Fact]
    public void Every_annotated_quote_is_the_exact_text_of_its_document()
    {
        // An annotation that is not in its article (a typo, a straight apostrophe for a curly one) would
        // count as a miss the extractor could never fix. A running quote reopens each paragraph with a
        // mark the annotation leaves out, so those marks are dropped before comparing.
        var rows = File.ReadAllLines(Path.Combine(Dir, "quotes.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
        foreach (var row in rows)
        {
            var text = QuoteFixtures.Normalize(File.ReadAllText(Path.Combine(Dir, row[0]))
                .Replace("\n\n“", "\n\n", StringComparison.Ordinal)
                .Replace("\n\n\"", "\n\n", StringComparison.Ordinal));
            text.ShouldContain(QuoteFixtures.Normalize(row[2]), customMessage: $"{row[0]}: {row[2]}");
        }
    }
}
