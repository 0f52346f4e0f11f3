using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Attribution in wire copy: a headline that drops the article before a role, two speakers answering each
/// other in one paragraph, an unnamed source the lexicon does not know, a possessive-owned spokesman and
/// a participle cue, shown on the fictional fixture Data/Quotes/wire-g1.txt.
/// </summary>
public class WireCopyAttributionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Wire = QuoteFixtures.StoryQuotes("wire-g1.txt");

    private static Quote Find(string text) => QuoteFixtures.Find(Wire.Value, text);

    [Fact]
    public void A_headline_role_without_an_article_is_the_person_the_text_gives_that_title()
    {
        // 'We will not back down,' says union leader … Mirela Kostova, general secretary of the Harbour Workers' Union
        Wire.Value.First(q => q.InTitle && q.Text == "We will not back down").Speaker.ShouldBe("Mirela Kostova");
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_each_keep_their_own_pronoun()
    {
        Find("We have made a fair offer").Speaker.ShouldBe("Anders Holm");
        Find("It is not an offer, it is an ultimatum").Speaker.ShouldBe("Mirela Kostova");
    }

    [Fact]
    public void An_indefinite_noun_right_before_the_verb_is_an_unnamed_source()
    {
        // "…," one picket said — "picket" is in no list of roles.
        Find("We are here until it is settled").Speaker.ShouldBe("one picket");
    }

    [Fact]
    public void A_spokesman_owned_by_a_named_person_is_not_that_person()
    {
        Find("The door is open").Speaker.ShouldNotBe("Anders Holm");
    }

    [Fact]
    public void A_source_after_a_participle_phrase_and_a_quote_ending_in_a_partial_stay_with_their_speakers()
    {
        Find("People are frightened for their jobs").Speaker.ShouldBe("a crane operator");
        Find("at this stage").Speaker.ShouldBe("Jonas Berg");
    }
}
