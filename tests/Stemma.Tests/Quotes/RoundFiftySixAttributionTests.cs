using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-six, from the misses of blind342–349 (blind346–349 measured at first sight with round fifty-five's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftySixAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Bare_turns_after_a_question_reported_of_the_respondent_open_with_the_respondents_answer()
    {
        var quotes = Inline("Registrar suspended\n\n"
            + "1. The respondent, Mr Oskar Lindqvist-Bale, has been a registered surveyor since 2004.\n\n"
            + "2. At the hearing, Ms Petra Haverkamp, who presented the case, asked the respondent whether he had visited the site.\n\n"
            + "\"I drove past it twice.\"\n\n"
            + "\"Did you get out of the car?\"\n\n"
            + "\"I did not need to.\"\n\n"
            + "\"Is that what the valuation says?\"\n\n"
            + "\"It says what I saw.\"");

        Who(quotes, "I drove past it twice.").ShouldBe("Oskar Lindqvist-Bale");
        Who(quotes, "Did you get out of the car?").ShouldBe("Petra Haverkamp");
        Who(quotes, "I did not need to.").ShouldBe("Oskar Lindqvist-Bale");
        Who(quotes, "Is that what the valuation says?").ShouldBe("Petra Haverkamp");
        Who(quotes, "It says what I saw.").ShouldBe("Oskar Lindqvist-Bale");
    }

    [Fact]
    public void A_recording_that_has_him_saying_the_words_gives_them_to_him_not_to_who_heard_it()
    {
        var quotes = Inline("Interpreter reprimanded\n\n"
            + "3. The written record shows the witness, Mr Declan Furlow, as saying: \"I never saw the van.\" The recording, which the "
            + "panel has listened to, has him saying: \"I never saw the van until it turned.\"");

        Who(quotes, "I never saw the van until it turned.").ShouldBe("Declan Furlow");
    }

    [Fact]
    public void An_unnamed_member_opening_a_sentence_describes_the_account_in_their_own_words_not_the_body_they_sit_on()
    {
        var quotes = Inline("Valuer struck off\n\n"
            + "8. The committee found the charge proved.\n\n"
            + "9. One member of the committee would have preferred a suspension, describing the valuer's apology as \"late but sincere\".");

        Who(quotes, "late but sincere").ShouldBe("one member of the committee");
    }

    [Fact]
    public void He_after_the_same_unnamed_source_named_again_as_the_subject_is_that_source_not_the_last_man_named()
    {
        var quotes = Inline("Harbour race goes to the wire\n\n"
            + "\"Why did they stop the clock?\" asked one boatman.\n\n"
            + "Race secretary Colm Ferriter said the timing gun had misfired. \"We restarted it by hand,\" he said.\n\n"
            + "By the prize-giving the same boatman had calmed down. \"Fair play to them,\" he admitted.");

        Who(quotes, "Fair play to them").ShouldBe("one boatman");
    }

    [Fact]
    public void Letters_written_after_a_name_with_two_capitals_are_no_part_of_the_name()
    {
        var quotes = Inline("Institution of Bridge Engineers: decision in the case of Mr Anwen Pryce-Talbot CEng\n\n"
            + "1. Mr Pryce-Talbot signed the inspection certificate in March.\n\n"
            + "2. Asked why, Mr Pryce-Talbot said: \"The contractor told me it was done.\"");

        Who(quotes, "The contractor told me it was done.").ShouldBe("Anwen Pryce-Talbot");
    }

    [Fact]
    public void An_honorific_inside_a_persons_appositive_after_a_preposition_does_not_give_that_person_its_gender()
    {
        var quotes = Inline("Nurse suspended\n\n"
            + "1. Patient B said the wound had been \"left open for a week\".\n\n"
            + "2. The panel heard from Dr Stellan Okafor-Berg, the ward manager responsible for supervising Ms Ilse Varga. Mr Joost "
            + "Akkerman, presenting the case for the Council, questioned him about the rota:\n\n"
            + "\"Did you check her dressings that week?\"\n\n"
            + "\"No. We had two nurses for thirty beds.\"\n\n"
            + "\"Was that normal?\"\n\n"
            + "\"It was normal enough that I regret it.\"");

        Who(quotes, "No. We had two nurses for thirty beds.").ShouldBe("Stellan Okafor-Berg");
        Who(quotes, "It was normal enough that I regret it.").ShouldBe("Stellan Okafor-Berg");
    }

    [Fact]
    public void A_question_that_came_on_a_day_from_someone_is_theirs()
    {
        var quotes = Inline("Cave opens to divers\n\n"
            + "\"Is there anything down there?\" The question, asked all summer along the quay, came on Friday from Nunzia Bellavia, "
            + "who runs the kiosk by the slipway.");

        Who(quotes, "Is there anything down there?").ShouldBe("Nunzia Bellavia");
    }

    [Fact]
    public void The_same_unnamed_member_with_a_place_phrase_before_the_verb_is_that_member()
    {
        var quotes = Inline("Club notes\n\n"
            + "\"It was the wrong stamp,\" one member said.\n\n"
            + "Our speaker, Dr Emrys Hallgarth, talked about watermarks.\n\n"
            + "\"It was still the wrong stamp,\" the same member from the front row said.");

        Who(quotes, "It was still the wrong stamp").ShouldBe("one member");
    }

    [Fact]
    public void A_rank_written_short_before_a_name_is_the_role_that_names_the_person_again()
    {
        var quotes = Inline("Shot put: police thrower takes bronze\n\n"
            + "Bronze went to Insp Marcus Tolleshunt of Wealdmoor Police AC, who threw 15.20m.\n\n"
            + "\"Did that land in the sector?\" asked one spectator. Chief judge Orla Fenwick-Hay said it had.\n\n"
            + "The inspector, 38, only took up the event at 30. \"I will be back next year,\" the inspector said.");

        Who(quotes, "I will be back next year").ShouldBe("Marcus Tolleshunt");
    }

    [Fact]
    public void His_plan_before_a_colon_is_his_own_words()
    {
        var quotes = Inline("Vaulter clears the canal\n\n"
            + "Coach Hidde Bosma said his pupil had shortened his run-up.\n\n"
            + "Sjoerd Wiersma, medal in hand, had simpler concerns. His plan for the night: \"Chips, a bath and sleep.\"");

        Who(quotes, "Chips, a bath and sleep.").ShouldBe("Sjoerd Wiersma");
    }

    [Fact]
    public void An_exchange_recorded_as_follows_takes_its_parties_from_the_question_and_reply_of_the_paragraph_before()
    {
        var quotes = Inline("Engineer reprimanded\n\n"
            + "4. Mr Tobias Wrenfield, presenting the case for the Institution, asked Ms Carys Aldington-Moor whether she had tested the "
            + "welds before signing. She replied: \"I had not.\"\n\n"
            + "5. The exchange that followed is recorded in the transcript as follows:\n\n"
            + "\"Not one?\"\n\n"
            + "\"Not one. I relied on the fabricator's certificates.\"\n\n"
            + "\"Did you see who had signed them?\"\n\n"
            + "\"I assumed the foreman.\"");

        Who(quotes, "Not one?").ShouldBe("Tobias Wrenfield");
        Who(quotes, "Not one. I relied on the fabricator's certificates.").ShouldBe("Carys Aldington-Moor");
        Who(quotes, "Did you see who had signed them?").ShouldBe("Tobias Wrenfield");
        Who(quotes, "I assumed the foreman.").ShouldBe("Carys Aldington-Moor");
    }

    [Fact]
    public void Questions_put_to_the_registrant_written_with_a_capital_are_put_to_the_person_the_decision_is_about()
    {
        var quotes = Inline("Podiatrist suspended\n\n"
            + "1. The registrant, Mr Lucan Ferreira-Holt, ran a clinic in Ashby.\n\n"
            + "4. In cross-examination, Ms Ngaio Pemberton, presenting the case for the Council, put the leaflet to the Registrant. The "
            + "exchange is recorded as follows:\n\n"
            + "\"Did you write the words 'pain-free for life'?\"\n\n"
            + "\"I approved them.\"\n\n"
            + "\"On what evidence?\"\n\n"
            + "\"My own patients.\"");

        Who(quotes, "I approved them.").ShouldBe("Lucan Ferreira-Holt");
        Who(quotes, "On what evidence?").ShouldBe("Ngaio Pemberton");
        Who(quotes, "My own patients.").ShouldBe("Lucan Ferreira-Holt");
    }

    [Fact]
    public void The_chair_of_the_panel_named_in_apposition_speaks_after_an_opening_participle_and_a_colon()
    {
        var quotes = Inline("Optician suspended\n\n"
            + "9. The registrant did not attend.\n\n"
            + "10. Giving the decision, the chair of the panel, Dr Hedda Lindstrom, spoke to the registrant directly: \"Your patients "
            + "trusted the machine because they trusted you.\"");

        Who(quotes, "Your patients trusted the machine because they trusted you.").ShouldBe("Hedda Lindstrom");
    }
}
