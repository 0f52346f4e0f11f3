using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-seven, from the misses of blind350–353 (measured sealed with round fifty-six's code). Shown on short fictional
/// articles.
/// </summary>
public class RoundFiftySevenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void What_an_investigator_found_in_her_report_that_the_records_were_is_hers()
    {
        var quotes = Inline("Surveyor reprimanded\n\n"
            + "1. The Council's case officer, Ms Annika Fothergill-Ray, found in her report that the site diary was \"patchy and in parts "
            + "written up weeks later\".");

        Who(quotes, "patchy and in parts written up weeks later").ShouldBe("Annika Fothergill-Ray");
    }

    [Fact]
    public void What_an_investigator_found_the_short_object_before_the_quote_to_be_is_his()
    {
        var quotes = Inline("Agent censured\n\n"
            + "4. The Authority's inspector, Teodor Baptiste-Lowe, found the tenancy files \"thin, undated and in one case missing "
            + "altogether\".");

        Who(quotes, "thin, undated and in one case missing altogether").ShouldBe("Teodor Baptiste-Lowe");
    }

    [Fact]
    public void It_after_a_firm_named_by_its_services_is_the_firm_though_its_first_word_is_a_given_name()
    {
        var quotes = Inline("Adviser fined\n\n"
            + "5. Grace Lane Relocation Services said in a statement to the Board that it \"regrets the delay\". It said it had since hired "
            + "\"two more caseworkers to clear the backlog\".");

        Who(quotes, "regrets the delay").ShouldBe("Grace Lane Relocation Services");
        Who(quotes, "two more caseworkers to clear the backlog").ShouldBe("Grace Lane Relocation Services");
    }

    [Fact]
    public void The_society_named_again_as_the_fellowship_is_the_fellowship_not_a_speaker_called_fellowship()
    {
        var quotes = Inline("Thimble collectors count their numbers\n\n"
            + "Twenty members of the Western Fellowship of Thimble Collectors met at Ledbury on Saturday.\n\n"
            + "The Fellowship's annual report said membership was "
            + "\"the highest since the war\".");

        Who(quotes, "the highest since the war").ShouldBe("Western Fellowship of Thimble Collectors");
    }

    [Fact]
    public void A_bare_question_after_an_answer_given_when_asked_by_the_chair_is_the_chairs()
    {
        var quotes = Inline("Pharmacist warned\n\n"
            + "3. The Council's inspector, Ms Orla Penhallow, found in her report that the controlled drugs register was \"out of date\".\n\n"
            + "4. Asked by the chair of the Committee, Mr Desmond Achebe-Rowe, when he first noticed the gap, Mr Lukas Brenninkmeyer said: "
            + "\"In June, I think. The locum told me.\"\n\n"
            + "\"Did you report it?\"\n\n"
            + "\"Not at once.\"");

        Who(quotes, "Did you report it?").ShouldBe("Desmond Achebe-Rowe");
        Who(quotes, "Not at once.").ShouldBe("Lukas Brenninkmeyer");
    }

    [Fact]
    public void The_presiding_member_is_the_one_the_heading_lines_give_that_role()
    {
        var quotes = Inline("DECISION ON COMPLAINT 2025/044\n\n"
            + "Complainant: Ilse Vandersteen\n"
            + "Adviser: Tomasz Wrzesniewski-Hale, licensed adviser\n"
            + "Presiding member: Beatrix Okonkwo-Lund\n\n"
            + "1. The Board's investigator, Rafael Quinteiro, said the client file was \"disordered\".\n\n"
            + "2. At the hearing the presiding member asked Mr Wrzesniewski-Hale about his letter of May. The exchange is recorded as "
            + "follows.\n\n"
            + "3. \"Did you read the letter before you signed it?\" Ms Okonkwo-Lund asked.\n\n"
            + "4. \"I read most of it,\" Mr Wrzesniewski-Hale said.\n\n"
            + "5. \"The letter promises a decision in a month.\"\n\n"
            + "6. \"That was a mistake.\"\n\n"
            + "7. \"A mistake, or a sales line?\"\n\n"
            + "8. \"A mistake.\"\n\n"
            + "9. Closing the hearing, the presiding member said the letter had been \"careless at best\".");

        Who(quotes, "The letter promises a decision in a month.").ShouldBe("Beatrix Okonkwo-Lund");
        Who(quotes, "That was a mistake.").ShouldBe("Tomasz Wrzesniewski-Hale");
        Who(quotes, "A mistake, or a sales line?").ShouldBe("Beatrix Okonkwo-Lund");
        Who(quotes, "A mistake.").ShouldBe("Tomasz Wrzesniewski-Hale");
        Who(quotes, "careless at best").ShouldBe("Beatrix Okonkwo-Lund");
    }
}
