using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-one, from the misses of blind82–85 (measured sealed first): a person named by nationality ("the Dane"), a role
/// that goes on with "added", and the other misses of that round. Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyOneAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_nationality_after_the_is_a_role_for_the_person_the_sentence_before_was_about()
    {
        var quotes = Inline("Open final\n\n"
            + "Sixteen-year-old Theo Marsh won it, beating the top seed, Lasse Holm, in five games.\n\n"
            + "Holm, known on the circuit as \"the Metronome\", was gracious in defeat. \"He played the big points better than me,\" "
            + "the Dane said.");

        Who(quotes, "He played the big points better than me").ShouldBe("Lasse Holm");
    }

    [Fact]
    public void A_role_no_one_was_given_that_goes_on_with_added_is_the_last_speaker()
    {
        var quotes = Inline("Queen stage\n\n"
            + "Mathis Lorne won alone on the Col du Fer on Saturday. \"I dreamed of this climb,\" Lorne said.\n\n"
            + "His sports director, Pieter Vandevelde, was grinning outside the bus. \"He listened, for once,\" Vandevelde said.\n\n"
            + "\"Tonight we drink one glass of wine,\" the Belgian added.");

        Who(quotes, "Tonight we drink one glass of wine").ShouldBe("Pieter Vandevelde");
    }
}
