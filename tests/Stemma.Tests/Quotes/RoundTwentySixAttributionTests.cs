using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-six, from the misses of blind98–109 (blind106–109 measured sealed with round twenty-five frozen): the forms of
/// address of other countries, a title the article shows by keeping it with the surname alone, German offices written as one
/// compound, an office's "of" or "for" before a name, a body's name with "of the" or a plural owner in it, a body named short by
/// the tail of its name or by initials its words spell, a campaign's name ending in an adverb, a conjunction before a speech
/// verb, and a Hungarian company's legal form. The last two tests (Ratu and Sensei; Man as a given name) came after the round
/// was frozen, from blind110–113's misses, and no sealed sample has measured them. Shown on short fictional inline articles.
/// </summary>
public class RoundTwentySixAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_courtesy_title_of_another_country_is_no_part_of_the_name()
    {
        var quotes = Inline("Cocoa\n\n"
            + "The chairperson of the cooperative, Madam Abena Owusu-Sarpong, said members were \"tired of waiting\".\n\n"
            + "Aling Corazon Dimaculangan, who sells rice at the market, said the prices were \"too high for anyone\".");

        Who(quotes, "tired of waiting").ShouldBe("Abena Owusu-Sarpong");
        Who(quotes, "too high for anyone").ShouldBe("Corazon Dimaculangan");
    }

    [Fact]
    public void A_word_kept_with_the_surname_when_the_given_name_is_dropped_is_a_title()
    {
        // Okyeame (an Akan chief's spokesman) is in no list the code holds; the article shows it is a title.
        var quotes = Inline("Durbar\n\n"
            + "Okyeame Kofi Amedzo, who speaks for the chief, said the road was \"a gift to our children\".\n\n"
            + "\"We will not forget who built it,\" Okyeame Amedzo said.");

        Who(quotes, "a gift to our children").ShouldBe("Kofi Amedzo");
        Who(quotes, "We will not forget who built it").ShouldBe("Kofi Amedzo");
    }

    [Fact]
    public void A_german_office_written_as_one_compound_is_a_title()
    {
        var quotes = Inline("Avalanche\n\n"
            + "Stadtpräsident Peter Brunner spoke after the meeting. \"We will not wait for another slide,\" he said.");

        Who(quotes, "We will not wait for another slide").ShouldBe("Peter Brunner");
    }

    [Fact]
    public void An_office_joined_by_and_after_of_is_no_part_of_the_name_after_it()
    {
        var quotes = Inline("Drought\n\n"
            + "The Minister of Lands and Agriculture Rufaro Gumbochuma said the government had \"not abandoned the villages\".");

        Who(quotes, "not abandoned the villages").ShouldBe("Rufaro Gumbochuma");
    }

    [Fact]
    public void After_said_a_rank_of_an_office_runs_on_to_the_name()
    {
        var quotes = Inline("Helmets\n\n"
            + "\"The motorcycle goes to the station,\" said Assistant Superintendent of Police Grace Auma, the traffic commander.");

        Who(quotes, "The motorcycle goes to the station").ShouldBe("Grace Auma");
    }

    [Fact]
    public void An_office_for_a_portfolio_before_a_name_is_the_role_the_person_is_called_by_later()
    {
        var quotes = Inline("Bridge\n\n"
            + "The bridge will close in May, State Secretary for Transport Ilona Varga-Kiss announced on Tuesday.\n\n"
            + "The state secretary said the ferry would run \"every twenty minutes\".");

        Who(quotes, "every twenty minutes").ShouldBe("Ilona Varga-Kiss");
    }

    [Fact]
    public void A_bodys_noun_of_the_and_a_name_with_a_plural_owner_are_one_bodys_name()
    {
        var quotes = Inline("Wind farm\n\n"
            + "The Walkers' Federation of the West said the track was used \"by thousands every summer\".\n\n"
            + "The Lake Fishers' Welfare Network said the cut came \"without a single consultation\".");

        Who(quotes, "by thousands every summer").ShouldBe("Walkers' Federation of the West");
        Who(quotes, "without a single consultation").ShouldBe("Lake Fishers' Welfare Network");
    }

    [Fact]
    public void A_bodys_name_short_by_its_tail_is_the_body_named_in_full_before()
    {
        var quotes = Inline("Shelter\n\n"
            + "The shelter promised by the St Ninian Municipal Corporation has not been built.\n\n"
            + "The Municipal Corporation said it was \"identifying other buildings\".");

        Who(quotes, "identifying other buildings").ShouldBe("St Ninian Municipal Corporation");
    }

    [Fact]
    public void Bracketed_initials_the_words_before_them_spell_name_that_body()
    {
        var quotes = Inline("Trams\n\n"
            + "The trams are run by Empresa Municipal de Tranvías (EMT), which apologised.\n\n"
            + "EMT said the line would reopen \"before the summer\".");

        Who(quotes, "before the summer").ShouldBe("Empresa Municipal de Tranvías");
    }

    [Fact]
    public void A_campaigns_name_ending_in_now_keeps_it()
    {
        var quotes = Inline("Fees\n\n"
            + "The march was organised by the campaign group Fair Rents Now and the tenants' union.\n\n"
            + "Fair Rents Now said it would go on \"for as long as it takes\".");

        Who(quotes, "for as long as it takes").ShouldBe("Fair Rents Now");
    }

    [Fact]
    public void A_conjunction_before_a_speech_verb_is_no_unnamed_source()
    {
        var quotes = Inline("Storm\n\n"
            + "The Portnahaven Harbour Authority said it had closed the berth as a precaution and advised all vessels to \"stay in port\".");

        Who(quotes, "stay in port").ShouldBe("Portnahaven Harbour Authority");
    }

    [Fact]
    public void A_hungarian_companys_legal_form_with_its_stop_ends_no_sentence()
    {
        var quotes = Inline("Bridge\n\n"
            + "The contractor, Hídépítő Kovács Zrt., said in a statement that it had \"done such work many times\".");

        Who(quotes, "done such work many times").ShouldBe("Hídépítő Kovács Zrt.");
    }

    [Fact]
    public void A_chiefs_and_a_coachs_titles_are_no_part_of_the_name()
    {
        var quotes = Inline("Grant\n\n"
            + "Ratu Seru Vakaloloma, the village headman, said the ministry had \"broken a promise\".\n\n"
            + "Sensei Kenta Morimoto said his fighter had made \"a mistake under pressure\".");

        Who(quotes, "broken a promise").ShouldBe("Seru Vakaloloma");
        Who(quotes, "a mistake under pressure").ShouldBe("Kenta Morimoto");
    }

    [Fact]
    public void A_plain_noun_for_a_person_before_a_listed_given_name_is_a_given_name_itself()
    {
        var quotes = Inline("Permits\n\n"
            + "\"More money for the trail is good for us too,\" said Man Bahadur Thapa, 34, a porter.");

        Who(quotes, "More money for the trail is good for us too").ShouldBe("Man Bahadur Thapa");
    }
}
