using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class ChromeRuleTests
{
    private static string[] Removed(Article article, string kind) =>
        article.Removed.Where(r => r.Kind == kind).Select(r => r.Text).ToArray();

    [Fact]
    public void Removes_a_read_more_block_with_its_teasers_and_the_closing_appeals()
    {
        var article = CleaningFixtures.CleanOne("Chrome/tail-chrome.txt");
        article.Paragraphs.Last().ShouldStartWith("Passengers who missed crossings");
        Removed(article, RemovalKinds.Related).ShouldBe(
        [
            "Related: Harbour | Ferries | Unions", "Read more", "analysis Petra Holm", "Why Small Ports Keep Losing Their Ferries",
            "Three towns on the coast have lost their year-round service since the spring.", "Ferries",
            "Council Delays Vote on Fish Market Rent", "The decision will wait until the auditors report in November.",
        ]);
        var appeals = Removed(article, RemovalKinds.Appeal);
        appeals.Length.ShouldBe(3);
        appeals[1].ShouldStartWith("The Harbor Ledger has covered the coast"); // sandwiched between two appeals
        article.Metadata.Outlet.ShouldBe("The Harbor Ledger");
    }

    [Fact]
    public void Removes_captions_with_their_credits_and_keeps_a_short_body_paragraph()
    {
        var article = CleaningFixtures.CleanOne("Chrome/captions.txt");
        Removed(article, RemovalKinds.Caption).ShouldBe(
        [
            "Waves break against the old lighthouse at Cape Morren on Sunday night.",
            "A repair crew climbs the lighthouse stairs.",
            "The lighthouse keeper's cottage beside the tower was not damaged.",
        ]);
        Removed(article, RemovalKinds.Credit).ShouldBe(["Photo: Lena Varga", "(AP Photo/Jonas Berg)", "CapeMorren.org"]);
        article.Paragraphs.ShouldContain("Nobody was hurt.");
        article.Paragraphs.ShouldContain("Repair crews reached the cape by boat on Monday, once the wind had dropped below gale force.");
    }

    [Fact]
    public void Removes_a_participle_caption_under_the_headline_but_keeps_a_subheading()
    {
        var article = CleaningFixtures.CleanOne("Chrome/caption-under-headline.txt");
        Removed(article, RemovalKinds.Caption).ShouldBe(["Old harbour master Nils Odegaard holding the keys to the lock gates"]);
        article.Paragraphs.ShouldContain("Looking back");
    }

    [Fact]
    public void Cuts_plugs_glued_to_the_last_paragraph_and_keeps_its_article_text()
    {
        // A scraper that lost the line breaks glued the page's footer and newsletter plug to the
        // article's last paragraph: only those sentences go.
        var article = CleaningFixtures.CleanOne("Chrome/glued-closing-plugs.txt");

        article.Paragraphs.Last().ShouldStartWith("Harbour councillor Ingrid Falk said");
        article.Paragraphs.Last().ShouldEndWith("Commuters plan a meeting at the ferry office on Friday evening.");
        Removed(article, RemovalKinds.Promotion).ShouldBe(["Copyright The Harbor Ledger. Sign up for our morning newsletter and follow us for updates from the coast."]);
    }

    [Fact]
    public void Cuts_a_plug_glued_to_the_only_paragraph_instead_of_losing_the_article()
    {
        var article = CleaningFixtures.CleanOne("Chrome/glued-plug-only-paragraph.txt");

        article.Paragraphs.ShouldHaveSingleItem().ShouldEndWith("two weeks later than planned.");
        Removed(article, RemovalKinds.Promotion).ShouldBe(["Sign up for our morning newsletter and follow us for updates from the coast."]);
    }

    [Theory]
    [InlineData("Home | Coast | Transport | Weather", true)]
    [InlineData("Skarvik | Ferries | Commuters say the winter timetable leaves them a choice between the bus round the fjord and a taxi boat.", false)]
    public void A_closing_line_is_a_link_bar_only_when_every_part_is_short(string line, bool bar) =>
        ChromeRule.IsTailStub(line).ShouldBe(bar);

    [Fact]
    public void Removes_a_newsletter_plug_and_a_source_footer_but_keeps_the_summary_bullets()
    {
        var article = CleaningFixtures.CleanOne("Chrome/plugs-and-footer.txt");
        Removed(article, RemovalKinds.Promotion).ShouldBe(["• Sign up for our morning newsletter to get the news from the coast."]);
        Removed(article, RemovalKinds.Footer).ShouldBe(["Source: The Harbor Ledger weekend desk"]);
        article.Paragraphs.ShouldContain("• The new hall has room for forty stalls.");
        article.Paragraphs.ShouldContain("• It replaces a tent that stood on the pier for six years.");
    }

    [Fact]
    public void Keeps_body_paragraphs_that_mention_a_donation_or_an_appeal()
    {
        var article = CleaningFixtures.CleanOne("Chrome/negatives.txt");
        article.Removed.Select(r => r.Kind).ShouldBe([RemovalKinds.Title]);
        article.Paragraphs.Count.ShouldBe(5);
        article.Paragraphs.Last().ShouldContain("donation box");
    }

    [Fact]
    public void Removes_only_the_related_line_in_mid_article()
    {
        var article = CleaningFixtures.CleanOne("Chrome/related-mid.txt");
        Removed(article, RemovalKinds.Related).ShouldBe(["Related article: Varenne Bridge Turns Fifty"]);
        article.Paragraphs.Count.ShouldBe(3);
    }

    [Fact]
    public void Removes_bare_url_lines_and_joins_the_sentence_they_interrupted()
    {
        var doc = CleaningFixtures.Document("Chrome/negatives.txt") with
        {
            Body = "Heading of a Fictional Story\n\nThe ferry will leave the pier every two hours, starting at\n\nhttps://example.org/timetable\nwww.example.org/ferry\n\nsix in the morning.\n",
        };
        var article = CleaningFixtures.Cleaner().Clean([doc])[0];
        Removed(article, RemovalKinds.Url).ShouldBe(["https://example.org/timetable", "www.example.org/ferry"]);
        article.Text.ShouldBe("The ferry will leave the pier every two hours, starting at six in the morning.");
    }

    [Theory]
    [InlineData("Advertisement", RemovalKinds.Advertisement)]
    [InlineData("Anzeige", RemovalKinds.Advertisement)]
    [InlineData("Reklama", RemovalKinds.Advertisement)]
    [InlineData("Follow us on Gullnet for live updates.", RemovalKinds.Promotion)]
    [InlineData("Donate today to keep the newsroom open.", RemovalKinds.Appeal)]
    public void Recognises_short_chrome_anywhere(string line, string kind)
    {
        ChromeRule.ClassifyAnywhere(line)!.Single().Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("The harbour master said he would donate today's catch to the shelter and asked others to do the same when they can.")]
    [InlineData("Visitors can follow the coastal path to the lighthouse.")]
    [InlineData("The bridge opened in 1973.")]
    public void Leaves_ordinary_sentences_alone(string line)
    {
        ChromeRule.ClassifyAnywhere(line).ShouldBeNull();
    }

    [Theory]
    [InlineData("Lesen Sie auch:")]
    [InlineData("Mehr zum Thema")]
    [InlineData("Czytaj także:")]
    [InlineData("Zobacz też")]
    [InlineData("Schon gelesen?")]
    public void Recognises_german_and_polish_read_also_lead_ins(string line)
    {
        ChromeLexicon.RelatedLeadIn().IsMatch(line).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Czytaj także, co powiedział burmistrz Orlewa o nowym moście.")]
    [InlineData("Lesen Sie auch die Stellungnahme des Hafenamts, sagte der Sprecher.")]
    public void A_read_also_phrase_inside_a_sentence_is_not_a_lead_in(string line)
    {
        ChromeLexicon.RelatedLeadIn().IsMatch(line).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Melde dich hier für unseren Newsletter an und verpasse keine Geschichte aus Brevik.", RemovalKinds.Promotion)]
    [InlineData("Folgen Sie uns auf Gullnet!", RemovalKinds.Promotion)]
    [InlineData("Síguenos en Gullnet para recibir todas nuestras noticias de Puerto Arenal.", RemovalKinds.Promotion)]
    [InlineData("¡Mira lo que tiene nuestro canal de YouTube!", RemovalKinds.Promotion)]
    [InlineData("Abonnez-vous à notre newsletter du soir.", RemovalKinds.Promotion)]
    [InlineData("Zapraszamy też do subskrypcji tygodnika Głos Orlewa.", RemovalKinds.Promotion)]
    [InlineData("Submit a letter to the editor or write to the Ledger's letters desk.", RemovalKinds.Promotion)]
    [InlineData("To view the full story, please subscribe to The Harbor Ledger.", RemovalKinds.Promotion)]
    [InlineData("Unterstütze unsere Arbeit mit einem kleinen Beitrag.", RemovalKinds.Appeal)]
    [InlineData("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", RemovalKinds.Appeal)]
    [InlineData("Wesprzyj nas już dziś!", RemovalKinds.Appeal)]
    public void Recognises_plugs_and_appeals_in_the_languages_of_the_page(string line, string kind)
    {
        ChromeRule.ClassifyAnywhere(line)!.Single().Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("Die Fischer unterstützen den Plan des Hafenamts, sagte der Sprecher am Montag.")]
    [InlineData("Der Verein folgte unserem Aufruf und räumte den Strand von Brevik.")]
    [InlineData("El alcalde dijo que el canal de Puerto Arenal será dragado en marzo.")]
    public void Leaves_sentences_that_merely_share_a_word_with_a_plug_alone(string line)
    {
        ChromeRule.ClassifyAnywhere(line).ShouldBeNull();
    }

    [Theory]
    [InlineData("This post contains affiliate links. We may receive a commission when you buy through them.", RemovalKinds.Advertisement)]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für Strandkorb Brevik.", RemovalKinds.Advertisement)]
    [InlineData("Anzeige, enthält Affiliate Links", RemovalKinds.Advertisement)]
    [InlineData("© 2024 Harbor Ledger. This article is the copyrighted property of the Harbor Ledger and may not be reprinted.", RemovalKinds.Footer)]
    [InlineData("Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie tylko za zgodą wydawcy Głosu Orlewa.", RemovalKinds.Footer)]
    [InlineData("This entry was posted in Harbour. Bookmark the permalink.", RemovalKinds.Metadata)]
    [InlineData("Der Beitrag wurde am Mittwoch, den 4. März 2020 um 10:15 Uhr veröffentlicht und wurde unter Hafen abgelegt.", RemovalKinds.Metadata)]
    [InlineData("4 Min Read", RemovalKinds.Metadata)]
    [InlineData("12 minutes - 2310 words", RemovalKinds.Metadata)]
    public void Recognises_disclosures_rights_notices_and_post_footers(string line, string kind)
    {
        ChromeRule.ClassifyAnywhere(line)!.Single().Kind.ShouldBe(kind);
    }

    [Fact]
    public void A_sentence_opening_with_the_word_advertising_is_not_a_disclosure()
    {
        ChromeRule.ClassifyAnywhere("Werbung nervt, sagte die Hafenmeisterin, und ließ die Plakate am Kai abnehmen.").ShouldBeNull();
    }

    [Fact]
    public void A_paragraph_longer_than_a_notice_keeps_a_disclosure_cue()
    {
        var paragraph = "The council said the ferry company may receive compensation for the cancelled crossings once the auditors have reported. "
            + string.Join(' ', Enumerable.Repeat("The harbour board will meet again on Friday to discuss the timetable.", 5));
        CaptionRule.WordCount(paragraph).ShouldBeGreaterThan(ChromeRule.MaxNoticeWords);

        ChromeRule.ClassifyAnywhere(paragraph).ShouldBeNull();
    }

    [Theory]
    [InlineData("Weitere Informationen")]
    [InlineData("Quellenangaben:")]
    [InlineData("Further reading")]
    [InlineData("Más información:")]
    public void Recognises_an_end_matter_heading_standing_alone(string line)
    {
        ChromeRule.ClassifyAnywhere(line)!.Single().Kind.ShouldBe(RemovalKinds.Navigation);
    }

    [Fact]
    public void An_end_matter_phrase_opening_a_sentence_is_kept()
    {
        ChromeRule.ClassifyAnywhere("Weitere Informationen gibt das Hafenamt in Brevik am Montag bekannt.").ShouldBeNull();
    }
}
