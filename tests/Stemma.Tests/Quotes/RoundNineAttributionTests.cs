using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Descriptions before a name, unnamed sources with a trailing place, a name given after an unnamed phrase, possessive
/// roles, ages and labels in quote marks, shown on the fictional fixtures Data/Quotes/descriptors-r1.txt and short inline articles.
/// </summary>
public class RoundNineAttributionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Descriptors = QuoteFixtures.StoryQuotes("descriptors-r1.txt");

    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_hyphenated_description_before_a_name_is_no_part_of_the_name()
    {
        QuoteFixtures.Find(Descriptors.Value, "Now it happens every Tuesday.").Speaker.ShouldBe("Elspeth Carrow");
    }

    [Fact]
    public void A_family_word_before_a_name_is_a_title_not_a_given_name()
    {
        QuoteFixtures.Find(Descriptors.Value, "My wife is buried in that churchyard").Speaker.ShouldBe("Callum Reddie");
    }
}
