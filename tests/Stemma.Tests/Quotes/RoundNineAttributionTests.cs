using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Descriptions before a name, unnamed sources with a trailing place, a name given after an unnamed phrase, possessive
/// roles, ages and labels in quote marks, shown on the fictional fixtures Data/Quotes/descriptors-r1.txt, ages-r1.txt and short inline articles.
/// </summary>
public class RoundNineAttributionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Descriptors = QuoteFixtures.StoryQuotes("descriptors-r1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Ages = QuoteFixtures.StoryQuotes("ages-r1.txt");

    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_hyphenated_description_before_a_name_is_no_part_of_the_name()
    {
        QuoteFixtures.Find(Descriptors.Value, "Now it happens every Tuesday.").Speaker.ShouldBe("Elspeth Carrow");
    }

    [Fact]
    public void A_family_word_before_a_name_is_a_title_not_a_given_name()
    {
        QuoteFixtures.Find(Descriptors.Value, "My husband is buried in that churchyard").Speaker.ShouldBe("Elsie Marr");
    }

    [Fact]
    public void An_unnamed_source_placed_in_a_named_town_is_cut_to_the_source_and_its_repeat_joins_it()
    {
        var quotes = Inline("A senior European banker in Dorvik, speaking on condition of anonymity, said the next week would be \"critical\". "
            + "\"Nobody wants a run on the krona,\" the banker said. \"The worry is the weekend.\"");

        QuoteFixtures.Find(quotes, "critical").Speaker.ShouldBe("a senior European banker");
        QuoteFixtures.Find(quotes, "Nobody wants a run on the krona").Speaker.ShouldBe("a senior European banker");
    }

    [Fact]
    public void A_possessive_role_with_a_name_in_apposition_before_a_colon_is_the_name()
    {
        var quotes = Inline("Campaign group Save Tarnby Moor branded the decision \"a disgrace\".\n\n"
            + "Its chair, retired surveyor Hugh Bellis, fumed: \"Six people have decided this for everyone. We will see them in court.\"");

        QuoteFixtures.Find(quotes, "Six people have decided this for everyone. We will see them in court.").Speaker.ShouldBe("Hugh Bellis");
    }

    [Fact]
    public void The_words_on_a_badge_are_no_quote()
    {
        var quotes = Inline("Among the crowd was Ruth Penhale, whose brother died in the fire. She wore a badge reading \"Justice for the Brenna Six\". "
            + "\"I want the names of everyone who signed it off,\" she said.");

        quotes.ShouldNotContain(q => q.Text.Contains("Brenna Six", StringComparison.Ordinal));
    }

    [Fact]
    public void An_uncued_title_case_phrase_is_a_name_not_a_quote()
    {
        var quotes = Inline("Volunteers in yellow bibs handed out leaflets for \"Keep Marlow Green\" outside the station on Saturday. "
            + "The estate, which locals nickname \"the Rabbit Hutch\", was built in 1971.");

        quotes.ShouldNotContain(q => q.Text.Contains("Marlow Green", StringComparison.Ordinal));
        quotes.ShouldNotContain(q => q.Text.Contains("Rabbit Hutch", StringComparison.Ordinal));
    }

    [Fact]
    public void An_uncued_noun_phrase_given_after_as_is_a_label()
    {
        var quotes = Inline("The owners, Brackwell Holdings, said they would pay for new windows. \"We have listened,\" the company said. "
            + "Critics have mocked the offer as \"the umbrella fund\". State radio refers to the valley only as \"the northern lands\".");

        quotes.ShouldNotContain(q => q.Text.Contains("umbrella fund", StringComparison.Ordinal));
        quotes.ShouldNotContain(q => q.Text.Contains("northern lands", StringComparison.Ordinal));

        // A phrase after "as" with a speaker, or after a verb of speech, stays a partial quote.
        var kept = Inline("Councillor Dara Whitlow described the scheme as \"the worst deal this town has signed\". "
            + "Critics describe the levy as \"a tax on the poor\", and the opposition has vowed to scrap it.");
        QuoteFixtures.Find(kept, "the worst deal this town has signed").Speaker.ShouldBe("Dara Whitlow");
        kept.ShouldContain(q => q.Text == "a tax on the poor");
    }

    [Fact]
    public void An_uncued_phrase_counted_by_a_number_is_a_label()
    {
        var quotes = Inline("The offer would raise pay by 3 per cent and add three \"quiet study hours\" each week.");

        quotes.ShouldNotContain(q => q.Text.Contains("quiet study hours", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indefinite_source_named_by_the_next_sentence_is_that_person()
    {
        var quotes = Inline("Nurses at Calder General will vote on Monday on a new pay offer from the hospital trust.\n\n"
            + "The offer, which one union leader has called \"the best we will get this year\", would raise pay by 4 per cent.\n\n"
            + "That leader, Priya Holt, branch secretary of the Nursing Staff Alliance, said members were \"worn out\".");

        QuoteFixtures.Find(quotes, "the best we will get this year").Speaker.ShouldBe("Priya Holt");
    }

    [Fact]
    public void A_role_given_with_an_age_is_the_person_the_story_opened_on_though_the_headline_named_them_first()
    {
        QuoteFixtures.Find(Ages.Value, "I cannot sing tonight and I will not give you less than my best. Kettle Hall, I will be back.").Speaker.ShouldBe("Mara Lindqvist");
    }

    [Fact]
    public void It_before_a_speech_verb_is_the_body_the_sentence_opens_with()
    {
        var quotes = Inline("The Fair Trading Board has fined three bakeries £12 million for fixing prices over two years, in what it called \"the worst case of its kind we have seen\".");

        QuoteFixtures.Find(quotes, "the worst case of its kind we have seen").Speaker.ShouldBe("Fair Trading Board");

        var described = Inline("The Food Standards Panel has fined two dairies £4 million for what it described as \"a deliberate deception of shoppers\".");
        QuoteFixtures.Find(described, "a deliberate deception of shoppers").Speaker.ShouldBe("Food Standards Panel");
    }

    [Fact]
    public void An_official_translation_after_according_to_names_no_speaker()
    {
        var quotes = Inline("Dunmore's president, Ana Vell, condemned the attack. Speaking in Dunmoran, she said, according to an official translation: "
            + "\"We will not be provoked into a war we did not start.\"");

        QuoteFixtures.Find(quotes, "We will not be provoked into a war we did not start.").Speaker.ShouldBe("Ana Vell");
    }

    [Fact]
    public void An_uncued_reply_after_an_opening_participle_clause_is_the_pronouns_person()
    {
        var quotes = Inline("Dunmore's mayor, Colm Reddan, said the town had been \"badly let down\". He was asked whether the council would claim its costs back.\n\n"
            + "\"We will talk to the organisers, yes,\" the mayor said.\n\n"
            + "Asked if he was angry, he paused. \"Disappointed. Angry is for the fans.\"");

        QuoteFixtures.Find(quotes, "Disappointed. Angry is for the fans.").Speaker.ShouldBe("Colm Reddan");
    }

    [Fact]
    public void A_role_with_an_age_before_a_relative_clause_is_the_speaker_not_a_name_inside_the_clause()
    {
        var quotes = Inline("Harlan Voss has been the club's top scorer this season.\n\n"
            + "The 26-year-old midfielder, who joined from Rovers in January, said: \"I just want to play.\"");

        QuoteFixtures.Find(quotes, "I just want to play.").Speaker.ShouldBe("Harlan Voss");
    }

    [Fact]
    public void A_quote_blamed_or_welcomed_by_a_named_person_is_theirs()
    {
        var quotes = Inline("Shares in Corvane Group fell 12 per cent on Tuesday. Chief executive Hilary Stroud blamed \"a perfect storm\" of higher energy prices and weak demand.");

        QuoteFixtures.Find(quotes, "a perfect storm").Speaker.ShouldBe("Hilary Stroud");
    }

    [Fact]
    public void A_club_named_before_a_managers_title_is_no_person_a_later_role_can_stand_for()
    {
        var quotes = Inline("Tarnfield Town manager Kev Mallory admitted his side were \"second best\" after a 3-0 defeat at Ossett on Saturday.\n\n"
            + "\"We didn't turn up,\" the former Rovers defender said. \"That's on me.\"");

        QuoteFixtures.Find(quotes, "We didn't turn up").Speaker.ShouldBe("Kev Mallory");
    }

    [Fact]
    public void An_ampersand_inside_a_name_keeps_the_name_whole()
    {
        var quotes = Inline("Health campaigner Bev Arkwright, of Save Kellin A&E, said: \"This is what happens when you close beds.\"");

        QuoteFixtures.Find(quotes, "This is what happens when you close beds.").Speaker.ShouldBe("Bev Arkwright");
    }

    [Fact]
    public void A_given_name_that_is_also_a_role_stays_in_the_name_after_a_lowercase_title()
    {
        var quotes = Inline("Ex-Labour councillor Dean Forbes said: \"I warned them about the drains.\"");

        QuoteFixtures.Find(quotes, "I warned them about the drains.").Speaker.ShouldBe("Dean Forbes");
    }

    [Fact]
    public void The_family_word_of_a_hyphenated_description_tells_the_gender_a_pronoun_needs()
    {
        var quotes = Inline("Grandmother-of-six Sam Kell, 77, has lived on Ferry Lane since 1960. Her neighbour Alex Dunn, 60, also objected to the runway.\n\n"
            + "\"They never asked us,\" she said.");

        QuoteFixtures.Find(quotes, "They never asked us").Speaker.ShouldBe("Sam Kell");
    }

    [Fact]
    public void An_uncued_quote_after_an_opening_clause_and_a_named_subject_is_the_subjects()
    {
        var later = Inline("Kell's lawyer, Dana Fisk, left court without comment. Later, speaking outside her office, Ms Fisk was more forthcoming. \"My client will appeal.\"");
        var when = Inline("The striker Ade Bello was substituted at half-time. When asked why, manager Tom Reyes smiled. \"Ask the physio.\"");

        QuoteFixtures.Find(later, "My client will appeal.").Speaker.ShouldBe("Dana Fisk");
        QuoteFixtures.Find(when, "Ask the physio.").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_family_descriptor_used_as_a_role_is_the_person_it_described()
    {
        var quotes = Inline("Heartbroken dad Gary Pruitt, 45, told the Clarion: \"She was my whole world.\"\n\n"
            + "Speaking from his home in Dunmore, the dad-of-three added: \"I just want answers.\"");

        QuoteFixtures.Find(quotes, "I just want answers.").Speaker.ShouldBe("Gary Pruitt");
    }

    [Fact]
    public void A_noun_the_lexicon_does_not_know_after_an_age_is_the_person_of_that_age()
    {
        var quotes = Inline("Bride-to-be Chloe Marr, 29, said: \"We had to cancel everything.\"\n\n"
            + "The 29-year-old beautician added: \"I've cried every night.\"");

        QuoteFixtures.Find(quotes, "I've cried every night.").Speaker.ShouldBe("Chloe Marr");
    }

    [Fact]
    public void The_regulator_is_the_body_whose_name_marks_a_regulator_not_the_firm_it_fined()
    {
        var quotes = Inline("The Office of Rail Standards fined Northway Trains £3 million on Thursday. "
            + "In its ruling, the regulator said the failures had been \"serious and sustained\".");

        QuoteFixtures.Find(quotes, "serious and sustained").Speaker.ShouldBe("Office of Rail Standards");
    }

    [Fact]
    public void A_full_stop_closing_a_quote_ends_the_sentence_before_the_next_subject()
    {
        var quotes = Inline("A spokesperson for Kellin Police said: \"Enquiries are ongoing.\" Ruth Marr urged witnesses to come forward. \"Any detail could help,\" she said.");

        QuoteFixtures.Find(quotes, "Any detail could help").Speaker.ShouldBe("Ruth Marr");
    }

    [Fact]
    public void A_person_noun_with_a_whose_clause_is_an_unnamed_source()
    {
        var quotes = Inline("A father whose daughter was among the injured said: \"Nobody has told us anything.\" "
            + "A nurse whose shift had just ended said the ward was \"overwhelmed\".");

        QuoteFixtures.Find(quotes, "Nobody has told us anything.").Speaker.ShouldBe("a father");
        QuoteFixtures.Find(quotes, "overwhelmed").Speaker.ShouldBe("a nurse");
    }

    [Fact]
    public void A_role_owned_by_a_pronoun_is_not_the_person_the_pronoun_stands_for()
    {
        var quotes = Inline("Pop star Lina Vos cancelled her show at Kettle Hall on Friday. Her manager said: \"She is devastated and resting.\"");

        QuoteFixtures.Find(quotes, "She is devastated and resting.").Speaker.ShouldNotBe("Lina Vos");
    }
}
