using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round seventeen: Portuguese and Italian particles inside a name (dos, do, di); "Dom" after a bishop's title; Master of Wine and
/// other letters after a name; a body's appositive that runs on with "named … as"; Nigerian police ranks; an office opening the
/// sentence ("The Commissioner for Information, Dr X,") and a capitalised office met again alone (the Iyaloja); a roundabout as
/// a place; slogans joined by "and"; a plural owner's role (the Wolves' head coach); a tag; a charge's one word; "was speaking
/// to"; a person given an age after "from"; "went on to describe"; "refer to … as"; "advise"; a body described and then named;
/// "Her consultation response states"; "put the question to"; function words inside a campaign's name; "Those words come from a
/// letter … by"; "belong to"; "The judges' citation said"; a contrasting clause before a colon; a man in the third row as a man;
/// a mother as a role; a source who asked not to be named; "in the words of X," before the quote; titles before a given name the
/// dictionary knows (International Arbiter, FM); bodies "of" a name; a short name in brackets; a lone word for an owner's full name;
/// questions without marks put to a named person; a cleric's style; capitalised words that spell verbs; "With those words";
/// "the report states"; a family; "For X's minister, Y,"; thousands commas; Cr; acronyms; "Asked by X,"; "she went on"; an office
/// a person was elected to; a trainer as the coach; the skipper's niece. Shown on short fictional inline articles.
/// </summary>
public class RoundSeventeenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    private static IReadOnlyList<Quote> Cleaned(string text) => QuoteFixtures.Cleaned(text);

    [Fact]
    public void A_lowercase_particle_between_name_words_runs_the_name_on()
    {
        var quotes = Inline("Market traders moved\n\n"
            + "\"We were given a week,\" said Maria Aparecida dos Reis, 58, a fruit seller.\n\n"
            + "The Vila do Porto Traders' Association wrote: \"We will go to court.\"");

        Who(quotes, "We were given a week").ShouldBe("Maria Aparecida dos Reis");
        Who(quotes, "We will go to court.").ShouldBe("Vila do Porto Traders' Association");
    }

    [Fact]
    public void Dom_after_a_bishops_title_is_a_title_not_a_given_name()
    {
        var quotes = Inline("Church condemns clearance\n\n"
            + "Bishop Dom Henrique Vasconcelos called it \"a betrayal of the poor\".");

        Who(quotes, "a betrayal of the poor").ShouldBe("Henrique Vasconcelos");
    }

    [Fact]
    public void Master_of_Wine_letters_are_no_part_of_the_name()
    {
        var quotes = Inline("Fake claret seized\n\n"
            + "\"The corks gave it away,\" said Harriet Lomax MW, who examined the bottles.\n\n"
            + "Ms Lomax called the labels \"almost perfect\".");

        Who(quotes, "The corks gave it away").ShouldBe("Harriet Lomax");
        Who(quotes, "almost perfect").ShouldBe("Harriet Lomax");
    }

    [Fact]
    public void A_body_described_as_named_in_reports_as_something_is_the_speaker_of_its_appositive()
    {
        var quotes = Inline("Harbour cleared\n\n"
            + "Costa Azul Resorts, the company named in local reports as the likely buyer, said it had \"no plans whatsoever\" for the site.");

        Who(quotes, "no plans whatsoever").ShouldBe("Costa Azul Resorts");
    }

    [Fact]
    public void A_Nigerian_police_rank_before_a_name_is_no_part_of_it()
    {
        var quotes = Inline("Protest ends peacefully\n\n"
            + "The command's spokesman, DSP Emeka Okonkwo, addressed reporters. \"No one was harmed,\" he said.");

        Who(quotes, "No one was harmed").ShouldBe("Emeka Okonkwo");
    }

    [Fact]
    public void An_office_opening_the_sentence_before_a_name_is_that_persons_title()
    {
        var quotes = Inline("Fuel price row\n\n"
            + "Marchers gathered at Okoro Roundabout before dawn.\n\n"
            + "The Commissioner for Transport, Dr Funmi Adebayo, said the state \"shares the anger\". \"We cannot fix the pump price,\" the commissioner said.");

        Who(quotes, "We cannot fix the pump price").ShouldBe("Funmi Adebayo");
    }

    [Fact]
    public void A_capitalised_office_of_another_tradition_met_again_alone_is_its_holder()
    {
        var quotes = Inline("Market women march\n\n"
            + "The Iyaloja of Ereko market, Alhaja Kudirat Balogun, spoke in Yoruba. \"Our children are hungry,\" she said.\n\n"
            + "A driver, Musa Bello, said the fares had doubled.\n\n"
            + "Asked what she wanted from the governor, the Iyaloja replied: \"Let him come to the market.\"");

        Who(quotes, "Let him come to the market.").ShouldBe("Kudirat Balogun");
    }

    [Fact]
    public void A_slogan_joined_by_and_to_a_placards_words_is_written_too()
    {
        var quotes = Inline("Fuel protest\n\n"
            + "Drivers, who met at Okoro Roundabout, carried placards reading \"Fuel is life\" and \"We are tired\".\n\n"
            + "\"We want a fair price,\" said Musa Bello, a driver.");

        quotes.ShouldNotContain(q => q.Text == "We are tired");
        quotes.ShouldNotContain(q => q.Text == "Fuel is life");
    }

    [Fact]
    public void A_plural_owners_role_in_apposition_titles_the_person()
    {
        var quotes = Inline("Integrity probe opened\n\n"
            + "The Ravens' head coach, Tomas Eklund, denied wrongdoing. \"We lost, that is all,\" the coach told reporters.\n\n"
            + "Ingrid Sol, head of integrity at the monitor BetWatch, said the betting was \"unusual\".");

        Who(quotes, "We lost, that is all").ShouldBe("Tomas Eklund");
    }

    [Fact]
    public void A_tag_and_a_charges_one_word_are_no_ones_quote()
    {
        var quotes = Inline("Fans turn on player\n\n"
            + "Clips shared under the tag \"the Kessler special\" drew accusations of \"tanking\" that the Ravens say are unfair.");

        quotes.ShouldBeEmpty();
    }

    [Fact]
    public void A_sentence_saying_whom_the_person_was_speaking_to_names_the_speaker_of_the_quote_before_it()
    {
        var quotes = Inline("Soprano quits\n\n"
            + "The company's director, Dame Alys Morgan, said there was \"no row\". \"We disagree sometimes,\" she said.\n\n"
            + "\"I wanted a softer aria, not a louder one.\" The conductor, Pieter Smeets, known for his \"lean\" readings, was speaking to the Evening Post.");

        Who(quotes, "I wanted a softer aria, not a louder one.").ShouldBe("Pieter Smeets");
    }

    [Fact]
    public void A_person_given_an_age_after_from_is_who_she_stands_for_before_the_last_speaker()
    {
        var quotes = Inline("Club licence cut\n\n"
            + "The club's barrister, Anita Desai, said complaints were rare. \"My client has done all it was asked,\" she said.\n\n"
            + "We also read a letter from Jean Marlow, 91, who has lived on Mill Row since 1958. She wrote:\n\n"
            + "\"I have not slept through a Saturday night since May.\"");

        Who(quotes, "I have not slept through a Saturday night since May.").ShouldBe("Jean Marlow");
    }

    [Fact]
    public void Went_on_to_describe_cues_the_quote_it_holds()
    {
        var quotes = Inline("Licence review\n\n"
            + "Our secretary, Gwen Parry, opened the case. \"We are not killjoys,\" she told the panel.\n\n"
            + "She went on to describe a drumbeat that \"shakes the windows like thunder\" every Sunday.");

        Who(quotes, "shakes the windows like thunder").ShouldBe("Gwen Parry");
    }

    [Fact]
    public void What_objectors_refer_to_something_as_is_a_name()
    {
        var quotes = Inline("Wind farm inquiry\n\n"
            + "Several objectors refer to the scheme as \"the Brackenfell fence\". The planning officer advises that noise would \"meet the guidance\".");

        quotes.ShouldNotContain(q => q.Text == "the Brackenfell fence");
        Who(quotes, "meet the guidance").ShouldBe("the planning officer");
    }

    [Fact]
    public void A_body_described_then_named_between_commas_speaks_under_its_name()
    {
        var quotes = Inline("Wind farm inquiry\n\n"
            + "The local water authority, Fellside Water, raises no objection, stating: \"The catchment will not be affected.\"");

        Who(quotes, "The catchment will not be affected.").ShouldBe("Fellside Water");
    }

    [Fact]
    public void Her_written_response_states_is_her_speaking()
    {
        var quotes = Inline("Wind farm inquiry\n\n"
            + "The Council's Ecology Officer, Ms Rhian Pugh, accepts that the site is sensitive. Her consultation response states: \"The harm would be moderate and local.\"");

        Who(quotes, "The harm would be moderate and local.").ShouldBe("Rhian Pugh");
    }

    [Fact]
    public void Putting_a_question_to_someone_is_asking_it()
    {
        var quotes = Inline("Boat race shock\n\n"
            + "At the press conference, one local radio reporter put the obvious question to the winning coach, Ruth Kemp: \"Did you expect this?\"");

        Who(quotes, "Did you expect this?").ShouldBe("one local radio reporter");
    }

    [Fact]
    public void A_campaign_named_with_function_words_and_described_as_a_campaign_group_is_one_body()
    {
        var quotes = Inline("Agency collapses\n\n"
            + "Pay Fair for Drivers, a campaign group, said in a statement that the collapse was avoidable. \"Drivers should be paid first,\" it said.");

        Who(quotes, "Drivers should be paid first").ShouldBe("Pay Fair for Drivers");
    }

    [Fact]
    public void The_author_of_a_letter_the_words_come_from_is_their_speaker()
    {
        var quotes = Inline("Ward wins award\n\n"
            + "Staff nurse Piotr Nowak leads the falls work. \"The alarms were the easy part,\" he said.\n\n"
            + "\"My father went home smiling.\" Those words come from a card sent to the ward by one patient's son, which was read out on the night.\n\n"
            + "\"We kept the curtains open.\" Those words belong to Maeve Quinn, a housekeeper on the ward.");

        Who(quotes, "My father went home smiling.").ShouldBe("one patient's son");
        Who(quotes, "We kept the curtains open.").ShouldBe("Maeve Quinn");
    }

    [Fact]
    public void The_judges_citation_is_the_judges_speaking()
    {
        var quotes = Inline("Ward wins award\n\n"
            + "The judges' citation said the team had shown \"what patience looks like in practice\".");

        Who(quotes, "what patience looks like in practice").ShouldBe("the judges");
    }

    [Fact]
    public void A_contrasting_clause_with_its_own_subject_introduces_the_quote_after_its_colon()
    {
        var quotes = Inline("Show jumping\n\n"
            + "\"He is fine,\" said Amy Hale, the groom, though her employer, Colm Brady, was more careful: \"The vet will see him on Monday.\"");

        Who(quotes, "He is fine").ShouldBe("Amy Hale");
        Who(quotes, "The vet will see him on Monday.").ShouldBe("Colm Brady");
    }

    [Fact]
    public void A_man_in_the_audience_is_no_she()
    {
        var quotes = Inline("Comic floors heckler\n\n"
            + "For Rosa Quint it came an hour in, when a man in the front row shouted about her accent.\n\n"
            + "Quint did not blink. \"I have been heckled by sharper men,\" she said.\n\n"
            + "He tried again. She leaned into the microphone. \"Please, go on. I am paid by the hour.\"");

        Who(quotes, "Please, go on. I am paid by the hour.").ShouldBe("Rosa Quint");
    }

    [Fact]
    public void A_mother_who_asked_not_to_be_named_is_an_unnamed_source_of_her_own()
    {
        var quotes = Inline("Chip pan fire\n\n"
            + "\"The closed door saved the building,\" said Watch Manager Kerry Lowe.\n\n"
            + "The mother, who asked not to be named, said she had left the pan \"for a few seconds\". \"I will never fry again,\" she said.");

        Who(quotes, "for a few seconds").ShouldBe("the mother");
        Who(quotes, "I will never fry again").ShouldBe("the mother");
    }

    [Fact]
    public void In_the_words_of_a_source_before_the_quote_names_its_speaker()
    {
        var quotes = Inline("Island without ferry\n\n"
            + "The relief boat has been, in the words of one fish farmer, \"a service on paper only.\"");

        Who(quotes, "a service on paper only.").ShouldBe("one fish farmer");
    }

    [Fact]
    public void Capitalised_words_the_dictionary_knows_before_a_given_name_are_titles()
    {
        var quotes = Inline("Chess open halted\n\n"
            + "\"The phone was found at four,\" said International Arbiter Greta Lindholm. The federation named the player as FM Oskar Brandt, 22.\n\n"
            + "\"I never used an engine,\" Mr Brandt said. Ms Lindholm added: \"We followed the protocol.\"");

        Who(quotes, "The phone was found at four").ShouldBe("Greta Lindholm");
        Who(quotes, "I never used an engine").ShouldBe("Oskar Brandt");
        Who(quotes, "We followed the protocol.").ShouldBe("Greta Lindholm");
    }

    [Fact]
    public void A_name_the_dictionary_does_not_know_before_a_given_name_is_part_of_the_name()
    {
        var quotes = Inline("Kitchen feeds hundreds\n\n"
            + "\"Everyone just came,\" said Harpreet Kaur Dhillon, who runs the kitchen.");

        Who(quotes, "Everyone just came").ShouldBe("Harpreet Kaur Dhillon");
    }

    [Fact]
    public void A_bodys_noun_of_a_name_is_one_body_and_the_lender_is_the_bank()
    {
        var quotes = Inline("Bank warns on profit\n\n"
            + "Marlow Harbour Bank warned on Thursday that profit would fall, blaming loans in mainland China and Hong Kong.\n\n"
            + "The lender said it expected \"a deterioration in credit quality\". The Royal College of Surveyors said the warning was \"overdue\".");

        Who(quotes, "a deterioration in credit quality").ShouldBe("Marlow Harbour Bank");
        Who(quotes, "overdue").ShouldBe("Royal College of Surveyors");
    }

    [Fact]
    public void The_federation_is_the_body_whose_name_ends_in_it_not_its_bulletin()
    {
        var quotes = Inline("Cheating claim at open\n\n"
            + "Westfold Chess Federation Bulletin, Tournament Report\n\n"
            + "A player was withdrawn from the Westfold Open on Saturday after a phone was found in the washroom.\n\n"
            + "The Westfold Chess Federation has named the player as Oskar Brandt, 22, of Brackley.\n\n"
            + "\"I was unwell,\" Mr Brandt said.\n\n"
            + "The federation said it \"takes fair play seriously\".");

        Who(quotes, "takes fair play seriously").ShouldBe("Westfold Chess Federation");
    }

    [Fact]
    public void A_short_name_in_brackets_after_a_body_leaves_the_body_the_subject()
    {
        var quotes = Inline("City blackout\n\n"
            + "The Northbank Power Distribution Company (Nopdic) said in a statement that a \"faulty transformer\" had caused the outage.");

        Who(quotes, "faulty transformer").ShouldBe("Northbank Power Distribution Company");
    }

    [Fact]
    public void A_lone_word_is_the_longer_name_it_opened_as_an_owner()
    {
        var quotes = Inline("Strike ballot opens\n\n"
            + "Ballot papers went out to 400 members at Osprey Haulage's Thornby depot this week.\n\n"
            + "Osprey said in a statement that its offer was \"fair and affordable\".");

        Who(quotes, "fair and affordable").ShouldBe("Osprey Haulage");
    }

    [Fact]
    public void A_named_persons_closing_message_was_short_before_a_colon()
    {
        var quotes = Inline("Strike ballot opens\n\n"
            + "Branch secretary Lorna McBride spoke to a packed canteen. Lorna's closing message to the meeting was short: \"Vote. Post it.\"");

        Who(quotes, "Vote. Post it.").ShouldBe("Lorna McBride");
    }

    [Fact]
    public void What_a_person_now_finds_a_thing_is_her_word()
    {
        var quotes = Inline("Frost hits vineyard\n\n"
            + "Winemaker Elise Martel lost most of her pinot, the source of her \"Icebound\" rose, a name she now finds \"a little too apt\".");

        Who(quotes, "a little too apt").ShouldBe("Elise Martel");
        quotes.ShouldNotContain(q => q.Text == "Icebound");
    }

    [Fact]
    public void Questions_put_to_a_person_without_marks_are_answered_by_that_person_turn_after_turn()
    {
        var quotes = Inline("Rocket fails\n\n"
            + "The satellite, nicknamed \"Tilly\", was lost. The Orbit Desk put three questions to its builder's founder, Henrik Vos, as he left.\n\n"
            + "Was the satellite insured? \"Yes, fully.\"\n\n"
            + "Will you fly again? \"I would like to.\"");

        Who(quotes, "Yes, fully.").ShouldBe("Henrik Vos");
        Who(quotes, "I would like to.").ShouldBe("Henrik Vos");
    }

    [Fact]
    public void The_person_asked_is_who_him_stands_for_not_the_one_the_question_names()
    {
        var quotes = Inline("Coach sacked\n\n"
            + "Chairman Doug Farrell faced the press on Monday. \"Paul is a club man,\" Farrell said.\n\n"
            + "We asked him the question everyone is asking. Was it Nolan's call or his?\n\n"
            + "\"Mine. It is my call.\"");

        Who(quotes, "Mine. It is my call.").ShouldBe("Doug Farrell");
    }

    [Fact]
    public void The_office_before_a_clerics_styled_name_is_hers()
    {
        var quotes = Inline("Bells appeal launched\n\n"
            + "The Provost, the Very Revd Miriam Oduya, launched the appeal on Sunday, saying the bells had been \"quiet for too long\".\n\n"
            + "A steeplejack, Tom Reilly, inspected the frame.\n\n"
            + "\"Every bell has a story,\" the Provost added.");

        Who(quotes, "Every bell has a story").ShouldBe("Miriam Oduya");
    }

    [Fact]
    public void A_participle_appositive_with_a_conjunction_leaves_the_subject_before_it()
    {
        var quotes = Inline("Bells appeal launched\n\n"
            + "Giving has begun. One churchgoer, leaving the nave after Compline, told the Herald she had \"given the rent money\".");

        Who(quotes, "given the rent money").ShouldBe("one churchgoer");
    }

    [Fact]
    public void A_capitalised_word_inside_a_name_is_no_speech_verb()
    {
        var quotes = Inline("Climate deal\n\n"
            + "\"We were handed a rope with a knot in it,\" Sione Taufa, chief negotiator for the Alliance of Island States, told reporters.");

        Who(quotes, "We were handed a rope with a knot in it").ShouldBe("Sione Taufa");
    }

    [Fact]
    public void With_those_words_names_the_speaker_of_the_quote_before_it()
    {
        var quotes = Inline("Director walks out\n\n"
            + "\"I will not smile under that logo.\" With those words, spoken from the stage moments before the lights went down, director Anouk Verhagen left the premiere.");

        Who(quotes, "I will not smile under that logo.").ShouldBe("Anouk Verhagen");
    }

    [Fact]
    public void The_role_after_an_unnamed_source_met_inside_a_sentence_is_that_source()
    {
        var quotes = Inline("Festival row\n\n"
            + "Sales agent Ruth Ames said buyers were \"calling all morning\", while one festival juror, speaking on condition of anonymity, said the jury had talked about it. \"It will not change our vote,\" the juror said.");

        Who(quotes, "It will not change our vote").ShouldBe("one festival juror");
    }

    [Fact]
    public void The_report_states_is_the_body_whose_findings_the_article_reports()
    {
        var quotes = Inline("Trawler capsize report\n\n"
            + "The Marine Accident Investigation Branch (MAIB) has concluded that the boat's stability had been \"badly reduced\", investigators said.\n\n"
            + "The boat was hauling a heavy bag. \"The crew could not have known the danger,\" the report states.");

        Who(quotes, "The crew could not have known the danger").ShouldBe("Marine Accident Investigation Branch");
    }

    [Fact]
    public void A_family_speaks_as_one()
    {
        var quotes = Inline("Trawler capsize report\n\n"
            + "Skipper Angus Reid, 51, was lost with the boat.\n\n"
            + "In a statement, the skipper's family said: \"Angus loved that boat.\"");

        // (an owned role is written without its article, as "council's spokesman" is)
        QuoteSetScoring.SameSpeaker("the skipper's family", Who(quotes, "Angus loved that boat.") ?? "").ShouldBeTrue();
    }

    [Fact]
    public void A_second_title_phrase_may_open_the_name_in_apposition()
    {
        var quotes = Inline("Summit deal\n\n"
            + "\"It is what the world could agree,\" said the summit's president, Torland's environment minister Ana Lusted, as delegates rose.\n\n"
            + "\"We came for a lifeline,\" said one delegate, a nurse from Port Ellis.");

        Who(quotes, "It is what the world could agree").ShouldBe("Ana Lusted");
        Who(quotes, "We came for a lifeline").ShouldBe("one delegate");
    }

    [Fact]
    public void The_person_an_opening_for_phrase_names_with_a_title_is_who_he_stands_for()
    {
        var quotes = Inline("Summit deal\n\n"
            + "A senior European negotiator said the deal was \"thin\".\n\n"
            + "For Qadira's oil minister, Faisal Nour, the text \"respects national circumstances\", and he said little else.");

        Who(quotes, "respects national circumstances").ShouldBe("Faisal Nour");
    }

    [Fact]
    public void A_thousands_comma_does_not_end_a_relative_clause()
    {
        var quotes = Inline("Drought breaks\n\n"
            + "\"I just cried,\" Meg Dowling, who runs 4,000 merino ewes at Wattle Flat, told Bush Radio.");

        Who(quotes, "I just cried").ShouldBe("Meg Dowling");
    }

    [Fact]
    public void Cr_is_a_councillors_title_and_an_acronym_stands_for_the_body_it_abbreviates()
    {
        var quotes = Inline("Flood warning\n\n"
            + "Shire mayor Colin Pratt opened an evacuation centre. \"Pack a bag tonight,\" Cr Pratt said.\n\n"
            + "According to the State Emergency Service, crews carried out 14 rescues. The SES said drivers were \"ignoring road closures\".");

        Who(quotes, "Pack a bag tonight").ShouldBe("Colin Pratt");
        Who(quotes, "ignoring road closures").ShouldBe("State Emergency Service");
    }

    [Fact]
    public void An_opening_participle_without_its_comma_leaves_the_pronoun_that_spoke_the_subject()
    {
        var quotes = Inline("Flood warning\n\n"
            + "Dr Ravi Menon, a hydrologist, said the river would peak on Wednesday.\n\n"
            + "Asked whether the storm would fill the lake he laughed. \"Not from one storm.\"");

        Who(quotes, "Not from one storm.").ShouldBe("Ravi Menon");
    }

    [Fact]
    public void The_question_after_asked_by_is_the_askers_and_the_reply_after_it_the_answerers()
    {
        var quotes = Inline("Rail strike\n\n"
            + "Union leader Moira Quayle has been on Bay FM. Asked by presenter Lloyd Barnes, \"Aren't you punishing passengers?\", she replied: \"The company is.\"");

        Who(quotes, "Aren't you punishing passengers?").ShouldBe("Lloyd Barnes");
        Who(quotes, "The company is.").ShouldBe("Moira Quayle");
    }

    [Fact]
    public void She_went_on_continues_the_last_speaker_across_a_live_blogs_paragraphs()
    {
        // (The timestamps on lines of their own go with cleaning, so that each paragraph is taken for an entry.)
        var quotes = Cleaned("Rail strike live\n\n"
            + "07:02\nGood morning. The strike has begun.\n\n"
            + "07:40\nUnion leader Moira Quayle has been on Bay FM. \"The company is to blame,\" she said.\n\n"
            + "She went on: \"We balloted twice.\"\n\n"
            + "08:05\nThe company has responded. A spokesman said the claims were \"false\".");

        Who(quotes, "We balloted twice.").ShouldBe("Moira Quayle");
    }

    [Fact]
    public void An_office_a_person_was_elected_to_is_the_title_the_new_holder_is_named_by()
    {
        var quotes = Inline("Federation vote\n\n"
            + "Kofi Mensah-Boateng was on Friday elected President of the Volta Football Federation after a second round.\n\n"
            + "In his acceptance speech, the new President said: \"This is not my victory.\"");

        Who(quotes, "This is not my victory.").ShouldBe("Kofi Mensah-Boateng");
    }

    [Fact]
    public void She_went_on_after_a_quote_is_her_speaking_on()
    {
        var quotes = Inline("Golf playoff\n\n"
            + "Isla Ross lost the playoff. \"I hit it fat,\" she said.\n\n"
            + "Her caddie, Tom Bell, had warned her about the wind.\n\n"
            + "\"It never turned,\" she went on.");

        Who(quotes, "It never turned").ShouldBe("Isla Ross");
    }

    [Fact]
    public void It_after_a_body_with_and_in_its_name_is_the_whole_body()
    {
        var quotes = Inline("Gambling ads inquiry\n\n"
            + "Peers heard evidence on Tuesday.\n\n"
            + "The Betting and Lottery Standards Council disagreed. In written evidence, it said that advertising served \"to move existing customers\".");

        Who(quotes, "to move existing customers").ShouldBe("Betting and Lottery Standards Council");
    }

    [Fact]
    public void A_trainer_is_who_the_coach_names_again()
    {
        var quotes = Inline("Fight talk\n\n"
            + "Promoter Vince Dalton fired the first shot on Monday. \"She could not sell a raffle,\" he wrote.\n\n"
            + "Kuzmin's long-time trainer, Lenny Marr, has had enough. \"My lad wants to fight,\" the coach told this column.");

        Who(quotes, "My lad wants to fight").ShouldBe("Lenny Marr");
    }

    [Fact]
    public void The_skipper_is_the_named_skipper_not_his_niece_nor_an_unnamed_retired_one()
    {
        var quotes = Inline("Pilchard record\n\n"
            + "Newlyn skipper Jory Trask brought in 71 tonnes on Tuesday. \"I have never seen a mark like it,\" Trask said.\n\n"
            + "One retired skipper, watching the boxes, said the price would \"go through the floor\". \"Every boat will be out,\" he said.\n\n"
            + "Among the crew was deckhand Kenza Trask, the skipper's niece. \"My arms are shaking,\" she said.\n\n"
            + "The skipper said he would honour the cap. \"Forty tonnes is plenty,\" he said.");

        Who(quotes, "Forty tonnes is plenty").ShouldBe("Jory Trask");
    }

    [Fact]
    public void A_surname_alone_is_the_player_not_his_father_introduced_later()
    {
        var quotes = Inline("Darts final\n\n"
            + "Nobody gave Dean Harlow a prayer. He beat the champion 7-5.\n\n"
            + "\"I am still waiting to wake up,\" Harlow said.\n\n"
            + "His father, Keith Harlow, admitted: \"I could not watch.\"\n\n"
            + "\"I have a kitchen to finish on Wednesday,\" Harlow said.");

        Who(quotes, "I am still waiting to wake up").ShouldBe("Dean Harlow");
        Who(quotes, "I could not watch.").ShouldBe("Keith Harlow");
        Who(quotes, "I have a kitchen to finish on Wednesday").ShouldBe("Dean Harlow");
    }

    [Fact]
    public void A_title_before_a_given_name_stays_a_title()
    {
        var quotes = Inline("Vicar retires\n\n"
            + "The Revd Canon Ruth Ashby presided at her final service on Sunday.\n\n"
            + "Canon Ruth, 68, arrived in the parish in 1998. \"They gave me six months,\" she said.");

        Who(quotes, "They gave me six months").ShouldBe("Ruth Ashby");
    }

    [Fact]
    public void An_office_with_a_capitalised_modifier_opening_the_sentence_is_that_persons_title()
    {
        var quotes = Inline("Standards ruling\n\n"
            + "The Parliamentary Commissioner for Standards, Dame Helen Okoro, has found that Tom Blaine breached the rules.\n\n"
            + "\"The evidence is conclusive,\" the Commissioner wrote.");

        Who(quotes, "The evidence is conclusive").ShouldBe("Helen Okoro");
    }
}
