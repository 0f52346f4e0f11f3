using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-five, from the misses of blind174–181 (blind178–181 measured sealed with round thirty-four's code): untranslated
/// offices, names after an unnamed descriptor, Gaelic surnames, styles of address, subjectless questions, bodies' names around
/// prepositions and "and", and exchanges introduced by a telephone call, an announcing sentence or a colon cue after a question.
/// Shown on short fictional articles.
/// </summary>
public class RoundThirtyFiveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_name_set_after_an_unnamed_descriptor_is_the_speaker()
    {
        var quotes = Inline("Taps run dry in the old town\n\n"
            + "\"How do we wash the children?\" asked one resident, Marisol Etxeberria-Pons, who runs a laundry on the square.\n\n"
            + "\"We were promised a tanker by noon,\" said a neighbour, Tobiah Grennan, outside his shop.");

        Who(quotes, "How do we wash the children?").ShouldBe("Marisol Etxeberria-Pons");
        Who(quotes, "We were promised a tanker by noon").ShouldBe("Tobiah Grennan");
    }

    [Fact]
    public void Offices_written_untranslated_before_a_name_in_Nordic_German_Dutch_and_Spanish_copy_are_titles()
    {
        var quotes = Inline("Ferry timetable cut\n\n"
            + "\"We read about it in the paper,\" said Kommundirektör Sven Lagerqvist-Ahl.\n\n"
            + "\"The quay is not safe,\" Borgmester Ingeborg Tvede-Lund told the council.\n\n"
            + "\"We will pay for the tankers,\" said Consejera Rocío Argüelles Tamayo.\n\n"
            + "\"The bridge must close,\" Bürgermeister Anselm Krähenbühl said.\n\n"
            + "\"Nobody was told,\" said Wethouder Joost van Hemmerden.");

        Who(quotes, "We read about it in the paper").ShouldBe("Sven Lagerqvist-Ahl");
        Who(quotes, "The quay is not safe").ShouldBe("Ingeborg Tvede-Lund");
        Who(quotes, "We will pay for the tankers").ShouldBe("Rocío Argüelles Tamayo");
        Who(quotes, "The bridge must close").ShouldBe("Anselm Krähenbühl");
        Who(quotes, "Nobody was told").ShouldBe("Joost van Hemmerden");
    }

    [Fact]
    public void A_preposition_that_opens_a_sentence_is_no_part_of_the_body_named_after_it()
    {
        var quotes = Inline("Record lift struck off\n\n"
            + "Under Northern Strength Federation rules, a record must be confirmed by a jury. In a written decision, the federation said "
            + "the bar had \"stalled twice before lockout\".");

        Who(quotes, "stalled twice before lockout").ShouldBe("Northern Strength Federation");
    }

    [Fact]
    public void A_service_named_with_and_between_two_capitalised_words_is_named_whole()
    {
        var quotes = Inline("New street name approved\n\n"
            + "According to Westmarsh Fire and Rescue Service, which is consulted on every name, the choice is \"clear enough in an emergency\".");

        Who(quotes, "clear enough in an emergency").ShouldBe("Westmarsh Fire and Rescue Service");
    }

    [Fact]
    public void A_Gaelic_surname_runs_on_over_its_article_after_Mac_or_Nic()
    {
        var quotes = Inline("Passing place row\n\n"
            + "Donnchadh Mac a’ Phearsain, 67, has worked the croft since 1981. “That passing place was never on my land,” he said.\n\n"
            + "Councillor Ruairidh Mac an t-Saoir told the paper: “I am not going to shut the school.”\n\n"
            + "The headteacher, Ealasaid Nic a’ Phì, has taught there for 22 years. “We had 31 on the roll,” she said.\n\n"
            + "“The fence stays,” Mr Mac a’ Phearsain said.");

        Who(quotes, "That passing place was never on my land").ShouldBe("Donnchadh Mac a' Phearsain");
        Who(quotes, "I am not going to shut the school.").ShouldBe("Ruairidh Mac an t-Saoir");
        Who(quotes, "We had 31 on the roll").ShouldBe("Ealasaid Nic a' Phì");
        Who(quotes, "The fence stays").ShouldBe("Donnchadh Mac a' Phearsain");
    }

    [Fact]
    public void A_name_something_was_known_by_for_years_at_a_place_is_a_label_and_he_after_it_is_the_one_named_before()
    {
        var quotes = Inline("Rare moth returns\n\n"
            + "\"So what stopped you?\" asked our editor, Hal Prothero.\n\n"
            + "The 1983 moth was caught by Geoffrey Tallis, then a teacher in Ashwick, and the species was known for years afterwards at Hollin Wood "
            + "as \"the Tallis ghost\". In an email this week, he wrote: \"I have waited forty years.\"");

        quotes.ShouldNotContain(q => q.Text == "the Tallis ghost");
        Who(quotes, "I have waited forty years.").ShouldBe("Geoffrey Tallis");
    }

    [Fact]
    public void A_style_of_address_with_no_name_after_it_stands_for_the_person_last_named()
    {
        var quotes = Inline("Desalination plant opens\n\n"
            + "HE Deputy Minister of Water Resources Dr Noura bint Hamad Al-Kuwari said the expansion would \"secure water for a generation\".\n\n"
            + "\"Water security is national security,\" Her Excellency told guests at the ceremony.");

        Who(quotes, "Water security is national security").ShouldBe("Noura bint Hamad Al-Kuwari");
    }

    [Fact]
    public void A_question_reported_by_asked_with_no_subject_is_answered_by_the_one_answering_before()
    {
        var quotes = Inline("Village speed limit confirmed\n\n"
            + "The highways officer, Gwen Tallis-Ebbw, defended the order. At a drop-in session, residents questioned her directly. Asked whether "
            + "cameras would be installed, she replied: \"Not as part of this Order.\" Asked whether the school bus would be delayed: \"No. It already "
            + "averages under 20 mph.\"");

        Who(quotes, "No. It already averages under 20 mph.").ShouldBe("Gwen Tallis-Ebbw");
    }

    [Fact]
    public void Words_that_came_from_a_role_at_a_body_are_the_name_after_the_comma()
    {
        var quotes = Inline("Cemetery clear-up\n\n"
            + "\"We will not be going round with a skip.\" That assurance came from the senior gardener at Hollins Green, Keziah Mbatha-Rowe. "
            + "\"My staff will knock on doors before we touch a thing,\" she said.");

        Who(quotes, "We will not be going round with a skip.").ShouldBe("Keziah Mbatha-Rowe");
    }

    [Fact]
    public void An_editor_who_rang_someone_asks_the_uncued_questions_that_follow_and_they_answer()
    {
        var quotes = Inline("Rare moth in a garden trap\n\n"
            + "Ashwick Moth Recorders Newsletter, No. 12, Autumn\n\n"
            + "The moth was potted by Ruth Ashby-Kerr, who has run a trap on her lawn since 2019. Our editor, Hal Prothero, rang her the morning "
            + "after she posted a photograph to the group's chat.\n\n"
            + "\"Did you know what it was straight away?\"\n\n"
            + "\"Not a clue. I thought it was a worn Common Carpet.\"\n\n"
            + "\"So what stopped you?\"\n\n"
            + "\"The band across the forewing was too dark,\" Mrs Ashby-Kerr said.");

        Who(quotes, "Did you know what it was straight away?").ShouldBe("Hal Prothero");
        Who(quotes, "Not a clue. I thought it was a worn Common Carpet.").ShouldBe("Ruth Ashby-Kerr");
        Who(quotes, "So what stopped you?").ShouldBe("Hal Prothero");
    }

    [Fact]
    public void A_sentence_that_only_announces_the_exchange_leaves_the_questioner_to_the_sentence_before()
    {
        var quotes = Inline("Shellfish byelaw confirmed\n\n"
            + "7. At a drop-in session, a restaurateur, Kitty Pendarves-Rowe, questioned the Authority’s senior officer, Lowenna Treloar. The exchange "
            + "was noted as follows.\n\n"
            + "“Does the limit apply per person or per vehicle?”\n\n"
            + "“Per person, per day,” Ms Treloar replied.\n\n"
            + "“So four of us in one van could take twelve kilos?”");

        Who(quotes, "Does the limit apply per person or per vehicle?").ShouldBe("Kitty Pendarves-Rowe");
        Who(quotes, "So four of us in one van could take twelve kilos?").ShouldBe("Kitty Pendarves-Rowe");
    }

    [Fact]
    public void A_cue_after_a_question_that_ends_in_a_colon_introduces_the_next_quote()
    {
        var quotes = Inline("Land value fixed\n\n"
            + "4. In cross-examination Ms Harriet Blaine asked the claimant, Mr Matthias van der Poel: “You accept you never fenced it?” He answered: “I never "
            + "needed to. The hedge was the fence.”");

        Who(quotes, "You accept you never fenced it?").ShouldBe("Harriet Blaine");
        Who(quotes, "I never needed to. The hedge was the fence.").ShouldBe("Matthias van der Poel");
    }
}
