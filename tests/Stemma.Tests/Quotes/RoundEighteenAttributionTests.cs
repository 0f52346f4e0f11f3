using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round eighteen: American abbreviated titles (Gov., Sen.) kept out of the name; the Welsh particle "ap"; a transcript's speakers
/// written in capitals; a clause after a name's comma that merely mentions a company. Shown on short fictional inline articles.
/// </summary>
public class RoundEighteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Abbreviated_american_titles_with_their_full_stop_are_no_part_of_the_name()
    {
        var quotes = Inline("Veto stands\n\n"
            + "Gov. Marian Voss-Tate vetoed the bill, calling it \"well-meant but unworkable.\"\n\n"
            + "The sponsor, Sen. Lyle Brandt, was unmoved. \"We have the votes,\" he said.\n\n"
            + "Rep. Ana Ochoa said the House would \"look again\".");

        Who(quotes, "well-meant but unworkable.").ShouldBe("Marian Voss-Tate");
        Who(quotes, "We have the votes").ShouldBe("Lyle Brandt");
        Who(quotes, "look again").ShouldBe("Ana Ochoa");
    }

    [Fact]
    public void A_surname_spelled_like_an_abbreviation_without_a_full_stop_stays_a_name()
    {
        var quotes = Inline("Lecture packed\n\n"
            + "\"Growth is not development,\" said Priya Sen, the economist.");

        Who(quotes, "Growth is not development").ShouldBe("Priya Sen");
    }

    [Fact]
    public void The_welsh_particle_ap_runs_the_name_on_and_is_met_again_with_the_surname()
    {
        var quotes = Inline("School to close\n\n"
            + "The opposition leader, Cllr Iolo ap Gruffydd, called the plan \"a sum on a page\".\n\n"
            + "\"We will fight this,\" Mr ap Gruffydd said.");

        Who(quotes, "a sum on a page").ShouldBe("Iolo ap Gruffydd");
        Who(quotes, "We will fight this").ShouldBe("Iolo ap Gruffydd");
    }

    [Fact]
    public void A_transcripts_speaker_in_capitals_is_the_person_named_before_in_ordinary_case()
    {
        var quotes = Inline("Hearing summary\n\n"
            + "Senator Owen Marsh-Delgado questioned Carla Whitlow, chief executive of Pinefeed, for an hour.\n\n"
            + "MARSH-DELGADO: \"How many accounts did you remove?\"\n\n"
            + "WHITLOW: \"I don't have that figure with me.\"\n\n"
            + "MARSH-DELGADO: \"So you don't know.\"");

        Who(quotes, "How many accounts did you remove?").ShouldBe("Owen Marsh-Delgado");
        Who(quotes, "I don't have that figure with me.").ShouldBe("Carla Whitlow");
        Who(quotes, "So you don't know.").ShouldBe("Owen Marsh-Delgado");
    }

    [Fact]
    public void A_clause_after_a_names_comma_that_mentions_a_company_does_not_make_the_name_a_body()
    {
        var quotes = Inline("Hearing summary\n\n"
            + "Subcommittee chair Senator Ruth Amberley opened the hearing.\n\n"
            + "According to Senator Amberley, the papers show a company that \"chose growth over safety\".");

        Who(quotes, "chose growth over safety").ShouldBe("Ruth Amberley");
    }

    [Fact]
    public void A_body_described_with_a_curly_plural_owners_mark_is_a_body_named_before_its_appositive()
    {
        var quotes = Inline("Show closes early\n\n"
            + "Stagecall, the dancers’ union, said the closure showed the need for “fair notice” of closing dates.\n\n"
            + "The Harriers’ head coach, Dom Ferris, called it “a sad week”.");

        Who(quotes, "fair notice").ShouldBe("Stagecall");
        Who(quotes, "a sad week").ShouldBe("Dom Ferris");
    }

    [Fact]
    public void A_line_a_speaker_delivers_names_its_owner_as_a_verdict_does()
    {
        var quotes = Inline("Phone launch, as it happened\n\n"
            + "10:04 - Chief executive Renata Solberg walks out to applause. Her opening line: \"We built a quieter phone.\"\n\n"
            + "10:20 - Analyst Tom Reeve is unimpressed. His verdict: \"Too dear.\"\n\n"
            + "11:15 - Solberg's closing line from the stage, for the record: \"Put it down now and then.\"");

        Who(quotes, "We built a quieter phone.").ShouldBe("Renata Solberg");
        Who(quotes, "Too dear.").ShouldBe("Tom Reeve");
        Who(quotes, "Put it down now and then.").ShouldBe("Renata Solberg");
    }

    [Fact]
    public void A_name_in_apposition_with_the_body_it_belongs_to_after_of_speaks_not_the_phrase_before_it()
    {
        var quotes = Inline("Phone launch\n\n"
            + "Our neighbour in row F, analyst Kemi Adeyinka of Larchfield Research, calls it \"a brave price\".\n\n"
            + "The journal that ran the review, the Bulletin of Handset Studies, said it was \"looking into it\".");

        Who(quotes, "a brave price").ShouldBe("Kemi Adeyinka");
        Who(quotes, "looking into it").ShouldBe("Bulletin of Handset Studies");
    }

    [Fact]
    public void A_rubric_in_capitals_is_no_body_and_one_name_owning_a_press_release_is_the_company()
    {
        var quotes = Inline("LIVE: Tessaro unveils the Arc 3\n\n"
            + "10:02 - The keynote starts late, which for Tessaro counts as early.\n\n"
            + "11:05 - Tessaro's press release has landed. The company says it expects the Arc 3 to become \"our best-selling device\".");

        Who(quotes, "our best-selling device").ShouldBe("Tessaro");
    }

    [Fact]
    public void One_capitalised_word_straight_after_calling_is_a_name_not_speech()
    {
        var quotes = Inline("Phone launch\n\n"
            + "The back comes in a finish Tessaro is calling \"Mistglass\". \"We wanted it to feel like a pebble,\" said designer Jonas Lind.\n\n"
            + "Lind called the old model \"frankly ugly\".");

        quotes.ShouldNotContain(q => q.Text == "Mistglass");
        Who(quotes, "We wanted it to feel like a pebble").ShouldBe("Jonas Lind");
        Who(quotes, "frankly ugly").ShouldBe("Jonas Lind");
    }

    [Fact]
    public void An_unnamed_member_of_a_named_body_is_who_the_role_stands_for_across_a_short_exchange()
    {
        var quotes = Inline("Tenants march\n\n"
            + "When a Brightwell manager finally came down to take the petition, the exchange was short.\n\n"
            + "\"Will you come up and see?\" asked Davie Rennie, 71.\n\n"
            + "\"I'll pass that on to the director,\" the manager replied.");

        Who(quotes, "I'll pass that on to the director").ShouldBe("a Brightwell manager");
    }

    [Fact]
    public void Reported_is_a_verb_of_speech()
    {
        var quotes = Inline("Night walk\n\n"
            + "Marshals kept everyone on the path. \"One lost dog and not a single complaint,\" one marshal reported at the end of the night.");

        Who(quotes, "One lost dog and not a single complaint").ShouldBe("one marshal");
    }

    [Fact]
    public void A_role_after_according_to_with_a_name_between_commas_is_the_named_person()
    {
        var quotes = Inline("Walk raises money\n\n"
            + "According to our head of fundraising, Neha Lal-Brook, the night raised £48,210, \"our best total in a decade\".\n\n"
            + "\"Every step pays for care,\" she said.");

        Who(quotes, "our best total in a decade").ShouldBe("Neha Lal-Brook");
        Who(quotes, "Every step pays for care").ShouldBe("Neha Lal-Brook");
    }

    [Fact]
    public void The_answer_to_a_question_that_opens_an_exchange_is_the_one_who_spoke_just_before_it()
    {
        var quotes = Inline("Inquest hears of worn brake\n\n"
            + "\"I heard the engine still running,\" Fintan Cole told the court.\n\n"
            + "He was then questioned by Aisling Brady, counsel for the family.\n\n"
            + "\"Had you ever known it to slip?\" Ms Brady asked.\n\n"
            + "\"Once, maybe two years ago.\"\n\n"
            + "\"Did he fix it?\"\n\n"
            + "\"I don't know.\"");

        Who(quotes, "Once, maybe two years ago.").ShouldBe("Fintan Cole");
        Who(quotes, "Did he fix it?").ShouldBe("Aisling Brady");
        Who(quotes, "I don't know.").ShouldBe("Fintan Cole");
    }

    [Fact]
    public void An_unnamed_source_who_spoke_to_reporters_is_who_the_next_pronoun_stands_for()
    {
        var quotes = Inline("Inquest\n\n"
            + "Professor Ruth Quayle, the pathologist, said death would have been \"very rapid\".\n\n"
            + "A neighbour who helped to free him, and who did not wish to be named, spoke to reporters outside. \"He was the careful one,\" he said.");

        Who(quotes, "He was the careful one").ShouldBe("a neighbour");
    }

    [Fact]
    public void An_executive_whose_capitalised_modifiers_are_no_titles_is_a_body()
    {
        var quotes = Inline("Inquest\n\n"
            + "According to Hugh Marr, an inspector with the Upland Safety Executive, the brake \"would not have held\".\n\n"
            + "In a statement, the Upland Safety Executive said it would \"review and reissue\" its guidance.\n\n"
            + "The Health and Safety Executive said it was \"aware\". The firm's Chief Executive, Jo Penn, called it \"a tragedy\".");

        Who(quotes, "review and reissue").ShouldBe("Upland Safety Executive");
        Who(quotes, "aware").ShouldBe("Health and Safety Executive");
        Who(quotes, "a tragedy").ShouldBe("Jo Penn");
    }

    [Fact]
    public void A_bodys_opening_words_without_its_legal_form_are_that_body()
    {
        var quotes = Inline("Herders protest\n\n"
            + "The cooperative says felling by Northpine Timber Oy has destroyed lichen.\n\n"
            + "Northpine Timber said in a statement that its work was \"fully licensed\".");

        Who(quotes, "fully licensed").ShouldBe("Northpine Timber Oy");
    }

    [Fact]
    public void A_body_named_in_apposition_after_its_noun_is_what_the_noun_stands_for_later()
    {
        var quotes = Inline("Dikes to be raised\n\n"
            + "The state will pay most of the cost, with the rest coming from the regional water authority, Waterschap Ravenveld.\n\n"
            + "The water authority said in a statement that it would \"sit down with every household\".");

        Who(quotes, "sit down with every household").ShouldBe("Waterschap Ravenveld");
    }

    [Fact]
    public void A_short_name_in_brackets_after_a_bodys_name_stands_for_the_body_whatever_its_letters()
    {
        var quotes = Inline("Coffee exports slump\n\n"
            + "\"It is the weakest quarter in a decade,\" said Davi Lemos, president of the Serra Alta Coffee Growers Council (Cegral).\n\n"
            + "Cegral said the figures reflected \"a perfect storm\".");

        Who(quotes, "a perfect storm").ShouldBe("Serra Alta Coffee Growers Council");
    }

    [Fact]
    public void A_bodys_name_joined_by_an_ampersand_modifies_an_unnamed_sources_noun()
    {
        var quotes = Inline("Bookshops sold\n\n"
            + "A Pardoe & Lyle bookseller with twenty years of service, who did not want to be named, said staff heard \"from a group chat\". "
            + "\"We're just frightened,\" the bookseller said.");

        Who(quotes, "from a group chat").ShouldBe("a Pardoe & Lyle bookseller");
        Who(quotes, "We're just frightened").ShouldBe("a Pardoe & Lyle bookseller");
    }

    [Fact]
    public void A_name_in_apposition_to_one_of_a_group_is_who_the_next_pronoun_stands_for()
    {
        var quotes = Inline("Pile-up on the motorway\n\n"
            + "One of the drivers, Simran Bhogal, 34, was on her way to an early shift. She wrote that she had \"counted the bangs\".");

        Who(quotes, "counted the bangs").ShouldBe("Simran Bhogal");
    }

    [Fact]
    public void A_body_in_apposition_whose_first_word_is_also_a_given_name_is_what_the_company_stands_for()
    {
        var quotes = Inline("Ship fire\n\n"
            + "The ship's operator, Golden Reed Cruises, said it was \"cooperating fully\". The company added that its record was \"unblemished\".");

        Who(quotes, "unblemished").ShouldBe("Golden Reed Cruises");
    }

    [Fact]
    public void A_lowercase_office_of_a_place_with_a_name_in_apposition_is_the_named_person()
    {
        var quotes = Inline("Ship fire\n\n"
            + "The fire broke out while the ship was moored in the governorate of Wadi Haram.\n\n"
            + "The governor of Wadi Haram, Major General Adel Nasser, reached the quay by mid-morning. Speaking to reporters, he said:\n\n"
            + "\"There were no deaths.\"");

        Who(quotes, "There were no deaths.").ShouldBe("Adel Nasser");
    }

    [Fact]
    public void A_common_word_the_name_lists_hold_between_a_title_and_a_given_name_is_part_of_the_title()
    {
        var quotes = Inline("Chess cheating claim\n\n"
            + "Halvorsen beat International Master Greta Lundqvist in 34 moves.\n\n"
            + "Lundqvist lodged a complaint. \"He left the board four times,\" she said.");

        Who(quotes, "He left the board four times").ShouldBe("Greta Lundqvist");
    }

    [Fact]
    public void A_circle_is_a_body_met_again_by_its_last_word()
    {
        var quotes = Inline("Pumpkin row\n\n"
            + "Our chairman has asked the Southern Giant Growers’ Circle, whose rules we follow, to adjudicate.\n\n"
            + "The Circle said it would examine “both exhibits”.");

        Who(quotes, "both exhibits").ShouldBe("Southern Giant Growers' Circle");
    }

    [Fact]
    public void The_speaker_of_a_house_is_a_role_met_with_a_name_in_apposition()
    {
        var quotes = Inline("Question time\n\n"
            + "\"Order! The Leader of the Opposition will resume his seat,\" said the Speaker, Moira Tannahill, who had been on her feet three times.");

        Who(quotes, "Order! The Leader of the Opposition will resume his seat").ShouldBe("Moira Tannahill");
    }

    [Fact]
    public void A_possessive_pronoun_before_a_verdict_noun_names_who_the_next_quote_is_by()
    {
        var quotes = Inline("Question time\n\n"
            + "The Member for Carrow, Piet Olivier, represents the valley. His supplementary question was shorter. \"What does the minister say to them?\"");

        Who(quotes, "What does the minister say to them?").ShouldBe("Piet Olivier");
    }

    [Fact]
    public void A_government_service_is_what_the_agency_stands_for_not_the_broadcaster()
    {
        var quotes = Inline("Storm sirens failed\n\n"
            + "By Dana Ruiz, KWQT 4 News\n\n"
            + "The dispatcher received the National Weather Service warning at 9:42 p.m., Holt told KWQT 4 News.\n\n"
            + "The agency said in a statement that it had found \"no indication of any failure\".");

        Who(quotes, "no indication of any failure").ShouldBe("National Weather Service");
    }

    [Fact]
    public void A_bodys_name_in_another_language_written_in_lower_case_is_a_body_met_again_by_its_noun()
    {
        var quotes = Inline("Snow contract row\n\n"
            + "The councillor has asked the Bureau des enquêtes régionales, the provincial watchdog, to investigate. "
            + "The bureau said in a statement that it had \"received the request\".");

        Who(quotes, "received the request").ShouldBe("Bureau des enquêtes régionales");
    }

    [Fact]
    public void A_speech_verb_joined_by_and_to_the_clauses_verb_has_the_clauses_subject()
    {
        var quotes = Inline("Coach sacked\n\n"
            + "Head coach Darren Pell was clearing his desk on Monday.\n\n"
            + "After Sunday's game he stood in front of the cameras and said the defeat was \"on me and nobody else\".\n\n"
            + "Pell thanked the fans and added that he was \"proud of these lads\".");

        Who(quotes, "on me and nobody else").ShouldBe("Darren Pell");
        Who(quotes, "proud of these lads").ShouldBe("Darren Pell");
    }

    [Fact]
    public void A_document_read_into_the_record_is_its_authors_and_counsel_without_an_article_is_a_role()
    {
        var quotes = Inline("Inquiry, day 14\n\n"
            + "The first witness was Dr Neil Harker. Counsel to the inquiry, Ruth Amadi KC, took him through a series of emails.\n\n"
            + "Ms Amadi read into the record an email sent to Dr Harker by the then lead nurse, Grace Obi:\n\n"
            + "\"We had eleven patients on trolleys last night.\"\n\n"
            + "Counsel asked: \"Did you read that email when it arrived?\"\n\n"
            + "\"I believe I did, yes,\" Dr Harker replied.");

        Who(quotes, "We had eleven patients on trolleys last night.").ShouldBe("Grace Obi");
        Who(quotes, "Did you read that email when it arrived?").ShouldBe("Ruth Amadi");
    }
}
