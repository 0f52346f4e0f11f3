using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Extraction;

/// <summary>
/// PDFs printed with headless Chromium from pdf-sources/granary*.html (see its README): with the
/// browser's header and footer (date, title, URL, "1/2"), and as a two-column page (CSS columns).
/// </summary>
public class PdfPrintoutTests
{
    private static readonly string[] ParagraphStarts =
    [
        "VESTRA HARBOUR", "The granary, a stone", "\"This building belongs", "Under the plan approved", "The works are expected",
        "Opponents of the plan", "\"Nobody is against", "Supporters answered", "Architect Sofie Brandt", "\"The granary has stood",
        "The harbour authority", "Work is due to start", "The decision ends", "Local historian Maren", "The library association will",
    ];

    private static string Flat(string body) => string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("granary-printed.pdf")]
    [InlineData("granary-columns-printed.pdf")]
    [InlineData("granary-columns-plain.pdf")]
    public void Paragraphs_come_in_reading_order_across_columns_and_pages(string name)
    {
        var body = Flat(Fixtures.Document(name).Body);

        var positions = ParagraphStarts.Select(p => body.IndexOf(p, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void A_two_column_page_keeps_each_paragraph_whole()
    {
        var body = Flat(Fixtures.Document("granary-columns-printed.pdf").Body);

        body.ShouldContain("had been promised to a hotel developer in an earlier agreement that the council cancelled last spring after the developer missed two deadlines.");
        body.ShouldContain("the library would draw families into the district all year round, not only in the summer months.");
    }

    [Fact]
    public void The_dateline_paragraph_of_a_two_column_page_stays_whole_after_cleaning()
    {
        var article = ArticleCleaner.Create(CleaningOptions.Default).Clean([Fixtures.Document("granary-columns-printed.pdf")])[0];

        article.Paragraphs.ShouldContain(p => p.StartsWith("VESTRA HARBOUR — The town council of Vestra voted on Thursday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("granary-printed.pdf")]
    [InlineData("granary-columns-printed.pdf")]
    public void The_browsers_print_header_and_footer_are_removed_and_listed(string name)
    {
        var document = Fixtures.Document(name);

        document.PageStarts.Count.ShouldBe(2);
        document.Body.ShouldStartWith("Vestra council votes to turn the old granary");
        document.Body.ShouldNotContain("localhost");
        document.Body.ShouldNotContain("8:25 AM");
        document.Body.ShouldNotContain("Granary to become a library | Vestra Post");
        document.Body.Split('\n').ShouldNotContain("1/2");
        document.Body.TrimEnd().ShouldEndWith("send their suggestions\nto the association by post.".Split('\n')[^1]);
        document.Removed.ShouldContain(r => r.Kind == RemovalKinds.Url && r.Text.EndsWith(".html", StringComparison.Ordinal));
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Navigation, "1/2"));
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Navigation, "2/2"));
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "Granary to become a library | Vestra Post"));
    }

    [Fact]
    public void The_second_page_starts_with_its_first_line_of_text()
    {
        var document = Fixtures.Document("granary-printed.pdf");

        document.Body[document.PageStarts[1]..].ShouldStartWith("The decision ends a long chapter");
    }

    [Fact]
    public void Running_heads_and_page_numbers_recurring_on_page_edges_are_removed()
    {
        string[] pages =
        [
            "THE ORVELL REVIEW\n\nFirst page text that runs on.\nMore of it.\n\n1",
            "THE ORVELL REVIEW\n\nSecond page text.\n\n2",
            "THE ORVELL REVIEW\n\nThird page text, with THE ORVELL REVIEW named inside.\n\n3",
        ];

        var (kept, removed) = PdfPageFurniture.Remove(pages);

        kept.ShouldBe(["First page text that runs on.\nMore of it.", "Second page text.", "Third page text, with THE ORVELL REVIEW named inside."]);
        removed.Count(r => r.Kind == RemovalKinds.Boilerplate && r.Text == "THE ORVELL REVIEW").ShouldBe(3);
        removed.Where(r => r.Kind == RemovalKinds.Navigation).Select(r => r.Text).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void A_line_in_the_middle_of_a_page_is_never_furniture()
    {
        string[] pages = ["Intro line of the article.\n\nhttps://orvell.example/ferry\n\nClosing line of the article."];

        var (kept, removed) = PdfPageFurniture.Remove(pages);

        kept.ShouldBe(pages);
        removed.ShouldBeEmpty();
    }
}

public class PdfLayoutTests
{
    private static PdfLayout.Block B(double x, double y, double w, double h, string text, int flow) => new(x, y, x + w, y + h, text, flow);

    [Fact]
    public void Columns_whose_paragraph_breaks_line_up_are_still_read_column_by_column()
    {
        // Both columns break between paragraphs at the same height: two bands, one column layout.
        var blocks = new[]
        {
            B(50, 10, 500, 20, "Headline", 1),
            B(50, 40, 220, 60, "L1", 2), B(300, 40, 220, 60, "R1", 3),
            B(50, 110, 220, 60, "L2", 4), B(300, 110, 220, 60, "R2", 5),
            B(20, 760, 150, 10, "https://orvell.example/story", 6), B(570, 760, 15, 10, "1/2", 7),
        };

        PdfLayout.Order(blocks).Select(b => b.Text).ShouldBe(["Headline", "L1", "L2", "R1", "R2", "https://orvell.example/story", "1/2"]);
    }

    [Fact]
    public void A_single_column_page_is_read_top_to_bottom()
    {
        var blocks = new[] { B(50, 300, 400, 50, "second", 1), B(50, 100, 400, 50, "first", 1) };

        PdfLayout.Text(blocks).ShouldBe("first\nsecond");
    }
}
