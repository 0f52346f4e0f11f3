using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Cues of everyday news copy (a statement's author, a verb right before the quote, an interview answer,
/// a possessive-owned spokesman, a headline group) and names that are no persons (an organisation after
/// "chair of", a book title, a hall), shown on the fictional fixtures Data/Quotes/cues-g1.txt and persons-g1.txt.
/// </summary>
public class NewsCueAndPersonTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Cues = QuoteFixtures.StoryQuotes("cues-g1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Persons = QuoteFixtures.StoryQuotes("persons-g1.txt");

    private static Quote Find(Lazy<IReadOnlyList<Quote>> quotes, string text) => QuoteFixtures.Find(quotes.Value, text);

    [Fact]
    public void The_statement_said_is_the_author_of_the_statement_named_before()
    {
        Find(Cues, "No child will be left without care").Speaker.ShouldBe("Dunhallow Borough Council");
    }

    [Fact]
    public void A_verb_right_before_a_quote_names_its_speaker_over_a_cue_after_it()
    {
        // What Ms Bloomfield called "a painful choice" was, he said, a failure of planning.
        Find(Cues, "a painful choice").Speaker.ShouldBe("Tilly Bloomfield");
    }

    [Fact]
    public void A_quote_paragraph_does_not_borrow_the_cue_of_the_next_paragraphs_own_quote()
    {
        // A: "Honestly, no. …" ¶ "It is a blow …," Gwen Tully … said — Tully spoke the second quote only.
        Find(Cues, "Honestly, no. We thought the grant would be renewed.").Speaker.ShouldNotBe("Gwen Tully");
    }

    [Fact]
    public void A_spokesman_owned_by_an_organisation_is_not_the_most_named_person()
    {
        Find(Cues, "Our door was always open").Speaker.ShouldBe("council's spokesman");
    }

    [Fact]
    public void A_place_before_a_plural_role_is_a_group_not_a_person()
    {
        Find(Cues, "We were not told").Speaker.ShouldBe("Dunhallow parents");
    }

    [Fact]
    public void A_name_after_chair_of_is_an_organisation_not_a_person_a_pronoun_could_stand_for()
    {
        // … with Colin Ashby, chair of Dunhallow Families Together. ¶ "…," he said: Ashby, the last person named.
        Find(Cues, "We will be outside the town hall on Monday").Speaker.ShouldBe("Colin Ashby");
    }

    [Fact]
    public void A_book_title_and_a_hall_are_not_who_she_stands_for()
    {
        // … the award for The Copper Field … at a dinner at Ellingham Hall. ¶ "…," she said.
        Find(Persons, "I wrote most of it in a lay-by outside Ellingham, with the engine off").Speaker.ShouldBe("Maud Okafor-Price");
    }

    [Fact]
    public void An_unnamed_source_with_a_postmodifier_is_the_speaker_not_the_place_in_it()
    {
        // One conductor based at Ellingham, who asked not to be named, said … "…," he said.
        Find(Persons, "She never once missed a shift").Speaker.ShouldBe("one conductor");
    }
}
