using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-seven, from the misses of blind190–197 (blind194–197 measured sealed with round thirty-six's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundThirtySevenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void The_writer_of_a_first_person_decision_is_the_adjudicator_its_heading_names_and_the_one_asked_answers()
    {
        var quotes = Inline("Adjudication: Mill Lane parking penalty cancelled\n\n"
            + "Parking Appeals Service\n\nCase reference: PA/2026/0091\n\nAppellant: Tobias Wrenfield\n\nEnforcement authority: Castlemere Borough Council\n\n"
            + "Adjudicator: Morwenna Ashby-Treloar\n\nDecision: Appeal allowed\n\n"
            + "1. Mr Wrenfield appeals against a penalty charge notice issued after his car was recorded in Mill Lane.\n\n"
            + "2. At the hearing I asked Mr Wrenfield whether he had seen the sign. \"I saw a pole, but the plate was turned to the wall,\" he said.\n\n"
            + "3. I asked how long the plate had been turned. \"Since the storm in March, at least.\"\n\n"
            + "4. \"And the lines on the road?\" I asked.\n\n"
            + "5. \"Gone. There is nothing yellow left on that corner.\"\n\n"
            + "6. The appeal is allowed.");

        Who(quotes, "Since the storm in March, at least.").ShouldBe("Tobias Wrenfield");
        Who(quotes, "And the lines on the road?").ShouldBe("Morwenna Ashby-Treloar");
        Who(quotes, "Gone. There is nothing yellow left on that corner.").ShouldBe("Tobias Wrenfield");
    }

    [Fact]
    public void A_decision_of_a_named_commissioner_puts_its_questions_and_the_operator_answers_them_turn_by_turn()
    {
        var quotes = Inline("Haulier loses two vehicles from its licence\n\n"
            + "Decision of Priya Castellan-Moore, Traffic Commissioner for the Eastern Traffic Area. Public inquiry held at Ely on 2 May.\n\n"
            + "Fenland Freight Ltd holds a licence for six vehicles. Its director is Gareth Oldroyd.\n\n"
            + "At the inquiry I asked Mr Oldroyd who inspected the lorries.\n\n"
            + "\"A fitter from the village. He comes on Sundays.\"\n\n"
            + "\"Does he keep records?\" I asked.\n\n"
            + "\"Not written ones. He remembers.\"");

        Who(quotes, "A fitter from the village. He comes on Sundays.").ShouldBe("Gareth Oldroyd");
        Who(quotes, "Does he keep records?").ShouldBe("Priya Castellan-Moore");
        Who(quotes, "Not written ones. He remembers.").ShouldBe("Gareth Oldroyd");
    }

    [Fact]
    public void A_paragraph_number_is_no_word_of_the_answer_that_opens_the_paragraph()
    {
        var quotes = Inline("Tribunal upholds claim\n\n"
            + "1. The claimant, Dafydd Prosser, worked nights at the depot for six years.\n\n"
            + "4. Mr Prosser was cross-examined by Ms Helena Quarrie for the respondent:\n\n"
            + "5. \"Did you read it before you signed?\"\n\n"
            + "6. \"No. Nobody did.\"");

        Who(quotes, "Did you read it before you signed?").ShouldBe("Helena Quarrie");
        Who(quotes, "No. Nobody did.").ShouldBe("Dafydd Prosser");
    }

    [Fact]
    public void In_an_exchange_the_turn_after_a_question_is_the_other_party_s_though_it_asks_one_back()
    {
        var quotes = Inline("Lifeboat volunteer tells inquest of rescue\n\n"
            + "The coxswain, Jory Tremayne, was questioned by the coroner, Dr Alys Penrose:\n\n"
            + "\"Were you frightened?\"\n\n"
            + "\"Not then. Afterwards I shook for an hour. Is that unusual?\"\n\n"
            + "\"Not at all.\"");

        Who(quotes, "Were you frightened?").ShouldBe("Alys Penrose");
        Who(quotes, "Not then. Afterwards I shook for an hour. Is that unusual?").ShouldBe("Jory Tremayne");
        Who(quotes, "Not at all.").ShouldBe("Alys Penrose");
    }

    [Fact]
    public void A_letter_a_body_answered_by_speaks_for_that_body()
    {
        var quotes = Inline("Appeal over bus lane fine\n\n"
            + "Harwick District Council fined Amos Petherick £60 in January.\n\n"
            + "The council rejected his appeal by letter in February. The letter said the lane was \"marked and signed as the law requires\".");

        Who(quotes, "marked and signed as the law requires").ShouldBe("Harwick District Council");
    }

    [Fact]
    public void Spanish_and_Catalan_double_surnames_joined_by_y_or_i_and_a_Tuareg_ag_are_one_name()
    {
        var quotes = Inline("Festival goes ahead\n\n"
            + "\"We thought about cancelling,\" said Joana Maria Pons i Ferrà, who chairs the committee. \"We will not be short of cake,\" Ms Pons added.\n\n"
            + "\"The reservoir is still a drawing,\" said Ramiro Sosa y Lamas, a former engineer.\n\n"
            + "\"We will stay out as long as it takes,\" said Issa ag Moussa, a union organiser at the mine.");

        Who(quotes, "We thought about cancelling").ShouldBe("Joana Maria Pons i Ferrà");
        Who(quotes, "We will not be short of cake").ShouldBe("Joana Maria Pons i Ferrà");
        Who(quotes, "The reservoir is still a drawing").ShouldBe("Ramiro Sosa y Lamas");
        Who(quotes, "We will stay out as long as it takes").ShouldBe("Issa ag Moussa");
    }

    [Fact]
    public void An_Italian_engineer_s_dotted_title_is_no_part_of_his_name()
    {
        var quotes = Inline("Dam turbines restart\n\n"
            + "\"The concrete was never the problem,\" said Ing. Niccolò Ferrante-Bassi, the site engineer. \"The old units were,\" he added.");

        Who(quotes, "The concrete was never the problem").ShouldBe("Niccolò Ferrante-Bassi");
        Who(quotes, "The old units were").ShouldBe("Niccolò Ferrante-Bassi");
    }

    [Fact]
    public void A_paragraph_reporting_what_someone_accepts_is_no_cue_for_the_quote_before_it()
    {
        var quotes = Inline("Croft succession decided\n\n"
            + "The applicant is the niece of the late tenant. The respondent is his son, Alasdair Rennie.\n\n"
            + "The will is dated 2019. Its third clause reads: \"I leave the croft to my niece, who has worked it with me.\"\n\n"
            + "The respondent accepts that the will was properly signed.");

        Who(quotes, "I leave the croft to my niece, who has worked it with me.").ShouldBeNull();
    }

    [Fact]
    public void Counsel_for_the_claimant_is_no_claimant_and_a_body_in_apposition_to_the_respondent_is_the_respondent()
    {
        var quotes = Inline("Care worker wins whistleblowing claim\n\n"
            + "The claimant, Ms Hollie Banerjee-Ward, worked at a home run by the respondent, Oakshaw Care Ltd, until March.\n\n"
            + "Counsel for the claimant, Mr Rhys Penhaligon, put the dates to the home manager.\n\n"
            + "\"I was told to keep quiet and I didn't.\" That was how the claimant put it in closing. The respondent, in its response, said the "
            + "dismissal was \"entirely unconnected\" with any complaint.");

        Who(quotes, "I was told to keep quiet and I didn't.").ShouldBe("Hollie Banerjee-Ward");
        Who(quotes, "entirely unconnected").ShouldBe("Oakshaw Care Ltd");
    }

    [Fact]
    public void An_email_is_written_by_whoever_the_article_says_emailed()
    {
        var quotes = Inline("Tribunal finds disclosure was protected\n\n"
            + "The claimant, Ms Hollie Banerjee-Ward, raised staffing with her managers.\n\n"
            + "On 21 June Ms Banerjee-Ward emailed the regional manager, Mr Tobias Grange. The email read, in part:\n\n"
            + "\"There has been one carer for twenty residents on three nights this month.\"\n\n"
            + "Mr Grange replied that staffing was \"under review\".");

        Who(quotes, "There has been one carer for twenty residents on three nights this month.").ShouldBe("Hollie Banerjee-Ward");
    }

    [Fact]
    public void A_nicknamed_person_s_possessive_surname_still_gives_the_full_name()
    {
        var quotes = Inline("Final won by a stone\n\n"
            + "The final was decided on Sunday, as Euan \u201cthe Ferret\u201d MacAskill\u2019s rink beat the holders.\n\n"
            + "MacAskill, 41, a farmer, admitted his side had been lucky. \u201cIt was a coin toss,\u201d he said.");

        Who(quotes, "It was a coin toss").ShouldBe("Euan MacAskill");
    }

    [Fact]
    public void A_body_a_decision_is_of_is_no_writer_for_an_unsigned_I()
    {
        var quotes = Inline("Licence review\n\n"
            + "Decision of Harrowfield City Council, Licensing Sub-Committee\n\n"
            + "The sub-committee met on 3 May to review the premises licence of the Anchor Tap, held by Ruth Penhallow.\n\n"
            + "\"Who locks the back gate?\" I asked.");

        Who(quotes, "Who locks the back gate?").ShouldNotBe("Harrowfield City Council");
    }
}
