using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round nineteen, from the misses of blind70–73: the person a paragraph opens on; a bare role after a sentence about someone;
/// family members named by their relation; reporting verbs of a hearing. Shown on short fictional inline articles.
/// </summary>
public class RoundNineteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_pronoun_later_in_a_paragraph_is_the_person_the_paragraph_opened_on_not_the_last_speaker()
    {
        var quotes = Inline("Head gardener retires\n\n"
            + "After thirty years, Walter Brisk is leaving the walled garden at Hollin Park.\n\n"
            + "Walter is modest about it. \"I kept the weeds down,\" he said.\n\n"
            + "His deputy, Owain Tudor, has worked beside him since March. The 24-year-old studied at Kelmscott College. "
            + "\"Walter knows every pear tree by its first name,\" he said.");

        Who(quotes, "I kept the weeds down").ShouldBe("Walter Brisk");
        Who(quotes, "Walter knows every pear tree by its first name").ShouldBe("Owain Tudor");
    }

    [Fact]
    public void A_pronoun_after_the_paragraphs_opening_person_stays_with_the_last_speaker_when_someone_else_spoke_between()
    {
        var quotes = Inline("Ferry fares\n\n"
            + "Captain Rhys Morgan has run the crossing for a decade.\n\n"
            + "Rhys Morgan was blunt. \"We cannot hold fares,\" he said. \"Fuel is up,\" added the purser, Huw Ellis. "
            + "\"Nobody likes it,\" he said.");

        Who(quotes, "Nobody likes it").ShouldBe("Huw Ellis");
    }

    [Fact]
    public void A_bare_role_that_no_one_holds_is_the_person_the_sentence_before_was_about()
    {
        var quotes = Inline("Ban angers club\n\n"
            + "Rider Anders Holm has been suspended for a month after a crash with Lewis Pike.\n\n"
            + "\"Pike was fine,\" Holm said.\n\n"
            + "Team manager Ron Bassey was, as usual, louder. \"A month! For that?\" said the gaffer.");

        Who(quotes, "A month! For that?").ShouldBe("Ron Bassey");
    }

    [Fact]
    public void A_role_reaching_a_titled_person_only_by_a_kind_of_word_gives_way_to_the_person_just_described()
    {
        var quotes = Inline("Title defence off\n\n"
            + "Champion Dario Vukic has withdrawn from his defence against Ike Onwuachi with a torn shoulder, his promoter said.\n\n"
            + "\"He is gutted,\" said promoter Tess Harlan.\n\n"
            + "Onwuachi, 27, was in no mood to wait. The Lagos-born challenger, unbeaten in 19 fights, posted a video within the hour. "
            + "\"Torn shoulder? I've boxed with worse,\" he said in the clip.");

        Who(quotes, "Torn shoulder? I've boxed with worse").ShouldBe("Ike Onwuachi");
    }
}
