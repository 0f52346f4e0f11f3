using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class GapJoinRuleTests
{
    private static (List<string> Paragraphs, List<string> Warnings) Run()
    {
        var paragraphs = UnwrapRule.Unwrap(CleaningFixtures.Lines("Unwrapping/pdf-story.txt"), CleaningFixtures.Hyphenation());
        var warnings = GapJoinRule.Apply(paragraphs, CleaningFixtures.Hyphenation());
        return (paragraphs, warnings);
    }

    [Fact]
    public void Joins_an_attribution_clause_cut_off_by_a_page_break_after_a_comma()
    {
        var (paragraphs, _) = Run();
        paragraphs.ShouldContain(p => p.EndsWith("town hall after the vote, Brandvik said.", StringComparison.Ordinal));
        paragraphs.ShouldNotContain("Brandvik said.");
    }

    [Fact]
    public void Joins_a_sentence_continuing_in_lower_case_after_a_page_break()
    {
        var (paragraphs, _) = Run();
        paragraphs.ShouldContain(p => p.Contains("stay open through the herring season, which starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_fragment_after_a_finished_sentence_and_warns_about_it()
    {
        var (paragraphs, warnings) = Run();
        var index = paragraphs.FindIndex(p => p.StartsWith("the engineers,", StringComparison.Ordinal));
        index.ShouldBeGreaterThan(0);
        warnings.ShouldBe([$"paragraph {index + 1} starts mid-sentence: a line may be lost"]);
    }

    [Fact]
    public void Does_not_join_a_heading_to_the_capitalised_paragraph_after_it()
    {
        var paragraphs = new List<string> { "The vote", "Members met at noon.", "A long sentence follows," , "And it is a new one." };
        GapJoinRule.Apply(paragraphs, CleaningFixtures.Hyphenation());
        paragraphs.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("the mayor said.", true)]
    [InlineData("Brandvik told reporters.", true)]
    [InlineData("The council met again on Friday to vote on the budget and the harbour plan.", false)]
    [InlineData("Everyone went home.", false)]
    public void Recognises_a_short_attribution_clause(string text, bool expected)
    {
        GapJoinRule.IsAttributionClause(text).ShouldBe(expected);
    }
}
