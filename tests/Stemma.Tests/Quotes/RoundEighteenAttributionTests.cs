using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round eighteen: American abbreviated titles (Gov., Sen.) kept out of the name; the Welsh particle "ap"; a transcript's speakers
/// written in capitals; a clause after a name's comma that merely mentions a company. Shown on short fictional inline articles.
/// </summary>
public class RoundEighteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void Abbreviated_american_titles_with_their_full_stop_are_no_part_of_the_name()
    {
        var quotes = Inline("Veto stands\n\n"
            + "Gov. Marian Voss-Tate vetoed the bill, calling it \"well-meant but unworkable.\"\n\n"
            + "The sponsor, Sen. Lyle Brandt, was unmoved. \"We have the votes,\" he said.\n\n"
            + "Rep. Ana Ochoa said the House would \"look again\".");

        Who(quotes, "well-meant but unworkable.").ShouldBe("Marian Voss-Tate");
        Who(quotes, "We have the votes").ShouldBe("Lyle Brandt");
        Who(quotes, "look again").ShouldBe("Ana Ochoa");
    }

    [Fact]
    public void A_surname_spelled_like_an_abbreviation_without_a_full_stop_stays_a_name()
    {
        var quotes = Inline("Lecture packed\n\n"
            + "\"Growth is not development,\" said Priya Sen, the economist.");

        Who(quotes, "Growth is not development").ShouldBe("Priya Sen");
    }

    [Fact]
    public void The_welsh_particle_ap_runs_the_name_on_and_is_met_again_with_the_surname()
    {
        var quotes = Inline("School to close\n\n"
            + "The opposition leader, Cllr Iolo ap Gruffydd, called the plan \"a sum on a page\".\n\n"
            + "\"We will fight this,\" Mr ap Gruffydd said.");

        Who(quotes, "a sum on a page").ShouldBe("Iolo ap Gruffydd");
        Who(quotes, "We will fight this").ShouldBe("Iolo ap Gruffydd");
    }

    [Fact]
    public void A_transcripts_speaker_in_capitals_is_the_person_named_before_in_ordinary_case()
    {
        var quotes = Inline("Hearing summary\n\n"
            + "Senator Owen Marsh-Delgado questioned Carla Whitlow, chief executive of Pinefeed, for an hour.\n\n"
            + "MARSH-DELGADO: \"How many accounts did you remove?\"\n\n"
            + "WHITLOW: \"I don't have that figure with me.\"\n\n"
            + "MARSH-DELGADO: \"So you don't know.\"");

        Who(quotes, "How many accounts did you remove?").ShouldBe("Owen Marsh-Delgado");
        Who(quotes, "I don't have that figure with me.").ShouldBe("Carla Whitlow");
        Who(quotes, "So you don't know.").ShouldBe("Owen Marsh-Delgado");
    }

    [Fact]
    public void A_clause_after_a_names_comma_that_mentions_a_company_does_not_make_the_name_a_body()
    {
        var quotes = Inline("Hearing summary\n\n"
            + "Subcommittee chair Senator Ruth Amberley opened the hearing.\n\n"
            + "According to Senator Amberley, the papers show a company that \"chose growth over safety\".");

        Who(quotes, "chose growth over safety").ShouldBe("Ruth Amberley");
    }

    [Fact]
    public void A_body_described_with_a_curly_plural_owners_mark_is_a_body_named_before_its_appositive()
    {
        var quotes = Inline("Show closes early\n\n"
            + "Stagecall, the dancers’ union, said the closure showed the need for “fair notice” of closing dates.\n\n"
            + "The Harriers’ head coach, Dom Ferris, called it “a sad week”.");

        Who(quotes, "fair notice").ShouldBe("Stagecall");
        Who(quotes, "a sad week").ShouldBe("Dom Ferris");
    }
}
