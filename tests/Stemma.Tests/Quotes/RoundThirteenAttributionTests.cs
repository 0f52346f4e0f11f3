using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirteen: an unnamed person introduced without a speech verb is who "the official" stands for; verbs of the manner of
/// speaking cue quotes; a post or letter as a subject names its owner; a name in an opening clause tells no one's gender; a
/// speaker after modifiers and a noun; the subject of a colon paragraph after its opening clauses; places after "the town of"
/// and titles of a place; shown on short fictional inline articles.
/// </summary>
public class RoundThirteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void The_official_is_the_unnamed_official_introduced_without_a_speech_verb_not_a_named_person()
    {
        var quotes = Inline("Relief has been slow to reach the islands.\n\n"
            + "The country's relief minister, Aldo Kessel, said the delay had been caused by \"seas no boat could cross\".\n\n"
            + "A senior official in his ministry, who spoke on condition of anonymity, gave a blunter account. "
            + "\"The warehouses were half empty before the storm,\" the official said.");

        QuoteFixtures.Find(quotes, "The warehouses were half empty before the storm").Speaker.ShouldStartWith("a senior official");
    }

    [Fact]
    public void A_verb_of_the_manner_of_speaking_cues_the_quote_next_to_it()
    {
        var quotes = Inline("The couple have split.\n\n"
            + "Kieran Oduya said little. Asked whether he would still be welcome at lunch, Lorraine Marlowe smiled: \"Ask me in a month.\"\n\n"
            + "\"Order!\" bellowed Sir Lionel Brack.");

        QuoteFixtures.Find(quotes, "Ask me in a month.").Speaker.ShouldBe("Lorraine Marlowe");
        QuoteFixtures.Find(quotes, "Order!").Speaker.ShouldBe("Lionel Brack");
    }

    [Fact]
    public void A_persons_post_as_the_subject_is_who_the_next_pronoun_stands_for()
    {
        var quotes = Inline("Jade Marlowe and Kieran Oduya have split after two years.\n\n"
            + "Jade wrote in a post: \"We have decided to go our separate ways.\"\n\n"
            + "Kieran's post was shorter. \"Nothing but respect for Jade,\" he wrote.");

        QuoteFixtures.Find(quotes, "Nothing but respect for Jade").Speaker.ShouldBe("Kieran Oduya");
    }

    [Fact]
    public void A_name_in_an_opening_clause_is_not_given_the_gender_of_the_pronoun_after_it()
    {
        var quotes = Inline("Kieran Oduya and Jade Marlowe have split.\n\n"
            + "Asked whether Kieran would still be welcome, she smiled and said nothing.\n\n"
            + "Kieran was more open. \"Nothing but respect for Jade,\" he said.");

        QuoteFixtures.Find(quotes, "Nothing but respect for Jade").Speaker.ShouldBe("Kieran Oduya");
    }

    [Fact]
    public void A_speaker_after_lowercase_modifiers_and_a_noun_is_the_name_not_the_subject_before()
    {
        var quotes = Inline("The river burst its banks overnight.\n\n"
            + "Her neighbour was more philosophical. \"I have lived here 60 years,\" said retired postman Alf Mercer. \"We will dry out.\"");

        QuoteFixtures.Find(quotes, "I have lived here 60 years").Speaker.ShouldBe("Alf Mercer");
        QuoteFixtures.Find(quotes, "We will dry out.").Speaker.ShouldBe("Alf Mercer");
    }

    [Fact]
    public void A_colon_paragraph_speaks_through_its_subject_not_a_language_in_its_opening_clause()
    {
        var quotes = Inline("Talks on a ceasefire resumed in Qadira.\n\n"
            + "In a written statement, translated from Arabic by the group's media office, Ms Rania Khatib went further:\n\n"
            + "\"We came to stop the killing, not to sign paper.\"");

        QuoteFixtures.Find(quotes, "We came to stop the killing, not to sign paper.").Speaker.ShouldBe("Rania Khatib");
    }

    [Fact]
    public void A_title_of_a_place_speaks_through_the_name_in_apposition_and_the_place_is_no_person()
    {
        var quotes = Inline("Thieves stripped the church roof.\n\n"
            + "The Bishop of Tollbridge, the Rt Rev Martin Ashworth-Fane, sent a letter which was read out at Evensong:\n\n"
            + "\"I was saddened to learn of the damage.\"\n\n"
            + "Um Samir fled the town of Beit Halaf in November. Later she said: \"I care whether the planes stop.\"");

        QuoteFixtures.Find(quotes, "I was saddened to learn of the damage.").Speaker.ShouldBe("Martin Ashworth-Fane");
        QuoteFixtures.Find(quotes, "I care whether the planes stop.").Speaker.ShouldNotBe("Beit Halaf");
    }

    [Fact]
    public void A_live_pages_heading_quote_is_the_speaker_of_the_entry_quote_that_holds_its_words()
    {
        var quotes = Inline("Flood latest\n\n"
            + "18:52 - Rest centre \"full but coping\"\n\n"
            + "Ravensford Town Council has posted an update. It wrote: \"The rest centre is now full but coping. Bring any medication you need.\"\n\n"
            + "18:40 - Roads closed\n\n"
            + "Police have shut the bypass.");

        QuoteFixtures.Find(quotes, "full but coping").Speaker.ShouldBe("Ravensford Town Council");
    }

    [Fact]
    public void An_exchange_turn_may_close_a_paragraph_that_opens_with_narration()
    {
        var quotes = Inline("The Commons was loud on Wednesday.\n\n"
            + "Helena Strachan rose and smiled. \"I am proud of our record,\" she said. \"Waiting lists are down.\"\n\n"
            + "Owen Maddox-Reid tried again. \"How many?\"\n\n"
            + "\"We are building at record pace.\"\n\n"
            + "\"How many?\"\n\n"
            + "\"More than his party ever managed.\"");

        QuoteFixtures.Find(quotes, "We are building at record pace.").Speaker.ShouldBe("Helena Strachan");
        QuoteFixtures.Find(quotes, "More than his party ever managed.").Speaker.ShouldBe("Helena Strachan");
    }
}
