using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty, from the misses of blind370–373, measured at first sight with round fifty-nine's code. Shown on short fictional
/// articles.
/// </summary>
public class RoundSixtyAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_compound_ending_in_a_foreign_bodys_noun_is_the_body_its_english_noun_stands_for()
    {
        var quotes = Inline("Protest rejected\n\n"
            + "ESENS, March 3 - The league is run by the Landesverband Moorfeld. The association said protests \"must reach us on the day\". "
            + "Holtrop lost the match by two throws.");

        Who(quotes, "must reach us on the day").ShouldBe("Landesverband Moorfeld");
    }

    [Fact]
    public void A_name_taken_up_by_which_and_a_verb_of_running_something_is_a_body_the_company_stands_for()
    {
        var quotes = Inline("Islanders fight ferry cut\n\n"
            + "VELI OTOK, May 2 - Islanders met on Sunday after Brodska Plovidba Sarun, which runs the only ferry to the mainland, said it would drop the early sailing.\n\n"
            + "In a statement, the company said the winter timetable was \"under review\".");

        Who(quotes, "under review").ShouldBe("Brodska Plovidba Sarun");
    }

    [Fact]
    public void It_that_found_after_an_opening_clause_placing_the_finding_in_a_report_is_the_reports_author()
    {
        var quotes = Inline("Trophy examined\n\n"
            + "The club's Heritage Committee has since examined the trophy. In a report circulated on Monday, it found the silver \"older than the plinth it stands on\".");

        Who(quotes, "older than the plinth it stands on").ShouldBe("Heritage Committee");
    }

    [Fact]
    public void Bare_turns_after_an_introduction_closed_by_a_cued_reply_alternate_between_the_questioner_and_the_one_who_replied()
    {
        var quotes = Inline("Payments firm fined\n\n"
            + "1. The Authority fined Corvane Pay Ltd £80,000.\n\n"
            + "2. At the hearing, the Authority's counsel, Mr Tobias Wrenfield, questioned Corvane's former finance officer, Mr Alasdair Pike, about the ledgers. "
            + "Mr Wrenfield asked how often they had been balanced. \"Weekly, in principle,\" Mr Pike replied.\n\n"
            + "\"In principle?\"\n\n"
            + "\"When the team was full.\"\n\n"
            + "\"And when it was not?\"\n\n"
            + "\"Then it waited.\"");

        Who(quotes, "In principle?").ShouldBe("Tobias Wrenfield");
        Who(quotes, "When the team was full.").ShouldBe("Alasdair Pike");
        Who(quotes, "And when it was not?").ShouldBe("Tobias Wrenfield");
    }

    [Fact]
    public void Bare_turns_after_a_cued_reply_that_closes_an_introduction_naming_who_questioned_whom_alternate_between_them()
    {
        var quotes = Inline("Firm fined\n\n"
            + "1. The Authority fined Brightpay Limited.\n\n"
            + "2. At the hearing, the Firm's director, Ruairi Ó Dálaigh, was questioned by the chair of the panel, Dr Imelda Acheson-Gray. "
            + "Asked when he first knew of the gap, Mr Ó Dálaigh said: \"In May, from the audit.\"\n\n"
            + "\"Not before?\"\n\n"
            + "\"Not in any form I would call knowledge.\"");

        Who(quotes, "Not before?").ShouldBe("Imelda Acheson-Gray");
        Who(quotes, "Not in any form I would call knowledge.").ShouldBe("Ruairi Ó Dálaigh");
    }

    [Fact]
    public void A_word_list_noun_for_a_person_opening_a_sentence_before_one_capitalised_word_is_a_given_name()
    {
        var quotes = Inline("Herders return\n\n"
            + "AQ YAR, June 1 - Sheep will graze the steppe again this summer.\n\n"
            + "Server Ablayev farms 30 hectares at the reserve's edge. \"Three weeks here, three weeks there,\" the farmer grinned.\n\n"
            + "Ablayev was already planning for July. \"The horse knows the way,\" he said.");

        Who(quotes, "Three weeks here, three weeks there").ShouldBe("Server Ablayev");
        Who(quotes, "The horse knows the way").ShouldBe("Server Ablayev");
    }

    [Fact]
    public void Two_unlisted_words_kept_before_the_surname_when_the_given_name_is_dropped_are_a_title_the_article_then_uses_alone()
    {
        var quotes = Inline("Prayer house reopens\n\n"
            + "TRAKAI, April 9 - Ullu Hazzan Josef Novickis led the first service in the rebuilt house.\n\n"
            + "\"For three years we prayed in a kitchen,\" Ullu Hazzan Novickis told reporters.\n\n"
            + "The Ullu Hazzan said the community now numbered \"fewer than sixty people\".");

        Who(quotes, "For three years we prayed in a kitchen").ShouldBe("Josef Novickis");
        Who(quotes, "fewer than sixty people").ShouldBe("Josef Novickis");
    }

    [Fact]
    public void A_reply_with_its_own_subject_after_being_asked_by_someone_is_the_replier()
    {
        var quotes = Inline("Society keeps its tickets\n\n"
            + "Treasurer Hugh Pennant said the work would take most of the reserve.\n\n"
            + "Archivist Joan Delafield was asked by Mr Pennant whether volunteers could do the sorting, and she replied: \"Volunteers did the last boxes. We are still finding mistakes.\"");

        Who(quotes, "Volunteers did the last boxes. We are still finding mistakes.").ShouldBe("Joan Delafield");
    }

    [Fact]
    public void A_letter_read_out_in_which_she_wrote_is_the_writers_not_the_readers()
    {
        var quotes = Inline("Tickets stay together\n\n"
            + "Life member Edna Roscoe, who sold tickets at the Regal for thirty years, could not attend. The secretary read out her letter, in which she wrote:\n\n"
            + "\"I tore half of those tickets myself.\"\n\n"
            + "According to the secretary, Alan Pritchard, the letter was \"the best argument of the evening\".");

        Who(quotes, "I tore half of those tickets myself.").ShouldBe("Edna Roscoe");
    }

    [Fact]
    public void The_report_in_a_paragraph_after_one_naming_its_author_is_the_authors()
    {
        var quotes = Inline("Money transmitter fined\n\n"
            + "1. The Authority fined Larchway Remit Ltd.\n\n"
            + "2. The examination report, prepared by Senior Examiner Bronwen Tally, found that agents held cash for days.\n\n"
            + "3. The report concluded: \"The controls existed on paper only.\"");

        Who(quotes, "The controls existed on paper only.").ShouldBe("Bronwen Tally");
    }

    [Fact]
    public void According_to_a_report_prepared_by_a_body_the_words_are_the_bodys()
    {
        var quotes = Inline("E-money firm fined\n\n"
            + "1. The Firm was required to hold customer funds apart. Instead, according to the skilled person's report prepared by Ashgrove Assurance, "
            + "customer money was \"mixed with operating cash on 30 days\".");

        Who(quotes, "mixed with operating cash on 30 days").ShouldBe("Ashgrove Assurance");
    }

    [Fact]
    public void A_report_prepared_by_a_body_named_after_a_description_of_its_kind_is_the_bodys()
    {
        var quotes = Inline("Debt firm fined\n\n"
            + "2. Evidence\n\n"
            + "The skilled person's report, prepared by the accountancy firm Morrow Kade, found that \"in 30 of the 50 files, no assessment was recorded\".");

        Who(quotes, "in 30 of the 50 files, no assessment was recorded").ShouldBe("Morrow Kade");
    }

    [Fact]
    public void A_common_word_opening_a_sentence_before_an_unlisted_surname_and_an_age_is_a_given_name()
    {
        var quotes = Inline("Chestnut blight\n\n"
            + "A senior official at the directorate said the pest was spreading.\n\n"
            + "Mare Vidošić-Kralj, 54, roasts chestnuts for the village feast each October. This year she has cancelled it. \"I can't roast what isn't there,\" she said.");

        Who(quotes, "I can't roast what isn't there").ShouldBe("Mare Vidošić-Kralj");
    }

    [Fact]
    public void A_body_inside_an_opening_phrase_of_place_is_not_the_subject_of_a_colon_sentence()
    {
        var quotes = Inline("Winning ticket framed\n\n"
            + "\"We have spent a year's subscriptions on other people's tickets,\" one member from the northern branch wrote to the committee. "
            + "At the branch meeting, the same member was blunter: \"Nobody ever framed a loser.\"");

        Who(quotes, "Nobody ever framed a loser.").ShouldBe("one member from the northern branch");
    }

    [Fact]
    public void The_subject_of_an_opening_clause_of_time_is_not_the_subject_of_a_colon_sentence()
    {
        var quotes = Inline("Final decided\n\n"
            + "\"Why does nobody measure?\" asked one spectator, as the umpire, Renata Gallo, walked round the lane.\n\n"
            + "\"I measure when I need to,\" Gallo said later. When she finally knelt with the callipers, the same spectator was heard again: \"Now she measures.\"");

        Who(quotes, "Now she measures.").ShouldBe("one spectator");
    }

    [Fact]
    public void What_a_notice_is_headed_a_sign_in_apposition_holds_and_a_board_reads_are_labels_but_what_a_company_board_says_is_a_quote()
    {
        var quotes = Inline("Extension refused\n\n"
            + "The site notice, headed \"Tell us what you think\", was displayed for 21 days. "
            + "A handwritten sign on the clubhouse door, \"Members only after six\", was widely ignored. "
            + "At the landing, a painted board already reads \"Shut the gate - goats about\". "
            + "The board said the sale would \"secure the club's future\".");

        quotes.ShouldNotContain(q => q.Text.Contains("Tell us what you think", StringComparison.Ordinal));
        quotes.ShouldNotContain(q => q.Text.Contains("Members only after six", StringComparison.Ordinal));
        quotes.ShouldNotContain(q => q.Text.Contains("goats about", StringComparison.Ordinal));
        quotes.ShouldContain(q => q.Text.Contains("secure the club's future", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_read_out_by_someone_is_the_words_of_the_one_who_wrote_it_not_the_reader()
    {
        var quotes = Inline("Ticket judged genuine\n\n"
            + "Members examined ticket 0212 on Saturday.\n\n"
            + "In a letter read out by the secretary, Dora Pellingham, our archivist, Greta van Leeuwen, who could not make the journey, wrote:\n\n"
            + "\"I have compared the ticket with the six others in the archive.\"");

        Who(quotes, "I have compared the ticket with the six others in the archive.").ShouldBe("Greta van Leeuwen");
    }

    [Fact]
    public void A_letter_read_out_by_the_secretary_is_the_words_of_the_one_who_wrote_in_it()
    {
        var quotes = Inline("Rule change opposed\n\n"
            + "The club's secretary, Dilys Morgan, opened the meeting at seven.\n\n"
            + "At the annual meeting that evening, the treasurer, Martin Elwood, reported a surplus of £200. \"We need to see the frays,\" he told the meeting.\n\n"
            + "Not everyone agreed. Joan Kettleby, who runs the junior section and could not attend, wrote in a letter read out by the secretary: "
            + "\"Our younger members cannot afford a new string for every round.\"");

        Who(quotes, "Our younger members cannot afford a new string for every round.").ShouldBe("Joan Kettleby");
    }

    [Fact]
    public void The_soldier_names_again_a_person_given_an_army_rank()
    {
        var quotes = Inline("Hurdles won\n\n"
            + "ASHCOMBE, June 3 - The men's 400m hurdles went to Lance Corporal Tobias Wendell, who races for the Army. He flew back from Cyprus on Thursday.\n\n"
            + "\"Thirteen strides to the sixth,\" the soldier said.");

        Who(quotes, "Thirteen strides to the sixth").ShouldBe("Tobias Wendell");
    }

    [Fact]
    public void A_report_by_its_author_between_commas_is_the_authors()
    {
        var quotes = Inline("Hardstanding refused\n\n"
            + "The case officer's report, by Senior Planning Officer Kwesi Ashby, found the hardstanding \"harmful to the open character of the valley\".");

        Who(quotes, "harmful to the open character of the valley").ShouldBe("Kwesi Ashby");
    }

    [Fact]
    public void Putting_the_cost_of_something_at_an_amount_states_it()
    {
        var quotes = Inline("Map society votes\n\n"
            + "Treasurer Declan Furlong put the cost of a laboratory test at \"somewhere north of £1,200\", which the society cannot meet.");

        Who(quotes, "somewhere north of £1,200").ShouldBe("Declan Furlong");
    }

    [Fact]
    public void The_assessment_states_is_the_words_of_the_body_named_in_apposition_to_the_one_who_submitted_it()
    {
        var quotes = Inline("Heat pump allowed\n\n"
            + "A noise assessment submitted by the installer, Coldharbour Heat Ltd, predicts 37 dB at the nearest window. "
            + "\"This is comfortably below the threshold,\" the assessment states.");

        Who(quotes, "This is comfortably below the threshold").ShouldBe("Coldharbour Heat Ltd");
    }

    [Fact]
    public void A_report_named_by_two_document_nouns_is_its_authors()
    {
        var quotes = Inline("Pilot suspended\n\n"
            + "A fatigue assessment report prepared for the Authority by Dr Helen Okoro concluded that his judgement was \"substantially impaired\".");

        Who(quotes, "substantially impaired").ShouldBe("Helen Okoro");
    }

    [Fact]
    public void One_capitalised_word_in_marks_inside_running_text_is_a_name_but_a_one_word_reply_is_a_quote()
    {
        var quotes = Inline("Dive sites\n\n"
            + "Ms Perkovic said some bookings would move to the wreck of the \"Galeb\", a coaster that sank in 1943. "
            + "The vet found all horses fit, with \"Biscuit\" restricted to short rides. "
            + "A shop window read \"Shut for the match\". "
            + "\"Minuted,\" said Mr Prothero.");

        quotes.ShouldNotContain(q => q.Text == "Galeb" || q.Text == "Biscuit" || q.Text.StartsWith("Shut for the match", StringComparison.Ordinal));
        Who(quotes, "Minuted").ShouldBe("Prothero");
    }

    [Fact]
    public void A_capitalised_word_after_the_that_who_takes_up_is_a_title_though_the_lists_give_it_as_a_name()
    {
        var quotes = Inline("Moor plan opposed\n\n"
            + "STRÜCKLINGEN, May 4 - Boas Hilke Ahlers, who chairs the village society, said she backed the goal. \"Nobody here is against the moor,\" she said.\n\n"
            + "The Boas, who spoke in Seeltersk, said the village had been \"given a map, not a plan\".");

        Who(quotes, "Nobody here is against the moor").ShouldBe("Hilke Ahlers");
        Who(quotes, "given a map, not a plan").ShouldBe("Hilke Ahlers");
    }

    [Fact]
    public void What_someone_recorded_in_a_document_an_opening_clause_names_is_their_finding()
    {
        var quotes = Inline("Examiner's appeal\n\n"
            + "1. On 14 March Mr Desmond Varne conducted a practical driving test. In his written report he recorded a serious fault for \"ineffective observation at a junction\".");

        Who(quotes, "ineffective observation at a junction").ShouldBe("Desmond Varne");
    }

    [Fact]
    public void A_clause_joined_by_and_with_an_unnamed_source_named_in_apposition_before_a_colon_is_that_persons()
    {
        var quotes = Inline("Sawmill to close\n\n"
            + "Its local organiser, Ingrid Smedberg, was angrier. \"We read it on our phones,\" she said, and a sawyer standing beside her, Tjalve Ersson, nodded: \"Same as everyone else.\"");

        Who(quotes, "Same as everyone else.").ShouldBe("Tjalve Ersson");
    }

    [Fact]
    public void A_relative_clause_holding_since_and_a_year_does_not_cut_the_cue_after_a_quote()
    {
        var quotes = Inline("Chapel roof mended\n\n"
            + "\"We lost forty tiles,\" Father Ivo Radovan, who has served the island parish since 2009, told the Weekly.");

        Who(quotes, "We lost forty tiles").ShouldBe("Ivo Radovan");
    }

    [Fact]
    public void A_report_by_an_author_with_a_lowercase_office_before_the_name_is_the_authors()
    {
        var quotes = Inline("Green roof allowed\n\n"
            + "The case officer's report, by senior planning officer Kwabena Osei-Barton, found that the extension was \"not visible from any public vantage point\".");

        Who(quotes, "not visible from any public vantage point").ShouldBe("Kwabena Osei-Barton");
    }

    [Fact]
    public void What_a_body_considers_that_something_is_is_its_statement_unless_in_someone_elses_words()
    {
        var quotes = Inline("Notice of decision\n\n"
            + "Brackley Vale District Council has granted permission. The Council considers that the development \"preserves the character of the area\". "
            + "The Council considers that the supply was, in Dr Priya Ramanathan's words, \"a spring doing its best\".");

        Who(quotes, "preserves the character of the area").ShouldBe("Brackley Vale District Council");
        Who(quotes, "a spring doing its best").ShouldBe("Priya Ramanathan");
    }

    [Fact]
    public void What_an_umpire_ruled_that_something_was_is_the_umpires()
    {
        var quotes = Inline("Villers win\n\n"
            + "The umpire, Jean-Luc Lefort, ruled that the ball had \"stopped a hand's width inside the mark\", and the point went to Villers.");

        Who(quotes, "stopped a hand's width inside the mark").ShouldBe("Jean-Luc Lefort");
    }

    [Fact]
    public void A_body_named_on_a_topic_is_one_body_but_a_panel_on_a_company_names_two()
    {
        var quotes = Inline("Language fading\n\n"
            + "A 2022 report by the regional Observatory on Historic Minorities found that few children could follow the language. It warned of \"a silent generation\".\n\n"
            + "In a decision of the Standards Panel on Halden Loan Brokers Ltd, the firm said it \"accepts that its scripts were poorly drafted\".");

        Who(quotes, "a silent generation").ShouldBe("Observatory on Historic Minorities");
        Who(quotes, "accepts that its scripts were poorly drafted").ShouldBe("Halden Loan Brokers Ltd");
    }

    [Fact]
    public void A_body_named_by_several_capitalised_words_shares_its_verb_with_a_coordinated_speech_verb()
    {
        var quotes = Inline("Wall refused\n\n"
            + "6. Westmoor County Highways was consulted and said in a statement that it had \"no record of vehicles turning here\".");

        Who(quotes, "no record of vehicles turning here").ShouldBe("Westmoor County Highways");
    }

    [Fact]
    public void A_submission_in_support_from_someone_of_an_address_is_theirs()
    {
        var quotes = Inline("Outdoor kitchen allowed\n\n"
            + "A submission in support from Declan Rourke, of Mill Lane, said: \"This is a garden, not a factory.\"");

        Who(quotes, "This is a garden, not a factory.").ShouldBe("Declan Rourke");
    }

    [Fact]
    public void The_role_a_heading_line_labels_a_body_with_names_that_body_again()
    {
        var quotes = Inline("Bingo Licensing Authority – Decision Notice: Golden Lamp Halls Ltd\n\n"
            + "Operator: Golden Lamp Halls Ltd (operating licence BL-0419)\n\n"
            + "2. The Authority's compliance report, prepared by Inspector Gareth Pryce-Owen, found that the machine had \"no valid certificate\".\n\n"
            + "3. In its written submission, the operator described the lapse as \"an administrative oversight\".");

        Who(quotes, "an administrative oversight").ShouldBe("Golden Lamp Halls Ltd");
    }

    [Fact]
    public void A_nickname_known_along_a_place_is_a_label()
    {
        var quotes = Inline("Cove silting\n\n"
            + "That warning came from Captain Nikola Perin, the retired pilot known along the coast as \"Stari\", who mapped the currents.");

        quotes.ShouldNotContain(q => q.Text == "Stari");
    }
}
