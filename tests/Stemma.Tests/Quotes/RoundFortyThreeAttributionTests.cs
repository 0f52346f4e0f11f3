using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-three, from the misses of blind234–245 (blind242–245 measured sealed with round forty-two's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void The_answer_to_a_question_opening_an_exchange_is_the_person_the_paragraph_before_is_about()
    {
        var quotes = Inline("Rare orchid flowers in a greenhouse\n\n"
            + "A slipper orchid has flowered for the first time in the society's records, Dr Osric Pellow-Vane told members.\n\n"
            + "\"It is a small miracle,\" he said.\n\n"
            + "Mrs Imelda Carrow-Stead brought the plant to the October meeting at Fernley village hall, where members had questions.\n\n"
            + "\"Did you feed it anything special?\" asked Bernard Quill, the secretary.\n\n"
            + "\"Rainwater and neglect.\"\n\n"
            + "\"And will you divide it?\" he asked.\n\n"
            + "\"Not until it has flowered twice.\"");

        Who(quotes, "Rainwater and neglect.").ShouldBe("Imelda Carrow-Stead");
        Who(quotes, "Not until it has flowered twice.").ShouldBe("Imelda Carrow-Stead");
    }

    [Fact]
    public void A_case_party_said_to_be_questioned_answers_the_question_that_follows()
    {
        var quotes = Inline("Tribunal decision: Institute v Corwin Ashby-Vale\n\n"
            + "1. The Tribunal heard a charge of misconduct against Mr Corwin Ashby-Vale, a Fellow of the Institute. He admitted the facts.\n\n"
            + "2. The Institute's case was presented by Ms Delia Marchbanks-Oyo. She said the error was \"a failure of basic checking\".\n\n"
            + "3. The Respondent was cross-examined.\n\n"
            + "\"Did you check the figures yourself?\" Ms Marchbanks-Oyo asked.\n\n"
            + "\"I relied on my assistant.\"\n\n"
            + "\"Did you check her work?\"\n\n"
            + "\"Not that page, no.\"");

        Who(quotes, "I relied on my assistant.").ShouldBe("Corwin Ashby-Vale");
        Who(quotes, "Not that page, no.").ShouldBe("Corwin Ashby-Vale");
    }

    [Fact]
    public void The_bare_role_the_writer_gave_itself_before_is_its_own_source_not_the_person_it_questioned()
    {
        var quotes = Inline("Ombudsman decision: fees complaint upheld\n\n"
            + "Mrs Lorna Feakes complained that Halden & Rooke LLP did not warn her the estimate had been exceeded. Mr Ivo Stanek, the partner, said \"she was kept informed throughout\".\n\n"
            + "Our investigator later put this to Mr Stanek.\n\n"
            + "\"Was any written update sent before the final bill?\" the investigator asked.\n\n"
            + "\"Not in writing, no.\"\n\n"
            + "\"Why not?\"\n\n"
            + "\"It was a busy month.\"");

        Who(quotes, "Was any written update sent before the final bill?").ShouldBe("our investigator");
        Who(quotes, "Not in writing, no.").ShouldBe("Ivo Stanek");
        Who(quotes, "Why not?").ShouldBe("our investigator");
        Who(quotes, "It was a busy month.").ShouldBe("Ivo Stanek");
    }

    [Fact]
    public void In_cross_examination_the_one_who_takes_a_witness_through_the_evidence_asks_and_the_witness_answers()
    {
        var quotes = Inline("Doctor suspended over online prescriptions\n\n"
            + "1. The Tribunal found that Dr Casimir Odell-Brandt issued forty prescriptions through an online platform.\n\n"
            + "2. The Authority's expert, Dr Hester Quayle-Amis, wrote that the quantities were \"well outside anything I would regard as safe\".\n\n"
            + "3. In cross-examination, Ms Renata Okoro-Lunn took Dr Odell-Brandt to the first prescription:\n\n"
            + "\"Did you ever speak to Patient A?\"\n\n"
            + "\"Not by telephone, no.\"\n\n"
            + "\"And you were satisfied with that?\"\n\n"
            + "\"At the time, yes.\"\n\n"
            + "4. The Tribunal did not accept that explanation.");

        Who(quotes, "Did you ever speak to Patient A?").ShouldBe("Renata Okoro-Lunn");
        Who(quotes, "Not by telephone, no.").ShouldBe("Casimir Odell-Brandt");
        Who(quotes, "And you were satisfied with that?").ShouldBe("Renata Okoro-Lunn");
        Who(quotes, "At the time, yes.").ShouldBe("Casimir Odell-Brandt");
    }

    [Fact]
    public void Counsel_who_takes_a_witness_through_the_letters_asks_the_bare_questions_that_follow()
    {
        var quotes = Inline("Tax penalties cancelled for carer\n\n"
            + "Osian Prydderch, 61, did not file returns for two years while his mother was ill.\n\n"
            + "At the hearing, Mr Prydderch gave evidence himself. Counsel for the tax office, Marisol Eckford, took him through the reminder letters.\n\n"
            + "\"Did you open the letters?\"\n\n"
            + "\"I opened the first one.\"\n\n"
            + "\"And the others?\"\n\n"
            + "\"I put them in a drawer.\"\n\n"
            + "The tribunal allowed the appeal.");

        Who(quotes, "Did you open the letters?").ShouldBe("Marisol Eckford");
        Who(quotes, "I opened the first one.").ShouldBe("Osian Prydderch");
        Who(quotes, "And the others?").ShouldBe("Marisol Eckford");
        Who(quotes, "I put them in a drawer.").ShouldBe("Osian Prydderch");
    }

    [Fact]
    public void A_bare_role_takes_up_the_unnamed_person_a_definite_phrase_introduced_not_the_story_s_lead()
    {
        var quotes = Inline("Watchdog finds failings in 999 call\n\n"
            + "Mr Osgood Prynne, 79, waited six hours for police after calling 999 from his hallway, the watchdog said.\n\n"
            + "In interview, the call handler, whom we are not naming, was asked about the moment Mr Prynne mentioned a weapon. The transcript records this exchange with the lead investigator:\n\n"
            + "\"Did you hear him say 'knife'?\" the investigator asked.\n\n"
            + "\"No. The line was very poor,\" the call handler replied.\n\n"
            + "The force has apologised.");

        Who(quotes, "Did you hear him say 'knife'?").ShouldBe("the lead investigator");
        Who(quotes, "No. The line was very poor").ShouldBe("the call handler");
    }

    [Fact]
    public void A_question_put_to_someone_who_was_asked_by_counsel_is_counsel_s_and_the_answers_are_theirs()
    {
        var quotes = Inline("Barn owner fined for ignoring notice\n\n"
            + "Mr Lucan Threlfall-Oaks converted the barn into holiday lets without permission. The council served an enforcement notice in 2021.\n\n"
            + "At trial, Recorder Imogen Saltash-Reeve told the jury the question was \"whether the notice was obeyed\".\n\n"
            + "In cross-examination, Mr Threlfall-Oaks was asked by Ms Verity Oduya, for the prosecution: \"Did you read the notice when it arrived?\"\n\n"
            + "\"I read the first page.\"\n\n"
            + "\"Did you take legal advice?\"\n\n"
            + "\"Not until the summons came.\"\n\n"
            + "He was fined £40,000.");

        Who(quotes, "Did you read the notice when it arrived?").ShouldBe("Verity Oduya");
        Who(quotes, "I read the first page.").ShouldBe("Lucan Threlfall-Oaks");
        Who(quotes, "Did you take legal advice?").ShouldBe("Verity Oduya");
        Who(quotes, "Not until the summons came.").ShouldBe("Lucan Threlfall-Oaks");
    }

    [Fact]
    public void The_reply_of_someone_asked_by_a_reporter_is_theirs_not_the_reporter_s()
    {
        var quotes = Inline("Mayor detained in bribery inquiry\n\n"
            + "Prosecutors said Mayor Teodor Vâlcu, 58, had \"repeatedly demanded\" payments from builders.\n\n"
            + "As he was led to a police car, Vâlcu was asked by a reporter: \"Did you take the money?\"\n\n"
            + "\"No. Never,\" he replied.\n\n"
            + "A court will rule on Wednesday.");

        Who(quotes, "Did you take the money?").ShouldBe("a reporter");
        Who(quotes, "No. Never").ShouldBe("Teodor Vâlcu");
    }

    [Fact]
    public void A_question_put_to_no_one_named_is_answered_by_whoever_answered_the_paragraph_before()
    {
        var quotes = Inline("Exhumation licence granted\n\n"
            + "1. The family grave at Orton Hythe lies on the line of the new bypass.\n\n"
            + "2. At a hearing on 9 May, Mrs Philippa Armitage-Loy was asked whether the family had been consulted. She said: \"All five were written to. Four replied.\"\n\n"
            + "Asked whether the family wished to attend: \"Two of us, yes.\"\n\n"
            + "Asked whether she understood the risks: \"I do.\"\n\n"
            + "3. The licence is granted.");

        Who(quotes, "Two of us, yes.").ShouldBe("Philippa Armitage-Loy");
        Who(quotes, "I do.").ShouldBe("Philippa Armitage-Loy");
    }

    [Theory]
    [InlineData("regretted")]
    [InlineData("deplored")]
    [InlineData("bemoaned")]
    public void Someone_who_did_not_object_but_regretted_a_quoted_phrase_is_its_speaker(string verb)
    {
        var quotes = Inline("Bypass route confirmed\n\n"
            + $"Dr Ansel Whitcombe-Rye, 64, is the parish clerk. Dr Whitcombe-Rye did not object but {verb} \"the loss of one of the oldest plots in the village\".\n\n"
            + "Work starts in spring.");

        Who(quotes, "the loss of one of the oldest plots in the village").ShouldBe("Ansel Whitcombe-Rye");
    }

    [Fact]
    public void A_filipino_surname_written_with_dela_runs_on_past_it()
    {
        var quotes = Inline("Crowd crush at concert\n\n"
            + "\"We counted at least forty people on the ground,\" said Police Lt. Col. Ramon dela Cruz-Abad, the station chief.\n\n"
            + "An inquiry opens on Monday.");

        Who(quotes, "We counted at least forty people on the ground").ShouldBe("Ramon dela Cruz-Abad");
    }
}
