using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round thirty-three, from the misses of blind158–165 (blind162–165 measured sealed with round thirty-two's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundThirtyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void An_exchange_introduced_without_a_colon_by_someone_pressing_or_questioning_another_gives_questions_to_the_one_and_answers_to_the_other()
    {
        var quotes = Inline("Seal colony visits capped\n\n"
            + "Dr Ingrid Halvorsen, the island's ecologist, told the committee the pup count had fallen for a third year.\n\n"
            + "MSP Carys Llewellyn, who chairs the committee, pressed her on the figures.\n\n"
            + "\"Are the boats to blame, or the storms?\"\n\n"
            + "\"The boats, mostly. The storms did not help.\"\n\n"
            + "\"And if the count recovers?\"\n\n"
            + "\"Then the cap comes off,\" Dr Halvorsen said.\n\n"
            + "At the review meeting on 2 May, the Chair, Professor Owen Prydderch, questioned Dr Tomás Ó Dálaigh directly.\n\n"
            + "\"Could a boatman refuse without losing his licence?\"\n\n"
            + "\"Under the old rules, no.\"");

        Who(quotes, "Are the boats to blame, or the storms?").ShouldBe("Carys Llewellyn");
        Who(quotes, "The boats, mostly. The storms did not help.").ShouldBe("Ingrid Halvorsen");
        Who(quotes, "And if the count recovers?").ShouldBe("Carys Llewellyn");
        Who(quotes, "Could a boatman refuse without losing his licence?").ShouldBe("Owen Prydderch");
        Who(quotes, "Under the old rules, no.").ShouldBe("Tomás Ó Dálaigh");
    }
}
