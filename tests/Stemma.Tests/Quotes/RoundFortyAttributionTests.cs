using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty, from the misses of blind214–221 (blind218–221 measured sealed with round thirty-nine's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_turkic_patronymic_after_the_father_s_name_ends_the_speaker_s_name_and_is_not_cut_off()
    {
        var quotes = Inline("Mudflow warning in the valley\n\n"
            + "\"The river is higher than at any time this spring,\" Chief Engineer Nurlan Sadyr uulu of the Basin Water Directorate told reporters. \"We are moving the pumps tonight.\"\n\n"
            + "Geologist Aizada Tologon kyzy, who has mapped the slope for a decade, walked the scarp on Sunday.\n\n"
            + "\"The crack has doubled in a week,\" she said.");

        Who(quotes, "The river is higher than at any time this spring").ShouldBe("Nurlan Sadyr uulu");
        Who(quotes, "We are moving the pumps tonight.").ShouldBe("Nurlan Sadyr uulu");
        Who(quotes, "The crack has doubled in a week").ShouldBe("Aizada Tologon kyzy");
    }

    [Fact]
    public void An_unnamed_source_who_gave_only_a_first_name_after_a_comma_is_known_by_that_name()
    {
        var quotes = Inline("Herders wait for the road\n\n"
            + "In the upper pastures, many families had not yet moved.\n\n"
            + "\"Where would we take two hundred sheep?\" asked one shepherd, who gave only his first name, Daniyar. \"The road is still closed.\"");

        Who(quotes, "Where would we take two hundred sheep?").ShouldBe("Daniyar");
        Who(quotes, "The road is still closed.").ShouldBe("Daniyar");
    }

    [Fact]
    public void Asked_before_a_source_whose_own_clause_gives_a_name_reports_the_question_and_is_no_request_for_anonymity()
    {
        var quotes = Inline("Queue at the crossing\n\n"
            + "Lorries stood nose to tail for four kilometres on Thursday.\n\n"
            + "\"How long must we wait?\" asked a driver, who gave his name as Tariq. \"Three days now.\"");

        Who(quotes, "How long must we wait?").ShouldBe("Tariq");
    }

    [Fact]
    public void A_local_governor_s_untranslated_office_before_a_name_in_apposition_after_according_to_gives_the_name()
    {
        var quotes = Inline("Villages told to prepare\n\n"
            + "Sirens were tested in three villages on Sunday.\n\n"
            + "According to the district akim, Bolot Kadyrov, tents have been \"pitched on the school field\" and a kitchen is being set up.");

        Who(quotes, "pitched on the school field").ShouldBe("Bolot Kadyrov");
    }

    [Fact]
    public void A_name_in_apposition_after_a_role_and_its_relative_clause_keeps_the_body_it_is_of_out_of_the_name()
    {
        var quotes = Inline("Quake village rebuilt\n\n"
            + "Families moved back into Tizi Ouzal on Saturday, two years after the earthquake.\n\n"
            + "The architect who drew the new houses, Yassine Amrani of the Atlas Rebuilding Trust, said the old stone had been reused where it could be. \"The walls look as they did, and they will stand,\" he said.");

        Who(quotes, "The walls look as they did, and they will stand").ShouldBe("Yassine Amrani");
    }

    [Fact]
    public void A_planning_notice_s_agent_named_in_its_heading_is_who_the_agent_writes_and_not_the_statement_he_writes_in()
    {
        var quotes = Inline("Notice of planning application: conversion of a mill\n\n"
            + "Applicant: Mrs P. Anand. Agent: Rufus Ellingham, Ellingham Design.\n\n"
            + "The proposal\n\n"
            + "In the Design and Access Statement, the agent writes that the scheme \"keeps the mill race visible from the lane\". He adds: \"The wheel pit will be glazed over, not filled.\"");

        Who(quotes, "keeps the mill race visible from the lane").ShouldBe("Rufus Ellingham");
        Who(quotes, "The wheel pit will be glazed over, not filled.").ShouldBe("Rufus Ellingham");
    }

    [Fact]
    public void A_document_named_inside_a_participle_s_phrase_between_subject_and_verb_is_not_the_speaker()
    {
        var quotes = Inline("Footpath diversion confirmed\n\n"
            + "The county council has confirmed the Marlow Footpath 9 Diversion Order.\n\n"
            + "A rider from Cray, opposing the Order, wrote: \"The new line adds a mile and a gate to every ride.\"");

        Who(quotes, "The new line adds a mile and a gate to every ride.").ShouldBe("a rider from Cray");
    }

    [Fact]
    public void A_document_owned_by_its_is_written_by_the_body_it_stands_for()
    {
        var quotes = Inline("Notice of planning application: barn conversion\n\n"
            + "Consultation responses\n\n"
            + "Ashwell Parish Council objects. Its response states that it is \"not satisfied that the lane can take the traffic\" and asks for a survey.");

        Who(quotes, "not satisfied that the lane can take the traffic").ShouldBe("Ashwell Parish Council");
    }

    [Fact]
    public void A_document_the_sender_sent_to_someone_is_written_by_the_sender_and_not_the_one_it_was_sent_to()
    {
        var quotes = Inline("Cheesemakers win their name\n\n"
            + "Trodos Creameries, the island's largest dairy, had opposed the boundary of the protected zone.\n\n"
            + "A letter the company sent to the cooperative in May, seen by the Herald, said it \"will challenge the map in court if it must\".");

        Who(quotes, "will challenge the map in court if it must").ShouldBe("Trodos Creameries");
    }

    [Fact]
    public void A_definite_role_opening_a_sentence_with_a_phrase_between_commas_before_its_verb_is_who_the_next_pronoun_means()
    {
        var quotes = Inline("A rare heath on the moor\n\n"
            + "One ranger on the reserve, who asked not to be named, said the plant had been there for years.\n\n"
            + "\"Will it spread?\" asked Owen Pryce, our treasurer.\n\n"
            + "The ranger, for his part, seemed unmoved when we called. \"I have walked past it a hundred times,\" he said.");

        Who(quotes, "I have walked past it a hundred times").ShouldBe("one ranger on the reserve");
    }

    [Fact]
    public void A_quote_opening_its_paragraph_is_the_one_the_next_sentence_names_rather_than_the_speaker_carried_from_before()
    {
        var quotes = Inline("Panel keeps patient in hospital\n\n"
            + "The evidence\n\n"
            + "Dr Mira Solberg told the panel: \"He is not ready to leave the ward yet.\"\n\n"
            + "\"He has never missed an appointment when he has had support at home.\" That point was made by his social worker, Kwame Asante-Lyle, who said a flat could be found.");

        Who(quotes, "He has never missed an appointment when he has had support at home.").ShouldBe("Kwame Asante-Lyle");
    }

    [Fact]
    public void Whoever_has_applied_is_the_applicant_a_notice_later_quotes()
    {
        var quotes = Inline("Licensing Act 2003: application to vary a premises licence\n\n"
            + "Notice is given that Tamsin Roskilly, the premises licence holder, has applied to vary the licence for The Anchor, 2 Harbour Row, to permit late opening on Saturdays.\n\n"
            + "In her supporting statement, the applicant wrote: \"We have traded here for nine years without a single complaint.\"");

        Who(quotes, "We have traded here for nine years without a single complaint.").ShouldBe("Tamsin Roskilly");
    }

    [Fact]
    public void The_letter_is_written_by_whoever_wrote_to_someone_in_the_sentence_before_and_by_the_body_it_stands_for()
    {
        var quotes = Inline("Licence review: the Anchor\n\n"
            + "The Porthleven Harbour Commissioners have also written to the council. The letter said the commissioners had \"no objection in principle\" to later hours.\n\n"
            + "Kernow District Council has considered the representations. On 2 May it wrote to the licence holder offering a later finish. The letter said the offer would lapse \"if the door staff are not in place by June\".");

        Who(quotes, "no objection in principle").ShouldBe("Porthleven Harbour Commissioners");
        Who(quotes, "if the door staff are not in place by June").ShouldBe("Kernow District Council");
    }

    [Fact]
    public void The_same_source_who_asked_not_to_be_named_is_the_unnamed_source_met_before()
    {
        var quotes = Inline("Hail ruins the harvest\n\n"
            + "At a packed meeting on Wednesday, growers pressed the mayor, Lucia Ferrante, for dates.\n\n"
            + "\"When will the inspectors come?\" asked one grower from Contrada Sant'Anna.\n\n"
            + "\"This week, I hope,\" the mayor replied.\n\n"
            + "The same grower, who asked not to be named, said afterwards that families had \"borrowed against fruit that is now on the ground\".");

        Who(quotes, "borrowed against fruit that is now on the ground").ShouldBe("one grower from Contrada Sant'Anna");
    }

    [Fact]
    public void A_definite_role_whose_clause_withholds_a_name_takes_up_the_unnamed_source_with_its_noun()
    {
        var quotes = Inline("Lift shut after bear sighting\n\n"
            + "\"Half the runs are open, so why close the best lift?\" asked one snowboarder who had driven three hours for the day.\n\n"
            + "The snowboarder, who declined to give his name, later said he understood. \"Fine. I would rather ride tomorrow than meet the bear,\" he said.");

        Who(quotes, "Fine. I would rather ride tomorrow than meet the bear").ShouldBe("one snowboarder");
    }

    [Fact]
    public void A_japanese_honorific_after_a_surname_is_no_part_of_the_name()
    {
        var quotes = Inline("Student beats her teacher\n\n"
            + "Aiko Brennan-Sato, 20, won the open title on Sunday, beating her own teacher, Kenji Morimoto, by two points to one.\n\n"
            + "\"She did everything I told her not to do, and then everything I taught her,\" Morimoto sensei said.");

        Who(quotes, "She did everything I told her not to do, and then everything I taught her").ShouldBe("Kenji Morimoto");
    }

    [Fact]
    public void The_registrant_no_one_was_made_outright_is_the_person_the_decision_is_about_though_first_named_in_its_headline()
    {
        var quotes = Inline("Determination: Dr Pawel Nowicki-Hale, suspended for poor records\n\n"
            + "The Practice Committee has found the fitness to practise of Dr Pawel Nowicki-Hale impaired. Dr Nowicki-Hale admitted the charges. Dr Nowicki-Hale did not attend the second day.\n\n"
            + "Ms Grace Adeyemi, for the Council, said the records were \"thin to the point of uselessness\".\n\n"
            + "A letter from the practice owner, Dr Rhian Pugh-Evans, described him as \"a kind and careful clinician\".\n\n"
            + "In his reflective statement, the registrant wrote: \"I treated my notes as a chore. That was wrong.\"");

        Who(quotes, "I treated my notes as a chore. That was wrong.").ShouldBe("Pawel Nowicki-Hale");
    }

    [Fact]
    public void A_note_of_caution_that_came_from_someone_is_theirs()
    {
        var quotes = Inline("Border crossing reopens\n\n"
            + "Lorries rolled through the checkpoint on Monday for the first time in seven weeks.\n\n"
            + "\"We have heard 'open' before, so forgive us if we wait a week.\" That caution came from Drita Berisha-Krasniqi, who runs a grocery by the checkpoint.");

        Who(quotes, "We have heard 'open' before, so forgive us if we wait a week.").ShouldBe("Drita Berisha-Krasniqi");
    }
}
