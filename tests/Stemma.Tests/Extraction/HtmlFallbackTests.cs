using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

public class HtmlFallbackTests
{
    private static ExtractedDocument FromHtml(string html) =>
        new DocumentExtractor().Extract(new SourceInput("page.html", System.Text.Encoding.UTF8.GetBytes(html)))
            .Single().Document.ShouldNotBeNull();

    [Fact]
    public void Article_text_found_only_in_noscript_is_read_by_the_fallback_pass()
    {
        var document = Fixtures.Document("noscript-template.html");

        document.Body.ShouldContain("The lantern festival returns to the Brevik waterfront");
        document.Body.ShouldContain("Organisers expect about four thousand visitors");
        document.Warnings.ShouldContain(w => w.Contains("read again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_made_only_of_blocks_classed_as_comments_falls_back_to_reading_them()
    {
        // A forum thread: every post sits in a "comment" box, so hint pruning would leave nothing.
        var document = FromHtml("<html><body><h2>Ferry app stopped syncing</h2>"
            + "<div class=\"forum-comment\"><div class=\"comment-text\">Since the update last week the Tallow ferry app no longer shows my saved tickets when I am on mobile data.</div></div>"
            + "<div class=\"forum-comment\"><div class=\"comment-text\">Same here on two phones. Logging out and back in fixed it for a day, then the tickets vanished again.</div></div>"
            + "</body></html>");

        document.Body.ShouldContain("no longer shows my saved tickets");
        document.Body.ShouldContain("Logging out and back in");
    }

    [Fact]
    public void A_page_with_enough_text_after_pruning_is_not_read_again()
    {
        var story = "<p>The Orvell harbour master closed the outer basin on Monday after a storm tore two pontoons loose from their moorings.</p>"
            + "<p>Fishing boats were moved to the inner harbour, where the quay was strengthened last year, the port authority said.</p>"
            + "<p>Repairs are expected to take three weeks and will be paid from the harbour's maintenance fund, the council said.</p>";
        var document = FromHtml($"<html><body><article>{story}<div class=\"comments\"><p>I saw the pontoons drifting past the lighthouse at dawn, quite a sight for a Monday.</p></div></article></body></html>");

        document.Body.ShouldNotContain("pontoons drifting");
        document.Warnings.ShouldNotContain(w => w.Contains("read again", StringComparison.Ordinal));
    }
}
