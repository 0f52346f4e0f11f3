using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty-three, from the misses of blind394–397, measured at first sight with round sixty-two's code. Shown on short fictional
/// articles.
/// </summary>
public class RoundSixtyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_pronoun_after_comma_which_before_a_describing_verb_is_the_person_named_before_it_in_its_sentence_even_after_from()
    {
        var quotes = Inline("Button club sets a date\n\n"
            + "The Fernwick Button Club met on Tuesday to plan its winter fair.\n\n"
            + "One dealer, who asked not to be named, said prices had fallen. \"Nobody buys brass now,\" the dealer said.\n\n"
            + "Tickets will be sold by Mrs Agatha Plume at the library, which she described as \"the warmest room in Fernwick\".");

        Who(quotes, "the warmest room in Fernwick").ShouldBe("Agatha Plume");
        Who(quotes, "Nobody buys brass now").ShouldBe("one dealer");
    }

    [Fact]
    public void A_document_a_possessive_pronoun_owns_standing_alone_before_a_colon_is_its_persons_words()
    {
        var quotes = Inline("Notice of decision: summerhouse at Ashby Lodge\n\n"
            + "The committee considered the application on 4 May.\n\n"
            + "A neighbour, Mrs Ruth Calloway, objected. \"It blocks my view of the church,\" she wrote.\n\n"
            + "The tree officer, Mr Owen Pask, visited the site in April. His report: \"The roots are not affected. The footings sit well clear of the beech.\"");

        Who(quotes, "The roots are not affected. The footings sit well clear of the beech.").ShouldBe("Owen Pask");
    }

    [Fact]
    public void A_role_of_another_kind_than_the_one_officer_named_before_is_an_unnamed_source_not_that_officer()
    {
        var quotes = Inline("Notice of decision: garden room at Pear Tree House\n\n"
            + "The committee considered the application on 9 June.\n\n"
            + "The drainage officer, Ms Lena Hartigan, inspected the site in May. \"The soakaway is adequate,\" she wrote.\n\n"
            + "The planning officer recommended refusal, saying the room would be \"out of scale with the garden\".");

        Who(quotes, "The soakaway is adequate").ShouldBe("Lena Hartigan");
        Who(quotes, "out of scale with the garden").ShouldBe("the planning officer");
    }
}
