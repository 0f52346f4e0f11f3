using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-eight, from the misses of blind278–285 (blind282–285 measured sealed with round forty-seven's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyEightAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_role_in_apposition_after_an_age_is_the_persons_title_so_the_title_before_the_surname_names_the_same_person()
    {
        var quotes = Inline("Herders leave early\n\n"
            + "\"The grass on the plain was burnt by May,\" said Mihali Gogu-Dimcea, 68, the celnic, or clan head, who has led the families "
            + "up the mountain since 1991.\n\n"
            + "Celnic Gogu-Dimcea was unmoved by the minister's visit. Asked what he wanted, he replied: \"Water troughs at the dry springs.\"");

        Who(quotes, "Water troughs at the dry springs.").ShouldBe("Mihali Gogu-Dimcea");
    }

    [Theory]
    [InlineData("Showground")]
    [InlineData("Racecourse")]
    public void A_showground_or_racecourse_is_no_person_a_pronoun_could_stand_for(string ground)
    {
        var quotes = Inline("Fleece show\n\n"
            + $"A record 143 fleeces were entered at the annual show at Harrowfield {ground} on 14 September.\n\n"
            + "Reserve champion went to a fawn suri shown by Bryn ap Gwilym, who runs 60 alpacas above Pen-y-Garth. The fleece had "
            + "travelled to Harrowfield in a pillowcase on the back seat of his van.\n\n"
            + "\"Suri people are a small club,\" he said.");

        Who(quotes, "Suri people are a small club").ShouldBe("Bryn ap Gwilym");
    }

    [Theory]
    [InlineData("but", "Daur Ashuba", "Mr Ashuba")]
    [InlineData("while", "Daur Ashuba", "Mr Ashuba")]
    [InlineData("but", "Pieter van Rensburg", "Mr van Rensburg")]
    public void A_pronoun_after_a_sentence_whose_later_clause_reports_a_persons_speech_stands_for_that_person(string joiner, string grower, string later)
    {
        var quotes = Inline("Growers wait for storage\n\n"
            + $"{grower}, who grows mandarins near the coast, said the harvest was rotting at the border.\n\n"
            + "At a meeting on Monday, the district head, Inal Tarba, promised \"a storage site by December,\" "
            + $"{joiner} {later} said growers had heard that before. \"December of which year?\" he asked.");

        Who(quotes, "December of which year?").ShouldBe(grower);
    }

    [Fact]
    public void A_possessive_pronoun_stands_for_the_person_its_own_paragraph_names_before_a_speaker_of_an_earlier_paragraph()
    {
        var quotes = Inline("Registration granted\n\n"
            + "In her application, Ms Mireille de la Tour-Varga wrote that the animals were \"family before they are performers\".\n\n"
            + "The animals were inspected on 3 June by the council's veterinary surgeon, Dr Tamsyrn Brightwater-Hale. Her report states: "
            + "\"The ponies are in good body condition.\"");

        Who(quotes, "The ponies are in good body condition.").ShouldBe("Tamsyrn Brightwater-Hale");
    }

    [Theory]
    [InlineData("Sub-Committee", "sub-committee")]
    [InlineData("Subcommittee", "subcommittee")]
    public void A_sub_committee_named_before_speaks_when_the_sub_committee_says(string named, string later)
    {
        var quotes = Inline("Registration granted\n\n"
            + $"The application was heard by the Harnleigh Licensing {named} on 11 June.\n\n"
            + $"The {later} said it was \"satisfied that the welfare of the animals can be protected by conditions\".");

        Who(quotes, "satisfied that the welfare of the animals can be protected by conditions").ShouldBe($"Harnleigh Licensing {named}");
    }

    [Fact]
    public void A_name_after_proprietor_of_is_a_business_so_the_applicant_answering_a_hearing_is_the_proprietor()
    {
        var quotes = Inline("Performing animals registration granted to Cirque Varga\n\n"
            + "The council gives notice that Mireille de la Tour-Varga, proprietor of Cirque Varga, has been registered to exhibit four ponies.\n\n"
            + "In her application, Ms de la Tour-Varga wrote that the animals were \"family before they are performers\".\n\n"
            + "The sub-committee's chair, Councillor Hamish Aldergrove-Pym, put the trust's concern to the applicant.\n\n"
            + "\"Does any pony walk on its hind legs?\" he asked.\n\n"
            + "\"Only Bijou, and only for four steps.\"");

        Who(quotes, "Only Bijou, and only for four steps.").ShouldBe("Mireille de la Tour-Varga");
    }

    [Fact]
    public void A_lowercase_office_in_the_peoples_own_language_between_a_role_and_a_name_leaves_the_role_the_persons()
    {
        var quotes = Inline("Village carries water by hand\n\n"
            + "MARSHA-LAM, Aug 14 (Highland Wire Service) – Residents of this mountain village are carrying water from a stream.\n\n"
            + "\"We have the pipes, we have the tanks, and we have no water,\" said the village head, yurtda Movsar Edilbiev, using the "
            + "title by which he is known throughout the valley.\n\n"
            + "\"If nothing is done, families will leave.\" That warning came from Khava Dzhabrailova, 54, a schoolteacher.");

        Who(quotes, "We have the pipes, we have the tanks, and we have no water").ShouldBe("Movsar Edilbiev");
    }

    [Theory]
    [InlineData("Igoumenos")]
    [InlineData("Archimandrite")]
    public void An_orthodox_monastic_title_before_a_monks_one_name_is_no_part_of_the_name(string title)
    {
        var quotes = Inline("Monks repair the pilgrim path\n\n"
            + $"The work is being led by the abbot, {title} Theoktistos, who blessed the first load of stone at the harbour. "
            + "\"Every step on this path was laid by somebody's grandfather,\" he told the meeting.");

        Who(quotes, "Every step on this path was laid by somebody's grandfather").ShouldBe("Theoktistos");
    }

    [Theory]
    [InlineData("of")]
    [InlineData("from")]
    public void A_who_clause_after_a_name_and_its_street_address_is_the_persons_not_the_streets(string preposition)
    {
        var quotes = Inline("Piercing studio registered\n\n"
            + $"One written objection was received, from Mr Gerald Ashcombe {preposition} 12 Cooper's Row, who wrote that the street was "
            + "\"becoming a corridor of tattoo parlours and vape shops\".");

        Who(quotes, "becoming a corridor of tattoo parlours and vape shops").ShouldBe("Gerald Ashcombe");
    }

    [Theory]
    [InlineData("Zoë van Heerden", "Ms van Heerden's")]
    [InlineData("Anouk de Wit", "Mrs de Wit's")]
    public void A_verdict_owned_by_an_honorific_and_a_surname_with_a_particle_introduces_the_owners_quote(string name, string owner)
    {
        var quotes = Inline("Studio registered\n\n"
            + $"{name} opened the studio in March after six years' training.\n\n"
            + $"{owner} own position was simple: \"Clean, careful and by the book.\"");

        Who(quotes, "Clean, careful and by the book.").ShouldBe(name);
    }
}
