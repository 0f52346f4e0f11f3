using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round forty-five, from the misses of blind254–261 (blind258–261 measured sealed with round forty-four's code). Shown on short
/// fictional articles.
/// </summary>
public class RoundFortyFiveAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_capitalised_word_before_a_name_that_the_article_also_writes_in_lowercase_after_the_is_a_title()
    {
        var quotes = Inline("Village council votes on bilingual signs\n\n"
            + "Sołtys Radosław Kwiatkowski opened the meeting by reading the letter from the ministry. \"We asked for signs, not a lecture,\" he said.\n\n"
            + "\"Who pays for them?\" asked one councillor.\n\n"
            + "\"The region, mostly,\" the sołtys replied.");

        Who(quotes, "We asked for signs, not a lecture").ShouldBe("Radosław Kwiatkowski");
        Who(quotes, "The region, mostly").ShouldBe("Radosław Kwiatkowski");
    }

    [Fact]
    public void A_word_kept_before_the_given_name_when_the_surname_is_dropped_is_a_title()
    {
        var quotes = Inline("Temple bells return to the valley\n\n"
            + "The bells were cast by Mbah Sastrowiyono Kartodirjo, whose family has worked bronze for five generations. \"Ring them every day,\" he wrote.\n\n"
            + "Mbah Sastrowiyono also sent a recorded message. \"They do not like to be silent,\" he said.");

        Who(quotes, "Ring them every day").ShouldBe("Sastrowiyono Kartodirjo");
        Who(quotes, "They do not like to be silent").ShouldBe("Sastrowiyono Kartodirjo");
    }

    [Theory]
    [InlineData("Kyria", "Tomasa")]
    [InlineData("Kyrios", "Efraín")]
    [InlineData("Wójt", "Efraín")]
    [InlineData("Direktorka", "Tomasa")]
    [InlineData("Mallku", "Efraín")]
    [InlineData("Ña", "Tomasa")]
    public void A_title_of_address_or_office_of_another_language_is_no_part_of_the_name(string title, string given)
    {
        var quotes = Inline("Lake villages protest new limits\n\n"
            + "Hundreds gathered on the shore on Sunday to oppose the new limits.\n\n"
            + $"{title} {given} Quispe Mamani, who speaks for the eleven shore villages, addressed the crowd in Aymara.\n\n"
            + "According to Quispe, about 2,000 families live from the lake and would be \"left with nets and nothing to catch\".");

        Who(quotes, "left with nets and nothing to catch").ShouldBe($"{given} Quispe Mamani");
    }

    [Theory]
    [InlineData("FICSA")]
    [InlineData("MICSA")]
    public void Letters_of_a_fellowship_or_membership_after_a_full_name_are_no_part_of_it(string letters)
    {
        var quotes = Inline("Surveyor suspended over valuation\n\n"
            + "A panel of the Institute of Chartered Surveyors and Assessors has suspended a member for six months.\n\n"
            + $"An independent expert, Ms Harriet Calloway-Dunne {letters}, said no competent surveyor \"could have missed a crack that size\".");

        Who(quotes, "could have missed a crack that size").ShouldBe("Harriet Calloway-Dunne");
    }

    [Fact]
    public void A_plural_possessive_inside_a_body_name_keeps_its_apostrophe()
    {
        var quotes = Inline("Parents fight school merger\n\n"
            + "The ministry wants to close the village school and bus its pupils to the town.\n\n"
            + "In a petition signed by more than 200 residents and addressed to the governor, the Karmaly parents' committee says the merger would “cut the heart out of the village.”");

        Who(quotes, "cut the heart out of the village.").ShouldBe("Karmaly parents' committee");
    }

    [Fact]
    public void A_saints_possessive_before_a_body_noun_is_part_of_the_body_name()
    {
        var quotes = Inline("Sunday opening granted in part\n\n"
            + "The licensing committee has determined an application by a garden centre on Mill Lane.\n\n"
            + "St Bride's Church, whose car park adjoins the site, wrote that lorries would \"drown out the early service\".");

        Who(quotes, "drown out the early service").ShouldBe("St Bride's Church");
    }

    [Fact]
    public void A_role_of_two_role_nouns_joined_by_a_hyphen_is_a_role_and_its_holder_named_after_it_speaks()
    {
        var quotes = Inline("Home side reach the quarter-finals\n\n"
            + "The host club finished fifth, their best result in a decade.\n\n"
            + "\"We had three players sitting exams, and we still got to the quarter-finals.\" That verdict came from Harbury's player-coach, Jarek Nowicki. He added: \"Give us a full squad.\"");

        Who(quotes, "We had three players sitting exams, and we still got to the quarter-finals.").ShouldBe("Jarek Nowicki");
    }

    [Fact]
    public void M_with_a_stop_before_a_known_surname_whose_given_name_is_not_m_is_monsieur()
    {
        var quotes = Inline("Frost aid plan for vineyards\n\n"
            + "The plan is the work of Bertrand de la Fontèr, the region's vice-president for farming.\n\n"
            + "Asked whether growers of olives would be included, M. de la Fontèr said: \"One crisis at a time.\"");

        Who(quotes, "One crisis at a time.").ShouldBe("Bertrand de la Fontèr");
    }
}
