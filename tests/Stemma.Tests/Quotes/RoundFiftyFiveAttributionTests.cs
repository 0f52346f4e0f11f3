using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-five, from the misses of blind334–341 (blind338–341 measured at first sight with round fifty-four's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyFiveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_title_ending_in_an_apostrophe_is_one_word_kept_off_the_name_and_names_its_holder_when_written_alone()
    {
        var quotes = Inline("Road to the villages closed\n\n"
            + "Qa’adi’ Rustam Haciyev, the elder of the upper village, said the road had been promised for years. \"We write every spring,\" "
            + "he told reporters.\n\n"
            + "A district engineer said the slope was still moving.\n\n"
            + "\"We have waited before,\" the qa’adi’ said.");

        Who(quotes, "We write every spring").ShouldBe("Rustam Haciyev");
        Who(quotes, "We have waited before").ShouldBe("Rustam Haciyev");
    }

    [Fact]
    public void A_plural_possessive_and_a_contraction_closing_a_quote_inside_a_quote_keep_their_mark_apart()
    {
        const string text = "the Al’amins’ goats, ‘we won’t’ and Mr O’Neill’ then";
        var tokens = CueToken.Tokenize(text, 0, text.Length);

        tokens.Select(t => t.Raw).ShouldContain("Al'amins");
        tokens.Select(t => t.Raw).ShouldContain("won't");
        tokens.Select(t => t.Raw).ShouldContain("O'Neill");
    }

    [Fact]
    public void A_role_names_the_person_the_sentence_before_opens_on_after_a_phrase_of_direction()
    {
        var quotes = Inline("Shepherds walk the old route\n\n"
            + "\"The road will be shut for weeks,\" said Leyla Orujova, 44, a teacher in the lower village.\n\n"
            + "Up the valley, Ilgar Mammadli was driving his flock to the summer pasture on foot. \"My father walked it every year,\" the "
            + "shepherd grinned.");

        Who(quotes, "My father walked it every year").ShouldBe("Ilgar Mammadli");
    }
}
