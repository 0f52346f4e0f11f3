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

    [Fact]
    public void A_wrapped_line_set_in_capitals_counts_as_full_width()
    {
        // Capitals print wider, so the browser wrapped this line at fewer characters than its neighbours.
        string[] lines =
        [
            "ORRIN BAY — The harbour board of",
            "Orrin Bay agreed on Monday to dredge the inner",
            "basin before the autumn storms close the port",
            "to the fishing fleet for the rest of the year.",
            "",
            "The dredging will cost less than the board had",
            "feared, because the sand can be sold to builders",
            "working on the new road along the eastern shore.",
        ];
        var paragraphs = UnwrapRule.Unwrap(lines, CleaningFixtures.Hyphenation());
        paragraphs[0].ShouldStartWith("ORRIN BAY — The harbour board of Orrin Bay agreed on Monday");
        paragraphs.Count.ShouldBe(2);
    }

    [Fact]
    public void Printed_length_counts_capitals_wider_than_lower_case()
    {
        UnwrapRule.PrintedLength("HARBOUR").ShouldBeGreaterThan(UnwrapRule.PrintedLength("harbour"));
        UnwrapRule.PrintedLength("  harbour  ").ShouldBe("harbour".Length);
    }
}
