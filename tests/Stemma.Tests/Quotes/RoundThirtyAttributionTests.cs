using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty, from the misses of blind134–141 (blind138–141 measured sealed with round twenty-nine frozen): titles of address
/// from other countries and compound titles before a name, a speaker's gender carried into the next paragraph's "she added", a
/// pronoun after an opening participle's clause, a name given "only as" with its title, a name after "According to a source," that
/// opens a clause of its own, a role of another body than its holder's, "had written … that", and a sentence after the quote that
/// names its speaker ("The speaker was", "That was the whole submission of"). Shown on short fictional articles.
/// </summary>
public class RoundThirtyAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Titles_of_address_from_other_countries_are_no_part_of_the_name()
    {
        var quotes = Inline("Valley school reopens\n\n"
            + "\"The children waited two winters for this,\" said Dasho Ugyen Penjor Dorji, the district governor, at the opening in Haa.\n\n"
            + "Aum Kinley Wangmo, 58, who cooks for the boarders, was less sure. She said: \"The roof is new. The stove is not.\"\n\n"
            + "Downriver, Kapitein Romeo Sabajo of Pikin Slee told the radio that the village had \"waited long enough\".");

        Who(quotes, "The children waited two winters for this").ShouldBe("Ugyen Penjor Dorji");
        Who(quotes, "The roof is new. The stove is not.").ShouldBe("Kinley Wangmo");
        Who(quotes, "waited long enough").ShouldBe("Romeo Sabajo");
    }

    [Fact]
    public void A_compound_title_before_a_name_is_dropped_though_a_name_of_the_name_lists_is_in_the_dictionary_as_one_persons()
    {
        var quotes = Inline("Ferry overloaded, harbour says\n\n"
            + "Harbour Master Ibrahim Youssouf Abdallah told the paper that the ferry had been cleared for 90 passengers. "
            + "\"The counts at the gate and the manifest do not agree,\" he said.");

        Who(quotes, "The counts at the gate and the manifest do not agree").ShouldBe("Ibrahim Youssouf Abdallah");
    }

    [Fact]
    public void An_adjective_before_a_given_name_is_no_given_name_and_a_common_noun_that_names_no_person_is()
    {
        var quotes = Inline("Scarecrow trail winners\n\n"
            + "Little Maisie Hartop, aged six, told us her secret: \"Two old coats and a lot of string.\"\n\n"
            + "\"The whole valley came to look,\" said Lopen Karma Tshering Yangzom, who judged the entries.");

        Who(quotes, "Two old coats and a lot of string.").ShouldBe("Maisie Hartop");
        Who(quotes, "The whole valley came to look").ShouldBe("Karma Tshering Yangzom");
    }

    [Fact]
    public void She_added_opening_a_paragraph_after_a_speakers_quote_tells_the_speakers_gender_over_one_list_vote()
    {
        var quotes = Inline("Park and ride fares rise\n\n"
            + "Fares on the Eastbrook park and ride will rise in April. Tolmead Coaches said in a statement that its costs had gone up \"across the board\".\n\n"
            + "Councillor Rupinder Gale, cabinet member for transport, said: \"Nobody likes paying more. But the alternative was cutting the Sunday buses.\"\n\n"
            + "\"Even now, a return is cheaper than parking in town,\" she added.");

        Who(quotes, "Even now, a return is cheaper than parking in town").ShouldBe("Rupinder Gale");
    }

    [Fact]
    public void A_pronoun_after_an_opening_participles_clause_is_not_the_asker_named_inside_it()
    {
        var quotes = Inline("Cup comes home\n\n"
            + "Club chairman Declan Furey, who played in the 1994 final, was in tears at the whistle. Asked by Radio Lismore how it compared, "
            + "he said: \"In '94 I thought we would win one every year.\"");

        Who(quotes, "In '94 I thought we would win one every year.").ShouldBe("Declan Furey");
    }

    [Fact]
    public void A_name_given_only_as_a_title_and_a_name_is_the_source_with_the_title()
    {
        var quotes = Inline("Ferry disaster: families wait\n\n"
            + "On the quay, one woman, who gave her name only as Mama Zaharia, said her son had called her from the deck. "
            + "\"He said it was rocking, and then the line went,\" she said.");

        Who(quotes, "He said it was rocking, and then the line went").ShouldBe("Mama Zaharia");
    }

    [Fact]
    public void After_according_to_a_source_a_name_that_opens_its_own_clause_is_no_apposition()
    {
        var quotes = Inline("Ferry failed inspection\n\n"
            + "According to a senior port official, the Tumaini Baharia failed a safety inspection in March but was \"given until the end of the year to fix the pumps\".");

        Who(quotes, "given until the end of the year to fix the pumps").ShouldBe("a senior port official");
    }

    [Fact]
    public void A_role_of_another_body_than_its_holders_names_the_person_the_sentence_before_is_about()
    {
        var quotes = Inline("Late drama in the final\n\n"
            + "Dunmere coach Pieter Aalbers admitted his side had been \"second best for an hour\".\n\n"
            + "His opposite number, Femke Roosendaal, was in no mood to talk about luck. \"We lost it in the first half,\" the Westerkade coach said.");

        Who(quotes, "second best for an hour").ShouldBe("Pieter Aalbers");
        Who(quotes, "We lost it in the first half").ShouldBe("Femke Roosendaal");
    }

    [Fact]
    public void Had_written_that_is_a_cue_but_had_written_a_letter_is_not()
    {
        var quotes = Inline("Supplier fined over readings\n\n"
            + "Notes show that a Brightmoor customer adviser had written in May 2023 that the account \"needs a proper read urgently\".\n\n"
            + "Judge Anna Pell said the apology Mr Voss had written from prison was \"too little, and far too late\".");

        Who(quotes, "needs a proper read urgently").ShouldBe("a Brightmoor customer adviser");
        Who(quotes, "too little, and far too late").ShouldBe("Anna Pell");
    }

    [Fact]
    public void A_sentence_after_the_quote_that_names_the_speaker_or_whose_submission_it_was_gives_the_quote()
    {
        var quotes = Inline("Drought hits the highlands\n\n"
            + "\"We are still waiting for the March lorry.\" The speaker was Anselmo Fortes, a goat farmer from Ribeira Funda.\n\n"
            + "\"Every year we delay is another year of coal.\" That was the whole submission of Councillor Meera Thakrar, who sits on the committee.");

        Who(quotes, "We are still waiting for the March lorry.").ShouldBe("Anselmo Fortes");
        Who(quotes, "Every year we delay is another year of coal.").ShouldBe("Meera Thakrar");
    }
}
