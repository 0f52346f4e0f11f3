using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>How far a negation reaches when a paraphrase is compared with a quote.</summary>
public class ParaphraseNegationTests
{
    [Fact]
    public void A_negation_does_not_reach_past_the_content_word_it_negates()
    {
        string[] reported = ["no", "farm", "will", "go", "without", "water", "this", "summer"];
        string[] quoted = ["no", "farm", "will", "run", "dry", "this", "summer"];

        ParaphraseChecker.Contradiction(reported, quoted).ShouldBeNull();
    }

    [Fact]
    public void A_negation_before_the_shared_word_still_contradicts()
    {
        string[] reported = ["the", "union", "will", "not", "accept", "the", "offer"];
        string[] quoted = ["the", "union", "will", "accept", "the", "offer"];

        ParaphraseChecker.Contradiction(reported, quoted).ShouldNotBeNull();
    }
}
