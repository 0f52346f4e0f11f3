using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-two, from the misses of blind226–237 (blind234–237 measured sealed with round forty-one's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyTwoAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Theory]
    [InlineData("Auditor-General")]
    [InlineData("Attorney-General")]
    [InlineData("Secretary-General")]
    [InlineData("President-elect")]
    [InlineData("Vice-Chancellor")]
    public void A_hyphened_office_before_a_name_is_a_title_not_part_of_the_name(string office)
    {
        var quotes = Inline("Hospital costs criticised\n\n"
            + $"\"The overrun was avoidable,\" {office} Imelda Castellanos-Reeve said on Tuesday.\n\n"
            + "The ministry will reply within a month.");

        Who(quotes, "The overrun was avoidable").ShouldBe("Imelda Castellanos-Reeve");
    }

    [Fact]
    public void A_body_named_after_a_hyphened_office_keeps_the_office_in_its_name()
    {
        var quotes = Inline("Rations audit published\n\n"
            + "The Office of the Auditor-General found gaps in the records. \"Delivery could not be shown for a third of the rations,\" the office said.\n\n"
            + "The ministry will reply within a month.");

        Who(quotes, "Delivery could not be shown for a third of the rations").ShouldBe("Office of the Auditor-General");
    }

    [Fact]
    public void A_spanish_surname_opened_by_de_los_runs_on_past_its_particles()
    {
        var quotes = Inline("Cave visits to be capped\n\n"
            + "\"The cave cannot breathe with two thousand people a day going in,\" said Dr Maricel de los Santos-Ocampo, a geologist.\n\n"
            + "\"We are seeing algae on the formations,\" Dr de los Santos-Ocampo added.\n\n"
            + "The council votes next week.");

        Who(quotes, "The cave cannot breathe with two thousand people a day going in").ShouldBe("Maricel de los Santos-Ocampo");
        Who(quotes, "We are seeing algae on the formations").ShouldBe("Maricel de los Santos-Ocampo");
    }

    [Fact]
    public void A_name_ending_in_a_landscape_s_word_is_a_place_no_pronoun_stands_for()
    {
        var quotes = Inline("Leader turns back on the trail\n\n"
            + "KESTREL LAKE — Annika Rautio-Berg was leading on Sunday when she turned her team around below Slate Creek.\n\n"
            + "The lead passed to Marcus Okonkwo-Lindqvist, who reached Slate Creek shortly after 7 a.m. He had heard the news from a handler.\n\n"
            + "\"I'd rather have beaten her,\" he told the Dispatch.\n\n"
            + "The race ends on Thursday.");

        Who(quotes, "I'd rather have beaten her").ShouldBe("Marcus Okonkwo-Lindqvist");
    }

    [Fact]
    public void A_dutch_engineer_s_dotted_title_is_no_name_and_ends_no_sentence()
    {
        var quotes = Inline("Harbour bridge to be repainted\n\n"
            + "\"The steel is sound, but the paint has done its job,\" said Ir. Marcha Isenia-Sprock, the ministry's chief bridge engineer.\n\n"
            + "Work starts in May.");

        Who(quotes, "The steel is sound, but the paint has done its job").ShouldBe("Marcha Isenia-Sprock");
    }

    [Fact]
    public void A_word_kept_before_the_surname_when_an_unlisted_given_name_is_dropped_is_a_title()
    {
        var quotes = Inline("Reed dance postponed\n\n"
            + "\"The water is over the girls' knees in places,\" said Indvuna Mandla Shongwe, who oversees the maidens during the ceremony.\n\n"
            + "Indvuna Shongwe said regiment leaders had been briefed on Monday night.\n\n"
            + "\"Every girl will know by Friday,\" he said.\n\n"
            + "A new date will be set next month.");

        Who(quotes, "The water is over the girls' knees in places").ShouldBe("Mandla Shongwe");
        Who(quotes, "Every girl will know by Friday").ShouldBe("Mandla Shongwe");
    }

    [Fact]
    public void A_document_a_relative_clause_says_reads_so_gives_its_words_to_its_owner()
    {
        var quotes = Inline("Upper Tribunal decision\n\n"
            + "1. The appellant, Mrs Oonagh Fitzgerald-Mbeki, is 61 and has fibromyalgia. The Department awarded her no points.\n\n"
            + "2. The panel ignored the appellant's written statement, which reads in part:\n\n"
            + "\"I can do most things once. What I cannot do is do them again an hour later.\"\n\n"
            + "3. The panel also ignored Mrs Fitzgerald-Mbeki's letter, which reads: \"Tuesday was a bad day.\"\n\n"
            + "4. That evidence is decisive.");

        Who(quotes, "I can do most things once. What I cannot do is do them again an hour later.").ShouldBe("Oonagh Fitzgerald-Mbeki");
        Who(quotes, "Tuesday was a bad day.").ShouldBe("Oonagh Fitzgerald-Mbeki");
    }

    [Fact]
    public void A_headline_name_the_body_writes_in_full_again_stays_its_own_person_beside_a_relative_of_that_surname()
    {
        var quotes = QuoteFixtures.Inline(
            "1. The Appellant, Mr Marek Nowicki-Baines, appeals against a financial penalty imposed by the Council.\n\n"
            + "2. Ms Yewande Adeyemi-Clarke, an Environmental Health Officer, said: \"If I had been told, I would have considered it.\"\n\n"
            + "3. Cross-examined by Mr Declan Hollis, counsel for the Council, the Appellant was asked: \"Do you have any record of that call?\" "
            + "The Appellant replied: \"No. I didn't think I'd need one.\"\n\n"
            + "4. The Appellant's son, Mr Piotr Nowicki-Baines, said he had \"told her to bleed the radiators\" and denied the rest.\n\n"
            + "5. We do not find the account credible.",
            new DocumentMetadata { Title = "Decision: Marek Nowicki-Baines v Millbeck District Council" });

        Who(quotes, "No. I didn't think I'd need one.").ShouldBe("Marek Nowicki-Baines");
    }

    [Fact]
    public void Whom_a_player_is_coached_by_holds_the_coach_s_title_though_a_relation_stands_between()
    {
        var quotes = Inline("Record break wins the final\n\n"
            + "Rajan Pillai-Wood made the highest break in the history of the Fenmoor Open on Sunday.\n\n"
            + "Pillai-Wood is coached by his uncle, Suresh Pillai, who watched from the front row.\n\n"
            + "\"He hated me for it,\" the coach said. \"I think he has forgiven me tonight.\"\n\n"
            + "Pillai-Wood collects £4,000.");

        Who(quotes, "He hated me for it").ShouldBe("Suresh Pillai");
    }
}
