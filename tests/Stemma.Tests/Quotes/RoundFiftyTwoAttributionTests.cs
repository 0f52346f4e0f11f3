using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-two, from the misses of blind310–317 (blind314–317 measured at first sight with round fifty-one's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyTwoAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_party_to_the_case_is_never_the_third_party_the_decision_labels_with_a_letter_however_often_it_is_named()
    {
        var quotes = Inline("Decision in the matter of Rosalind Pengelly-Ward\n\n"
            + "1. Ms Rosalind Pengelly-Ward is a registered podiatrist. She treated a patient, referred to here as Patient C, on 4 May.\n\n"
            + "2. Patient C's wound became infected. Patient C was admitted to hospital. Patient C recovered fully.\n\n"
            + "3. In her reflective statement, the registrant said she had been \"too quick to discharge\".\n\n"
            + "4. Mr Hamid Oyelaran-Stott, for the Council, questioned the registrant.\n\n"
            + "\"Did you check the dressing?\" Mr Oyelaran-Stott asked.\n\n"
            + "\"I did, on the second visit,\" Ms Pengelly-Ward said.\n\n"
            + "\"And on the third?\"\n\n"
            + "\"Not on the third.\"");

        Who(quotes, "too quick to discharge").ShouldBe("Rosalind Pengelly-Ward");
        Who(quotes, "And on the third?").ShouldBe("Hamid Oyelaran-Stott");
        Who(quotes, "Not on the third.").ShouldBe("Rosalind Pengelly-Ward");
    }

    [Fact]
    public void A_patient_the_decision_names_by_a_label_still_speaks_as_that_label()
    {
        var quotes = Inline("Decision in the matter of Rosalind Pengelly-Ward\n\n"
            + "1. Ms Rosalind Pengelly-Ward is a registered podiatrist. She treated a patient, referred to here as Patient C, on 4 May.\n\n"
            + "2. Patient C told the Panel the wound had been \"red and hot for days\".");

        Who(quotes, "red and hot for days").ShouldBe("Patient C");
    }

    [Fact]
    public void Whom_the_questioner_acts_for_set_off_by_commas_leaves_the_sentences_subject_as_the_one_questioned()
    {
        var quotes = Inline("Decision: Callum Rennie-Ashworth\n\n"
            + "1. Mr Callum Rennie-Ashworth is a registered scientist. Dr Ingrid Halvorsen-Bly said the treatment had been \"unpleasant\".\n\n"
            + "2. Questioned by Ms Deirdre Fennelly-Rourke, for the Board, Mr Rennie-Ashworth accepted seeing both flags.\n\n"
            + "\"You saw the flag?\" Ms Fennelly-Rourke asked.\n\n"
            + "\"I saw it, yes.\"\n\n"
            + "\"And you released the result anyway?\"\n\n"
            + "\"The ward had phoned three times.\"");

        Who(quotes, "I saw it, yes.").ShouldBe("Callum Rennie-Ashworth");
        Who(quotes, "And you released the result anyway?").ShouldBe("Deirdre Fennelly-Rourke");
        Who(quotes, "The ward had phoned three times.").ShouldBe("Callum Rennie-Ashworth");
    }

    [Fact]
    public void The_applicant_is_the_body_a_notices_heading_line_labels_as_the_applicant()
    {
        var quotes = Inline("Notice of determination: pleasure flight permit\n\n"
            + "Applicant: Highcliff Aerial Tours Ltd\n\nDecision: Granted\n\n"
            + "1. The application\n\n"
            + "In its written submission the applicant stated that flights would stay \"below 150 metres at all times\".\n\n"
            + "The applicant's operating statement says the craft would carry \"no more than six passengers\".\n\n"
            + "2. The hearing\n\n"
            + "Captain Moira Tregenza-Holt, the applicant's chief pilot, addressed the Sub-Committee. \"It is the calmest aircraft there is,\" she said.");

        Who(quotes, "below 150 metres at all times").ShouldBe("Highcliff Aerial Tours Ltd");
        Who(quotes, "no more than six passengers").ShouldBe("Highcliff Aerial Tours Ltd");
        Who(quotes, "It is the calmest aircraft there is").ShouldBe("Moira Tregenza-Holt");
    }

    [Fact]
    public void A_bodys_name_from_a_heading_in_capitals_is_given_as_running_text_writes_a_name()
    {
        var quotes = Inline("PELLINGFORD BOROUGH COUNCIL\n\n"
            + "Notice of determination: street trading consent\n\n"
            + "1. The Sub-Committee granted the consent. The council described it as \"a trial, not a precedent\".");

        Who(quotes, "a trial, not a precedent").ShouldBe("Pellingford Borough Council");
    }

    [Fact]
    public void A_shipping_companys_name_keeps_its_place_word_before_a_word_the_name_lists_hold()
    {
        var quotes = Inline("Winter ferry cut\n\n"
            + "The island will lose its Tuesday sailing from November.\n\n"
            + "Ionian Horizon Lines, which runs the route, said in a statement that the change was \"a painful response to fuel costs\".");

        Who(quotes, "a painful response to fuel costs").ShouldBe("Ionian Horizon Lines");
    }

    [Fact]
    public void The_union_after_a_body_named_an_association_is_that_association()
    {
        var quotes = Inline("Lido licence granted\n\n"
            + "The council has granted the lido a licence for the summer.\n\n"
            + "The Open Water Lifeguards' Association objected. The union said two lifeguards was \"the bare legal minimum\".");

        Who(quotes, "the bare legal minimum").ShouldBe("Open Water Lifeguards' Association");
    }

    [Fact]
    public void An_exchange_introduced_by_an_answer_to_a_question_no_one_asks_takes_its_parties_from_the_paragraph_before()
    {
        var quotes = Inline("Decision: Niamh Ferrier-Lowry\n\n"
            + "1. Ms Niamh Ferrier-Lowry is a registered occupational therapist. Her manager, Dr Colm Venables, said the team was \"short of two therapists\".\n\n"
            + "2. She was questioned by the presenting officer, Tobias Grellier, about a falls assessment.\n\n"
            + "3. Asked whether she knew of the admission when she wrote the note, she replied: \"I knew. I wrote what I had seen.\"\n\n"
            + "\"But the note gives no sign that it was written three weeks later.\"\n\n"
            + "\"No. It should have.\"\n\n"
            + "\"Would a colleague reading it have known?\"\n\n"
            + "\"They would not.\"");

        Who(quotes, "I knew. I wrote what I had seen.").ShouldBe("Niamh Ferrier-Lowry");
        Who(quotes, "But the note gives no sign that it was written three weeks later.").ShouldBe("Tobias Grellier");
        Who(quotes, "No. It should have.").ShouldBe("Niamh Ferrier-Lowry");
        Who(quotes, "Would a colleague reading it have known?").ShouldBe("Tobias Grellier");
        Who(quotes, "They would not.").ShouldBe("Niamh Ferrier-Lowry");
    }

    [Fact]
    public void A_document_prepared_by_someone_named_between_commas_speaks_with_their_words()
    {
        var quotes = Inline("Decision: Niamh Ferrier-Lowry\n\n"
            + "1. Ms Niamh Ferrier-Lowry is a registered occupational therapist.\n\n"
            + "2. The concerns arose from an internal audit. The investigator's report, prepared by Desmond Achterhof, described the records as \"accurate in substance but unreliable in time\".");

        Who(quotes, "accurate in substance but unreliable in time").ShouldBe("Desmond Achterhof");
    }

    [Fact]
    public void A_name_opened_by_a_word_for_saint_is_no_one_a_role_can_stand_for()
    {
        var quotes = Inline("Road to Agios Theodoros repaired\n\n"
            + "The road to Agios Theodoros will be resurfaced this summer. Agios Theodoros has waited ten years for it.\n\n"
            + "\"It is about time,\" the pensioner said.");

        Who(quotes, "It is about time").ShouldBe("the pensioner");
    }

    [Fact]
    public void The_person_a_relative_clause_says_farms_is_the_farmer()
    {
        var quotes = Inline("Monastery road to be repaired\n\n"
            + "The track from Vrysoula to the monastery will be resurfaced this summer.\n\n"
            + "The mayor, Eleni Sarandou-Vlachou, said the work was overdue. \"It has waited ten years,\" she said. Ms Sarandou-Vlachou thanked the ministry.\n\n"
            + "\"If the lorries come in June, the honey is finished.\" That warning came from Markos Dendrakis, 58, who farms the terraces beside the track. "
            + "Ms Sarandou-Vlachou said the builders would take up his offer of a yard.\n\n"
            + "\"They can have my yard if they give me back my road,\" the farmer grinned.");

        Who(quotes, "They can have my yard if they give me back my road").ShouldBe("Markos Dendrakis");
    }

    [Fact]
    public void A_party_labelled_in_a_heading_line_is_found_though_a_particle_stands_in_the_name()
    {
        var quotes = Inline("Fitness to Practise Committee decision, Ms Tamsin van der Lacy-Holt\n\n"
            + "Registrant: Ms Tamsin van der Lacy-Holt, Operating Department Practitioner\n\n"
            + "Outcome: Suspension order\n\n"
            + "The Committee found that Ms van der Lacy-Holt did not carry out a closing count.\n\n"
            + "The Council's expert, Ms Folasade Adeyemi, wrote that omitting the count fell \"far below\" the standard expected of a registrant.\n\n"
            + "In cross-examination, counsel for the Council, Mr Ashok Varadan, put the central question to the registrant:\n\n"
            + "\"Did you check the count before the surgeon began to close?\"\n\n"
            + "\"I believed the count was complete.\"");

        Who(quotes, "I believed the count was complete.").ShouldBe("Tamsin van der Lacy-Holt");
    }

    [Fact]
    public void A_document_a_possessive_pronoun_opens_is_its_owners_words_though_the_body_it_was_sent_to_stands_before_the_verb()
    {
        var quotes = Inline("Bagatelle table restored\n\n"
            + "The club's table is back in the Anchor after a winter away.\n\n"
            + "The work was done by Fenella MacAlister of Cairnbrook Restorations. Her written report to the committee described the bed as \"sound but tired\".\n\n"
            + "The committee thanked her. Its secretary, Duncan Aird, said the club was \"delighted\".");

        Who(quotes, "sound but tired").ShouldBe("Fenella MacAlister");
        Who(quotes, "delighted").ShouldBe("Duncan Aird");
    }

    [Fact]
    public void It_after_a_sentence_about_a_document_by_its_author_is_the_document_and_its_words_the_authors()
    {
        var quotes = Inline("Harbour wall to be rebuilt\n\n"
            + "The island council has approved the repair of the harbour wall.\n\n"
            + "The survey report by Kyma Coastal Engineering was blunter. It found that the seaward face had \"lost its footing along forty metres\".");

        Who(quotes, "lost its footing along forty metres").ShouldBe("Kyma Coastal Engineering");
    }

    [Fact]
    public void One_capitalised_word_straight_after_a_determiner_and_its_noun_is_a_name_not_speech()
    {
        var quotes = Inline("Riding school licence renewed\n\n"
            + "The inspector, Mr Callum Threlfall, said the pony \"Biscuit\" had been worked \"beyond what her age allows\".");

        quotes.ShouldNotContain(q => q.Text == "Biscuit");
        Who(quotes, "beyond what her age allows").ShouldBe("Callum Threlfall");
    }
}
