using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-three, from the misses of blind318–325 (blind322–325 measured at first sight with round fifty-two's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void An_exchange_said_to_continue_is_between_the_one_who_answered_and_the_questioner_named_after_by_though_never_quoted()
    {
        var quotes = Inline("Decision in the matter of Halina Wereszczak\n\n"
            + "1. Ms Halina Wereszczak admitted the facts. Asked by the case presenter, Mr Emeka Ugochukwu-Hart, whether she had read "
            + "the label, she replied: \"I read the first one.\"\n\n"
            + "2. The exchange continued:\n\n"
            + "\"Why only the first?\"\n\n"
            + "\"The second looked the same.\"");

        Who(quotes, "Why only the first?").ShouldBe("Emeka Ugochukwu-Hart");
        Who(quotes, "The second looked the same.").ShouldBe("Halina Wereszczak");
    }

    [Fact]
    public void The_questioner_named_after_by_asks_when_the_exchange_continues_though_someone_else_was_quoted_before()
    {
        var quotes = Inline("Decision in the matter of Dr Ingeborg Faltskog\n\n"
            + "1. In his written statement, Client B said the gift had been \"a kind of test\".\n\n"
            + "2. Dr Faltskog admitted the facts. Cross-examined by Mr Declan Ruairí-Moss, for the registrar, she was asked why she "
            + "accepted the gift. She replied: \"Refusing would have hurt him.\"\n\n"
            + "3. The exchange continued:\n\n"
            + "\"Did you record it?\"\n\n"
            + "\"Not at the time.\"");

        Who(quotes, "Did you record it?").ShouldBe("Declan Ruairí-Moss");
        Who(quotes, "Not at the time.").ShouldBe("Ingeborg Faltskog");
    }

    [Fact]
    public void A_hyphened_rank_before_a_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Fire destroys olive press\n\n"
            + "The fire had \"reached the beams within minutes\", said Sub-Lieutenant Nikitas Vardakis-Moro, who led the crew. "
            + "\"The road was clear,\" said Lance-Corporal Ilse Brandvold-Ness.");

        Who(quotes, "reached the beams within minutes").ShouldBe("Nikitas Vardakis-Moro");
        Who(quotes, "The road was clear").ShouldBe("Ilse Brandvold-Ness");
    }

    [Fact]
    public void It_after_a_sentence_opened_by_an_owners_document_is_that_document_and_speaks_for_its_owner()
    {
        var quotes = Inline("Decision in the matter of Ms Ffion Ellery-Garth\n\n"
            + "1. Ms Ffion Ellery-Garth is employed by Pendlemere Community Health Trust. The Panel heard the case on 3 June.\n\n"
            + "2. The Trust's investigation report was before the Panel. It concluded that she had shown \"a lapse, not a pattern\".\n\n"
            + "3. The registrant's written statement accepted the facts. It said: \"I should have written it down.\"");

        Who(quotes, "a lapse, not a pattern").ShouldBe("Pendlemere Community Health Trust");
        Who(quotes, "I should have written it down.").ShouldBe("Ffion Ellery-Garth");
    }

    [Fact]
    public void A_company_labelled_as_applicant_in_heading_fields_run_on_one_line_is_the_applicant_and_its_legal_ending_closes_its_name()
    {
        var quotes = Inline("Notice of determination: temporary stage at Wexcombe Fair\n\n"
            + "Brantmoor District Council. Application TS/25/0099. Site: Mill Field. Applicant: Orrin Staging Ltd. Decision: approved.\n\n"
            + "1. The applicant's submission described the stage as \"a demountable deck of the usual kind\".");

        Who(quotes, "a demountable deck of the usual kind").ShouldBe("Orrin Staging Ltd");
    }

    [Fact]
    public void A_letter_the_sentence_before_says_was_received_from_someone_is_theirs()
    {
        var quotes = Inline("Application for a footpath order\n\n"
            + "1. The council consulted on the order in May. An objection was received from the landowner, Crabtree Hollow Farms Ltd. "
            + "The letter said: \"The path has never been public.\"");

        Who(quotes, "The path has never been public.").ShouldBe("Crabtree Hollow Farms Ltd");
    }

    [Fact]
    public void A_body_named_in_a_sentence_cased_heading_line_keeps_its_common_words_and_The_Institute_stands_for_it()
    {
        var quotes = QuoteFixtures.Cleaned("Conduct Panel decision: Institute of Chartered Surveying Practitioners v Maelle Corvisart\n\n"
            + "1. The Panel found proved the allegation that Ms Maelle Corvisart, a Fellow of the Institute, misled the court.\n\n"
            + "2. The Institute submitted that the answer was \"a plain untruth\".");

        Who(quotes, "a plain untruth").ShouldBe("Institute of Chartered Surveying Practitioners");
    }

    [Fact]
    public void A_heading_line_that_is_a_councils_name_alone_is_the_council_The_Council_stands_for()
    {
        var quotes = QuoteFixtures.Cleaned("Brackwater District Council\n\n"
            + "Notice of Determination: Sky Lantern Release\n\n"
            + "1. The Council has determined this application under its policy, after a hearing on 3 June.\n\n"
            + "2. The Council said in a statement that it \"values the festival\".");

        Who(quotes, "values the festival").ShouldBe("Brackwater District Council");
    }

    [Fact]
    public void A_company_named_by_works_or_quarries_after_a_word_the_name_lists_hold_keeps_its_first_word()
    {
        var quotes = Inline("Quarry road row\n\n"
            + "The company, Polar Granite Works, wants the road. It said the road would be \"temporary and fenced\".\n\n"
            + "Arctic Stone Quarries said it was \"not involved\".");

        Who(quotes, "temporary and fenced").ShouldBe("Polar Granite Works");
        Who(quotes, "not involved").ShouldBe("Arctic Stone Quarries");
    }

    [Fact]
    public void A_foreign_office_given_in_apposition_and_written_before_the_surname_is_the_persons_role_after_the()
    {
        var quotes = Inline("Herders block quarry road\n\n"
            + "\"We will not move the herd.\" That warning came from Vuorjna Saijets, the siid-vuolnej, or elected village speaker, of Nuorgam.\n\n"
            + "Siid-vuolnej Saijets told reporters that the village had \"tried letters\".\n\n"
            + "The district council has not decided.\n\n"
            + "The siid-vuolnej was unmoved: \"A fence is still a road.\"");

        Who(quotes, "A fence is still a road.").ShouldBe("Vuorjna Saijets");
    }

    [Fact]
    public void The_first_of_the_roles_in_brackets_after_a_panel_members_name_is_hers_and_the_Chair_stands_for_her()
    {
        var quotes = Inline("Licensed Conveyancers Council: decision\n\n"
            + "In the matter of Harriet Blakemoor-Sand, licensed conveyancer\n\n"
            + "Panel: Mrs Gwenllian Arthen-Jones (Chair, lay member), Mr Piet de Klerk (conveyancer member)\n\n"
            + "1. The Panel found proved that Ms Blakemoor-Sand allowed a shortfall on client account. She is suspended.\n\n"
            + "2. Ms Blakemoor-Sand said she had \"never intended any loss\".\n\n"
            + "3. In announcing the sanction, the Chair said: \"Clients are entitled to trust.\"");

        Who(quotes, "Clients are entitled to trust.").ShouldBe("Gwenllian Arthen-Jones");
    }
}
