using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-one, from the misses of blind218–229 (blind226–229 measured sealed with round forty's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyOneAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_company_whose_legal_ending_closes_a_sentence_is_no_person_a_pronoun_can_stand_for()
    {
        var quotes = Inline("Auditor fined over freight accounts\n\n"
            + "1. The Respondent, Mr Tobias Wrenfield, was the audit partner for the audits of Pellow Haulage Holdings Ltd. He admitted two charges.\n\n"
            + "2. In cross-examination, Ms Ilse Marrable asked him whether he had read the contracts. His answer was: \"I relied on the client.\"");

        Who(quotes, "I relied on the client.").ShouldBe("Tobias Wrenfield");
    }

    [Fact]
    public void A_bare_question_after_an_answer_is_asked_by_whom_the_answer_s_paragraph_says_asked_its_speaker()
    {
        var quotes = Inline("Decision of the Tribunal\n\n"
            + "1. The Respondent, Mr Tobias Wrenfield, was the audit partner.\n\n"
            + "2. Counsel for the Executive was Ms Ilse Marrable.\n\n"
            + "3. In cross-examination, Ms Marrable asked the Respondent whether he had read the contracts. His answer was: \"I read two of them.\"\n\n"
            + "\"Why only two?\"\n\n"
            + "\"Because the rest were said to be standard.\"\n\n"
            + "\"Did you check that?\"");

        Who(quotes, "Why only two?").ShouldBe("Ilse Marrable");
        Who(quotes, "Because the rest were said to be standard.").ShouldBe("Tobias Wrenfield");
        Who(quotes, "Did you check that?").ShouldBe("Ilse Marrable");
    }

    [Fact]
    public void The_answer_to_a_question_the_writer_says_they_asked_him_is_his_not_the_last_speaker_s()
    {
        var quotes = QuoteFixtures.Inline(
            "\"He has taught half the band,\" said Ms Lowena Pascoe, who organised the peal.\n\n"
            + "Mr Jory Pendarves rang the treble himself. He had been told nothing.\n\n"
            + "\"Did you guess what was planned?\" I asked him afterwards.\n\n"
            + "\"Not for a moment.\"\n\n"
            + "\"Will you go on ringing?\"\n\n"
            + "\"Every Sunday I can.\"",
            new DocumentMetadata { Title = "Tower captain rings his last Sunday", Byline = "Wenna Tregidgo, Newsletter Editor" });

        Who(quotes, "Not for a moment.").ShouldBe("Jory Pendarves");
        Who(quotes, "Will you go on ringing?").ShouldBe("Wenna Tregidgo");
        Who(quotes, "Every Sunday I can.").ShouldBe("Jory Pendarves");
    }

    [Fact]
    public void An_exchange_between_a_judge_and_a_party_gives_the_questions_to_the_judge_and_the_answers_to_the_party()
    {
        var quotes = Inline("Barrister suspended for misleading a court\n\n"
            + "1. The Respondent, Ms Perpetua Oyelowo-Grant, appeared for the defence at a trial in March.\n\n"
            + "2. A witness did not attend. The transcript records this exchange between Her Honour Judge Annis Trevethan and the Respondent:\n\n"
            + "\"Where is your witness?\"\n\n"
            + "\"She is unwell, Your Honour.\"\n\n"
            + "\"Is there a medical note?\"\n\n"
            + "\"Not yet.\"");

        Who(quotes, "Where is your witness?").ShouldBe("Annis Trevethan");
        Who(quotes, "She is unwell, Your Honour.").ShouldBe("Perpetua Oyelowo-Grant");
        Who(quotes, "Is there a medical note?").ShouldBe("Annis Trevethan");
        Who(quotes, "Not yet.").ShouldBe("Perpetua Oyelowo-Grant");
    }

    [Fact]
    public void An_instruction_that_came_from_a_named_person_is_theirs()
    {
        var quotes = Inline("Deposit to be repaid\n\n"
            + "The tenant left in March and the agent kept most of the deposit.\n\n"
            + "\"Please return the deposit in full.\" That instruction came from the landlord, Mr Austell Penberthy, in an email to the agent.");

        Who(quotes, "Please return the deposit in full.").ShouldBe("Austell Penberthy");
    }

    [Fact]
    public void A_role_a_decision_s_heading_gives_to_a_company_is_that_company_even_when_its_manager_is_the_role_s_manager()
    {
        var quotes = QuoteFixtures.Inline(
            "Redress Service. Complaint reference 24/118. Complainant: Ms Tamsin Rowe. Agent: Kellow & Vyvyan Lettings Ltd. Adjudicator: Morwenna Hext.\n\n"
            + "Ms Rowe rented a flat through Kellow & Vyvyan Lettings Ltd until March. When she left, the agent kept £400 of her deposit.\n\n"
            + "The agent's branch manager, Mr Colan Trebilcock, responded for the agent. \"The flat needed cleaning,\" his written response stated.\n\n"
            + "The agent also said in its response that there was \"wear to the walls beyond what is reasonable\".",
            new DocumentMetadata { Title = "Final decision: agent to repay deposit" });

        Who(quotes, "wear to the walls beyond what is reasonable").ShouldBe("Kellow & Vyvyan Lettings Ltd");
        Who(quotes, "The flat needed cleaning").ShouldBe("Colan Trebilcock");
    }

    [Fact]
    public void The_newspaper_is_the_paper_whose_title_the_ruling_names_and_a_claim_made_by_its_editor_is_the_editor_s()
    {
        var quotes = QuoteFixtures.Inline(
            "Ms Demelza Roskilly complained to the Press Standards Board that the Pellow Herald intruded into her grief.\n\n"
            + "In its submission, the newspaper said the photograph was \"taken from a public road\".\n\n"
            + "\"We published a respectful image.\" That claim was made by the Herald's editor, Jago Penhaligon, in a letter.\n\n"
            + "The Herald must publish this ruling on page 5.",
            new DocumentMetadata { Title = "Ruling: Pellow Herald breached privacy" });

        Who(quotes, "taken from a public road").ShouldBe("Pellow Herald");
        Who(quotes, "We published a respectful image.").ShouldBe("Jago Penhaligon");
    }

    [Fact]
    public void A_phrase_holding_its_own_clause_s_subject_describes_a_thing_and_is_given_no_quote()
    {
        var quotes = Inline("Lace on the move at the museum\n\n"
            + "The exhibition opened on Saturday, curated by Hélène Vaudrey-Marchal.\n\n"
            + "Most of the pieces hang in open frames rather than in cases, a choice she defended in her opening remarks. \"Lace is usually shown flat,\" she said.");

        Who(quotes, "Lace is usually shown flat").ShouldNotBe("a choice she defended");
    }

    [Fact]
    public void A_legal_ending_s_full_stop_that_only_ends_sentences_is_not_part_of_the_company_s_name_however_the_name_was_found()
    {
        var quotes = Inline("Footpath diversion confirmed\n\n"
            + "The Order was made on the application of Penwith Aggregates Ltd. In its letter of 3 March the company stated: \"The path cannot stay open.\"");

        Who(quotes, "The path cannot stay open.").ShouldBe("Penwith Aggregates Ltd");
    }
}
