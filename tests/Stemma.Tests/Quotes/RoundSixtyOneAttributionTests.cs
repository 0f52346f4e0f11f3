using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixty-one, from the misses of blind378–381, measured at first sight with round sixty's code. Shown on short fictional
/// articles.
/// </summary>
public class RoundSixtyOneAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_role_no_one_was_given_after_a_quote_paragraph_that_names_no_one_is_that_paragraphs_one_speaker()
    {
        var quotes = Inline("Jetty repairs stall\n\n"
            + "LOKVA - Fishermen have spent a third month mooring off the rocks.\n\n"
            + "\"Someone will fall in.\" That warning came from Vesna Kralj, who runs the tavern beside the harbour.\n\n"
            + "\"Those cracks have been there for years,\" Ms Kralj said.\n\n"
            + "Marko Babić keeps forty goats on the slope above the village and takes cheese by boat to the town twice a week.\n\n"
            + "\"Without the jetty I carry every crate down the goat path on my back,\" he said.\n\n"
            + "\"I am seventy-one. The goats are younger than me,\" the farmer grinned.");

        Who(quotes, "I am seventy-one. The goats are younger than me").ShouldBe("Marko Babić");
    }

    [Fact]
    public void A_chair_who_began_by_asking_a_question_of_no_one_named_questions_the_one_other_person_the_introduction_names()
    {
        var quotes = Inline("Tutoring Standards Council: decision of the Conduct Panel in the case of Hollis Tremaine-Voss\n\n"
            + "Registered person: Mr Hollis Tremaine-Voss, tutor, Ashcombe\nDate of hearing: 2 June\n\n"
            + "Background\n\n"
            + "1. Mr Tremaine-Voss has been registered since 2014.\n\n"
            + "2. An inspection on 4 April found the fire door wedged open.\n\n"
            + "The hearing\n\n"
            + "3. The Panel was chaired by Ms Odile Fairbrother. Mr Tremaine-Voss attended in person and was not represented. The chair began by asking why the door had been wedged.\n\n"
            + "4. \"For the air. The room gets hot.\"\n\n"
            + "5. \"And how often was it wedged while pupils were in the room?\"\n\n"
            + "6. \"Most afternoons. That is the truth.\"\n\n"
            + "7. \"Who checked the door?\"\n\n"
            + "8. \"I did. On the day of the inspection, I forgot.\"\n\n"
            + "Decision\n\n"
            + "9. Registration is suspended for one month.");

        Who(quotes, "For the air. The room gets hot.").ShouldBe("Hollis Tremaine-Voss");
        Who(quotes, "And how often was it wedged while pupils were in the room?").ShouldBe("Odile Fairbrother");
        Who(quotes, "Who checked the door?").ShouldBe("Odile Fairbrother");
        Who(quotes, "I did. On the day of the inspection, I forgot.").ShouldBe("Hollis Tremaine-Voss");
    }

    [Fact]
    public void A_named_subject_cutting_in_after_a_cue_and_before_a_colon_speaks_the_quote_after_it()
    {
        var quotes = Inline("Ferry cut angers islanders\n\n"
            + "ROVANJ - Islanders met on Sunday to oppose the end of the winter ferry.\n\n"
            + "Petar Kovač, a fisherman, sat at the front beside his neighbour Luka Marić. \"I can take my own boat across, but my mother can't,\" Mr Kovač said, before Mr Marić cut in: \"And when the wind blows, nobody takes a small boat across.\" Everyone nodded.");

        Who(quotes, "I can take my own boat across, but my mother can't").ShouldBe("Petar Kovač");
        Who(quotes, "And when the wind blows, nobody takes a small boat across.").ShouldBe("Luka Marić");
    }

    [Fact]
    public void A_report_named_again_after_an_opening_phrase_of_topic_is_its_authors_words()
    {
        var quotes = Inline("Notice of determination: rear conservatory at 4 Mill Row, Easby\n\n"
            + "EASBY BOROUGH COUNCIL, PLANNING SERVICES\n\n"
            + "Applicant: Mrs Nadine Holroyd\nDecision: Permission granted\n\n"
            + "Assessment\n\n"
            + "The case officer's report, prepared by Mr Tobias Wrenfield, states: \"The amended scheme lowers the roof and uses obscured glass. The concerns raised have been overcome.\"\n\n"
            + "On privacy, the report finds that the obscured panels would \"prevent any view into the kitchen of No. 6\". It notes that no further letters were received.");

        Who(quotes, "prevent any view into the kitchen of No. 6").ShouldBe("Tobias Wrenfield");
    }

    [Fact]
    public void The_occupier_of_a_place_no_one_was_named_for_is_an_unnamed_source_named_with_the_place()
    {
        var quotes = Inline("Notice of determination: garage conversion at 9 Heron Close, Wenlow\n\n"
            + "WENLOW DISTRICT COUNCIL\n\n"
            + "Applicant: Mr Osian Pryderi\nDecision: Approved\n\n"
            + "The applicant\n\n"
            + "In his supporting statement, the applicant, Mr Osian Pryderi, wrote: \"Our daughter uses a wheelchair and sleeps in the dining room.\"\n\n"
            + "Representations\n\n"
            + "The occupier of the adjoining house, known as \"Swallows\", said the new front window would \"look straight into our lounge\", and asked for obscure glazing.");

        Who(quotes, "look straight into our lounge").ShouldBe("the occupier of the adjoining house");
    }

    [Fact]
    public void The_same_role_before_a_verb_in_the_past_tense_is_who_the_next_sentences_pronoun_stands_for()
    {
        var quotes = Inline("Garage plan approved\n\n"
            + "WENLOW - A garage conversion in Heron Close was approved on Tuesday.\n\n"
            + "Objections\n\n"
            + "One neighbour objected that the plan would push \"one more car onto the road\".\n\n"
            + "The occupier of the adjoining house, known as \"Swallows\", said the window would \"look into our kitchen\", and asked for obscure glazing.\n\n"
            + "Debate\n\n"
            + "The same neighbour addressed the committee. \"I have nothing against the family,\" he said.");

        Who(quotes, "I have nothing against the family").ShouldBe("one neighbour");
    }

    [Fact]
    public void A_report_prepared_by_a_role_with_the_name_in_apposition_is_that_names_words()
    {
        var quotes = Inline("Final notice: Harrowgate Claims Ltd\n\n"
            + "1. The firm called consumers about mis-sold loans.\n\n"
            + "2. According to the investigation report, prepared by the Authority's senior investigator, Marcus Telford, 40 of the 60 calls sampled \"made no mention of the free complaints route\". Consumers were not told.");

        Who(quotes, "made no mention of the free complaints route").ShouldBe("Marcus Telford");
    }

    [Fact]
    public void A_new_sentence_after_a_question_a_colon_introduced_that_runs_into_the_next_quote_is_no_cue_of_the_question()
    {
        var quotes = Inline("Solar panels approved on listed barn\n\n"
            + "DENBY - Councillors approved solar panels on a listed barn on Tuesday.\n\n"
            + "Councillor Hugh Ashdale asked: \"Can we at least insist on dark frames?\" The planning officer, Ms Meera Joshi, said a condition could require them and would \"take the glare out\". Consent was granted by six votes to three.");

        Who(quotes, "Can we at least insist on dark frames?").ShouldBe("Hugh Ashdale");
        Who(quotes, "take the glare out").ShouldBe("Meera Joshi");
    }

    [Fact]
    public void What_a_title_means_is_its_gloss_not_anyones_speech()
    {
        var quotes = Inline("Council signs language pact\n\n"
            + "VALDERN - The council has signed a pact with the Yenish families of the valley.\n\n"
            + "The Vorgängerin, a title the council has kept in Yenish since 1982 and which roughly means \"first of the travelling ones\", said the pact was \"not a gift but a repair\".");

        quotes.ShouldNotContain(q => q.Text.Contains("first of the travelling ones", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_given_after_a_naming_verb_and_a_phrase_between_commas_is_a_name_not_speech()
    {
        var quotes = Inline("Castelrocca level at the top\n\n"
            + "CASTELROCCA - Castelrocca beat Borgonuovo 19-17 on Sunday.\n\n"
            + "The return fixture at Borgonuovo on 22 June is already being called, in the club bar at least, the \"rematch of the gate\". First, Castelrocca host Villamare next Sunday.");

        quotes.ShouldNotContain(q => q.Text.Contains("rematch of the gate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_title_after_a_work_noun_is_a_title_whatever_its_short_lowercase_words()
    {
        var quotes = Inline("Village keeps its dialect\n\n"
            + "PÂMDORF - The heritage circle unveiled a bilingual sign on Saturday.\n\n"
            + "The Lindach Heritage Circle is also printing 300 copies of a primer, \"Gottscheabarisch vür dö Klaindn\". It said the book was meant \"for grandparents to read aloud, not for exams\".");

        quotes.ShouldNotContain(q => q.Text.Contains("Gottscheabarisch vür dö Klaindn", StringComparison.Ordinal));
        Who(quotes, "for grandparents to read aloud, not for exams").ShouldBe("Lindach Heritage Circle");
    }

    [Fact]
    public void A_word_given_as_a_verdict_with_decided_after_it_is_the_one_who_decided()
    {
        var quotes = Inline("Castelrocca level at the top\n\n"
            + "CASTELROCCA - The final went to the last point.\n\n"
            + "\"Was that in or out?\" asked one spectator as the umpire's arm went up. Half the crowd was asking the same thing. \"Out,\" the spectator decided a moment later, \"because we lost.\"");

        Who(quotes, "Out").ShouldBe("one spectator");
    }

    [Fact]
    public void A_body_whose_name_holds_in_the_is_named_in_full_when_its_noun_names_it_again()
    {
        var quotes = Inline("Plough take the title\n\n"
            + "ASHCOMBE - The Plough are champions of the North-Weald Toad in the Hole League after edging the Bell by three games to two on Friday night.\n\n"
            + "The league said it would hold an open night for new players and was \"especially keen to see younger throwers\" after losing two teams last season.");

        Who(quotes, "especially keen to see younger throwers").ShouldBe("North-Weald Toad in the Hole League");
    }

    [Fact]
    public void What_a_letter_read_out_promises_in_a_participles_clause_is_its_authors_words()
    {
        var quotes = Inline("Quarry works to pause in summer\n\n"
            + "VRBOVO - The quarry above the harbour will fall quiet in the afternoons this summer.\n\n"
            + "The Brela Stonecutters' Cooperative, which runs the quarry, has agreed to new hours.\n\n"
            + "At Tuesday's island council meeting, Mayor Ivo Barić read out a letter from the cooperative thanking residents for their patience and promising that work would \"not start before seven\" in July and August.");

        Who(quotes, "not start before seven").ShouldBe("Brela Stonecutters' Cooperative");
    }

    [Fact]
    public void A_nickname_opened_by_a_dutch_article_between_given_name_and_surname_is_part_of_how_the_person_is_named()
    {
        var quotes = Inline("Bakker's team takes the wreath\n\n"
            + "DRONRIP - Jelle \"de Muur\" Bakker, Sytse Dijkstra and Auke Tolsma won the open tournament on Saturday, beating the team of Harm Visser by five games to four.\n\n"
            + "Bakker, 31, earned his nickname by standing deep in the field. On Saturday he also served, and served well. \"I have been telling the others for years that I can serve,\" he told the Courant.");

        Who(quotes, "I have been telling the others for years that I can serve").ShouldBe("Jelle Bakker");
    }

    [Fact]
    public void A_contrasting_clause_of_a_named_subject_and_one_verb_before_the_quote_gives_that_subjects_words()
    {
        var quotes = Inline("Bakker's team takes the wreath\n\n"
            + "DRONRIP - Sytse Dijkstra and Auke van der Molen won the open tournament on Saturday.\n\n"
            + "Dijkstra called the final \"a grind, not a party\", while Van der Molen preferred \"a long, happy afternoon in the sun\".");

        Who(quotes, "a grind, not a party").ShouldBe("Sytse Dijkstra");
        Who(quotes, "a long, happy afternoon in the sun").ShouldBe("Auke van der Molen");
    }

    [Fact]
    public void A_pronoun_asking_after_a_paragraph_that_says_who_questions_whom_opens_turns_between_those_two()
    {
        var quotes = Inline("Speech Therapy Council: decision of the Conduct Panel in the case of Ms Delyth Ambrose-Kerr\n\n"
            + "Registrant: Ms Delyth Ambrose-Kerr, speech and language therapist\nOutcome: Caution for two years\n\n"
            + "1. The registrant discharged Child C from therapy in May.\n\n"
            + "2. The Council's expert, Dr Henrik Vollan-Sauer, wrote in his report that the discharge fell \"below the standard expected\".\n\n"
            + "3. The case presenter, Mr Rohan Bhattacharjee, questioned the registrant about the missing notes.\n\n"
            + "4. He asked: \"Did you write up the last sessions?\"\n\n"
            + "5. \"I wrote them up in my own diary.\"\n\n"
            + "6. \"Where is that diary now?\"\n\n"
            + "7. \"I don't know. I moved house in a hurry.\"");

        Who(quotes, "I wrote them up in my own diary.").ShouldBe("Delyth Ambrose-Kerr");
        Who(quotes, "Where is that diary now?").ShouldBe("Rohan Bhattacharjee");
        Who(quotes, "I don't know. I moved house in a hurry.").ShouldBe("Delyth Ambrose-Kerr");
    }

    [Fact]
    public void A_definite_role_a_decision_gives_a_label_is_named_by_the_label()
    {
        var quotes = Inline("Speech Therapy Council: decision of the Conduct Panel in the case of Ms Delyth Ambrose-Kerr\n\n"
            + "Registrant: Ms Delyth Ambrose-Kerr, speech and language therapist\nOutcome: Caution for two years\n\n"
            + "1. The registrant discharged Child C from therapy in May.\n\n"
            + "2. In her letter of complaint, Child C's father, referred to as Parent D, wrote that the family had been \"told at the gate that he was fine now\".");

        Who(quotes, "told at the gate that he was fine now").ShouldBe("Parent D");
    }

    [Fact]
    public void One_cross_examined_whom_the_introduction_does_not_name_is_the_person_the_decisions_heading_names()
    {
        var quotes = QuoteFixtures.Cleaned("Tree Surgeons Standards Board: decision of the Conduct Panel in the case of Morwenna Tallack-Reyes\n\n"
            + "Hearing: 4 June, Bodmin\n\n"
            + "1. Ms Tallack-Reyes faced one allegation: that she felled a protected oak without consent.\n\n"
            + "2. The Board's arboricultural officer, Gideon Ashcroft-Pike, inspected the stump. His report records \"clean saw cuts on three sides\".\n\n"
            + "3. In cross-examination by the presenting officer, Tobias Renshaw, the following exchange took place:\n\n"
            + "\"Did you check the preservation order?\"\n\n"
            + "\"I checked the old map.\"\n\n"
            + "\"The old map was out of date?\"\n\n"
            + "\"Yes.\"");

        Who(quotes, "Did you check the preservation order?").ShouldBe("Tobias Renshaw");
        Who(quotes, "I checked the old map.").ShouldBe("Morwenna Tallack-Reyes");
        Who(quotes, "The old map was out of date?").ShouldBe("Tobias Renshaw");
        Who(quotes, "Yes.").ShouldBe("Morwenna Tallack-Reyes");
    }

    [Fact]
    public void A_definite_role_before_a_phrase_between_commas_holding_a_number_is_the_subject_the_next_pronoun_stands_for()
    {
        var quotes = Inline("Corncrakes back at Inishcrane\n\n"
            + "INISHCRANE - Corncrakes have been heard on the island for the first time in a decade.\n\n"
            + "One longtime resident said the birds had \"never been this close to the village\".\n\n"
            + "Ranger Aoife Daly said the dog team would sweep the reserve again in September. \"If the dogs find nothing, then I'll believe it,\" the ranger said.\n\n"
            + "The resident, who has lived here for 52 years, was less guarded. \"It's the first time in my life I've heard them from my kitchen,\" she said.");

        Who(quotes, "It's the first time in my life I've heard them from my kitchen").ShouldBe("one longtime resident");
    }

    [Fact]
    public void An_introduction_naming_two_people_one_the_asker_the_first_turn_names_has_the_other_answer_the_bare_turns()
    {
        var quotes = QuoteFixtures.Cleaned("Decision notice: Ashgrove Pledge Ltd\n\n"
            + "PAWNBROKING STANDARDS AUTHORITY\n\n"
            + "Background\n\n"
            + "1. The Authority received a complaint about a ring sold before its redemption date.\n\n"
            + "The hearing\n\n"
            + "2. The panel heard evidence from the licensee's director, Mr Godfrey Penhaligon-Wood, on 3 March. The Authority was represented by Ms Imogen Cartwright. The relevant part of the exchange is reproduced below.\n\n"
            + "\"Were you aware that the ring was sold early?\" asked Ms Cartwright.\n\n"
            + "\"I was not.\"\n\n"
            + "\"Who authorised the sale?\"\n\n"
            + "\"My assistant. She has since left.\"");

        Who(quotes, "I was not.").ShouldBe("Godfrey Penhaligon-Wood");
        Who(quotes, "Who authorised the sale?").ShouldBe("Imogen Cartwright");
        Who(quotes, "My assistant. She has since left.").ShouldBe("Godfrey Penhaligon-Wood");
    }

    [Fact]
    public void Said_after_a_quote_whose_object_is_a_clause_goes_on_with_the_sentences_own_subject()
    {
        var quotes = Inline("Heat pump approved\n\n"
            + "MILLBROOK - Councillors approved an air source heat pump on Mill Lane on Tuesday.\n\n"
            + "One neighbour, who asked not to be named, described Mill Lane as \"the quietest street in the parish\", said a unit running through the night would \"change that for good\", and asked whether the council would \"come back and listen\".");

        Who(quotes, "the quietest street in the parish").ShouldBe("one neighbour");
        Who(quotes, "change that for good").ShouldBe("one neighbour");
        Who(quotes, "come back and listen").ShouldBe("one neighbour");
    }

    [Fact]
    public void It_after_a_sentence_opened_by_a_body_no_name_was_given_is_that_body_by_its_noun()
    {
        var quotes = Inline("Society raises its subscription\n\n"
            + "The Matchbox Label Circle met in Leek on Saturday.\n\n"
            + "The committee has agreed to raise the subscription to £12 from January. It said the increase was \"the first since the Circle left the back room of the Swan in 2011\".");

        Who(quotes, "the first since the Circle left the back room of the Swan in 2011").ShouldBe("committee");
    }

    [Fact]
    public void A_pronouns_document_with_a_participles_clause_between_commas_before_its_verb_is_the_pronouns_words()
    {
        var quotes = Inline("Private Investigators Authority: decision in the case of Mr Aled Pellow-Rhys\n\n"
            + "1. The complaint was made by a racehorse trainer about a tracker found on her car.\n\n"
            + "2. Mr Pellow-Rhys had been instructed by an owner, referred to here as Client B, who suspected the mare was being trained elsewhere. His report to Client B, dated 3 May, said the trainer had made \"three unexplained night trips to a gallop\".");

        Who(quotes, "three unexplained night trips to a gallop").ShouldBe("Aled Pellow-Rhys");
    }

    [Fact]
    public void A_role_given_an_age_as_the_subject_before_a_pronoun_is_read_back_a_bounded_number_of_sentences()
    {
        // (Before the fix the role's age sent the reading back to its own sentence, without end, and the process died of a stack overflow.)
        var quotes = Inline("Scaffolding comes down\n\n"
            + "ZHALETI - The restoration was completed on Sunday.\n\n"
            + "Professor Nana Kipiani has spent six years on a ladder. The 58-year-old art historian first climbed to Zhaleti in 1988. \"The frescoes were under three layers of whitewash,\" she said.");

        QuoteFixtures.Find(quotes, "The frescoes were under three layers of whitewash").Speaker.ShouldNotBeNullOrEmpty();
    }
}
