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
}
