using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-three, from the misses of blind158–165 (blind162–165 measured sealed with round thirty-two's code): an exchange
/// introduced without a colon by someone pressing, questioning or asking another, by an introduction ending in the first question,
/// or by someone facing questions from the floor; a name running on past a run of particles and met again by the surname before
/// them; offices written untranslated before a name; and the roles a decision's heading gives its parties and panel. Shown on
/// short fictional articles.
/// </summary>
public class RoundThirtyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void An_exchange_introduced_without_a_colon_by_someone_pressing_or_questioning_another_gives_questions_to_the_one_and_answers_to_the_other()
    {
        var quotes = Inline("Seal colony visits capped\n\n"
            + "Dr Ingrid Halvorsen, the island's ecologist, told the committee the pup count had fallen for a third year.\n\n"
            + "MSP Carys Llewellyn, who chairs the committee, pressed her on the figures.\n\n"
            + "\"Are the boats to blame, or the storms?\"\n\n"
            + "\"The boats, mostly. The storms did not help.\"\n\n"
            + "\"And if the count recovers?\"\n\n"
            + "\"Then the cap comes off,\" Dr Halvorsen said.\n\n"
            + "At the review meeting on 2 May, the Chair, Professor Owen Prydderch, questioned Dr Tomás Ó Dálaigh directly.\n\n"
            + "\"Could a boatman refuse without losing his licence?\"\n\n"
            + "\"Under the old rules, no.\"");

        Who(quotes, "Are the boats to blame, or the storms?").ShouldBe("Carys Llewellyn");
        Who(quotes, "The boats, mostly. The storms did not help.").ShouldBe("Ingrid Halvorsen");
        Who(quotes, "And if the count recovers?").ShouldBe("Carys Llewellyn");
        Who(quotes, "Could a boatman refuse without losing his licence?").ShouldBe("Owen Prydderch");
        Who(quotes, "Under the old rules, no.").ShouldBe("Tomás Ó Dálaigh");
    }

    [Fact]
    public void A_name_runs_on_past_a_run_of_particles_and_is_met_again_by_the_surname_before_them()
    {
        var quotes = Inline("Salt flat wells falling\n\n"
            + "According to Inés Carrasco de la Vega, a hydrologist at the university, pumping is \"draining the aquifer\".\n\n"
            + "\"Nobody has seen the meters,\" she said.\n\n"
            + "Deputy Minister Marta Olmedo de Insaurralde said the state would help. \"We will not leave them alone,\" she told reporters.\n\n"
            + "According to Olmedo, the credit would be \"available within a fortnight\".");

        Who(quotes, "draining the aquifer").ShouldBe("Inés Carrasco de la Vega");
        Who(quotes, "Nobody has seen the meters").ShouldBe("Inés Carrasco de la Vega");
        Who(quotes, "available within a fortnight").ShouldBe("Marta Olmedo de Insaurralde");
    }

    [Fact]
    public void An_office_written_untranslated_before_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Port workers idle\n\n"
            + "Intendente Rosalba Quiñónez, the mayor of Puerto Ytororó, said dockers were suffering. \"Half of them have had no shifts,\" she said.\n\n"
            + "Comisario Andrés Villamayor said the checks were \"routine\" and would go on.");

        Who(quotes, "Half of them have had no shifts").ShouldBe("Rosalba Quiñónez");
        Who(quotes, "routine").ShouldBe("Andrés Villamayor");
    }

    [Fact]
    public void A_decisions_heading_gives_roles_outright_to_the_parties_and_the_panel_it_lists()
    {
        var quotes = Inline("Decision: appeal against the rateable value of 3 Quay Street\n\n"
            + "Valuation Appeals Tribunal. Appellant: Morwenna Tregaskis-Bligh, trading as Quay Books. Respondent: Anselm Garroway, Valuation Officer. "
            + "Panel: Philippa Nancarrow (chair), Graham Lutterworth.\n\n"
            + "The chair asked the appellant about the damp in the store.\n\n"
            + "\"Is it still visible today?\" the chair asked.\n\n"
            + "\"On the lower courses, yes.\"\n\n"
            + "Asked whether he had inspected the store, the Valuation Officer said: \"Externally, yes.\"");

        Who(quotes, "Is it still visible today?").ShouldBe("Philippa Nancarrow");
        Who(quotes, "On the lower courses, yes.").ShouldBe("Morwenna Tregaskis-Bligh");
        Who(quotes, "Externally, yes.").ShouldBe("Anselm Garroway");
    }

    [Fact]
    public void An_exchange_may_open_with_the_question_its_introduction_ends_in_or_with_someone_facing_questions_from_the_floor()
    {
        var quotes = Inline("Takeaway's hygiene rating raised\n\n"
            + "The appeal was heard by Graham Oduya, the council's lead officer. The owner, Yusuf Demirtaş, attended with his daughter, Elif Demirtaş.\n\n"
            + "Mr Oduya asked Mr Demirtaş: \"When did you last check the probe?\"\n\n"
            + "\"Every Monday. The sheets are in the folder.\"\n\n"
            + "\"Were they there in March?\"\n\n"
            + "\"No. I started them afterwards.\"\n\n"
            + "Elif Demirtaş told the hearing: \"My father works fourteen hours a day.\"\n\n"
            + "At a packed meeting in the island hall on Friday, the ferry company's operations manager, Ewan Harcus, faced questions from the floor.\n\n"
            + "\"Did anyone look at the clinic days?\" asked one resident.\n\n"
            + "\"We had the clinic list, yes.\"\n\n"
            + "\"And you still cut Thursday?\"");

        Who(quotes, "Every Monday. The sheets are in the folder.").ShouldBe("Yusuf Demirtaş");
        Who(quotes, "Were they there in March?").ShouldBe("Graham Oduya");
        Who(quotes, "No. I started them afterwards.").ShouldBe("Yusuf Demirtaş");
        Who(quotes, "We had the clinic list, yes.").ShouldBe("Ewan Harcus");
        Who(quotes, "And you still cut Thursday?").ShouldBe("one resident");
    }
}
