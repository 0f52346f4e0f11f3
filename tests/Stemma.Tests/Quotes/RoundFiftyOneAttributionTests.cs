using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-one, from the misses of blind302–309 (blind306–309 measured sealed with round fifty's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFiftyOneAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_foreign_title_that_is_a_given_name_too_is_a_title_where_the_article_writes_it_alone_after_the_before_a_verb()
    {
        var quotes = Inline("Herders dispute the lease\n\n"
            + "\"We were never asked,\" said Ira Tavel Ongkor, the oldest herder of the Ongkor clan.\n\n"
            + "Nora Saltykova, who chairs the village council, said the families heard of the lease late.\n\n"
            + "\"The river is ours to fish,\" the Ira said.");

        Who(quotes, "We were never asked").ShouldBe("Tavel Ongkor");
        Who(quotes, "The river is ours to fish").ShouldBe("Tavel Ongkor");
    }

    [Fact]
    public void A_given_name_after_the_before_a_noun_stays_a_name()
    {
        var quotes = Inline("Rowing club wins\n\n"
            + "\"It was our best row of the year,\" said Ira Tavel Ongkor, the club's captain.\n\n"
            + "The cup went to the Ira Tavel eight, the club's fastest crew.");

        Who(quotes, "It was our best row of the year").ShouldBe("Ira Tavel Ongkor");
    }

    [Fact]
    public void A_pronoun_after_a_sentence_whose_subject_is_a_named_persons_role_stands_for_that_person()
    {
        var quotes = Inline("Herders dispute the lease\n\n"
            + "\"We were never asked,\" said Ira Tavel Ongkor, the oldest herder of the Ongkor clan.\n\n"
            + "Serge Ongkor, the herder's grandson, has fished the lake since he was nine. \"Last winter we took forty nets,\" he said.\n\n"
            + "Nora Saltykova, who chairs the village council, said the families heard of the lease late.\n\n"
            + "Ms Saltykova disputed the company's account. \"They held one meeting,\" she said. Beside her, the Ira nodded. \"I was out on the ice,\" he said.\n\n"
            + "\"The river is ours to fish,\" the Ira said.");

        Who(quotes, "I was out on the ice").ShouldBe("Tavel Ongkor");
    }
}
