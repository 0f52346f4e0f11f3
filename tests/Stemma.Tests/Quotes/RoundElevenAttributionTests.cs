using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round eleven: turn-taking in a hearing or interview (a bare answer is never carried from its questioner) and one of a
/// group of people as an unnamed source of their own, shown on short fictional inline articles.
/// </summary>
public class RoundElevenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private const string Hearing = "Lord Pemberton faced the Transport Committee on Tuesday.\n\n"
        + "The exchange with the member for Colvey, Ruth Ashdown, ran like this:\n\n"
        + "\"Were you told the bridge was unsafe?\"\n\n"
        + "\"We received a number of reports over the years.\"\n\n"
        + "\"That is not an answer. Were you told?\"\n\n"
        + "\"I would need to look at the papers.\"\n\n"
        + "\"You wrote the papers, Lord Pemberton.\"\n\n"
        + "The chair moved on to the next member.";

    [Fact]
    public void A_bare_answer_is_not_carried_from_the_member_who_asked()
    {
        var quotes = Inline(Hearing);

        QuoteFixtures.Find(quotes, "Were you told the bridge was unsafe?").Speaker.ShouldBe("Ruth Ashdown");
        QuoteFixtures.Find(quotes, "We received a number of reports over the years.").Speaker.ShouldNotBe("Ruth Ashdown");
        QuoteFixtures.Find(quotes, "I would need to look at the papers.").Speaker.ShouldNotBe("Ruth Ashdown");
    }

    [Fact]
    public void The_asker_speaks_again_two_turns_on_across_an_answer_left_without_a_speaker()
    {
        var quotes = Inline(Hearing);

        QuoteFixtures.Find(quotes, "That is not an answer. Were you told?").Speaker.ShouldBe("Ruth Ashdown");
        QuoteFixtures.Find(quotes, "You wrote the papers, Lord Pemberton.").Speaker.ShouldBe("Ruth Ashdown");
    }

    [Fact]
    public void A_bare_follow_up_question_is_not_carried_from_the_one_who_answered()
    {
        var quotes = Inline("The Gazette put the complaints to Dr Milo Strand, the trust's medical director.\n\n"
            + "\"Will the ward close?\" we asked.\n\n"
            + "\"No ward will close while I am here,\" Strand replied.\n\n"
            + "\"And the night staff?\"\n\n"
            + "\"I will not comment on rotas.\"");

        QuoteFixtures.Find(quotes, "No ward will close while I am here").Speaker.ShouldBe("Milo Strand");
        QuoteFixtures.Find(quotes, "And the night staff?").Speaker.ShouldNotBe("Milo Strand");
        QuoteFixtures.Find(quotes, "I will not comment on rotas.").Speaker.ShouldBe("Milo Strand");
    }

    [Fact]
    public void She_after_one_of_someones_advisers_is_that_adviser_not_the_woman_named_before()
    {
        var quotes = Inline("Then it was the turn of Grace Oyelowo, who sits for Thornby. \"Your bonus doubled,\" she said.\n\n"
            + "Afterwards, one of Lord Pemberton's aides sighed for a long time. \"It was fine,\" she said.");

        QuoteFixtures.Find(quotes, "It was fine").Speaker.ShouldBe("one of Lord Pemberton's aides");
    }

    [Fact]
    public void A_long_asked_whether_clause_opening_the_sentence_is_no_subject()
    {
        var quotes = Inline("Then it was the turn of Grace Oyelowo, who sits for Thornby. \"Your bonus doubled,\" she said.\n\n"
            + "Asked outside the committee room whether the session had gone to plan, one of Lord Pemberton's aides sighed. \"It was fine,\" she said.");

        QuoteFixtures.Find(quotes, "It was fine").Speaker.ShouldBe("one of Lord Pemberton's aides");
    }

    [Fact]
    public void A_quote_someone_shot_back_is_theirs_not_the_last_speakers()
    {
        var quotes = Inline("Grace Oyelowo held up the annual report. Lord Pemberton replied that his pay was \"a matter for the trustees\". "
            + "\"Then the trustees should be sitting there,\" Ms Oyelowo shot back.");

        QuoteFixtures.Find(quotes, "Then the trustees should be sitting there").Speaker.ShouldBe("Grace Oyelowo");
    }

    [Theory]
    [InlineData("The campaign group Friends of the Marsh said in a statement that the plan was \"a first step, nothing more\".", "a first step, nothing more")]
    [InlineData("\"It is a first step, nothing more,\" said Friends of the Marsh.", "It is a first step, nothing more")]
    public void A_bodys_name_runs_on_through_of_the(string article, string quote)
    {
        QuoteFixtures.Find(Inline(article), quote).Speaker.ShouldBe("Friends of the Marsh");
    }

    [Fact]
    public void A_person_of_a_place_keeps_their_own_name()
    {
        var quotes = Inline("\"We were robbed,\" said Tom Jones of the Rovers.");

        QuoteFixtures.Find(quotes, "We were robbed").Speaker.ShouldBe("Tom Jones");
    }

    [Fact]
    public void She_after_an_unnamed_mother_is_that_mother_not_a_woman_named_before()
    {
        var quotes = Inline("The review was led by Dame Helen Marchbank. \"The school failed them,\" Dame Helen said.\n\n"
            + "Canon Peter Lisle told the review he had never seen a complaint sent to the school by a mother in 2001.\n\n"
            + "The review reproduces that complaint. In it, she wrote: \"My daughter is afraid to go to choir practice.\"");

        QuoteFixtures.Find(quotes, "My daughter is afraid to go to choir practice.").Speaker.ShouldBe("a mother");
    }

    [Fact]
    public void She_after_a_woman_named_since_an_unnamed_mother_is_that_woman()
    {
        var quotes = Inline("A mother of two wrote to the school in 2001. Later the head, Dame Helen Marchbank, read the letter aloud. "
            + "\"We should have acted,\" she said.");

        QuoteFixtures.Find(quotes, "We should have acted").Speaker.ShouldBe("Helen Marchbank");
    }

    [Fact]
    public void The_company_is_the_firm_named_with_an_ampersand()
    {
        var quotes = Inline("About 9,000 homes are without power, according to Dunmere Gas & Electric. "
            + "\"Engineers will work through the night,\" the company wrote on its website.");

        QuoteFixtures.Find(quotes, "Engineers will work through the night").Speaker.ShouldBe("Dunmere Gas & Electric");
    }

    [Fact]
    public void The_company_is_never_the_newspaper_reporting_the_story()
    {
        var quotes = Inline("A harbour official told the Kelsey Herald that the ferry would not sail. "
            + "\"We apologise to every passenger,\" the company said in a notice at the terminal.");

        QuoteFixtures.Find(quotes, "We apologise to every passenger").Speaker.ShouldNotBe("Kelsey Herald");
    }

    [Theory]
    [InlineData("The Rev Ann Hale")]
    [InlineData("The Rt Rev Ann Hale, Bishop of Kelmouth,")]
    [InlineData("The Rt Hon Ann Hale")]
    public void She_after_a_woman_the_rev_or_the_rt_hon_is_her_not_a_woman_named_before(string subject)
    {
        var quotes = Inline("The review was led by Dame Helen Marchbank. \"The school failed them,\" Dame Helen said.\n\n"
            + subject + " apologised in a letter read at every service on Sunday. She wrote:\n\n\"I am ashamed of what happened here.\"");

        QuoteFixtures.Find(quotes, "I am ashamed of what happened here.").Speaker.ShouldBe("Ann Hale");
    }

    [Fact]
    public void A_heading_of_a_title_a_colon_and_a_quote_is_the_person_the_entry_gives_that_title()
    {
        var quotes = Inline("Live updates from the newsdesk.\n\n11:05 – Floods close the ring road\n\nThe ring road was shut at 10:40.\n\n"
            + "10:52 – Mayor: \"Stay off the roads\"\n\nMayor Tilda Brennock, speaking at the town hall, had a blunt message: \"Stay off the roads unless you must travel.\"");

        QuoteFixtures.Find(quotes, "Stay off the roads").Speaker.ShouldBe("Tilda Brennock");
    }

    [Fact]
    public void One_scare_quoted_word_in_a_clause_about_a_thing_is_no_quote()
    {
        var quotes = Inline("Hale said the tenants had written to the landlord six times and showed the Gazette the answers, "
            + "which thanked them for their \"input\". \"Nobody has come to fix anything,\" she said.");

        quotes.ShouldNotContain(q => q.Text == "input");
        QuoteFixtures.Find(quotes, "Nobody has come to fix anything").Speaker.ShouldBe("Hale");
    }

    [Fact]
    public void A_phrase_in_a_clause_about_a_thing_is_still_the_speakers()
    {
        var quotes = Inline("Ann Hale said the landlord had sent a letter, which she called \"an insult\".");

        QuoteFixtures.Find(quotes, "an insult").Speaker.ShouldBe("Ann Hale");
    }

    [Fact]
    public void That_was_the_message_on_a_day_from_someone_names_the_speaker()
    {
        var quotes = Inline("Tenants at Rook Court have stopped paying rent.\n\n"
            + "\"We will stay out until they talk to us.\" That was the message on Friday from Ines Varga, one of the organisers.");

        QuoteFixtures.Find(quotes, "We will stay out until they talk to us.").Speaker.ShouldBe("Ines Varga");
    }

    [Fact]
    public void The_journal_is_the_journal_named_before()
    {
        var quotes = Inline("Editors at the Halvard Journal of Cardiology have retracted a 2022 paper on beta blockers.\n\n"
            + "\"We no longer trust the data in this article,\" the journal said in its retraction notice.");

        QuoteFixtures.Find(quotes, "We no longer trust the data in this article").Speaker.ShouldBe("Halvard Journal of Cardiology");
    }

    [Fact]
    public void The_co_operative_is_the_body_introduced_as_one()
    {
        var quotes = Inline("Farmgate prices fell again after Brockwell Creameries, the region's largest co-operative, cut its price.\n\n"
            + "The co-operative said the cut reflected \"a collapse in cheese prices\" across Europe.");

        QuoteFixtures.Find(quotes, "a collapse in cheese prices").Speaker.ShouldBe("Brockwell Creameries");
    }

    [Fact]
    public void The_title_of_a_newsletter_in_apposition_is_no_quote()
    {
        var quotes = Inline("Editors at the Halvard Journal of Cardiology have retracted a paper. Nora Pike, who edits the newsletter "
            + "\"The Correction Desk\", noted that the journal took a year to act.");

        quotes.ShouldNotContain(q => q.Text == "The Correction Desk");
    }

    [Fact]
    public void A_pronoun_after_a_noun_before_the_verb_speaks_and_the_noun_is_what_was_described()
    {
        var quotes = Inline("Dana Frey, a lawyer at the Fairtrade Shoppers' Forum, told me what to do next.\n\n"
            + "She said readers who paid by cheque should ask their bank for a recall, a process she described as \"slow but usually fair\".");

        QuoteFixtures.Find(quotes, "slow but usually fair").Speaker.ShouldBe("Dana Frey");
    }

    [Fact]
    public void The_family_of_someone_speaks_as_the_family_not_as_that_person()
    {
        var quotes = Inline("Three soldiers died when the helicopter came down near Orsk, the ministry said.\n\n"
            + "The family of Tom Varley, a 24-year-old private from Denholm who was among those killed, said in a statement: \"Tom was the funniest person we knew.\"");

        QuoteFixtures.Find(quotes, "Tom was the funniest person we knew.").Speaker.ShouldBe("the family of Tom Varley");
    }
}
