using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-four, from the misses of blind246–253 (blind250–253 measured sealed with round forty-three's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyFourAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Theory]
    [InlineData("A retired GP was blunter: \"It is a stupid tradition.\"", "a retired GP")]
    [InlineData("A local GP, who treated two of the runners, said: \"It is a stupid tradition.\"", "a local GP")]
    public void A_role_written_as_capital_letters_after_an_article_is_an_unnamed_source_not_a_name(string paragraph, string speaker)
    {
        var quotes = Inline("Cheese race goes ahead despite injuries\n\n"
            + "Forty runners chased the cheese down Brantwell Hill on Monday, and six were treated for sprains.\n\n"
            + paragraph);

        Who(quotes, "It is a stupid tradition.").ShouldBe(speaker);
    }

    [Fact]
    public void A_pronoun_after_an_opening_by_phrase_without_a_comma_continues_the_person_just_introduced()
    {
        var quotes = Inline("Mist and mud on the club's hill weekend\n\n"
            + "Trip organiser Delphine Marsh-Okoro had scouted every route. \"I walked each section twice,\" she said.\n\n"
            + "Saturday began with the long climb. Our youngest rider was Ffion Tregarthen-Lowe, 14, on her first trip.\n\n"
            + "By the hut she had lost count of her falls. \"I stopped counting at eleven,\" she said.");

        Who(quotes, "I stopped counting at eleven").ShouldBe("Ffion Tregarthen-Lowe");
    }

    [Fact]
    public void That_was_and_a_given_name_after_a_quote_names_its_speaker()
    {
        var quotes = Inline("Mist and mud on the club's hill weekend\n\n"
            + "Our youngest rider was Ffion Tregarthen-Lowe, 14, on her first trip.\n\n"
            + "\"It was the best weekend of the year,\" said Orrin Blackwood, the treasurer.\n\n"
            + "\"Can we do the big loop next time?\" That was Ffion, before her helmet was off.");

        Who(quotes, "Can we do the big loop next time?").ShouldBe("Ffion Tregarthen-Lowe");
    }

    [Fact]
    public void A_korean_name_tells_no_gender_by_its_family_name_so_she_may_stand_for_it()
    {
        var quotes = Inline("Squid catch collapses as fleet stays in port\n\n"
            + "The island's autumn squid landings have fallen to a quarter of last year's total.\n\n"
            + "Dr Han Soo-bin, a marine biologist at the fisheries station, has logged water temperatures every week since 2009.\n\n"
            + "\"The warm current now sits exactly where the squid used to feed,\" she said.");

        Who(quotes, "The warm current now sits exactly where the squid used to feed").ShouldBe("Han Soo-bin");
    }

    [Fact]
    public void A_french_bodys_name_keeps_its_des()
    {
        var quotes = Inline("Village water dispute reaches the prefecture\n\n"
            + "Residents of two hill villages have accused each other of taking more than their share of the spring.\n\n"
            + "The Syndicat des Eaux de la Serra Alta, which maintains the pipe, said in a statement that the flow had fallen \"by nearly half since June\".");

        Who(quotes, "by nearly half since June").ShouldBe("Syndicat des Eaux de la Serra Alta");
    }

    [Fact]
    public void What_a_persons_report_found_without_that_is_the_persons()
    {
        var quotes = Inline("Notice of approval: Dunmarrow Castle\n\n"
            + "1. An application was made for approval of Dunmarrow Castle as a venue for civil marriages.\n\n"
            + "2. The Superintendent Registrar, Ms Fenella Achterberg-Rowe, inspected the premises on 9 September. Her report found the Great Hall \"suitable in every respect\" but recorded reservations about the lawn.");

        Who(quotes, "suitable in every respect").ShouldBe("Fenella Achterberg-Rowe");
    }
}
