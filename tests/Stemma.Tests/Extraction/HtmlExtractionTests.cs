using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

public class HtmlExtractionTests
{
    private static readonly ExtractedDocument Article = Fixtures.Document("article.html");

    private static ExtractedDocument FromHtml(string html) =>
        new DocumentExtractor().Extract(new SourceInput("page.html", System.Text.Encoding.UTF8.GetBytes(html)))
            .Single().Document.ShouldNotBeNull();

    [Fact]
    public void Takes_the_title_from_OpenGraph()
    {
        Article.Metadata.Title.ShouldBe("Bridge closure delays Keswick commuters");
        Article.TitleFromMarkup.ShouldBeTrue();
    }

    [Fact]
    public void Reads_metadata_from_JSON_LD_OpenGraph_and_link_tags()
    {
        Article.Metadata.Outlet.ShouldBe("The Harbor Ledger");
        Article.Metadata.Byline.ShouldBe("Anna Lindqvist, Tomas Ebbeling");
        Article.Metadata.Published.ShouldBe(new DateOnly(2031, 4, 2));
        Article.Metadata.Url.ShouldBe("https://ledger.example/news/bridge-closure");
    }

    [Fact]
    public void Each_block_element_is_one_paragraph()
    {
        var paragraphs = Article.Body.Split("\n\n");

        paragraphs.ShouldBe(
        [
            "By Anna Lindqvist and Tomas Ebbeling",
            "Commuters into Keswick faced delays of up to an hour on Tuesday after the old river bridge was closed for emergency repairs.",
            "\"We found a crack in one of the bearings and could not take any risk,\" said county engineer Marek Solberg.\nHe expects the bridge to reopen on Friday.",
            "Diversions",
            "Buses run via the ring road.",
            "Cyclists may use the ferry for free.",
            "Plan an extra hour for your journey.",
        ]);
    }

    [Fact]
    public void Lists_page_chrome_it_dropped_with_its_kind()
    {
        Article.Removed.ShouldBe(
        [
            new RemovedText(RemovalKinds.Navigation, "The Harbor Ledger News Sport Weather"),
            new RemovedText(RemovalKinds.Caption, "The river bridge on Tuesday morning."),
            new RemovedText(RemovalKinds.Related, "Related Ferry timetable extended"),
            new RemovedText(RemovalKinds.Boilerplate, "Get the morning briefing Subscribe"),
            new RemovedText(RemovalKinds.Footer, "© 2031 The Harbor Ledger · Contact"),
            new RemovedText(RemovalKinds.Title, "Bridge closure delays Keswick commuters"),
        ]);
    }

    [Fact]
    public void Scripts_and_styles_never_reach_the_body()
    {
        Article.Body.ShouldNotContain("trackPageView");
        Article.Body.ShouldNotContain("color");
    }

    [Fact]
    public void Without_article_or_main_the_densest_text_block_wins()
    {
        var document = Fixtures.Document("nonsemantic.html");

        document.Body.ShouldStartWith("Apple growers in the Brenna valley");
        document.Body.Split("\n\n").Length.ShouldBe(3);
        document.Body.ShouldNotContain("School choir");
    }

    [Fact]
    public void Strips_the_site_suffix_from_the_page_title_and_keeps_it_as_outlet()
    {
        var document = Fixtures.Document("nonsemantic.html");

        document.Metadata.Title.ShouldBe("Orchard harvest breaks record");
        document.Metadata.Outlet.ShouldBe("Valley Courier");
    }

    [Fact]
    public void A_windows_1252_page_is_decoded_through_its_meta_charset()
    {
        var document = Fixtures.Document("windows-1252.html");

        document.Metadata.Title.ShouldBe("Caf\u00e9 owners protest rent rise");
        document.Body.ShouldBe("\u201cWe cannot pay twice the rent,\u201d said Ren\u00e9e Fosshaug, who runs a caf\u00e9 on the square.");
    }

    [Fact]
    public void Without_OpenGraph_the_article_heading_is_the_title()
    {
        var document = FromHtml("<html><head><title>Front page</title></head><body><article><h1>Tide gauge repaired</h1><p>The gauge at Orvell pier works again, the port said.</p></article></body></html>");

        document.Metadata.Title.ShouldBe("Tide gauge repaired");
        document.Body.ShouldBe("The gauge at Orvell pier works again, the port said.");
    }

    [Fact]
    public void Loose_text_without_paragraph_tags_is_kept()
    {
        var document = FromHtml("<html><body><main>First line of text<br>second line<div>A block</div>tail text</main></body></html>");

        document.Body.ShouldBe("First line of text\nsecond line\n\nA block\n\ntail text");
    }

    [Fact]
    public void A_page_without_text_is_an_error()
    {
        var result = new DocumentExtractor().Extract(new SourceInput("blank.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray())).Single();

        result.Error.ShouldNotBeNull().Message.ShouldBe("no article text found in the HTML page");
    }

    [Fact]
    public void A_form_wrapping_the_whole_page_is_not_taken_for_chrome()
    {
        var document = FromHtml("<html><body><form id=\"mainform\"><div><p>The Orvell bakery won the regional bread prize on Sunday.</p><p>Its owner thanked the night shift.</p></div><button>Search</button></form></body></html>");

        document.Body.ShouldBe("The Orvell bakery won the regional bread prize on Sunday.\n\nIts owner thanked the night shift.");
    }

    [Fact]
    public void A_link_list_inside_the_article_is_dropped_as_navigation()
    {
        var document = FromHtml("<html><body><article><p>The Orvell library reopens on Monday after a year of repairs.</p><ul><li><a href='/1'>Library budget approved</a></li><li><a href='/2'>New mayor sworn in</a></li></ul></article></body></html>");

        document.Body.ShouldBe("The Orvell library reopens on Monday after a year of repairs.");
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Navigation, "Library budget approved New mayor sworn in"));
    }

    [Fact]
    public void Malformed_JSON_LD_is_a_warning_and_other_metadata_still_counts()
    {
        var document = FromHtml("<html><head><script type=\"application/ld+json\">{broken</script><meta name=\"author\" content=\"Lise Marr\"></head><body><p>Text of the story here.</p></body></html>");

        document.Metadata.Byline.ShouldBe("Lise Marr");
        document.Warnings.ShouldHaveSingleItem().ShouldStartWith("malformed JSON-LD block ignored");
    }

    [Theory]
    [InlineData("Ferry resumes | The Harbor Ledger", "Ferry resumes", "The Harbor Ledger")]
    [InlineData("Ferry resumes - Ledger", "Ferry resumes", "Ledger")]
    [InlineData("Ferry resumes", "Ferry resumes", null)]
    [InlineData("Calder - Avenel ferry resumes after storm", "Calder - Avenel ferry resumes after storm", null)]
    public void Site_suffix_is_stripped_only_when_it_looks_like_a_site_name(string title, string expected, string? suffix) =>
        HtmlDocument.StripSiteSuffix(title, null, requireKnownSite: false).ShouldBe((expected, suffix));
}
