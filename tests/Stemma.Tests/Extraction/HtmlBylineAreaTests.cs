using Stemma.Extraction;

namespace Stemma.Tests.Extraction;

public class HtmlBylineAreaTests
{
    private static readonly ExtractedDocument Page = Fixtures.Document("byline-area.html");

    private static string[] Blocks => Page.Body.Split("\n\n");

    [Fact]
    public void Splits_the_inline_byline_date_and_update_stamp_into_blocks_of_their_own()
    {
        Blocks.ShouldContain("By Edda Varn, Northern Wire Service");
        Blocks.ShouldContain("Published May 2, 2024");
        Blocks.ShouldContain("Updated 5:40 p.m.");
    }

    [Fact]
    public void Keeps_a_name_after_by_and_inline_text_inside_a_paragraph_together()
    {
        Blocks.ShouldContain("Story by Edda Varn");
        Blocks.ShouldContain(b => b.Contains("the dispute over berthing fees charged", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_published_date_from_a_time_element_when_no_meta_tag_gives_it()
    {
        Page.Metadata.Published.ShouldBe(new DateOnly(2024, 5, 2));
    }
}
