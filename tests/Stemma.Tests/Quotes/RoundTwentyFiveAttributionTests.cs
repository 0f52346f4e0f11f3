using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-five, from the misses of blind98–101 (measured sealed with round twenty-four frozen): a given name the lists
/// know only with an accent, a title "for" a portfolio before a name in apposition, a place of government that is no person, an
/// unnamed source described by a "who" clause, a centre that speaks, a place's nickname after "calls", and a people's noun
/// after a determiner. Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyFiveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_given_name_matching_a_list_only_without_its_accent_yields_to_the_articles_pronoun()
    {
        // Tunde (Yoruba, a man's name) folds to Tünde, which the lists give as a Hungarian woman's name.
        var quotes = Inline("Fuel\n\n"
            + "The commissioner, Dr Tunde Bale, defended the decision. \"The subsidy was costing us a fortune,\" he told the Sentinel.");

        Who(quotes, "The subsidy was costing us a fortune").ShouldBe("Tunde Bale");
    }

    [Fact]
    public void A_name_in_apposition_to_a_title_for_a_portfolio_is_the_subject_a_pronoun_stands_for()
    {
        var quotes = Inline("Fuel\n\n"
            + "Prices across Orun State doubled in a week.\n\n"
            + "The Commissioner for Finance, Dr Ade Kolawe, defended the decision. \"Nobody enjoys this,\" he told the Sentinel.");

        Who(quotes, "Nobody enjoys this").ShouldBe("Ade Kolawe");
    }

    [Fact]
    public void A_state_named_before_is_never_a_person_a_pronoun_stands_for()
    {
        var quotes = Inline("Fuel\n\n"
            + "Prices across Orun State doubled in a week.\n\n"
            + "\"It was costing Orun a fortune every month,\" he said.");

        Who(quotes, "It was costing Orun a fortune every month").ShouldNotBe("Orun State");
    }

    [Fact]
    public void One_walker_who_watched_is_an_unnamed_source_whatever_the_noun()
    {
        var quotes = Inline("Rescue\n\n"
            + "Captain Ruth Kell flew the helicopter.\n\n"
            + "\"You could see it rocking,\" said one walker who had watched from the path.");

        Who(quotes, "You could see it rocking").ShouldBe("one walker");
    }

    [Fact]
    public void The_centre_is_the_coordination_centre_named_before()
    {
        var quotes = Inline("Rescue\n\n"
            + "The Skerrow Maritime Rescue Coordination Centre received the call at 16:42.\n\n"
            + "The coordination centre said the incident was \"a reminder that the edge can give way\".");

        Who(quotes, "a reminder that the edge can give way").ShouldBe("Skerrow Maritime Rescue Coordination Centre");
    }

    [Fact]
    public void A_place_the_team_calls_by_a_nickname_is_no_speaker_for_a_later_pronoun()
    {
        var quotes = Inline("Search\n\n"
            + "At dawn Kirsty Bain and her collie picked up a scent in the boulder field, an area the team calls \"the Dustbin.\"\n\n"
            + "\"Tam just went, straight up the scree,\" she said.");

        quotes.ShouldNotContain(q => q.Text == "the Dustbin.");
        Who(quotes, "Tam just went, straight up the scree").ShouldBe("Kirsty Bain");
    }

    [Fact]
    public void A_peoples_noun_after_a_determiner_is_a_description_not_a_name()
    {
        var quotes = Inline("Stage win\n\n"
            + "Javier Solano took the biggest win of his career on Saturday.\n\n"
            + "\"I didn't know what had happened behind,\" the 24-year-old Spaniard told reporters.");

        Who(quotes, "I didn't know what had happened behind").ShouldBe("Javier Solano");
    }
}
