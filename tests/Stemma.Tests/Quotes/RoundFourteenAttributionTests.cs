using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fourteen: a role is any noun WordNet gives a person in its first sense (the investigator, a rider), not only the hand
/// list; a person the article knows by a given name only; descriptor words before a subject's name; a title word that is also a
/// given name; "it" after an opening adverbial; rescue teams as bodies; places named like surnames; names in title case and
/// titles with subtitles; "billed as"; a body described by a place compound; "According to X," as a subject; a body's
/// possessive; He'll; the verdict of someone after a quote; "According to a source," as a cue; the answer to a cued question;
/// "Superintendent of Police X"; shown on short fictional inline articles.
/// </summary>
public class RoundFourteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_person_noun_the_hand_list_lacks_heads_an_unnamed_source_and_the_role_that_refers_back_to_it()
    {
        var quotes = Inline("Trial paused at Brenfield site\n\n"
            + "Dosing stopped on Friday \"with no warning at all\", according to an investigator there who spoke on condition of anonymity. "
            + "\"We sent patients home with no drug,\" the investigator said.\n\n"
            + "\"The signs went up overnight,\" a leaseholder on the fourth floor told the Gazette.");

        QuoteFixtures.Find(quotes, "with no warning at all").Speaker.ShouldBe("an investigator");
        QuoteFixtures.Find(quotes, "We sent patients home with no drug").Speaker.ShouldBe("an investigator");
        QuoteFixtures.Find(quotes, "The signs went up overnight").Speaker.ShouldStartWith("a leaseholder");
    }

    [Fact]
    public void A_noun_that_is_also_a_verb_is_no_speaker_after_a_place()
    {
        // A guard for the WordNet person nouns ("have" is one in its first sense): it passes without them too.
        var quotes = Inline("Cladding costs\n\n"
            + "Under the scheme, which tenants across the city have taken to calling the \"repair raffle\", owners are meant to be shielded.");

        quotes.ShouldNotContain(q => q.Text == "repair raffle");
    }

    [Fact]
    public void A_person_named_only_by_a_given_name_is_who_the_next_pronoun_stands_for()
    {
        var quotes = Inline("Climber rescued from Corrie Dubh\n\n"
            + "The 41-year-old, named by the rescue team only as Euan, fell on the descent. Team leader Moira Blane said the slope was too steep to carry him. "
            + "\"It was the helicopter or nothing,\" she said.\n\n"
            + "Euan, speaking from hospital, was not sure he deserved the fuss. \"I made one bad choice,\" he told the Courier.");

        QuoteFixtures.Find(quotes, "I made one bad choice").Speaker.ShouldBe("Euan");
        QuoteFixtures.Find(quotes, "It was the helicopter or nothing").Speaker.ShouldBe("Moira Blane");
    }

    [Fact]
    public void Descriptor_words_before_a_subjects_name_leave_the_name_the_subject()
    {
        var local = Inline("Whistles sell out\n\n"
            + "Team leader Gareth Ince said the message had spread. \"Walkers listen now,\" he said.\n\n"
            + "Local rider Sam Ojo runs the Fellside Bike Shack at the foot of the edge. He thinks the message is landing.\n\n"
            + "\"Nobody carried a whistle five years ago,\" he said.");
        var opposition = Inline("Border deal signed\n\n"
            + "Vesna Aric, a teacher who fled in March, said she would not go back. \"Not while he is in power,\" she said. Her brother Tomo agreed.\n\n"
            + "In Arvala, the opposition leader Dario Kelm attacked the deal. \"They sold our river for a photograph,\" he wrote.");

        QuoteFixtures.Find(local, "Nobody carried a whistle five years ago").Speaker.ShouldBe("Sam Ojo");
        QuoteFixtures.Find(opposition, "They sold our river for a photograph").Speaker.ShouldBe("Dario Kelm");
    }

    [Fact]
    public void A_title_word_that_is_a_given_name_before_another_office_is_the_given_name()
    {
        var quotes = Inline("Bin strike goes on\n\n"
            + "\"We came out with nothing,\" said Dean Rowan, branch secretary of the Allied Crews Union.\n\n"
            + "Mr Rowan said the door was open. \"We are ready to talk,\" he added.");

        QuoteFixtures.Find(quotes, "We came out with nothing").Speaker.ShouldBe("Dean Rowan");
        QuoteFixtures.Find(quotes, "We are ready to talk").Speaker.ShouldBe("Dean Rowan");
    }

    [Fact]
    public void It_after_an_opening_adverbial_is_the_last_body_that_spoke_not_a_person_and_a_rescue_team_is_a_body()
    {
        var quotes = Inline("Riders told to carry whistles\n\n"
            + "\"He did everything right after one thing wrong,\" said Ellen Marsh, the team's deputy leader.\n\n"
            + "Callouts involving mountain bikers have doubled since 2021, Fellside Mountain Rescue Team says. Ms Marsh said riders were "
            + "listening. In a post on its website, it urged riders to carry \"a whistle and a second way of calling for help\".");

        QuoteFixtures.Find(quotes, "a whistle and a second way of calling for help").Speaker.ShouldBe("Fellside Mountain Rescue Team");
    }

    [Fact]
    public void A_place_named_like_a_surname_after_a_common_word_is_no_person()
    {
        // A guard: before the rule Kiln Lane was a person of no known gender, and the pronoun still found Joan Feeney by another
        // path, so this passes both ways; it keeps a street from taking a pronoun as the rules change.
        var quotes = Inline("Rats on the estate\n\n"
            + "Joan Feeney has lived on the estate since 1980.\n\n"
            + "Kiln Lane has been blocked by bags for nine days. \"I have had rats in the garden twice this week,\" she said.");

        QuoteFixtures.Find(quotes, "I have had rats in the garden twice this week").Speaker.ShouldBe("Joan Feeney");
    }

    [Fact]
    public void A_name_in_title_case_or_a_works_title_with_a_subtitle_is_no_quote()
    {
        var quotes = Inline("Merger agreed\n\n"
            + "The firms are merging in a deal insiders have been calling \"Project Larkspur\" since the spring. Campaigners marched under "
            + "the banner of \"Save Our 52\".\n\n"
            + "Professor Ilse Brandt said the signal was \"not unexpected\". She pointed to her group's 2023 review, "
            + "\"Liver injury in peptide drugs: a systematic review\".");

        quotes.Select(q => q.Text).ShouldBe(["not unexpected"]);
    }

    [Fact]
    public void A_phrase_a_thing_was_billed_as_is_a_label()
    {
        var quotes = Inline("Dam failure\n\n"
            + "Engineer Ravi Menon said he had warned for years that the 1974 dam, once billed in a government brochure as \"the jewel of the "
            + "valley\", was silting up and poorly kept.");

        quotes.ShouldBeEmpty();
    }

    [Fact]
    public void A_body_described_by_a_place_compound_is_the_body_named_before()
    {
        var quotes = Inline("Trial paused\n\n"
            + "Corvale Therapeutics has paused dosing in its late-stage trial.\n\n"
            + "The Lindenburg-based company said it had acted \"out of an abundance of caution\".");

        QuoteFixtures.Find(quotes, "out of an abundance of caution").Speaker.ShouldBe("Corvale Therapeutics");
    }

    [Fact]
    public void A_sentence_opening_according_to_a_person_is_about_that_person()
    {
        var quotes = Inline("Shares fall\n\n"
            + "\"This is why we run trials this size,\" said chief executive Paul Okoro. Pressed on the high dose, Mr Okoro declined to be drawn.\n\n"
            + "\"It would be irresponsible to speculate,\" he said.\n\n"
            + "According to Mark Hsieh, an analyst at Brantley Securities, the market is pricing in the worst case. "
            + "\"The drug was the whole story,\" he said.");

        QuoteFixtures.Find(quotes, "The drug was the whole story").Speaker.ShouldBe("Mark Hsieh");
    }

    [Fact]
    public void A_bodys_possessive_determines_a_role_and_names_the_body_again()
    {
        var quotes = Inline("Partners leave\n\n"
            + "Eleven partners have left Carrow Lisle LLP since its members voted to merge with the Bristol-based firm Fenwick Maddox.\n\n"
            + "According to Fenwick Maddox's senior partner, Rajesh Kulkarni, the two firms had \"twelve months of honest conversations\".\n\n"
            + "Restructuring was a fifth of Carrow Lisle's fee income last year. The firm said in a statement that it \"remains fully committed\" to it.");

        QuoteFixtures.Find(quotes, "twelve months of honest conversations").Speaker.ShouldBe("Rajesh Kulkarni");
        QuoteFixtures.Find(quotes, "remains fully committed").Speaker.ShouldBe("Carrow Lisle LLP");
    }

    [Fact]
    public void A_pronoun_with_its_verb_joined_on_is_a_subject_a_later_pronoun_stands_for()
    {
        var quotes = Inline("Takeover done\n\n"
            + "The consortium is fronted by Tobias Rennick and includes former captain Leon Mbeki.\n\n"
            + "\"Nothing is off the table,\" Rennick said.\n\n"
            + "Mbeki, who made 312 appearances for the club, is a different story. He'll sit on the board, and he knows how much goodwill he's carrying. "
            + "\"I was in the dressing room when the wages were late,\" he said.");

        QuoteFixtures.Find(quotes, "I was in the dressing room when the wages were late").Speaker.ShouldBe("Leon Mbeki");
    }

    [Fact]
    public void The_verdict_of_someone_after_a_quote_names_its_speaker_whatever_the_noun()
    {
        var quotes = Inline("Takeover done\n\n"
            + "\"Nothing is off the table,\" said Tobias Rennick.\n\n"
            + "\"Same promises, different accent,\" was the verdict of one season-ticket holder outside the club shop.");

        QuoteFixtures.Find(quotes, "Same promises, different accent").Speaker.ShouldStartWith("one season-ticket holder");
    }

    [Fact]
    public void A_quote_after_a_title_and_a_colon_is_the_sentences_subject_and_a_run_ending_in_a_body_noun_is_the_body()
    {
        var quotes = Inline("Takeover done\n\n"
            + "Our own Kezia Brandley put it best on the podcast \"Lamplight After Dark\": \"Owners come and go.\"\n\n"
            + "\"The owners have passed the test,\" the Northern Premier Alliance said in a statement.");

        QuoteFixtures.Find(quotes, "Owners come and go.").Speaker.ShouldBe("Kezia Brandley");
        QuoteFixtures.Find(quotes, "The owners have passed the test").Speaker.ShouldBe("Northern Premier Alliance");
    }

    [Fact]
    public void A_role_refers_back_to_the_source_a_sentence_opened_with_according_to()
    {
        var quotes = Inline("Plant delayed\n\n"
            + "Chief executive Dolores Penrose said the plant would open in 2028.\n\n"
            + "According to a person familiar with the company's plans, the board discussed pausing the project. "
            + "\"There were people in that room who wanted to mothball it,\" the person said.");

        QuoteFixtures.Find(quotes, "There were people in that room who wanted to mothball it").Speaker.ShouldStartWith("a person familiar");
    }

    [Fact]
    public void The_answer_to_a_reporters_question_is_the_person_the_paragraph_before_was_about()
    {
        var quotes = Inline("Dam burst\n\n"
            + "The district magistrate, Anand Mehra, said the dam had been watched since Thursday.\n\n"
            + "At a press conference in Sundarpur, Mr Mehra was defensive.\n\n"
            + "\"Were the sirens working?\" a local reporter asked.\n\n"
            + "\"The sirens were tested in May,\" he said.\n\n"
            + "Superintendent of Police Vikram Sodha said the current was \"still too strong\".");

        QuoteFixtures.Find(quotes, "The sirens were tested in May").Speaker.ShouldBe("Anand Mehra");
        QuoteFixtures.Find(quotes, "still too strong").Speaker.ShouldBe("Vikram Sodha");
    }
}
