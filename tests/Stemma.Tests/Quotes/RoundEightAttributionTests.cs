using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Labels that name a thing after a reflexive or possessive naming verb, organisation names that contain "and" or open
/// with a common noun, unnamed sources cut to their head phrase and partial quotes of an organisation's spokesman,
/// shown on short fictional inline articles.
/// </summary>
public class RoundEightAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_name_after_calling_itself_is_a_label_not_a_quote()
    {
        var quotes = Inline("A hacking group calling itself \"Nightjar\" has claimed responsibility and posted the stolen files online.");

        quotes.ShouldNotContain(q => q.Text.Contains("Nightjar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_an_organisation_calls_its_own_policy_is_a_label_not_a_quote()
    {
        var quotes = Inline("The council has offered a 3% rise, which it calls its \"fair deal offer\". The staff want more.");

        quotes.ShouldNotContain(q => q.Text.Contains("fair deal offer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_containing_and_is_kept_whole_when_the_union_speaks()
    {
        var quotes = Inline("The Nurses and Midwives Union (NMU) said the vote would close on Friday. \"We have waited long enough,\" the union said in a statement.");

        QuoteFixtures.Find(quotes, "We have waited long enough").Speaker.ShouldBe("Nurses and Midwives Union");
    }

    [Fact]
    public void An_organisation_whose_name_opens_with_a_common_noun_keeps_its_full_name()
    {
        var quotes = Inline("Harbour passengers were delayed again on Sunday. Ferry Dunmore, which runs the crossing, said in a statement that the fault had been \"fully fixed\".");

        QuoteFixtures.Find(quotes, "fully fixed").Speaker.ShouldBe("Ferry Dunmore");
    }

    [Fact]
    public void An_unnamed_source_with_a_long_postmodifier_is_cut_to_its_head_phrase()
    {
        var quotes = Inline("A senior engineer at the borough's flood response office, who asked not to be named, said the pumps had been ordered in May but that \"only two have arrived so far\".");

        QuoteFixtures.Find(quotes, "only two have arrived so far").Speaker.ShouldBe("a senior engineer");
    }

    [Fact]
    public void A_spokesmans_second_partial_quote_is_a_quote()
    {
        var quotes = Inline("Asked whether the college would hire cover staff, a college spokesman said it was \"too soon to plan for a strike\" and that talks \"remain open\".");

        QuoteFixtures.Find(quotes, "remain open").Speaker.ShouldBe("a college spokesman");
    }

    [Fact]
    public void An_uncued_answer_to_an_uncued_question_in_cross_examination_is_the_witness()
    {
        var quotes = Inline("Carla Brent, 52, told the jury she had kept the depot books for ten years. The prosecutor, Owen Tallis, rose to question her.\n\n"
            + "\"Did you sign the delivery note?\" Mr Tallis asked.\n\n"
            + "\"Yes. I signed every one,\" she replied.\n\n"
            + "\"Without reading them?\"\n\n"
            + "\"I read the totals. Nobody reads the rest.\"\n\n"
            + "The trial continues.");

        QuoteFixtures.Find(quotes, "Without reading them?").Speaker.ShouldBe("Owen Tallis");
        QuoteFixtures.Find(quotes, "I read the totals. Nobody reads the rest.").Speaker.ShouldBe("Carla Brent");
    }

    [Fact]
    public void A_short_answer_followed_by_came_the_reply_is_the_person_asked()
    {
        var quotes = Inline("Nadia Crowe was asked if she would stand down. \"Certainly not,\" came the reply.");

        QuoteFixtures.Find(quotes, "Certainly not").Speaker.ShouldBe("Nadia Crowe");
    }

    [Fact]
    public void A_short_phrase_after_a_noun_for_a_name_is_a_label_not_a_quote()
    {
        var quotes = Inline("Marchers chanted the slogan \"Not in our name\" outside the depot. \"We will be back every week,\" said Ana Ruiz.");

        quotes.ShouldNotContain(q => q.Text == "Not in our name");
        QuoteFixtures.Find(quotes, "We will be back every week").Speaker.ShouldBe("Ana Ruiz");
    }

    [Fact]
    public void A_body_whose_name_is_two_common_words_keeps_both_when_it_opens_a_sentence()
    {
        var quotes = Inline("Signal Maintenance said in a statement that the line would stay \"closed until further notice\".");

        QuoteFixtures.Find(quotes, "closed until further notice").Speaker.ShouldBe("Signal Maintenance");
    }

    [Fact]
    public void Two_bodies_joined_by_and_after_between_stay_two_bodies()
    {
        var quotes = Inline("Talks between the Council and Harlow Housing Association broke down on Friday. \"We have nothing more to offer,\" the association said.");

        QuoteFixtures.Find(quotes, "We have nothing more to offer").Speaker.ShouldBe("Harlow Housing Association");
    }
}
