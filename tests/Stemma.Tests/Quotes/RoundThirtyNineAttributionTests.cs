using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-nine, from the misses of blind206–213 (blind210–213 measured sealed with round thirty-eight's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundThirtyNineAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_retired_rank_marked_in_brackets_is_a_title_and_the_rank_with_the_surname_is_the_same_person()
    {
        var quotes = Inline("Shoot-off settles the cup\n\n"
            + "The cup went to a shoot-off after both Hollins and Treadwell finished on 96.\n\n"
            + "The chief referee, Major (retd) Rupert Ainsley-Moore, ruled the target good. According to Major Ainsley-Moore, the clay had been \"whole and fairly thrown\", and no protest was lodged.\n\n"
            + "He added: \"A lost target is a lost target.\"");

        Who(quotes, "whole and fairly thrown").ShouldBe("Rupert Ainsley-Moore");
        Who(quotes, "A lost target is a lost target.").ShouldBe("Rupert Ainsley-Moore");
    }

    [Fact]
    public void An_unnamed_source_given_the_role_outright_is_the_one_the_bare_role_names_before_someone_it_fits_only_as_a_kind()
    {
        var quotes = Inline("Canal breach floods estate\n\n"
            + "According to Police Colonel Somchai Ratanakorn, the provincial police chief, boats had carried \"more than 800 people\" to safety.\n\n"
            + "Hiroshi Tanabe, who runs a print works on the estate, said: \"We lost the whole ground floor.\"\n\n"
            + "A senior drainage official, who spoke on condition of anonymity because he was not authorised to brief the media, said the sluice had been opened \"because there was no other choice\".\n\n"
            + "Residents of two villages downstream had been warned on Sunday to move livestock to higher ground, he said.\n\n"
            + "\"Either the estate floods or the town floods,\" the official said.");

        Who(quotes, "Either the estate floods or the town floods").ShouldBe("a senior drainage official");
    }

    [Fact]
    public void A_question_from_the_floor_answered_by_name_is_followed_by_the_questioner_s_uncued_rejoinder()
    {
        var quotes = Inline("Ferry cut angers island\n\n"
            + "At a packed meeting in the village hall, the operator's director, Declan Kerrigan, took questions from the floor.\n\n"
            + "\"Why were we not asked first?\" asked Brendan Moyles, a retired skipper.\n\n"
            + "\"You were asked. We held two open evenings in May,\" Mr Kerrigan replied.\n\n"
            + "\"Two evenings, both at four o'clock, when everyone was at work.\"\n\n"
            + "\"That is a fair point, and I take it.\"");

        Who(quotes, "Two evenings, both at four o'clock, when everyone was at work.").ShouldBe("Brendan Moyles");
        Who(quotes, "That is a fair point, and I take it.").ShouldBe("Declan Kerrigan");
    }

    [Fact]
    public void A_role_first_met_as_the_object_of_a_sentence_is_its_own_unnamed_source_not_someone_named_later()
    {
        var quotes = Inline("Decision: a referral left in the queue\n\n"
            + "What we found\n\n"
            + "Our investigator interviewed the booking clerk who handled the referral. Asked why it had been graded routine, the clerk said: \"The urgent box was ticked, but the letter said no red flags, so I went with the letter.\"\n\n"
            + "\"Did you ask a clinician?\" our investigator asked.\n\n"
            + "\"No. At that time we didn't have to.\"\n\n"
            + "\"Nobody owned a referral once it was in the queue.\" That was the conclusion of the Trust's services manager, Lowri Abernethy, in her written evidence to us.\n\n"
            + "Our clinical adviser, a consultant surgeon, told us: \"Had he been seen within two weeks, his cancer would have been operable.\" The adviser added that the delay was \"a significant failing\".");

        Who(quotes, "The urgent box was ticked, but the letter said no red flags, so I went with the letter.").ShouldBe("the booking clerk");
        Who(quotes, "Did you ask a clinician?").ShouldBe("our investigator");
        Who(quotes, "No. At that time we didn't have to.").ShouldBe("the booking clerk");
        Who(quotes, "Had he been seen within two weeks, his cancer would have been operable.").ShouldBe("our clinical adviser");
        Who(quotes, "a significant failing").ShouldBe("our clinical adviser");
    }

    [Fact]
    public void Don_written_before_a_full_name_and_again_before_the_given_name_alone_is_a_title()
    {
        var quotes = Inline("Sword dance moves square\n\n"
            + "Don Ivo Radovčić, the parish priest, wrote in the bulletin that the council had chosen \"convenience over memory\". According to Don Ivo, the parish had offered to move evening Mass \"so that nothing stands between the dance and its home\".\n\n"
            + "Don Draper, a visiting dancer, said: \"It looked fine to me.\"");

        Who(quotes, "convenience over memory").ShouldBe("Ivo Radovčić");
        Who(quotes, "so that nothing stands between the dance and its home").ShouldBe("Ivo Radovčić");
        Who(quotes, "It looked fine to me.").ShouldBe("Don Draper");
    }

    [Fact]
    public void An_italian_rank_written_before_a_name_is_a_title()
    {
        var quotes = Inline("Evacuation drill on the island\n\n"
            + "Maresciallo Corrado Ferlito, who commands the carabinieri station, confirmed the drills. \"Forty minutes to reach every house. We can do better,\" he said.\n\n"
            + "Brigadiere Anna Lo Cascio said the boats were ready. \"We practise every month,\" she said.");

        Who(quotes, "Forty minutes to reach every house. We can do better").ShouldBe("Corrado Ferlito");
        Who(quotes, "We practise every month").ShouldBe("Anna Lo Cascio");
    }

    [Fact]
    public void A_name_joined_by_of_and_described_with_which_is_a_body_named_in_full()
    {
        var quotes = Inline("Town wall parapet to be rebuilt\n\n"
            + "The Soprintendenza of Monuments of the Northern Isles, which must approve every stone, had warned the municipality last spring that the parapet was \"at risk of collapse within two winters\".\n\n"
            + "\"We said so in writing,\" the mayor, Stavros Lambrou, said.");

        Who(quotes, "at risk of collapse within two winters").ShouldBe("Soprintendenza of Monuments of the Northern Isles");
    }

    [Fact]
    public void A_style_of_address_before_a_title_and_a_name_leaves_the_title_out_of_the_name_and_h_e_is_an_honorific()
    {
        var quotes = Inline("Plant opens on the coast\n\n"
            + "His Highness Sheikh Mansoor bin Khalid Al Harbi, Chairman of the Coast Utilities Council, today opened the plant.\n\n"
            + "\"Water is the first condition of every home,\" His Highness said during the ceremony.\n\n"
            + "H.E. Eng. Fatima Obaid Al Sawwaf, Director-General of the authority, said in a statement: \"The plant uses less energy.\"\n\n"
            + "Asked whether tariffs would rise, H.E. Al Sawwaf said: \"There is no change to tariffs. None.\"");

        Who(quotes, "Water is the first condition of every home").ShouldBe("Mansoor bin Khalid Al Harbi");
        Who(quotes, "There is no change to tariffs. None.").ShouldBe("Fatima Obaid Al Sawwaf");
    }

    [Fact]
    public void A_person_a_relative_clause_takes_as_its_object_is_no_title_and_turns_closing_cued_paragraphs_alternate()
    {
        var quotes = Inline("Magistrate reprimanded\n\n"
            + "The complaint was made by Niamh Corrigan, a solicitor who represented a young defendant at Hallerton Magistrates' Court.\n\n"
            + "The defendant asked: \"Can I pay it weekly, sir?\"\n\n"
            + "Mr Dunmore-Hale replied: \"People from that estate always want to pay weekly.\"\n\n"
            + "\"I'm only asking.\"\n\n"
            + "\"And I'm only telling you.\"\n\n"
            + "The legal adviser who sat with the bench told the investigation that she had considered intervening. \"The whole room went quiet,\" she said.\n\n"
            + "Gerald Dunmore-Hale, the magistrate, said in his response: \"I accept that my words were badly chosen.\"");

        Who(quotes, "Can I pay it weekly, sir?").ShouldNotBe("Niamh Corrigan");
        Who(quotes, "I'm only asking.").ShouldBe(Who(quotes, "Can I pay it weekly, sir?"));
        Who(quotes, "And I'm only telling you.").ShouldBe("Gerald Dunmore-Hale");
        Who(quotes, "The whole room went quiet").ShouldBe("the legal adviser");
    }

    [Fact]
    public void A_style_that_is_a_given_name_opens_the_name_unless_his_or_her_comes_before_it()
    {
        var quotes = Inline("Museum returns bronzes\n\n"
            + "Professor Grace Imoke, who advised the museum, welcomed the decision. \"It's a start, not a finish,\" she said.");

        Who(quotes, "It's a start, not a finish").ShouldBe("Grace Imoke");
    }

    [Fact]
    public void The_letter_is_the_writer_s_who_did_something_in_a_letter_in_the_sentence_before()
    {
        var quotes = Inline("Deportation appeal allowed\n\n"
            + "1. The appellant, Mr Kemal Durmaz, appeals against the decision of the Department of Borders.\n\n"
            + "2. The appellant's probation officer, Ms Tamsin Rowe, assessed his risk of reoffending as low in a letter dated 2 March. The letter said: \"He is one of the most engaged people on my caseload.\"");

        Who(quotes, "He is one of the most engaged people on my caseload.").ShouldBe("Tamsin Rowe");
    }
}
