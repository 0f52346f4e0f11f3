using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// The attribution rules added after the held-out measurement, each shown on the orchard fixture
/// (Data/Quotes/orchard-k1.txt, fictional): headline quotes, short complete sentences, curly
/// single marks, look-ahead, unnamed sources, evaluation verbs, datelines, honorifics, roles, pronouns.
/// </summary>
public class QuoteAttributionRuleTests
{
    private static readonly Lazy<(Stemma.Cleaning.Article Article, IReadOnlyList<Quote> Quotes)> Orchard = new(() =>
    {
        var article = QuoteFixtures.Article("orchard-k1.txt");
        return (article, QuoteExtractor.Create().Extract(article));
    });

    private static Quote Find(string text) =>
        Orchard.Value.Quotes.FirstOrDefault(q => q.Text == text)
        ?? throw new ShouldAssertException($"no quote '{text}'; found: {string.Join(" | ", Orchard.Value.Quotes.Select(q => q.Text))}");

    [Fact]
    public void A_quote_in_the_headline_is_found_with_spans_into_the_title()
    {
        var (article, quotes) = Orchard.Value;
        var headline = quotes.Single(q => q.InTitle);
        headline.Text.ShouldBe("We will not pay it");
        headline.Speaker.ShouldBe("Maren Toft");
        article.Metadata.Title![headline.Start..headline.End].ShouldBe(headline.Text);
        foreach (var q in quotes.Where(q => !q.InTitle))
        {
            article.Text[q.Start..q.End].ShouldBe(q.Text);
        }
    }

    [Fact]
    public void A_short_quoted_complete_sentence_is_speech_and_carries_the_speaker_before_it()
    {
        var quote = Find("Full stop.");
        quote.Speaker.ShouldBe("Maren Toft");
        quote.Attribution.ShouldBe(AttributionKind.Carried);
    }

    [Fact]
    public void A_curly_closing_mark_after_a_word_ending_in_s_closes_when_another_quote_opens_later()
    {
        Find("careless").Speaker.ShouldBe("Jorund Pell");
        Find("by people who have never pruned a tree").Speaker.ShouldBe("Jorund Pell");
    }

    [Fact]
    public void A_quote_standing_alone_takes_its_speaker_from_the_next_sentence()
    {
        Find("Nobody from the board has walked an orchard in spring.").Speaker.ShouldBe("Signe Arvola");
    }

    [Fact]
    public void An_unnamed_source_keeps_its_whole_phrase()
    {
        Find("never checked against a single harvest").Speaker.ShouldBe("a person close to the food board");
        Find("The board will publish its workings next month").Speaker.ShouldBe("a spokesperson for the Tessel Food Board");
        Find("the levy was agreed before the growers were heard.").Speaker.ShouldBe("a board member");
    }

    [Fact]
    public void The_subject_of_a_verb_of_evaluation_is_the_speaker_of_its_quoted_object()
    {
        Find("discipline and patience").Speaker.ShouldBe("Signe Arvola");
    }

    [Fact]
    public void A_dateline_is_never_a_speaker()
    {
        var quote = Find("finish off the smaller farms");
        quote.Speaker.ShouldBe("Maren Toft");
        Orchard.Value.Quotes.ShouldAllBe(q => q.Speaker != "HOLMEFORD");
    }

    [Fact]
    public void An_honorific_before_a_name_belongs_to_the_speaker_on_either_side_of_the_verb()
    {
        Find("set as low as we could make it").Speaker.ShouldBe("Ansel Quarrie");
        Find("The trees are ready a fortnight early this year").Speaker.ShouldBe("Liv Sandemose");
    }

    [Fact]
    public void A_role_resolves_to_the_person_given_it_in_apposition_not_to_one_whose_clause_uses_the_word()
    {
        var quote = Find("Nothing is settled for ever.");
        quote.Speaker.ShouldBe("Ansel Quarrie");
        quote.Attribution.ShouldBe(AttributionKind.Role);
    }

    [Fact]
    public void A_pronoun_points_to_the_subject_of_the_sentence_before_it()
    {
        var quote = Find("I have heard enough for one day.");
        quote.Speaker.ShouldBe("Jorund Pell");
        quote.Attribution.ShouldBe(AttributionKind.Pronoun);
    }
}
