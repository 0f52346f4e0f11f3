using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class QuoteRepairRuleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in CleaningFixtures.Lines("Quotes/cases.txt").Where(l => !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Repairs_broken_quotes_and_leaves_apostrophes_and_good_quotes_alone(string input, string expected)
    {
        QuoteRepairRule.Repair(input).Text.ShouldBe(expected);
    }

    [Fact]
    public void Has_both_repairs_and_untouched_cases_in_its_fixture()
    {
        var cases = Cases().Select(row => ((string)row[0], (string)row[1])).ToList();
        cases.Count(c => c.Item1 != c.Item2).ShouldBeGreaterThanOrEqualTo(6);
        cases.Count(c => c.Item1 == c.Item2).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Warns_about_a_quote_left_open_unless_the_next_paragraph_continues_it()
    {
        var paragraphs = new List<string>
        {
            "\"The wall will hold, she said.",
            "Nobody answered.",
            "\"We start on Monday.",
            "\"And we finish in May.\"",
        };
        QuoteRepairRule.Apply(paragraphs).ShouldBe(["paragraph 1: a quotation mark is opened and never closed"]);
    }

    [Fact]
    public void A_plural_possessive_in_a_quote_running_on_into_the_next_paragraph_stays_an_apostrophe()
    {
        var paragraphs = new List<string>
        {
            "“We have spent £40,000 of members’ money on its roof. We are not asking for charity.",
            "“We are asking for a rent we can pay.”",
            "He said it was “the players’ fault.",
        };
        QuoteRepairRule.Apply(paragraphs).ShouldBeEmpty();
        paragraphs[0].ShouldBe("“We have spent £40,000 of members’ money on its roof. We are not asking for charity.");
        paragraphs[2].ShouldBe("He said it was “the players” fault.");
    }
}
