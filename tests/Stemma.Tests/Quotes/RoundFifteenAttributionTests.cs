using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifteen: an unnamed source met in a sentence opened by a conjunction and named later by a more general noun (a pal …
/// the friend); a nickname inside a name; a club's player named with the club's possessive; an unnamed source with capitalised
/// modifiers (one Millbeck season-ticket holder); "what she called"; bodies whose names hold "and" or end in a utility's word;
/// answers to unquoted questions put to someone; a later clause's "and X said" after a quote; a language after "its"; "she" after a
/// sentence naming an unnamed source again; "The words were those of"; a quote before a sentence introducing its speaker; "the
/// Institute of X and Y"; a double surname; "According to X, Y boasted"; Mzee and "ole"; a headline speaker silent in the body;
/// a kunya (Um Karim) opening a sentence; shown on short fictional inline articles.
/// </summary>
public class RoundFifteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void The_friend_refers_back_to_a_pal_introduced_in_a_sentence_opened_by_but()
    {
        var quotes = Inline("Panel show hosts part ways\n\n"
            + "Presenter Mara Quill has confirmed that she and co-host Ben Tarrant are to split after nine years on air. "
            + "\"We are still the best of friends,\" she wrote.\n\n"
            + "But a pal of the couple told the Evening Lamp the pair had been \"drifting for months\".\n\n"
            + "\"They barely spoke off camera since the summer,\" the friend said. \"It was always going to end.\"");

        QuoteFixtures.Find(quotes, "drifting for months").Speaker.ShouldBe("a pal of the couple");
        QuoteFixtures.Find(quotes, "They barely spoke off camera since the summer").Speaker.ShouldBe("a pal of the couple");
        QuoteFixtures.Find(quotes, "It was always going to end.").Speaker.ShouldBe("a pal of the couple");
    }

    [Fact]
    public void The_friend_refers_back_to_a_friend_who_told_an_outlet_without_quoting()
    {
        var quotes = Inline("Reality pair split\n\n"
            + "Island Nights winners Lola Brandt and Reece Amory have split, she announced on Sunday. \"It hurts,\" she wrote.\n\n"
            + "And a friend of the couple told Glimmer the end had been coming for a while.\n\n"
            + "\"They've hardly been in the same town since spring,\" the friend said.");

        QuoteFixtures.Find(quotes, "They've hardly been in the same town since spring").Speaker.ShouldBe("a friend of the couple");
    }

    [Fact]
    public void A_nickname_in_quotes_inside_a_name_leaves_the_person_named_without_it()
    {
        var quotes = Inline("Breakfast DJ quits\n\n"
            + "Radio host Carl \"The Owl\" Benning is leaving Harbour FM after 15 years, the station said.\n\n"
            + "Benning, 52, posted only: \"Thanks for every early start.\"");

        QuoteFixtures.Find(quotes, "Thanks for every early start.").Speaker.ShouldBe("Carl Benning");
        quotes.ShouldNotContain(q => q.Text == "The Owl");
    }

    [Fact]
    public void A_clubs_possessive_before_a_players_name_is_no_part_of_the_name()
    {
        var quotes = Inline("Rovers edge derby\n\n"
            + "Ashby Rovers' Callum Reddin scored twice as Ashby beat Fellgate 2-1 on Saturday.\n\n"
            + "\"I just hit it and hoped,\" Reddin said.");

        QuoteFixtures.Find(quotes, "I just hit it and hoped").Speaker.ShouldBe("Callum Reddin");
    }

    [Fact]
    public void A_players_full_name_as_an_owner_introduces_the_player()
    {
        var quotes = Inline("Fellgate hold on\n\n"
            + "Piotr Zielak's late header won it for Fellgate, and Zielak described the moment as \"the best of my life\".");

        QuoteFixtures.Find(quotes, "the best of my life").Speaker.ShouldBe("Piotr Zielak");
    }

    [Fact]
    public void An_unnamed_source_may_hold_a_proper_name_among_its_modifiers()
    {
        var quotes = Inline("Fellgate slump again\n\n"
            + "Fellgate Town lost 3-0 at home. \"Same story every week,\" said one Fellgate season-ticket holder.\n\n"
            + "\"They cut corners on everything,\" said a former Brackwell Foods line manager, who asked not to be named.");

        QuoteFixtures.Find(quotes, "Same story every week").Speaker.ShouldBe("one Fellgate season-ticket holder");
        QuoteFixtures.Find(quotes, "They cut corners on everything").Speaker.ShouldStartWith("a former Brackwell Foods line manager");
    }

    [Fact]
    public void What_she_called_is_said_by_the_subject_of_its_own_clause()
    {
        var quotes = Inline("Rail handover\n\n"
            + "Priya Lal takes over the franchise on Sunday. \"The first job is the timetable,\" Ms Lal said.\n\n"
            + "The outgoing chief executive, Gareth Venn, said staff had been \"professional to the last\", while Ms Lal praised what she called a \"smooth\" transfer.");

        QuoteFixtures.Find(quotes, "smooth").Speaker.ShouldBe("Priya Lal");
        QuoteFixtures.Find(quotes, "professional to the last").Speaker.ShouldBe("Gareth Venn");
    }

    [Fact]
    public void A_body_named_with_and_opening_a_sentence_is_the_whole_name()
    {
        var quotes = Inline("Hospital apologises\n\n"
            + "Marden and Hollowfield Hospitals NHS Trust said in a statement the unit had been \"under severe pressure\".\n\n"
            + "Hens culled\n\n"
            + "The cull was ordered on Monday, the Animal and Crop Protection Directorate said. The directorate said the risk to people remained \"very low\".");

        QuoteFixtures.Find(quotes, "under severe pressure").Speaker.ShouldBe("Marden and Hollowfield Hospitals NHS Trust");
        QuoteFixtures.Find(Inline("Waiting lists\n\nThe trust disputes that. In a statement, Ashby and Wyre NHS Trust said the figures reflected \"a rise in referrals\"."),
            "a rise in referrals").Speaker.ShouldBe("Ashby and Wyre NHS Trust");
        var rescue = Inline("Dog rescued from culvert\n\n"
            + "Dunmere Fire and Rescue Service sent a crew with a ladder. The fire service said it would \"always rather be called out for a dog\".");

        QuoteFixtures.Find(quotes, "very low").Speaker.ShouldBe("Animal and Crop Protection Directorate");
        QuoteFixtures.Find(rescue, "always rather be called out for a dog").Speaker.ShouldBe("Dunmere Fire and Rescue Service");
        QuoteFixtures.Find(Inline("Library to close\n\n"
            + "A petition organised by the Friends of Kelby Library collected 3,000 signatures. After the vote, the Friends of Kelby Library said they were "
            + "\"deeply disappointed\"."), "deeply disappointed").Speaker.ShouldBe("Friends of Kelby Library");
    }

    [Fact]
    public void The_company_is_a_utility_named_by_its_trade()
    {
        var quotes = Inline("Sewage spill\n\n"
            + "The outfall is run by Tamberley Water. In a statement, the company said a pump had failed, causing \"an unplanned release\".");
        var recall = Inline("Brake recall\n\n"
            + "Corvo Automotive is recalling 48,000 of its Falcon SUV models. In a statement, the company said it knew of \"eleven incidents\".");

        QuoteFixtures.Find(quotes, "an unplanned release").Speaker.ShouldBe("Tamberley Water");
        QuoteFixtures.Find(recall, "eleven incidents").Speaker.ShouldBe("Corvo Automotive");
    }

    [Fact]
    public void A_campaign_group_named_with_a_capitalised_not_is_one_body()
    {
        var quotes = Inline("River tests\n\n"
            + "Streams Not Sewers, a volunteer group that samples the river at ten sites, said its readings were \"off the scale\".");

        QuoteFixtures.Find(quotes, "off the scale").Speaker.ShouldBe("Streams Not Sewers");
    }

    [Fact]
    public void Answers_to_unquoted_questions_are_said_by_the_person_asked()
    {
        var quotes = Inline("Miners beaten\n\n"
            + "\"We were second best,\" said Rovers coach Dale Penrith.\n\n"
            + "Miners boss Graham Tull cut a frustrated figure, and was asked repeatedly about the late penalty.\n\n"
            + "Was it a penalty?\n\n"
            + "\"You saw it. Everybody saw it.\"\n\n"
            + "Will the club complain?\n\n"
            + "\"We'll go through the proper channels.\"\n\n"
            + "He went on: \"We'll be ready for the return game.\"");

        QuoteFixtures.Find(quotes, "You saw it. Everybody saw it.").Speaker.ShouldBe("Graham Tull");
        QuoteFixtures.Find(quotes, "We'll go through the proper channels.").Speaker.ShouldBe("Graham Tull");
        QuoteFixtures.Find(quotes, "We'll be ready for the return game.").Speaker.ShouldBe("Graham Tull");
        var column = Inline("Weigh-in scuffle\n\n"
            + "\"He put his head into mine,\" Danny Keane said afterwards.\n\n"
            + "I grabbed Keane's trainer, Mick Tolan, on his way to the car park.\n\n"
            + "Did it get to him?\n\n"
            + "\"Danny? No chance. He was laughing in the changing room.\"");
        QuoteFixtures.Find(column, "Danny? No chance. He was laughing in the changing room.").Speaker.ShouldBe("Mick Tolan");
        var cover = Inline("Reality pair split\n\n"
            + "Island winners Jade Marr and Kieran Oduba have split. \"It hurts,\" Jade wrote.\n\n"
            + "Dr Annika Sorell, a psychologist, says the odds were stacked against them. \"The villa is a pressure cooker,\" she said.\n\n"
            + "It is a far cry from March, when a loved-up Kieran sat down with us for a cover shoot. Was marriage on the cards?\n\n"
            + "\"Not yet. We're young.\"");
        QuoteFixtures.Find(cover, "Not yet. We're young.").Speaker.ShouldBe("Kieran Oduba");
    }

    [Fact]
    public void A_speech_verb_of_a_later_clause_opened_by_and_does_not_attribute_the_quote_before()
    {
        var quotes = Inline("Fees rise\n\n"
            + "Vice-chancellor Professor Ian Marr defended the rise. \"There is no alternative,\" he said.\n\n"
            + "Professor Marr has called the increase \"regrettable\", and a university spokesperson said on Tuesday that the protest was \"being watched\".");

        QuoteFixtures.Find(quotes, "regrettable").Speaker.ShouldBe("Ian Marr");
        QuoteFixtures.Find(quotes, "being watched").Speaker.ShouldBe("a university spokesperson");
    }

    [Fact]
    public void A_language_after_its_is_no_speaker()
    {
        var quotes = Inline("Dock strike\n\n"
            + "An informal body calling itself the Port Hands Committee has issued a statement in Arabic and English. "
            + "In its English version, it said: \"We ask only for what we were promised.\"");

        QuoteFixtures.Find(quotes, "We ask only for what we were promised.").Speaker.ShouldBe("Port Hands Committee");
    }

    [Fact]
    public void She_after_a_sentence_naming_the_unnamed_source_again_is_that_source_not_the_outlet_it_spoke_to()
    {
        var quotes = Inline("Designer accuses fashion house\n\n"
            + "The row has reopened an old argument. Amara Ekwueme, 24, graduated in June.\n\n"
            + "\"She has a real case on the collars.\" That assessment came from a former Maison Lavelle pattern cutter, who spoke to Cloth Weekly "
            + "on condition of anonymity because she still works in the trade. She said the studio \"keeps every graduate portfolio\" on file.");

        QuoteFixtures.Find(quotes, "keeps every graduate portfolio").Speaker.ShouldBe("a former Maison Lavelle pattern cutter");
    }

    [Fact]
    public void The_words_were_those_of_names_the_speaker_after_the_quote()
    {
        var quotes = Inline("Captain dropped\n\n"
            + "\"No. Absolutely not,\" the chairman, Imran Sethi, said.\n\n"
            + "Not everybody agrees. \"He found out from a text message. That is no way to treat him.\" The words were those of one senior player, who did not want to be named.");

        QuoteFixtures.Find(quotes, "He found out from a text message. That is no way to treat him.").Speaker.ShouldStartWith("one senior player");
    }

    [Fact]
    public void A_quote_opening_a_paragraph_is_said_by_the_person_the_next_sentence_introduces_and_quotes()
    {
        var quotes = Inline("Bypass delayed again\n\n"
            + "The council said the bypass would now open in 2027. \"We share the frustration,\" a council spokesman said.\n\n"
            + "For people on the old route, the delay means another winter of lorries.\n\n"
            + "\"The windows rattle at five in the morning.\" Maureen Pask has lived on Mill Road for 31 years. \"Every time they give us a date, it goes,\" she said.");

        QuoteFixtures.Find(quotes, "The windows rattle at five in the morning.").Speaker.ShouldBe("Maureen Pask");
    }

    [Fact]
    public void A_body_named_of_one_thing_and_another_is_the_whole_name()
    {
        var quotes = Inline("Volcano alert raised\n\n"
            + "The Institute of Geology and Seismic Study raised its alert and said in a bulletin that more explosions were \"likely within days\".");

        QuoteFixtures.Find(quotes, "likely within days").Speaker.ShouldBe("Institute of Geology and Seismic Study");
    }

    [Fact]
    public void A_double_surname_is_met_again_by_its_first_surname()
    {
        var quotes = Inline("Recount ends\n\n"
            + "Officials declared the opposition candidate Lucía Marín Ortega the winner by 212 votes.\n\n"
            + "\"It took nine days to count, but it was counted,\" Ms Marín told supporters.");

        QuoteFixtures.Find(quotes, "It took nine days to count, but it was counted").Speaker.ShouldBe("Lucía Marín Ortega");
    }

    [Fact]
    public void According_to_X_before_another_subject_who_speaks_leaves_the_quote_to_that_subject()
    {
        var quotes = Inline("Car key gang jailed\n\n"
            + "Prosecutor Anna Welby said the gang cloned keyless fobs. According to Ms Welby, Ryan Coates boasted in one message that a house in Thornleigh was \"like shopping with the lights off\".");

        QuoteFixtures.Find(quotes, "like shopping with the lights off").Speaker.ShouldBe("Ryan Coates");
    }

    [Fact]
    public void A_traditional_title_and_a_particle_leave_the_whole_name()
    {
        var quotes = Inline("Land dispute\n\n"
            + "Elders have tried to mediate. Mzee Saruni ole Kipeno, who chairs the council of elders, spoke to visitors. "
            + "\"When two bulls fight, it is the grass that suffers,\" he said.");

        QuoteFixtures.Find(quotes, "When two bulls fight, it is the grass that suffers").Speaker.ShouldBe("Saruni ole Kipeno");
        QuoteFixtures.Find(Inline("Food bank\n\nThe mosque's chairman, Hajji Tariq Mahmud, opened the freezer. \"Nobody leaves hungry,\" he said."),
            "Nobody leaves hungry").Speaker.ShouldBe("Tariq Mahmud");
    }

    [Fact]
    public void A_headline_speaker_who_says_nothing_in_the_body_gives_way_to_the_body_quotes_speaker()
    {
        var quotes = QuoteExtractor.Create().Extract(new Article
        {
            Id = "inline",
            Source = "inline",
            Format = DocumentFormat.Text,
            Metadata = new DocumentMetadata { Title = "Gran bitten by dog in park: \"It was like a nightmare\"" },
            Text = "A grandmother needed 30 stitches after a dog bit her arm, a court heard. Edna Pyle, 71, was walking her terrier.\n\n"
                + "\"It was like a nightmare,\" the widow told magistrates.",
        });

        quotes.Count(q => q.Text == "It was like a nightmare").ShouldBe(2);
        quotes.Where(q => q.Text == "It was like a nightmare").ShouldAllBe(q => q.Speaker == "Edna Pyle");
    }

    [Fact]
    public void A_kunya_opening_a_sentence_is_a_name()
    {
        var quotes = Inline("Ceasefire talks\n\n"
            + "Talks resumed on Monday in the capital.\n\n"
            + "Um Karim, 52, fled the town of Deir Salma with her grandchildren in November. Reached by phone, she said: \"I care whether the planes stop.\"");

        QuoteFixtures.Find(quotes, "I care whether the planes stop.").Speaker.ShouldBe("Um Karim");
    }

    [Fact]
    public void A_translation_of_a_speech_names_no_speaker_and_a_body_speaks_after_a_long_opening_adverbial()
    {
        var quotes = Inline("Fuel protests\n\n"
            + "In a televised address in French, the finance minister, Jean-Luc Amani, defended the cut. According to an English translation issued by his office, "
            + "he added: \"We cannot borrow to burn.\"\n\n"
            + "The state gas company, Vostgaz, insisted its network was safe. In a written statement, translated from Russian by its press office, it said: "
            + "\"The section was inspected in 2022.\"");
        var colon = Inline("Pipeline blast\n\n"
            + "The state gas company, Vostgaz, insisted its network was safe. In a written statement, translated from Russian by its press office, it said:\n\n"
            + "\"The section was inspected in 2022. A commission will establish the facts.\"");

        QuoteFixtures.Find(colon, "The section was inspected in 2022. A commission will establish the facts.").Speaker.ShouldBe("Vostgaz");

        QuoteFixtures.Find(quotes, "We cannot borrow to burn.").Speaker.ShouldBe("Jean-Luc Amani");
        QuoteFixtures.Find(quotes, "The section was inspected in 2022.").Speaker.ShouldBe("Vostgaz");
    }

    [Fact]
    public void A_common_word_opening_a_sentence_before_a_surname_met_elsewhere_is_a_given_name()
    {
        var quotes = Inline("Ashby-Lorne pulls a small rabbit from a large hat\n\n"
            + "Budget day has its rituals.\n\n"
            + "Verity Ashby-Lorne began by promising \"a budget for the patient\". \"We inherited a house with the roof off,\" she said.");

        QuoteFixtures.Find(quotes, "a budget for the patient").Speaker.ShouldBe("Verity Ashby-Lorne");
        QuoteFixtures.Find(quotes, "We inherited a house with the roof off").Speaker.ShouldBe("Verity Ashby-Lorne");
    }

    [Fact]
    public void A_passive_speech_verb_names_its_speaker_after_by_and_a_camp_speaks_for_its_fighter()
    {
        var quotes = Inline("Brake recall\n\n"
            + "Owner Dev Lal complained at the time and was told by the dealer that the car was \"working as designed\".\n\n"
            + "Boxer hurt\n\n"
            + "The 27-year-old was kept in overnight. Brandt's camp said he was awake and \"very, very disappointed\".");

        QuoteFixtures.Find(quotes, "working as designed").Speaker.ShouldBe("the dealer");
        QuoteFixtures.Find(quotes, "very, very disappointed").Speaker.ShouldBe("Brandt's camp");
    }

    [Fact]
    public void A_name_described_as_a_group_in_apposition_is_the_body_the_group_refers_back_to()
    {
        var quotes = Inline("Fuel protests\n\n"
            + "Police fired tear gas on Tuesday. Vigilance Marova, a rights group, said two demonstrators had been treated in hospital. "
            + "\"Tear gas does not make holes in people,\" the group said in a statement.");

        QuoteFixtures.Find(quotes, "Tear gas does not make holes in people").Speaker.ShouldBe("Vigilance Marova");
    }

    [Fact]
    public void A_porter_a_body_with_a_hyphenated_word_and_a_tip_that_came_from_someone_name_their_speakers()
    {
        var quotes = Inline("Restaurant fire\n\n"
            + "Not everyone on Lantern Row was surprised. \"You could hear them in the walls,\" said one former kitchen porter, who left in January.\n\n"
            + "The Council for Regional Co-operation said in a statement that the reopening was \"an important step\" and offered to help.\n\n"
            + "\"Watch the Easter balcony. That is all I will say.\" The tip came from Gregor Lindqvist, a former palace footman.");

        QuoteFixtures.Find(quotes, "You could hear them in the walls").Speaker.ShouldBe("one former kitchen porter");
        QuoteFixtures.Find(quotes, "an important step").Speaker.ShouldBe("Council for Regional Co-operation");
        QuoteFixtures.Find(quotes, "Watch the Easter balcony. That is all I will say.").Speaker.ShouldBe("Gregor Lindqvist");
    }

    [Fact]
    public void Answers_to_reported_questions_an_unnamed_subject_before_a_colon_a_name_before_its_appositive_and_so_far_said()
    {
        var quotes = Inline("Trainer banned\n\n"
            + "\"It's the worst day of my life,\" Declan Mourne told reporters.\n\n"
            + "Would he appeal? \"Of course I am. Wouldn't you?\"\n\n"
            + "One regular at the early Eucharist, a retired schoolteacher, was blunt: \"It's lovely music, but it's not the Gospel.\"\n\n"
            + "The tip that mattered came from Stan Moyle, a retired postman from Quarry Road, who wrote in a post: \"Check the culverts.\"\n\n"
            + "Bishop Oskar Lind has so far said only that he is \"listening carefully to all sides\".");

        QuoteFixtures.Find(quotes, "Of course I am. Wouldn't you?").Speaker.ShouldBe("Declan Mourne");
        QuoteFixtures.Find(quotes, "It's lovely music, but it's not the Gospel.").Speaker.ShouldStartWith("One regular at the early Eucharist", Case.Insensitive);
        QuoteFixtures.Find(quotes, "Check the culverts.").Speaker.ShouldBe("Stan Moyle");
        QuoteFixtures.Find(quotes, "listening carefully to all sides").Speaker.ShouldBe("Oskar Lind");
    }

    [Fact]
    public void As_she_put_it_went_on_to_say_and_a_common_word_named_as_a_union_name_their_speakers()
    {
        var quotes = Inline("Doctor dies at 84\n\n"
            + "Dr Miriam Holt, who has died aged 84, was still at the surgery on Tuesdays \"to keep an eye on the young ones\", as she put it.\n\n"
            + "Mr Pelham went on to say that the company had taken on \"forty extra staff\" since the summer.\n\n"
            + "Accord, the union that represents branch staff, said in a statement that it would \"scrutinise every closure\".");

        QuoteFixtures.Find(quotes, "to keep an eye on the young ones").Speaker.ShouldBe("Miriam Holt");
        QuoteFixtures.Find(quotes, "forty extra staff").Speaker.ShouldBe("Pelham");
        QuoteFixtures.Find(quotes, "scrutinise every closure").Speaker.ShouldBe("Accord");
    }

    [Fact]
    public void A_capitalised_person_noun_or_an_office_before_a_name_is_a_title()
    {
        var quotes = Inline("Lifeboat rescue\n\n"
            + "The lifeboat launched at 23:52 under coxswain Joe Rennick. \"Conditions were as bad as I've seen,\" Coxswain Rennick told the Journal.\n\n"
            + "Monsignor Patrick Hale said falling rolls were \"a diocesan problem\".\n\n"
            + "Leader of the Opposition Harish Mandir accused the government of having \"slept through the warnings\".");

        QuoteFixtures.Find(quotes, "Conditions were as bad as I've seen").Speaker.ShouldBe("Joe Rennick");
        QuoteFixtures.Find(quotes, "a diocesan problem").Speaker.ShouldBe("Patrick Hale");
        QuoteFixtures.Find(quotes, "slept through the warnings").Speaker.ShouldBe("Harish Mandir");
    }

    [Fact]
    public void I_asked_in_a_first_person_piece_is_the_writer_the_byline_names()
    {
        var quotes = QuoteExtractor.Create().Extract(new Article
        {
            Id = "inline",
            Source = "inline",
            Format = DocumentFormat.Text,
            Metadata = new DocumentMetadata { Title = "Wedding feud", Byline = "Stacey Vane, Showbiz Editor" },
            Text = "Tiff Carrow was not at the wedding. I caught up with her at a launch on Tuesday.\n\n"
                + "\"Were you invited in the end?\" I asked.\n\n"
                + "\"Invited? I was dropped by text message,\" she said.",
        });

        QuoteFixtures.Find(quotes, "Were you invited in the end?").Speaker.ShouldBe("Stacey Vane");
    }
}
