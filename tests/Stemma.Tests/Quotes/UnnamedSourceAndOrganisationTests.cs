using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Attribution to unnamed sources met as pronoun targets, to organisations met as definite
/// descriptions (the club, the company, the trust) and to surnames with particles, shown on the
/// fictional fixtures Data/Quotes/market-d1.txt and station-e1.txt and on short inline articles.
/// </summary>
public class UnnamedSourceAndOrganisationTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Market = QuoteFixtures.StoryQuotes("market-d1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Station = QuoteFixtures.StoryQuotes("station-e1.txt");

    private static Quote Find(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text);

    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_pronoun_after_an_unnamed_source_stands_for_that_source_and_the_next_quote_keeps_it()
    {
        Find(Market.Value, "It's over for the likes of us").Speaker.ShouldBe("another stallholder");
        Find(Market.Value, "We were told there would be a consultation, and there never was.").Speaker.ShouldBe("another stallholder");
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_source_with_a_relative_clause_is_not_the_earlier_named_speaker()
    {
        Find(Station.Value, "We lose an ambulance for the whole valley at night").Speaker.ShouldBe("one paramedic");
        Find(Station.Value, "Someone will die waiting.").Speaker.ShouldBe("one paramedic");
    }

    [Fact]
    public void A_pronoun_never_stands_for_an_organisation()
    {
        var quotes = Inline("Veltrix Ltd said it would appeal against the ruling. \"We will fight this all the way,\" he said.");

        var quote = Find(quotes, "We will fight this all the way");
        quote.Speaker.ShouldNotBe("Veltrix Ltd", $"{quote.Attribution} via {quote.SpeakerMention}");
    }

    [Fact]
    public void The_club_is_the_club_named_before_not_a_court_or_a_league()
    {
        Find(Station.Value, "We will help in any way we can").Speaker.ShouldBe("Harrowgate Rovers");
    }

    [Fact]
    public void The_company_is_the_organisation_whose_name_marks_a_company()
    {
        Find(Station.Value, "We learned of this from the newspaper").Speaker.ShouldBe("Veltrix Ltd");

        var quotes = Inline("Ostrava Holdings owns the quarry at Pell Cross, which Brannock Dale Council has licensed since 1998. "
            + "\"We have always met every condition,\" the company said.");
        Find(quotes, "We have always met every condition").Speaker.ShouldBe("Ostrava Holdings");
    }

    [Fact]
    public void An_organisation_named_as_an_owner_is_what_the_noun_of_its_kind_refers_to()
    {
        Find(Station.Value, "Patient safety comes first").Speaker.ShouldBe("Corrin Health NHS Trust");
    }

    [Fact]
    public void A_capitalised_particle_links_a_surname_to_the_full_name()
    {
        Find(Market.Value, "I will miss the people more than the building").Speaker.ShouldBe("Anneke de Vries");
        Find(Station.Value, "We must see the figures first").Speaker.ShouldBe("Greta van der Berg");
        Find(Market.Value, "They want the site for flats").Speaker.ShouldBe("Liam O'Neill");
    }

    [Fact]
    public void A_name_introduced_as_the_company_is_what_the_company_refers_to()
    {
        var quotes = Inline("Brannock Dale Council fined the haulage company Dunmore after a lorry shed its load. The council said the fine was fair. "
            + "\"We accept the ruling and have retrained our drivers,\" the company said.");

        Find(quotes, "We accept the ruling and have retrained our drivers").Speaker.ShouldBe("Dunmore");
    }
}
