using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-three, from the misses of blind90–93 (measured sealed with round twenty-two frozen): a person "of" a body whose
/// own name holds "of" or "for", a document's author named as its publisher, a reply in the question's sentence, a language
/// after "in" or "from", titles of other traditions and ranks, a team's name, a body's name owning a noun, a journalist's
/// question, and a source given with lowercase title words after "according to". Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyThreeAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_person_of_a_body_whose_name_holds_of_is_the_speaker_not_the_body()
    {
        var quotes = Inline("Strike\n\n"
            + "Canon Ruth Abara of the Diocese of Kelmouth called the strike \"a plea that deserves a hearing\".");

        Who(quotes, "a plea that deserves a hearing").ShouldBe("Ruth Abara");
    }

    [Fact]
    public void A_person_of_a_body_whose_name_holds_for_is_the_speaker_not_the_body()
    {
        var quotes = Inline("Fares\n\n"
            + "Dina Castro of the Riders' Union for Fair Fares said passengers were \"caught in the middle of a fight\".");

        Who(quotes, "caught in the middle of a fight").ShouldBe("Dina Castro");
    }

    [Fact]
    public void The_report_says_is_the_body_the_paragraph_says_published_it()
    {
        var quotes = Inline("Cheating inquiry\n\n"
            + "The league's Integrity Board, chaired by Professor Ana Weiss, published its 30-page report on Friday. "
            + "\"We found no device,\" the report says. \"We found a pattern no honest player produces.\"");

        Who(quotes, "We found no device").ShouldBe("Integrity Board");
        Who(quotes, "We found a pattern no honest player produces.").ShouldBe("Integrity Board");
    }

    [Fact]
    public void A_reply_in_the_sentence_of_the_question_is_the_person_asked()
    {
        var quotes = Inline("Rescue\n\n"
            + "Freya Lund, 38, was lifted from her upturned boat on Tuesday. \"I never lost hope,\" Lund said.\n\n"
            + "Later a second skipper, still racing, said the sea was \"savage\".\n\n"
            + "On the evening show, host Sam Orr asked Lund: \"Will you race again?\" \"Ask me after a bath,\" she replied.");

        Who(quotes, "Ask me after a bath").ShouldBe("Freya Lund");
    }

    [Fact]
    public void A_language_after_from_is_no_speaker()
    {
        var quotes = Inline("Dam warning\n\n"
            + "State prosecutor Ana Ribeiro said in a written statement, translated from Portuguese:\n\n"
            + "\"We will seek the penalties. The families will be housed.\"");

        Who(quotes, "We will seek the penalties. The families will be housed.").ShouldBe("Ana Ribeiro");
    }

    [Fact]
    public void A_ghanaian_title_and_a_naval_rank_are_no_part_of_the_name()
    {
        var quotes = Inline("Protest\n\n"
            + "Nana Kofi Boateng-Asare, the chief of the town, said: \"We are not beggars.\"\n\n"
            + "Lieutenant Commander Ruth Ngata led the rescue. Lt Cdr Ngata said: \"She did everything right.\"");

        Who(quotes, "We are not beggars.").ShouldBe("Kofi Boateng-Asare");
        Who(quotes, "She did everything right.").ShouldBe("Ruth Ngata");
    }

    [Fact]
    public void Team_before_a_name_is_the_teams_name()
    {
        var quotes = Inline("Capsize\n\n"
            + "Team Seawolf said in a statement: \"Our thoughts are with Freya.\"");

        Who(quotes, "Our thoughts are with Freya.").ShouldBe("Team Seawolf");
    }

    [Fact]
    public void A_body_named_with_and_that_owns_a_noun_is_one_body()
    {
        var quotes = Inline("Bird row\n\n"
            + "The Sightings and Records Panel's ruling, issued in May, calls the photographs \"interesting but not decisive\".");

        Who(quotes, "interesting but not decisive").ShouldBe("Sightings and Records Panel");
    }

    [Fact]
    public void A_reporter_no_one_was_named_as_asks_in_their_own_name()
    {
        var quotes = Inline("Ban\n\n"
            + "Dr Lisa Varga, who led the inquiry, would not name others. \"I can't comment on that,\" she said.\n\n"
            + "\"Is that a yes?\" the Gazette reporter pressed.");

        Who(quotes, "Is that a yes?").ShouldBe("the Gazette reporter");
    }

    [Fact]
    public void According_to_a_source_with_lowercase_title_words_is_the_source()
    {
        var quotes = Inline("Pay\n\n"
            + "Under the plan, according to site convenor Paddy Okoro-Walsh, pickers could be moved \"with two days' notice\".");

        Who(quotes, "with two days' notice").ShouldBe("Paddy Okoro-Walsh");
    }
}
