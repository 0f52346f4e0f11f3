using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round fifty-four, from the misses of blind326–333 (blind330–333 measured at first sight with round fifty-three's code). Shown on
/// short fictional articles.
/// </summary>
public class RoundFiftyFourAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_two_word_name_after_at_whose_first_word_is_a_common_word_is_a_place_no_pronoun_stands_for()
    {
        var quotes = Inline("Old knocker restored\n\n"
            + "Members crowded into the upstairs room of the Plough at Market Haddow to see the restoration.\n\n"
            + "The knocker spent thirty years in a skip before Cornelis van Duren spotted it. \"It was full of rainwater,\" he told the meeting.");

        Who(quotes, "It was full of rainwater").ShouldBe("Cornelis van Duren");
    }

    [Fact]
    public void A_two_word_title_the_article_writes_alone_in_lowercase_after_the_is_no_part_of_the_name_and_names_its_holder()
    {
        var quotes = Inline("Village library reopens\n\n"
            + "The village head, Yal Vuy Akpatyr Sölymov, cut the ribbon. The district keeps the old title.\n\n"
            + "\"Nobody in Moscow has heard of us,\" Yal Vuy Akpatyr Sölymov said.\n\n"
            + "A report by the Hill Mari Library Trust had called the building \"unsafe for any public use\".\n\n"
            + "\"They offered us a mobile library,\" the yal vuy said.");

        Who(quotes, "Nobody in Moscow has heard of us").ShouldBe("Akpatyr Sölymov");
        Who(quotes, "They offered us a mobile library").ShouldBe("Akpatyr Sölymov");
    }

    [Fact]
    public void A_title_that_is_a_given_name_too_is_a_title_when_written_in_lowercase_after_the_as_a_speaker()
    {
        var quotes = Inline("Beekeepers split\n\n"
            + "Kart Yyvan Tüngalov, who leads the summer prayers in the grove, has taken their side. \"The bees work in the grove,\" the "
            + "kart said.");

        Who(quotes, "The bees work in the grove").ShouldBe("Yyvan Tüngalov");
    }

    [Fact]
    public void An_unnamed_source_inside_a_clause_after_a_noun_opens_at_its_own_determiner()
    {
        var quotes = Inline("Herders told to share pasture\n\n"
            + "Two families must share a pasture, after a quarrel that a senior official in the district administration said had "
            + "\"gone far beyond words\".\n\n"
            + "\"Nobody is happy,\" the senior official said.");

        Who(quotes, "gone far beyond words").ShouldBe("a senior official in the district administration");
        Who(quotes, "Nobody is happy").ShouldBe("a senior official in the district administration");
    }

    [Fact]
    public void A_common_word_opening_a_sentence_before_a_double_barrelled_surname_and_who_is_a_given_name()
    {
        var quotes = Inline("School may close\n\n"
            + "About 80 people crowded into the hall. Ante Kolega-Bašić, who chairs the local committee, stood at the front. "
            + "\"Two families have written to me,\" he told the meeting.");

        Who(quotes, "Two families have written to me").ShouldBe("Ante Kolega-Bašić");
    }

    [Fact]
    public void A_street_after_a_house_number_is_a_place_not_the_applicant()
    {
        var quotes = QuoteFixtures.Cleaned("NOTICE OF DETERMINATION: Parklet permit PK/24/031, outside 14 Marram Street\n\n"
            + "Bramhurst Borough Council gives notice that it granted a parklet permit to Ms Lucia de Haan, proprietor of a cafe, for a "
            + "platform outside 14 Marram Street.\n\n"
            + "The applicant's supporting statement said the parklet would \"give the street back a little of the room\".");

        Who(quotes, "give the street back a little of the room").ShouldBe("Lucia de Haan");
    }

    [Fact]
    public void A_role_no_one_was_given_opening_a_paragraph_is_the_one_person_the_paragraph_before_names()
    {
        var quotes = Inline("Village votes to move inland\n\n"
            + "Settlement head Valentina Qəlavul-Ankavav told reporters that the move would cost 1.4 billion roubles. \"This is a debt,\" she said.\n\n"
            + "Among the 19 who voted against was Ivan Kečgəl, 58, whose family boat is the last still working from the spit.\n\n"
            + "\"Six kilometres from the water, what am I?\" the fisherman grinned.");

        Who(quotes, "Six kilometres from the water, what am I?").ShouldBe("Ivan Kečgəl");
    }

    [Fact]
    public void A_role_whose_verb_the_article_gave_someone_is_not_read_from_the_paragraph_before()
    {
        var quotes = Inline("Music box clinic\n\n"
            + "Most of the work fell to Morag MacIlwraith, who has restored cylinder movements for thirty years. Ms MacIlwraith said a dead "
            + "tooth was \"nearly always dirt\".\n\n"
            + "Roy Tennant-Blythe had brought a Swiss box that had not played since 1974.\n\n"
            + "\"It has been waiting fifty years,\" the restorer grinned.");

        Who(quotes, "It has been waiting fifty years").ShouldBe("Morag MacIlwraith");
    }

    [Fact]
    public void A_pronoun_never_stands_for_a_person_the_quote_names()
    {
        var quotes = Inline("Ashgrove take the final\n\n"
            + "\"I just swung,\" Rajinder Sandhu said. \"My arms are still shaking.\"\n\n"
            + "He was quick to share the credit. Bilal Qureshi, 16, had kept Ashgrove in the match with a run of 31. \"Bilal saved us. "
            + "I only finished it off,\" he said.");

        Who(quotes, "Bilal saved us. I only finished it off").ShouldBe("Rajinder Sandhu");
    }

    [Fact]
    public void A_name_inside_a_quote_within_the_quote_may_be_the_speakers_own_as_someone_said_it_to_him()
    {
        var quotes = Inline("Referee under fire\n\n"
            + "Lee Brannan sent the striker off in the 80th minute. Gary Threlfall was furious afterwards and went to find the referee. "
            + "\"Briefly. He said, 'Gary, I can't change my call,' and walked off,\" he said.");

        Who(quotes, "Briefly. He said, 'Gary, I can't change my call,' and walked off").ShouldBe("Gary Threlfall");
    }

    [Fact]
    public void A_reply_after_a_role_was_asked_is_the_person_the_role_names_not_the_asker()
    {
        var quotes = QuoteFixtures.Cleaned("Pavement licence decision\n\nApplicant: Ms Giulia Ferrante-Hobbs\n\n"
            + "1. In her written submission, the applicant stated that the tables would \"bring the parade back to life\".\n\n"
            + "2. At the hearing, the Chair, Councillor Rosalind Achebe-Marsh, asked the applicant how late the tables would remain "
            + "outside. She replied: \"Ten o'clock, and not a minute after.\"");

        Who(quotes, "Ten o'clock, and not a minute after.").ShouldBe("Giulia Ferrante-Hobbs");
    }
}
