using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round twenty-eight, from the misses of blind118–125 (blind122–125 measured sealed with round twenty-seven frozen): a definite
/// role whose clause withholds a name, the asker after "Asked by", a title used as an exchange label, a surname named in full only
/// inside a quote, Amharic and Maltese forms of address and ranks that are surnames too, a Sesotho name opening with an elision
/// mark, a body's name whose tail opens with a lowercase word, a body's speech before a pronoun, verbs of speech in the present
/// tense, a question the writer reports putting, a role introduced with an age, "it" after an opening of time, and a fund named by
/// its investment firm. The last test (a siSwati elder's title, and Emir as a Bosnian given name rather than a title) came after
/// the round was frozen, from blind126–129's misses, and no sealed sample has measured it. Shown on short fictional inline articles.
/// </summary>
public class RoundTwentyEightAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string? Who(IReadOnlyList<Quote> quotes, string text) => QuoteFixtures.Find(quotes, text).Speaker;

    [Fact]
    public void A_role_whose_clause_withholds_a_name_is_who_the_pronoun_after_it_stands_for()
    {
        var quotes = Inline("Warning after member's night in hospital\n\n"
            + "The committee is asking everyone to take care after a long-standing member spent a night in hospital having eaten what he believed were Velvet Caps.\n\n"
            + "The member, who has asked not to be named, is now at home. \"I've picked them off the same stump for years,\" he told the Bulletin.\n\n"
            + "The Regional Poisons Unit, which treated the member, said cases were \"rare but rising\".\n\n"
            + "As for the member himself, he has already made changes. \"I'm buying a hand lens,\" he said.");

        Who(quotes, "I've picked them off the same stump for years").ShouldBe("the member");
        Who(quotes, "rare but rising").ShouldBe("Regional Poisons Unit");
        Who(quotes, "I'm buying a hand lens").ShouldBe("the member");
    }

    [Fact]
    public void A_source_who_cannot_be_identified_is_no_one_named_before_and_goes_on_with_she()
    {
        var quotes = Inline("Officer dismissed\n\n"
            + "A police officer who searched records for information about his former partner has been dismissed.\n\n"
            + "His counsel, Priya Venn, told the panel he had been \"in a very dark place\".\n\n"
            + "The former partner, who cannot be identified, said in a statement that she had felt \"watched in my own home\". \"I still check the street,\" she wrote.");

        Who(quotes, "watched in my own home").ShouldBe("the former partner");
        Who(quotes, "I still check the street").ShouldBe("the former partner");
    }

    [Fact]
    public void The_person_after_asked_by_is_the_asker_not_the_one_who_replies()
    {
        var quotes = Inline("Officer dismissed\n\n"
            + "The panel found that PC Daniel Rook, 34, breached the standards of professional behaviour.\n\n"
            + "Asked by the presenting officer, Inspector Gail Thorne, why he had used a colleague's login, he replied: \"Because I knew mine would be audited.\"");

        Who(quotes, "Because I knew mine would be audited.").ShouldBe("Daniel Rook");
    }

    [Fact]
    public void A_title_as_an_exchange_label_and_a_surname_named_in_full_only_in_a_quote_are_the_people_they_name()
    {
        var quotes = Inline("Commissioner upholds complaint\n\n"
            + "The Commissioner, Dame Eleanor Fairlie-Okafor, has found that Gareth Penrose-Whyte breached the Code of Conduct.\n\n"
            + "In his evidence, Mr Penrose-Whyte said: \"I regarded Tom Ferrier as a friend of thirty years first.\"\n\n"
            + "The transcript records the following exchange:\n\n"
            + "Commissioner: \"Did it occur to you that the lodge stay might be registrable?\"\n\n"
            + "Mr Penrose-Whyte: \"Honestly, no.\"\n\n"
            + "Mr Ferrier, the firm's chairman, told the Commissioner in a letter that the invitation had been \"purely personal\".\n\n"
            + "In her conclusions, the Commissioner wrote: \"The rules exist so that Members do not judge their own friendships.\"");

        Who(quotes, "Did it occur to you that the lodge stay might be registrable?").ShouldBe("Eleanor Fairlie-Okafor");
        Who(quotes, "purely personal").ShouldBe("Tom Ferrier");
        Who(quotes, "The rules exist so that Members do not judge their own friendships.").ShouldBe("Eleanor Fairlie-Okafor");
    }

    [Fact]
    public void Amharic_and_Maltese_forms_of_address_and_a_rank_that_is_a_surname_are_no_part_of_the_name()
    {
        var quotes = Inline("Coffee price row\n\n"
            + "\"We are asking only for what our coffee is worth,\" said Ato Girma Woldesenbet, a farmer.\n\n"
            + "\"If the price stays like this, my youngest will not go back to school,\" said Weyzero Almaz Tadesse.\n\n"
            + "The port's spokeswoman, Perit Antonella Vassallo, called the plan \"a cruise terminal in disguise\".\n\n"
            + "Major Anders Lykke, a spokesman for the mission, said the plots were \"not against farming\". Major Lykke said he hoped for a \"practical arrangement\".");

        Who(quotes, "We are asking only for what our coffee is worth").ShouldBe("Girma Woldesenbet");
        Who(quotes, "If the price stays like this, my youngest will not go back to school").ShouldBe("Almaz Tadesse");
        Who(quotes, "a cruise terminal in disguise").ShouldBe("Antonella Vassallo");
        Who(quotes, "practical arrangement").ShouldBe("Anders Lykke");
    }

    [Fact]
    public void A_Sesotho_name_opening_with_an_elision_mark_is_a_name_not_a_quote()
    {
        var quotes = Inline("Dam villagers still waiting\n\n"
            + "“They took our fields,” said ’Mamosa Lerotholi, 67, who grew maize on land now under the reservoir. “We are still carrying buckets.” She spoke in Sesotho.");

        quotes.Count.ShouldBe(2);
        Who(quotes, "They took our fields").ShouldBe("’Mamosa Lerotholi");
        Who(quotes, "We are still carrying buckets.").ShouldBe("’Mamosa Lerotholi");
    }

    [Fact]
    public void The_tail_of_a_college_name_after_of_is_no_person_a_pronoun_can_reach()
    {
        var quotes = Inline("Show results\n\n"
            + "This year's judge was Professor Ruth Okonedo-Hale of Stannington College of Craft. She gave the newsletter a few minutes afterwards.\n\n"
            + "What were you looking for? \"Honesty. A finish that doesn't hide the wood.\"");

        Who(quotes, "Honesty. A finish that doesn't hide the wood.").ShouldBe("Ruth Okonedo-Hale");
    }

    [Fact]
    public void A_body_asking_someone_leaves_she_to_the_person_asked_and_a_body_concludes_in_the_present()
    {
        var quotes = Inline("Inquiry report\n\n"
            + "The Charitable Trusts Commission opened an inquiry into the Hollinsbrook Benevolent Fund in March.\n\n"
            + "The fund's secretary, Mrs Doreen Fairlie, wrote in a letter: \"I regret now that I did not come to the Commission sooner.\"\n\n"
            + "The Commission asked Professor Helen Varga to review the fund's controls. She described its arrangements as \"governance by goodwill\".\n\n"
            + "The Commission concludes that the trustees' conduct \"amounted to misconduct and mismanagement\".");

        Who(quotes, "governance by goodwill").ShouldBe("Helen Varga");
        Who(quotes, "amounted to misconduct and mismanagement").ShouldBe("Charitable Trusts Commission");
    }

    [Fact]
    public void The_answer_after_a_question_the_writer_reports_putting_is_the_person_asked_and_so_are_the_next()
    {
        var quotes = Inline("Rally cancelled\n\n"
            + "The club's spring rally has been cancelled because of fuel costs.\n\n"
            + "We asked the rally secretary, Colin Dray, whether the route could have been shortened. \"We looked at it. Nobody would thank us.\"\n\n"
            + "And will the rally be back next year? \"If petrol comes down, yes.\"");

        Who(quotes, "We looked at it. Nobody would thank us.").ShouldBe("Colin Dray");
        Who(quotes, "If petrol comes down, yes.").ShouldBe("Colin Dray");
    }

    [Fact]
    public void A_role_introduced_with_an_age_is_an_unnamed_person_of_its_own()
    {
        var quotes = Inline("Forced landing report\n\n"
            + "A single-engine Piper Warrior made a forced landing near Hartwell Moor, the Air Accident Investigation Office has concluded.\n\n"
            + "The pilot, 52, and one passenger were uninjured.\n\n"
            + "\"The engine began to run rough at about 2,500 feet,\" the pilot said in a statement.");

        Who(quotes, "The engine began to run rough at about 2,500 feet").ShouldBe("the pilot");
    }

    [Fact]
    public void It_after_an_opening_of_time_and_the_company_are_the_trading_firm_not_the_newspaper()
    {
        var quotes = Inline("Groundnut buyer suspends deal\n\n"
            + "The buyer, Atlantic Kernel Trading, agreed in March to pay 28,500 dalasi a tonne. Last week it wrote to the cooperative that the deal was \"suspended pending market review\".\n\n"
            + "In a statement sent to the Standard on Wednesday, the company said it \"remains fully committed to growers\".\n\n"
            + "The pressure came from Thistlegate Capital, which owns 8% of the shares. In a letter, the fund said the buyer was \"run for its management\".");

        Who(quotes, "suspended pending market review").ShouldBe("Atlantic Kernel Trading");
        Who(quotes, "remains fully committed to growers").ShouldBe("Atlantic Kernel Trading");
        Who(quotes, "run for its management").ShouldBe("Thistlegate Capital");
    }

    [Fact]
    public void The_fund_said_is_the_fund_named_before()
    {
        var quotes = Inline("Lighthouse restored\n\n"
            + "The restoration cost £412,000, of which £260,000 came from the Coastal Heritage Fund.\n\n"
            + "The fund said in a statement that the lighthouse was \"exactly the kind of living heritage the programme was created to protect\".");

        Who(quotes, "exactly the kind of living heritage the programme was created to protect").ShouldBe("Coastal Heritage Fund");
    }

    [Fact]
    public void Gogo_is_an_elders_title_and_Emir_before_a_lone_surname_is_a_given_name()
    {
        var quotes = Inline("Cane levy protest\n\n"
            + "Gogo Lomasontfo Simelane, 71, walked the last eight kilometres. \"My husband planted this cane in 1986,\" she said.\n\n"
            + "\"This is the day the village has waited three years for,\" said Mayor Emir Hadžiselimović. \"Children have walked four kilometres to school,\" he added.");

        Who(quotes, "My husband planted this cane in 1986").ShouldBe("Lomasontfo Simelane");
        Who(quotes, "This is the day the village has waited three years for").ShouldBe("Emir Hadžiselimović");
        Who(quotes, "Children have walked four kilometres to school").ShouldBe("Emir Hadžiselimović");
    }
}
