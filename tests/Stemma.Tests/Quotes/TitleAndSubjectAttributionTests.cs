using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Attribution rules for multi-word titles, "X of &lt;organisation&gt;", people introduced without a quote,
/// subjects with an age, role back-references, "One …" unnamed sources and possessive-role apposition,
/// each shown on a fictional fixture (Data/Quotes/viaduct-x1.txt, viaduct-x2.txt, bourse-y1.txt, bourse-y2.txt, prize-z1.txt, prize-z2.txt, prize-z3.txt).
/// </summary>
public class TitleAndSubjectAttributionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Viaduct = QuoteFixtures.StoryQuotes("viaduct-x1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> ViaductLater = QuoteFixtures.StoryQuotes("viaduct-x2.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> PrizeLater = QuoteFixtures.StoryQuotes("prize-z2.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> PrizeThird = QuoteFixtures.StoryQuotes("prize-z3.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Bourse = QuoteFixtures.StoryQuotes("bourse-y1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> BourseLater = QuoteFixtures.StoryQuotes("bourse-y2.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Prize = QuoteFixtures.StoryQuotes("prize-z1.txt");

    private static Quote Find(Lazy<IReadOnlyList<Quote>> quotes, string text) => QuoteFixtures.Find(quotes.Value, text);

    [Fact]
    public void A_capitalised_run_of_rank_and_role_words_before_a_name_is_a_title()
    {
        Find(Viaduct, "We have good footage and we expect to make arrests this week.").Speaker.ShouldBe("Wendy Kaur");
        Find(Viaduct, "Nobody should feel unsafe walking home past the depot.").Speaker.ShouldBe("Rhodri Pennant");
        Find(Viaduct, "Buses will run tomorrow, even if some of them start late.").Speaker.ShouldBe("Lucinda Farrow-Blake");
        Find(Bourse, "We know what has gone wrong and we know how to fix it.").Speaker.ShouldBe("Tobias Grell");
        Find(Bourse, "Our contracts are long and our customers are loyal.").Speaker.ShouldBe("Harriet Osei");
        Find(ViaductLater, "We are not looking for anyone else at this stage").Speaker.ShouldBe("Amir Haddad");
        Find(ViaductLater, "The fleet is covered, the building is not.").Speaker.ShouldBe("Maria Lund");
        Find(BourseLater, "We will not sell the defence business.").Speaker.ShouldBe("Nils Arendt");
        Find(PrizeThird, "The judges argued for three hours").Speaker.ShouldBe("Hugo Pardew");
        Find(PrizeThird, "Our city has never had a winner before.").Speaker.ShouldBe("Lucinda Farrow-Blake");
    }

    [Fact]
    public void The_person_before_of_an_organisation_is_the_speaker_and_a_later_pronoun_inherits_them()
    {
        Find(Bourse, "The order book has been thin since the winter.").Speaker.ShouldBe("Greg Talbot");
        Find(Bourse, "We would not be surprised to see it halved").Speaker.ShouldBe("Anna Ruiz");
        Find(ViaductLater, "The wiring in the workshop is a fire waiting to happen").Speaker.ShouldBe("Ronan Vell");
        Find(BourseLater, "They saw this coming in February.").Speaker.ShouldBe("Greg Talbot");
    }

    [Fact]
    public void A_person_introduced_without_a_quote_becomes_the_subject_of_the_next_pronoun()
    {
        Find(Viaduct, "Fire does things to old brick that you cannot see from the ground").Speaker.ShouldBe("Samuel Okafor");
    }

    [Fact]
    public void A_subject_with_an_age_is_a_person_and_she_resolves_to_her()
    {
        Find(Prize, "Every chapter was finished somewhere between two stations.").Speaker.ShouldBe("Joanna Mbeki-Ross");
        Find(ViaductLater, "The viaduct will stand, but it will need years of care").Speaker.ShouldBe("Edith Nakamura-Shaw");
        Find(PrizeThird, "She wrote the better book, and I told her so.").Speaker.ShouldBe("Kwame Idris-Lowe");
    }

    [Fact]
    public void A_role_in_the_sentence_before_a_lone_quote_paragraph_points_back_to_the_person()
    {
        Find(Prize, "I like my work, and the writing needs the rest of my life to feed it.").Speaker.ShouldBe("Joanna Mbeki-Ross");
    }

    [Fact]
    public void A_role_no_one_holds_points_to_the_person_the_story_is_about_not_the_last_speaker()
    {
        Find(PrizeLater, "a book that earns every one of its silences").Speaker.ShouldBe("Ferdinand Ashe");
        Find(PrizeLater, "Writing is what I do on the train. It is not who I am.").Speaker.ShouldBe("Joanna Mbeki-Ross");
    }

    [Fact]
    public void An_unnamed_source_opening_with_one_skips_the_comma_clause_before_the_verb()
    {
        Find(Prize, "Publishers will be fighting over her next book.").Speaker.ShouldBe("one literary agent");
        Find(Bourse, "The board has run out of excuses.").Speaker.ShouldBe("one institutional investor");
        Find(Viaduct, "We warned them about the broken lights for a year.").Speaker.ShouldBe("one bus driver");
        Find(ViaductLater, "Nobody from management has spoken to us.").Speaker.ShouldBe("another driver");
        Find(BourseLater, "Nobody at Fenwick wants to sell the defence arm, but somebody will make them.").Speaker.ShouldBe("one senior banker");
    }

    [Fact]
    public void A_relative_clause_without_commas_is_trimmed_from_an_unnamed_source()
    {
        Find(Viaduct, "I just want to know where I am working on Monday.").Speaker.ShouldBe("a driver");
        Find(BourseLater, "We have been patient for long enough.").Speaker.ShouldBe("a shareholder");
    }

    [Fact]
    public void An_apposition_after_a_possessive_role_names_the_speaker_across_indirect_speech()
    {
        Find(Viaduct, "a floor, not a ceiling").Speaker.ShouldBe("Declan Frayne");
    }
}
