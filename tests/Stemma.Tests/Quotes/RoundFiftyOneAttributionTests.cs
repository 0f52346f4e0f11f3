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

    [Fact]
    public void An_exchange_said_to_continue_is_between_the_one_who_asked_and_the_one_who_answered_before_it()
    {
        var quotes = Inline("Conduct Panel: Decision\n\n"
            + "1. The allegation is that Mr Rufus Penhallow-Tate, a registered dietitian, kept no notes of nine sessions.\n\n"
            + "2. For the Board, Ms Delia Okafor-Strand said the case was \"about notes that were never written\".\n\n"
            + "3. Asked by Ms Okafor-Strand why the notes were missing, he replied: \"I meant to write them up at the weekend.\"\n\n"
            + "4. The exchange continued:\n\n"
            + "\"Which weekend?\"\n\n"
            + "\"Every weekend, in the end.\"\n\n"
            + "\"And did you?\"\n\n"
            + "\"No.\"");

        Who(quotes, "Which weekend?").ShouldBe("Delia Okafor-Strand");
        Who(quotes, "Every weekend, in the end.").ShouldBe("Rufus Penhallow-Tate");
        Who(quotes, "And did you?").ShouldBe("Delia Okafor-Strand");
        Who(quotes, "No.").ShouldBe("Rufus Penhallow-Tate");
    }

    [Fact]
    public void A_word_written_alone_in_lowercase_after_the_and_before_a_named_persons_surname_is_her_title()
    {
        var quotes = Inline("Village school reopens\n\n"
            + "The new teacher, Anni Loukina, came back from the city to take the post. The children address her as Irgoi, their word for teacher.\n\n"
            + "\"The first morning I had to leave the room for a minute,\" Irgoi Loukina said.\n\n"
            + "\"I am teaching a living language,\" the irgoi said.");

        Who(quotes, "The first morning I had to leave the room for a minute").ShouldBe("Anni Loukina");
    }

    [Fact]
    public void A_word_written_capitalised_after_the_before_a_surname_stays_a_bodys_name()
    {
        var quotes = Inline("Decision: Domaine Lacombe-Sérac\n\n"
            + "1. Domaine Vaillant-Roux asks the Board to move the boundary. In its application the Domaine wrote that the parcel was \"planted to vine since 1871\".\n\n"
            + "2. The proprietor, Jean-Baptiste Vaillant-Roux, attended. \"My great-grandfather picked these rows,\" he said.");

        Who(quotes, "planted to vine since 1871").ShouldBe("Domaine Vaillant-Roux");
    }

    [Fact]
    public void A_combining_mark_written_after_its_letter_is_part_of_the_name()
    {
        var quotes = Inline("Quota cut angers island\n\n"
            + "\"We are asked to pay for a decline we did not cause,\" said Iĝlax\u0302 Qasaaĝ, who fishes out of the harbor.\n\n"
            + "\"Some of us already went,\" said Daria Kudrin.\n\n"
            + "\"I would rather lose a season than lose the island,\" Qasaaĝ said.");

        Who(quotes, "We are asked to pay for a decline we did not cause").ShouldBe("Iĝlax\u0302 Qasaaĝ");
        Who(quotes, "I would rather lose a season than lose the island").ShouldBe("Iĝlax\u0302 Qasaaĝ");
    }

    [Fact]
    public void A_listed_title_written_alone_in_lowercase_after_the_is_the_office_of_the_one_it_was_written_before()
    {
        var quotes = Inline("Wreaths on the water\n\n"
            + "The ceremony was led by Kapetan Manolis Fragkou-Sarris, the retired naval officer. \"A hundred years is not long,\" he told the crowd.\n\n"
            + "\"I exist because of a fever,\" the fisherman said.\n\n"
            + "The kapetan, asked whether it would shrink, shook his head. \"It will grow,\" the kapetan said.");

        Who(quotes, "It will grow").ShouldBe("Manolis Fragkou-Sarris");
    }

    [Fact]
    public void A_report_of_a_role_with_its_holder_named_in_apposition_gives_its_findings_in_the_holders_words()
    {
        var quotes = Inline("Notice of determination: horse-drawn carriage licence\n\n"
            + "1. The report of the licensing officer, Ms Judith Okonkwo-Reyes, found the route \"suitable for a slow vehicle outside the morning peak\".\n\n"
            + "2. Mr Aled Pryce, for the applicant, said the horses were \"older than the town's buses\".");

        Who(quotes, "suitable for a slow vehicle outside the morning peak").ShouldBe("Judith Okonkwo-Reyes");
    }

    [Fact]
    public void A_report_named_again_in_its_paragraph_speaks_for_the_author_given_before()
    {
        var quotes = Inline("Notice of determination: horse-drawn carriage licence\n\n"
            + "1. Mr Aled Pryce, for the applicant, said the horses were \"older than the town's buses\".\n\n"
            + "2. The report of the licensing officer, Ms Judith Okonkwo-Reyes, recommended approval. The report said both animals had been \"examined and found fit\".");

        Who(quotes, "examined and found fit").ShouldBe("Judith Okonkwo-Reyes");
    }

    [Fact]
    public void A_listed_title_written_last_after_a_given_name_is_a_surname_in_that_article()
    {
        var quotes = Inline("Eastgate take the carrom cup\n\n"
            + "The hero was Devendra \"Thumbs\" Acharya, 61, whose cover of the queen turned the deciding board. "
            + "\"I have been thumbing since I was eight,\" said Acharya, who learned the game on his grandfather's veranda.");

        Who(quotes, "I have been thumbing since I was eight").ShouldBe("Devendra Acharya");
    }

    [Fact]
    public void A_listed_title_after_the_opening_a_sentence_stays_a_title()
    {
        var quotes = Inline("Monks and mules mend the path\n\n"
            + "\"We have waited long enough,\" said Eleni Vlachou, 71, who lights the lamps every Saturday.\n\n"
            + "The work is led by the abbot, Igoumenos Theoktistos. \"Every step was laid by somebody's grandfather,\" he told the meeting.\n\n"
            + "The Igoumenos said the work would be finished \"before the first pilgrims of August\".\n\n"
            + "Asked about the letter, the Igoumenos smiled. \"He is right about the water.\"");

        Who(quotes, "Every step was laid by somebody's grandfather").ShouldBe("Theoktistos");
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("\"")]
    [InlineData("the")]
    [InlineData("The Ira")]
    [InlineData("Headline\n\n\"")]
    public void An_article_of_one_word_or_none_is_read_without_error_and_quotes_no_one(string text) =>
        Inline(text).ShouldBeEmpty();
}
