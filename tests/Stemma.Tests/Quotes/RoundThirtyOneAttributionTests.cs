using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-one, from the misses of blind138–149 (blind146–149 measured sealed with round thirty frozen): a role's reply or
/// a witness's account after or before a quote, a quote opening a paragraph whose next sentence introduces its speaker, a role
/// of a vessel or a body with the name in apposition after it, "mayor of X, a village that …", a contractor later called the
/// company, a civic body that "the firm" never stands for, a capitalised title met again alone, a department's title read with
/// a person's name, a figure's source set off by commas, and Nei, a Kiribati woman's title. Shown on short fictional articles.
/// </summary>
public class RoundThirtyOneAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_roles_reply_after_a_quote_and_a_persons_own_account_before_one_name_their_owners_not_the_last_speaker()
    {
        var quotes = Inline("Crew saves four from sinking trawler\n\n"
            + "The lifeboat was launched at 2am. The coxswain, Peter Tallack, said the sea was \"as bad as I have seen it this year\".\n\n"
            + "The skipper, Jim Polglase, was the last to leave. \"I thought we were finished,\" he said.\n\n"
            + "\"Don't thank us, thank the people who give the money.\" The coxswain's reply, when Mr Polglase tried to shake his hand, drew a laugh.\n\n"
            + "Mr Tallack's crew went home. Mr Polglase's own account was blunt: \"Ten more minutes and she would have rolled.\"");

        Who(quotes, "Don't thank us, thank the people who give the money.").ShouldBe("Peter Tallack");
        Who(quotes, "Ten more minutes and she would have rolled.").ShouldBe("Jim Polglase");
    }

    [Fact]
    public void A_quote_opening_a_paragraph_whose_next_sentence_introduces_someone_by_role_and_name_is_theirs_not_the_last_speakers()
    {
        var quotes = Inline("Pendeen slip again\n\n"
            + "Harbour FC's captain, Sam Rowe, said the points were \"deserved\". \"We kept going,\" he said.\n\n"
            + "\"We had two chances to close it out and we wasted both.\" The Pendeen manager, Colin Moyle, in his second season, did not hide his anger.");

        Who(quotes, "We had two chances to close it out and we wasted both.").ShouldBe("Colin Moyle");
        Who(quotes, "We kept going").ShouldBe("Sam Rowe");
    }

    [Fact]
    public void A_quote_paragraph_with_no_one_to_carry_is_the_person_the_next_paragraph_introduces()
    {
        var quotes = Inline("Storm night\n\n"
            + "The storm closed the coast road for six hours on Tuesday.\n\n"
            + "\"I have never seen rain like it.\"\n\n"
            + "Sandra Jago, who runs the harbour cafe, has lived in the village since 1970. She said the storm was \"the worst in living memory\".");

        Who(quotes, "I have never seen rain like it.").ShouldBe("Sandra Jago");
    }

    [Fact]
    public void According_to_a_role_of_a_vessel_the_name_in_apposition_speaks_and_keeps_the_role_for_later()
    {
        var quotes = Inline("Launch and cargo ship collide\n\n"
            + "The pilot launch Kittiwake and the cargo vessel Baltic Herald made contact in the channel.\n\n"
            + "According to the coxswain of the Kittiwake, Ewan Struthers, visibility fell \"to less than two cables\" as a squall came through.\n\n"
            + "The recording captures the last exchange. The coxswain called: \"Baltic Herald, confirm your speed, over.\"");

        Who(quotes, "to less than two cables").ShouldBe("Ewan Struthers");
        Who(quotes, "Baltic Herald, confirm your speed, over.").ShouldBe("Ewan Struthers");
    }

    [Fact]
    public void A_mayor_of_a_place_described_in_a_second_appositive_speaks_not_the_place()
    {
        var quotes = Inline("Dam row deepens\n\n"
            + "The canton threatened on Wednesday to cancel the hydropower contract.\n\n"
            + "Mirsad Kovacevic, mayor of Donji Brod, a village that would be partly flooded by the reservoir, said residents had been offered compensation \"that would not buy a garage\".");

        Who(quotes, "that would not buy a garage").ShouldBe("Mirsad Kovacevic");
    }

    [Fact]
    public void A_contractor_introduced_by_name_is_the_company_of_later_copy_but_a_contractor_with_a_given_name_is_a_person()
    {
        var quotes = Inline("Dam row deepens\n\n"
            + "The canton threatened to cancel its deal with the Austrian contractor Hochfeld Wasserbau on Wednesday.\n\n"
            + "Hochfeld rejected the accusation. In a statement, the company said the canton had \"failed to deliver the road it promised\".");

        Who(quotes, "failed to deliver the road it promised").ShouldBe("Hochfeld Wasserbau");

        var person = Inline("Extension halted\n\n"
            + "Work stopped after the contractor James Pellow walked off the site, and the builders' merchant Tregarn Supplies was left unpaid.\n\n"
            + "In a letter, the company said it was owed \"more than £9,000\".");

        Who(person, "more than £9,000").ShouldBe("Tregarn Supplies");
    }

    [Fact]
    public void The_firm_never_stands_for_a_committee_named_in_the_byline_and_beside_it()
    {
        var quotes = Inline("Hall roof still leaking\n\n"
            + "Little Amberley Village Hall Management Committee, 14 October\n\n"
            + "The committee paid for new slates in April, after the contractor, Penrose & Vale Roofing, quoted for the work.\n\n"
            + "Penrose & Vale Roofing dispute this. In a letter to the committee, the firm said the leak came from \"a pre-existing defect in the gutter\".");

        Who(quotes, "a pre-existing defect in the gutter").ShouldBe("Penrose & Vale Roofing");
    }

    [Fact]
    public void A_capitalised_title_given_with_an_honorific_and_met_again_alone_is_its_holder_and_a_department_before_an_honorific_is_a_title()
    {
        var quotes = Inline("Notice 14: collision in the approach channel\n\n"
            + "Issued by the Office of the Harbour Master, Port of Carrick Sound\n\n"
            + "Harbour Master Captain Rhona Gilfedder said: \"The pilotage service has carried out nine thousand boardings without a collision.\"\n\n"
            + "Head of Waste Services Dr Clare Ouseley said the bins would be \"back to normal by Friday\".\n\n"
            + "\"Boarding speed has been a conversation, not an instruction,\" the Harbour Master added.");

        Who(quotes, "back to normal by Friday").ShouldBe("Clare Ouseley");
        Who(quotes, "Boarding speed has been a conversation, not an instruction").ShouldBe("Rhona Gilfedder");
    }

    [Fact]
    public void A_figures_source_set_off_by_commas_after_the_quote_is_its_speaker()
    {
        var quotes = Inline("Tuna catch under-reported\n\n"
            + "Kanji Edmond has fished the reef passes for thirty years. \"The tuna don't come in,\" he said.\n\n"
            + "\"We are talking about 4,000 tonnes a year.\" That estimate, from Dr Neiar Kabua, a fisheries scientist, is double the official figure.");

        Who(quotes, "We are talking about 4,000 tonnes a year.").ShouldBe("Neiar Kabua");
    }

    [Fact]
    public void Nei_before_a_Kiribati_womans_name_is_her_title()
    {
        var quotes = Inline("Copra price falls\n\n"
            + "The union's treasurer, Nei Mareta Kiobo, said members had \"heard the same words in 2019\".");

        Who(quotes, "heard the same words in 2019").ShouldBe("Mareta Kiobo");
    }

    [Fact]
    public void That_was_a_persons_own_verdict_names_the_speaker_of_the_quote_before_it()
    {
        var quotes = Inline("Macaskill takes third title\n\n"
            + "Isla Macaskill won the Northern Championship on Sunday.\n\n"
            + "\"I didn't breathe for about twenty seconds.\" That was Macaskill's own verdict on the shot, which slid past two guards.");

        Who(quotes, "I didn't breathe for about twenty seconds.").ShouldBe("Isla Macaskill");
    }

    [Fact]
    public void An_unnamed_source_after_said_with_a_participle_phrase_is_the_speaker_and_a_spokeswomans_adding_is_hers()
    {
        var quotes = Inline("Lock gate fails\n\n"
            + "Isla Marsh has moored at Tollbridge for ten years. \"It was quiet,\" she said.\n\n"
            + "\"It went with a noise like a gunshot,\" said one boater moored above the lock, who asked not to be named. \"By morning my cooker was on the floor.\"\n\n"
            + "The Midland Waterways Board said it had begun a survey. A spokeswoman for the Board told the Telegraph that new gates would take "
            + "months to make, adding: \"Oak of this size doesn't sit on a shelf.\"\n\n"
            + "\"It looks like a new lock now. I liked it old,\" said one woman selling flowers at the gate, who would not give her name.");

        Who(quotes, "It went with a noise like a gunshot").ShouldBe("one boater");
        Who(quotes, "By morning my cooker was on the floor.").ShouldBe("one boater");
        Who(quotes, "Oak of this size doesn't sit on a shelf.").ShouldBe("a spokeswoman for the Board");
        Who(quotes, "It looks like a new lock now. I liked it old").ShouldBe("one woman");
    }
}
