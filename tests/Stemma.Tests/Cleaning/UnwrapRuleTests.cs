using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class UnwrapRuleTests
{
    private static List<string> Unwrap(string fixture) =>
        UnwrapRule.Unwrap(CleaningFixtures.Lines(fixture), CleaningFixtures.Hyphenation());

    [Fact]
    public void Estimates_the_wrap_width_of_a_hard_wrapped_text()
    {
        var width = UnwrapRule.EstimateWrapWidth(CleaningFixtures.Lines("Unwrapping/pdf-story.txt"));
        width.ShouldBeInRange(68, 90);
    }

    [Fact]
    public void Finds_no_wrap_width_in_a_text_with_one_paragraph_a_line()
    {
        UnwrapRule.EstimateWrapWidth(CleaningFixtures.Lines("Unwrapping/single-lines.txt")).ShouldBe(0);
    }

    [Fact]
    public void Joins_soft_wrapped_lines_into_one_paragraph()
    {
        var paragraphs = Unwrap("Unwrapping/pdf-story.txt");
        paragraphs.ShouldContain(
            "The harbour council of Port Varenne voted on Tuesday to close the old ferry terminal for two years while engineers rebuild the sea wall that storms have battered since the winter.");
        paragraphs.ShouldAllBe(p => !p.Contains('\n'));
    }

    [Fact]
    public void Joins_a_headline_broken_at_a_hyphen_and_starts_a_new_block_at_an_indented_line()
    {
        var paragraphs = Unwrap("Unwrapping/pdf-story.txt");
        paragraphs[0].ShouldBe("Port Varenne Closes Ferry Terminal for Sea Wall Repairs");
        paragraphs[1].ShouldStartWith("A crane lifts a concrete block");
        paragraphs[1].ShouldEndWith("on Monday morning.");
    }

    [Fact]
    public void Ends_a_paragraph_at_a_short_line_and_keeps_list_items_apart()
    {
        var paragraphs = Unwrap("Unwrapping/pdf-story.txt");
        paragraphs.ShouldContain("By Tomas Eklund");
        paragraphs.ShouldContain("Members set three conditions:");
        paragraphs.ShouldContain("- the fish market must keep its access road;");
    }

    [Fact]
    public void Leaves_a_text_with_one_paragraph_a_line_alone()
    {
        var paragraphs = Unwrap("Unwrapping/single-lines.txt");
        paragraphs.ShouldBe(CleaningFixtures.Lines("Unwrapping/single-lines.txt").Where(l => l.Length > 0));
    }
}
