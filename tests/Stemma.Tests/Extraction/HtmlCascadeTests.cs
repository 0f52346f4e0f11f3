using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

public class HtmlCascadeTests
{
    private const string Story =
        "<p>The Orvell harbour master closed the outer basin on Monday after a storm tore two pontoons loose from their moorings.</p>"
        + "<p>Fishing boats were moved to the inner harbour, where the quay was strengthened last year, the port authority said.</p>";

    private static ExtractedDocument FromHtml(string html) =>
        new DocumentExtractor().Extract(new SourceInput("page.html", System.Text.Encoding.UTF8.GetBytes(html)))
            .Single().Document.ShouldNotBeNull();

    [Fact]
    public void A_comment_section_inside_the_article_is_removed_as_comments()
    {
        var document = FromHtml($"<html><body><article>{Story}<div id=\"comments\" class=\"comments-area\"><p>Great piece, I walked past the pontoons on Sunday and they looked loose already.</p></div></article></body></html>");

        document.Body.ShouldNotContain("Great piece");
        document.Removed.ShouldContain(r => r.Kind == RemovalKinds.Comments && r.Text.StartsWith("Great piece", StringComparison.Ordinal));
    }

    [Fact]
    public void Related_teasers_and_share_bars_named_by_class_are_removed()
    {
        var document = FromHtml($"<html><body><article>{Story}<div class=\"share-buttons\">Share this story</div><div class=\"related-posts\"><p>Ferry timetable extended for the summer season by the island council</p></div></article></body></html>");

        document.Body.ShouldNotContain("Share this story");
        document.Body.ShouldNotContain("Ferry timetable");
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "Share this story"));
        document.Removed.ShouldContain(r => r.Kind == RemovalKinds.Related && r.Text.StartsWith("Ferry timetable", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_body_markup_wins_over_a_larger_article_element_holding_teasers()
    {
        var document = FromHtml("<html><body><article><div class=\"teaser-list\"></div>"
            + $"<div itemprop=\"articleBody\">{Story}</div><div class=\"box\"><p>Subscribers read the evening edition first, every day of the week.</p></div></article></body></html>");

        document.Body.ShouldStartWith("The Orvell harbour master");
        document.Body.ShouldNotContain("Subscribers");
    }

    [Fact]
    public void A_caption_and_credit_named_by_class_outside_figure_markup_are_removed()
    {
        var document = FromHtml("<html><body><article><p>The Orvell harbour master closed the outer basin on Monday after a storm tore two pontoons loose from their moorings.</p>"
            + "<div class=\"image-block\"><img src=\"pontoon.jpg\" alt=\"\"><p class=\"image-caption\">The damaged pontoon at the outer basin.</p>"
            + "<p class=\"image-meta\"><em class=\"photo-credit\">© Lina Osk</em></p></div>"
            + "<p>Fishing boats were moved to the inner harbour, where the quay was strengthened last year, the port authority said.</p></article></body></html>");

        document.Body.ShouldNotContain("damaged pontoon");
        document.Body.ShouldNotContain("Lina Osk");
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Caption, "The damaged pontoon at the outer basin."));
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Credit, "© Lina Osk"));
        document.Body.ShouldContain("Fishing boats were moved");
    }

    [Fact]
    public void A_class_naming_credit_inside_a_longer_word_is_not_a_credit_box()
    {
        var document = FromHtml("<html><body><article><p>The Orvell harbour master closed the outer basin on Monday after a storm tore two pontoons loose from their moorings.</p>"
            + "<p class=\"credit-card-terms\">Harbour fees can now be paid by card at the quay office, which opens at seven every morning.</p></article></body></html>");

        document.Body.ShouldContain("Harbour fees can now be paid by card");
    }

    [Fact]
    public void A_standfirst_matching_the_page_description_is_read_as_the_lead()
    {
        var document = Fixtures.Document("described-lead.html");

        document.Body.ShouldStartWith("El ayuntamiento de Puerto Arenal aprobó el lunes la ampliación del muelle norte");
        document.Body.ShouldContain("Las obras comenzarán en marzo");
        document.Body.ShouldNotContain("calle del Faro");
    }

    [Fact]
    public void A_description_the_container_already_holds_is_not_read_twice()
    {
        var html = File.ReadAllText(Fixtures.PathOf("described-lead.html"))
            .Replace("<div itemprop=\"articleBody\">", "<div itemprop=\"articleBody\"><p>El ayuntamiento de Puerto Arenal aprobó el lunes la ampliación del muelle norte, que podrá recibir dos transbordadores a la vez desde el verano.</p>", StringComparison.Ordinal);

        var document = FromHtml(html);

        document.Body.Split("El ayuntamiento de Puerto Arenal").Length.ShouldBe(2);
    }

    [Fact]
    public void An_about_the_author_section_named_by_class_is_removed()
    {
        var document = FromHtml($"<html><body><article>{Story}<div class=\"author_section\"><p class=\"author_section-description\">Lina Osk has covered the Orvell waterfront since 2011 and writes the weekly tides column.</p></div></article></body></html>");

        document.Body.ShouldNotContain("Lina Osk has covered");
        document.Body.ShouldContain("Fishing boats were moved");
    }

    [Fact]
    public void Text_outside_the_container_is_listed_as_removed_block_by_block()
    {
        var document = FromHtml($"<html><body><div class=\"top\">Weather: rain, 12 degrees</div><article>{Story}</article><div>Photo gallery of the week</div></body></html>");

        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "Weather: rain, 12 degrees"));
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "Photo gallery of the week"));
    }

    [Fact]
    public void A_very_long_removed_block_is_cut_and_says_how_much_was_cut()
    {
        var comment = string.Join(' ', Enumerable.Repeat("The pontoons were loose for weeks.", 40));
        var document = FromHtml($"<html><body><article>{Story}</article><section class=\"comments\"><p>{comment}</p></section></body></html>");

        var entry = document.Removed.ShouldHaveSingleItem();
        entry.Kind.ShouldBe(RemovalKinds.Comments);
        entry.Text.Length.ShouldBeLessThan(HtmlDocument.MaxRemovedChars + 40);
        entry.Text.ShouldEndWith("characters cut]");
        var cut = int.Parse(entry.Text[(entry.Text.LastIndexOf('[') + 1)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        (entry.Text.IndexOf(" … [", StringComparison.Ordinal) + cut).ShouldBe(comment.Length);
    }

    [Fact]
    public void A_container_that_under_delivers_is_rescued_by_the_whole_body()
    {
        var document = FromHtml($"<html><body><main><p>Short teaser only.</p></main><div>{Story}{Story.Replace("Monday", "Tuesday", StringComparison.Ordinal)}</div></body></html>");

        document.Body.ShouldContain("closed the outer basin on Monday");
        document.Body.ShouldContain("closed the outer basin on Tuesday");
    }

    [Fact]
    public void A_hidden_element_is_removed_and_listed()
    {
        var document = FromHtml($"<html><body><article>{Story}<div style=\"display: none\">Cookie settings saved</div></article></body></html>");

        document.Body.ShouldNotContain("Cookie settings");
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "Cookie settings saved"));
    }

    [Fact]
    public void An_inline_read_also_box_and_a_contact_block_named_by_class_are_removed()
    {
        var document = FromHtml($"<html><body><article>{Story}<div class=\"lesen-sie-auch\"><p>Neue Fährverbindung nach Orvell ab Mai</p></div>"
            + "<div class=\"kontakt-box\"><p>Hafenamt Orvell, Kaistraße 4, Telefon 0000 1234</p></div></article></body></html>");

        document.Body.ShouldNotContain("Fährverbindung");
        document.Body.ShouldNotContain("Kaistraße");
        document.Removed.ShouldContain(r => r.Kind == RemovalKinds.Related && r.Text.StartsWith("Neue Fährverbindung", StringComparison.Ordinal));
        document.Removed.ShouldContain(r => r.Kind == RemovalKinds.Footer && r.Text.StartsWith("Hafenamt Orvell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_naming_the_article_protects_it_from_hints_elsewhere_in_its_class()
    {
        var document = FromHtml($"<html><body><div class=\"entry-content entry-content-read-more\">{Story}</div></body></html>");

        document.Body.ShouldStartWith("The Orvell harbour master");
    }

    [Fact]
    public void Reads_the_declared_language_and_a_wire_agency_credited_as_author()
    {
        var document = FromHtml("<html lang=\"de-AT\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Hafen gesperrt\",\"author\":{\"@type\":\"Organization\",\"name\":\"APA\"}}</script></head>"
            + $"<body><article>{Story}</article></body></html>");

        document.Metadata.Language.ShouldBe("de-AT");
        document.Metadata.Wire.ShouldBe("APA");
    }

    [Fact]
    public void A_subheading_followed_only_by_a_link_list_goes_with_it()
    {
        var document = FromHtml($"<html><body><article>{Story}<h3>Read also</h3><ul><li><a href=\"/1\">Storm damage in the north</a></li><li><a href=\"/2\">Pontoon repairs costed</a></li></ul></article></body></html>");

        document.Body.ShouldNotContain("Read also");
        document.Removed.ShouldContain(new RemovedText(RemovalKinds.Related, "Read also"));
    }
}

public class HtmlLeadTests
{
    [Fact]
    public void A_lead_set_apart_from_the_article_body_markup_is_read_before_it()
    {
        var html = "<html><body><article><h1>Harbour closed</h1><div class=\"article__intro\"><p>The outer basin of Orvell is closed after the storm.</p></div>"
            + "<div class=\"article-body\"><p>The harbour master closed the outer basin on Monday after a storm tore two pontoons loose from their moorings.</p>"
            + "<p>Fishing boats were moved to the inner harbour, where the quay was strengthened last year, the port authority said.</p></div></article></body></html>";

        var document = new DocumentExtractor().Extract(new SourceInput("page.html", System.Text.Encoding.UTF8.GetBytes(html))).Single().Document.ShouldNotBeNull();

        document.Body.ShouldStartWith("The outer basin of Orvell is closed after the storm.\n\nThe harbour master closed");
        document.Removed.ShouldNotContain(r => r.Text.Contains("outer basin of Orvell", StringComparison.Ordinal));
    }
}
