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

    [Fact]
    public void A_role_noun_opening_the_sentence_before_a_name_is_the_persons_title_and_the_role_later_stands_for_them()
    {
        var quotes = Inline("Monastery press turns again\n\n"
            + "Yorgos Daskalou, president of the Kastri Cooperative, brought the first sack up the hill on Monday.\n\n"
            + "Abbot Nikodimos Varelakis blessed the millstones before the first load went in.\n\n"
            + "Among those waiting at the gate was Eleni Vrahaki. \"Here they told me I'd be done before lunch,\" she said.\n\n"
            + "\"We'll see,\" the abbot said, when asked whether the monks would sell any.");

        Who(quotes, "We'll see").ShouldBe("Nikodimos Varelakis");
    }

    [Fact]
    public void The_body_a_definite_noun_stands_for_ends_at_the_noun_not_at_its_championships()
    {
        var quotes = Inline("Review reversal decides the title\n\n"
            + "Hollis Crane won the under-68kg title at the Western Counties Taekwondo Union Championships on Sunday after a video review.\n\n"
            + "The union said the review system had \"worked exactly as intended\".");

        Who(quotes, "worked exactly as intended").ShouldBe("Western Counties Taekwondo Union");
    }

    [Fact]
    public void A_capitalised_role_noun_that_ends_a_newspapers_name_given_before_is_that_newspaper()
    {
        var quotes = Inline("Decision of the Complaints Committee: Orme v Dunmore Evening Star\n\n"
            + "1. Clara Orme complained that the Dunmore Evening Star breached Clause 1 of the Code in its report of her son's inquest.\n\n"
            + "2. The Star said its reporter had identified himself \"clearly and at the outset\".");

        Who(quotes, "clearly and at the outset").ShouldBe("Dunmore Evening Star");
    }

    [Fact]
    public void Di_written_so_inside_a_name_is_an_italian_particle_not_a_detective_inspector()
    {
        var quotes = Inline("Harbour fears\n\n"
            + "\"Nobody will sleep until we know why that hull failed.\" That warning came from Marisa Di Stefano, who chairs the harbour committee.\n\n"
            + "Di Stefano later added: \"Ask the hard questions.\"");

        Who(quotes, "Nobody will sleep until we know why that hull failed.").ShouldBe("Marisa Di Stefano");
        Who(quotes, "Ask the hard questions.").ShouldBe("Marisa Di Stefano");
    }

    [Fact]
    public void A_groom_is_a_person_who_speaks()
    {
        var quotes = Inline("Favourite withdrawn\n\n"
            + "The gelding was withdrawn at the final inspection on Sunday.\n\n"
            + "\"He was pawing at his bed around midnight,\" said one groom.\n\n"
            + "Later, the groom said the gelding was \"bright as a button\" by the time the lorries left.");

        Who(quotes, "He was pawing at his bed around midnight").ShouldBe("one groom");
        Who(quotes, "bright as a button").ShouldBe("one groom");
    }
}
