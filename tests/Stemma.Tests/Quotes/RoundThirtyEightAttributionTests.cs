using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-eight, from the misses of blind198–205 (blind202–205 measured sealed with round thirty-seven's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundThirtyEightAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_person_named_by_the_nickname_given_inside_the_full_name_is_that_person()
    {
        var quotes = Inline("Spanish hen comes home\n\n"
            + "Arthur \"Sonny\" Bellingham's grizzle cock reached his loft in Tanner Row on Sunday, nineteen days after the race.\n\n"
            + "\"I'd given up on him by the Tuesday,\" Sonny admitted when the committee called round.\n\n"
            + "Sonny's neighbour, Jean Rudd, saw the bird land. \"He came in over the chimney like he owned it,\" she said.");

        Who(quotes, "I'd given up on him by the Tuesday").ShouldBe("Arthur Bellingham");
        Who(quotes, "He came in over the chimney like he owned it").ShouldBe("Jean Rudd");
    }

    [Fact]
    public void A_hyphenated_given_name_before_a_surname_is_a_name_and_grandmaster_is_a_title()
    {
        var quotes = Inline("Review reversal decides the final\n\n"
            + "\"That's the worst call I've seen in this sport.\" That verdict came from Grandmaster Seo-jun Ashcroft, the losing finalist's coach.\n\n"
            + "Ashcroft stayed at the mat's edge. \"We'll send the footage to anyone who wants it,\" he said.");

        Who(quotes, "That's the worst call I've seen in this sport.").ShouldBe("Seo-jun Ashcroft");
        Who(quotes, "We'll send the footage to anyone who wants it").ShouldBe("Seo-jun Ashcroft");
    }

    [Fact]
    public void A_given_name_alone_after_an_owner_named_with_particles_is_that_person()
    {
        var quotes = Inline("Engine fails its test\n\n"
            + "Members will have heard that Rollo de la Croix's 1912 Foster engine failed her boiler examination on Thursday.\n\n"
            + "\"I knew the firebox was tired, but not that tired,\" Rollo told the newsletter.");

        Who(quotes, "I knew the firebox was tired, but not that tired").ShouldBe("Rollo de la Croix");
    }

    [Fact]
    public void Questions_put_to_someone_before_an_exchange_are_answered_by_the_one_they_were_put_to()
    {
        var quotes = Inline("Harbour cooperative splits\n\n"
            + "\"We have not split, we have been split,\" said Yannis Koraki, the cooperative's president since 2011.\n\n"
            + "The meeting lasted five hours. Late on, a younger member, who asked not to be named, put his questions to the president directly.\n\n"
            + "\"Did you read the annex before you signed?\" he asked.\n\n"
            + "\"I read every page.\"\n\n"
            + "\"Then why did none of us see it?\"\n\n"
            + "\"Because it went to the board.\"");

        Who(quotes, "I read every page.").ShouldBe("Yannis Koraki");
        Who(quotes, "Then why did none of us see it?").ShouldBe("a younger member");
        Who(quotes, "Because it went to the board.").ShouldBe("Yannis Koraki");
    }

    [Fact]
    public void The_outlet_the_byline_names_asks_what_we_asked_and_is_the_outlet_its_last_word_names()
    {
        var quotes = QuoteFixtures.Cleaned("Rent strike enters third week\n\n"
            + "By Nadia Ferrow, News Editor, The Marlbridge Courier\n\n"
            + "Students at Hollins Court have withheld rent for three weeks.\n\n"
            + "The Courier put those worries to Professor Alan Dunmore, the pro-vice-chancellor, on Thursday.\n\n"
            + "\"Will anyone be evicted?\" we asked.\n\n"
            + "\"No one will be evicted for a peaceful protest,\" Dunmore replied.\n\n"
            + "\"And degrees?\"\n\n"
            + "\"I won't speculate.\"");

        Who(quotes, "Will anyone be evicted?").ShouldBe("Marlbridge Courier");
        Who(quotes, "And degrees?").ShouldBe("Marlbridge Courier");
        Who(quotes, "I won't speculate.").ShouldBe("Alan Dunmore");
    }

    [Fact]
    public void Titles_of_a_teacher_a_cleric_and_a_boatswain_written_untranslated_are_no_part_of_the_name()
    {
        var quotes = Inline("Camp school reopens\n\n"
            + "The school is run by Mamosta Berfîn Zaxoyî, who taught in Duhok for twenty years, and blessed by Mawlawi Abdul Rauf Sami.\n\n"
            + "\"The children come even when it rains,\" said Mamosta Berfîn.\n\n"
            + "\"Learning is a duty before it is a right,\" Mawlawi Abdul Rauf Sami said.\n\n"
            + "The crew's boatswain, Nostromo Salvatore Ingrao, saw the hull go. \"She broke like a biscuit,\" Nostromo Salvatore Ingrao said.");

        Who(quotes, "The children come even when it rains").ShouldBe("Berfîn Zaxoyî");
        Who(quotes, "Learning is a duty before it is a right").ShouldBe("Abdul Rauf Sami");
        Who(quotes, "She broke like a biscuit").ShouldBe("Salvatore Ingrao");
    }
}
