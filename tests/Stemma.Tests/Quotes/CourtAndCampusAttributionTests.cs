using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Labels (nicknames, paper titles, named agreements), court reporting, unnamed sources with long postmodifiers or
/// a first name only, and organisations met again by their kind, shown on the fictional fixtures
/// Data/Quotes/courts-h1.txt (a tabloid court report), campus-h1.txt (a trade-paper research story) , pier-h1.txt
/// (a local paper's vox pops) and radio-h1.txt (a broadcaster's site with an on-air exchange).
/// </summary>
public class CourtAndCampusAttributionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Courts = QuoteFixtures.StoryQuotes("courts-h1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Campus = QuoteFixtures.StoryQuotes("campus-h1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Pier = QuoteFixtures.StoryQuotes("pier-h1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Radio = QuoteFixtures.StoryQuotes("radio-h1.txt");

    private static Quote Find(Lazy<IReadOnlyList<Quote>> quotes, string text) => QuoteFixtures.Find(quotes.Value, text);

    private static string All(Lazy<IReadOnlyList<Quote>> quotes) => string.Join(" | ", quotes.Value.Select(q => $"[{q.Speaker}] {q.Text}"));

    [Fact]
    public void A_nickname_after_known_to_someone_as_is_a_label()
    {
        Courts.Value.ShouldNotContain(q => q.Text == "the Bucket Boy", All(Courts));
    }

    [Fact]
    public void A_headline_phrase_the_body_gives_as_a_label_is_a_label_there_too()
    {
        Courts.Value.ShouldNotContain(q => q.Text == "Bucket Boy", All(Courts));
    }

    [Fact]
    public void A_title_after_titled_is_a_label_however_long()
    {
        Campus.Value.ShouldNotContain(q => q.Text.StartsWith("Marine polysaccharide", StringComparison.Ordinal), All(Campus));
    }

    [Fact]
    public void A_capitalised_name_after_calling_is_a_label_whoever_calls_it()
    {
        Campus.Value.ShouldNotContain(q => q.Text == "the Estuary Test", All(Campus));
    }

    [Fact]
    public void An_indefinite_judge_in_the_opening_is_the_judge_named_later()
    {
        Find(Courts, "a thief with a clipboard").Speaker.ShouldBe("Maureen Tallis");
    }

    [Fact]
    public void A_pronoun_in_a_sentence_whose_subject_is_named_is_that_person()
    {
        Find(Courts, "It'll be fine, Mum. I promise.").Speaker.ShouldBe("Wesley Garrow");
    }

    [Fact]
    public void An_unnamed_source_drops_a_postmodifier_holding_a_second_preposition()
    {
        Find(Courts, "He bought a new car every year and nobody asked how.").Speaker.ShouldBe("one neighbour");
        Find(Campus, "If it survives a winter on the estuary, we will buy it by the tonne").Speaker.ShouldBe("a senior engineer");
    }

    [Fact]
    public void A_source_who_gave_a_first_name_only_is_called_by_it()
    {
        Find(Campus, "It drops in the water like snow").Speaker.ShouldBe("Piotr");
    }

    [Fact]
    public void The_kind_of_a_body_opening_a_sentence_is_the_body_named_before()
    {
        Find(Campus, "a real advance").Speaker.ShouldBe("University of Tarnby");
    }

    [Fact]
    public void A_body_whose_name_ends_in_a_plural_noun_after_a_preposition_keeps_its_whole_name()
    {
        Find(Campus, "very encouraged").Speaker.ShouldBe("Federation of Coastal Communities");
    }

    [Fact]
    public void A_second_complement_joined_by_but_and_a_copula_is_the_same_speakers()
    {
        Find(Campus, "rather wary").Speaker.ShouldBe("Federation of Coastal Communities");
    }

    [Fact]
    public void A_vox_pop_source_after_an_opening_adverbial_is_the_next_pronouns_speaker()
    {
        Find(Pier, "It feels like the town has lost its arm").Speaker.ShouldBe("one angler");
    }

    [Fact]
    public void Said_before_hyphenated_modifiers_a_title_and_a_name_credits_the_name()
    {
        Find(Pier, "We'll reopen stronger than ever, you watch").Speaker.ShouldBe("Dina Carvell");
    }

    [Fact]
    public void A_clause_opened_by_while_before_a_colon_has_its_own_speaker()
    {
        Find(Pier, "Twenty summers. I won't see another.").Speaker.ShouldBe("Frank Oyelowo");
    }

    [Fact]
    public void A_quote_paragraph_followed_by_that_warning_came_from_is_the_named_speakers_and_so_is_the_next_pronoun()
    {
        Find(Radio, "If the fares go up again, the young ones will simply leave the island.").Speaker.ShouldBe("Callum Reay");
        Find(Radio, "Every family here has someone who has already gone.").Speaker.ShouldBe("Callum Reay");
    }

    [Fact]
    public void An_uncued_question_after_a_paragraph_about_a_presenter_is_the_presenters()
    {
        Find(Radio, "Will the government step in to cap the fares?").Speaker.ShouldBe("Fergus Lamont");
    }

    [Fact]
    public void An_occupation_between_a_capitalised_modifier_and_a_name_is_a_title()
    {
        Find(Courts, "He should never have been let near anyone's roof.").Speaker.ShouldBe("Marco Bellis");
    }

    [Fact]
    public void Said_a_woman_who_gave_her_name_as_credits_the_name()
    {
        Find(Pier, "They should have mended it years ago").Speaker.ShouldBe("Jean");
    }

    [Fact]
    public void A_pronoun_reply_to_an_uncued_question_turn_is_the_other_party()
    {
        Find(Radio, "Is that a no, then?").Speaker.ShouldBe("Fergus Lamont");
        Find(Radio, "It is a 'not yet'").Speaker.ShouldBe("Ailsa Dunne");
    }
}
