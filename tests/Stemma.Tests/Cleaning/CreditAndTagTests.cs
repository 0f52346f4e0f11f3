using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class CreditAndTagTests
{
    private static string[] Removed(Article article, string kind) =>
        article.Removed.Where(r => r.Kind == kind).Select(r => r.Text).ToArray();

    [Fact]
    public void Removes_wire_end_credits_standing_alone_or_glued_to_the_last_paragraph()
    {
        var article = CleaningFixtures.CleanOne("Chrome/end-credits.txt");
        Removed(article, RemovalKinds.Credit).ShouldBe(
            ["(Additional reporting by Petra Holm in Skarby)", "(Reporting by Ana Ruiz; Editing by Tomas Eklund)"]);
        article.Paragraphs.Last().ShouldBe(
            "The operator said full timetables would return on Friday, once the two idle vessels had been inspected.");
        article.Paragraphs.ShouldContain(p => p.StartsWith("Reporting by the harbour auditors found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(Reporting by Ana Ruiz; Editing by Tomas Eklund)", true)]
    [InlineData("-- Reporting by Ana Ruiz and Tom Bell in Skarby", true)]
    [InlineData("Reporting by Ana Ruiz; Editing by Tomas Eklund", true)]
    [InlineData("Reporting by the harbour auditors found gaps.", false)]
    [InlineData("Editing by committee rarely works, the chair said.", false)]
    public void Tells_an_end_credit_from_a_sentence(string line, bool credit)
    {
        ChromeRule.IsEndCredit(line).ShouldBe(credit);
    }

    [Fact]
    public void A_credit_line_takes_the_short_caption_above_it_but_not_a_body_paragraph()
    {
        var article = CleaningFixtures.CleanOne("Chrome/credit-line.txt");
        Removed(article, RemovalKinds.Caption).ShouldBe(["Visitors climb the restored stairs of the Cape Morren lighthouse on Saturday."]);
        Removed(article, RemovalKinds.Credit).ShouldBe(["Marta Lind / Varenne Daily", "Photo: Ilse Brandt / Harbour Press"]);
        article.Paragraphs.ShouldContain(p => p.StartsWith("The lighthouse at Cape Morren opened", StringComparison.Ordinal));
    }

    [Fact]
    public void Removes_a_tag_list_but_keeps_a_sentence_that_starts_like_one()
    {
        var article = CleaningFixtures.CleanOne("Chrome/credit-line.txt");
        Removed(article, RemovalKinds.Navigation).ShouldBe(["Tags: lighthouses, heritage, Cape Morren"]);
        article.Paragraphs.Last().ShouldStartWith("Topics: the trust will discuss");
    }

    [Theory]
    [InlineData("A ferry leaves the terminal on Friday, as the strike ends. Marta Lind / Northern Wire Service",
        "A ferry leaves the terminal on Friday, as the strike ends.", "Marta Lind / Northern Wire Service")]
    [InlineData("Marta Lind / Varenne Daily", null, "Marta Lind / Varenne Daily")]
    public void Splits_a_name_and_agency_credit_from_its_caption(string paragraph, string? caption, string credit)
    {
        var items = CaptionRule.CaptionWithCredit(paragraph).ShouldNotBeNull();
        items.Where(i => i.Kind == RemovalKinds.Caption).Select(i => i.Text).SingleOrDefault().ShouldBe(caption);
        items.Single(i => i.Kind == RemovalKinds.Credit).Text.ShouldBe(credit);
    }

    [Fact]
    public void Does_not_take_a_sentence_with_a_slash_for_a_credit()
    {
        CaptionRule.CaptionWithCredit("The council voted 7 / 2 to keep the ferry running through the winter.").ShouldBeNull();
    }

    [Fact]
    public void Removes_a_stock_photo_caption_under_the_byline_and_reads_the_byline_date()
    {
        var article = CleaningFixtures.CleanOne("Chrome/stock-photo-caption.txt");
        Removed(article, RemovalKinds.Caption).ShouldBe(["Fishing boats moored along a quiet harbour."]);
        Removed(article, RemovalKinds.Metadata).ShouldBe(["By Desk Staff | November 2, 2024"]);
        article.Metadata.Byline.ShouldBe("Desk Staff");
        article.Metadata.Published.ShouldBe(new DateOnly(2024, 11, 2));
        article.Paragraphs[0].ShouldStartWith("Stallholders at the Port Varenne fish market");
    }

    [Fact]
    public void Keeps_a_short_real_lede_under_the_headline()
    {
        var article = CleaningFixtures.CleanOne("Chrome/short-lede.txt");
        article.Removed.Select(r => r.Kind).ShouldBe([RemovalKinds.Title]);
        article.Paragraphs[0].ShouldBe("Firefighters rushed to the Marlow depot on Sunday.");
    }

    [Theory]
    [InlineData("Fishing boats moored along a quiet harbour.", true)]
    [InlineData("A crane operator working above the quay.", true)]
    [InlineData("Firefighters rushed to the Marlow depot on Sunday.", false)]
    [InlineData("Prices climbed across the board.", false)]
    [InlineData("The council approved a new budget for the harbour.", false)]
    [InlineData("Fishing boats moored along a quiet harbour", false)]
    public void Tells_a_stock_photo_caption_from_a_short_lede(string paragraph, bool caption)
    {
        const string lede = "The harbour council of Port Varenne voted on Thursday to raise the rents of the fish market by a tenth from January.";
        CaptionRule.IsStockPhotoCaption(paragraph, lede).ShouldBe(caption);
    }

    [Theory]
    [InlineData(RemovalKinds.Related, "Support independent journalism Become a member today Donate now", RemovalKinds.Appeal)]
    [InlineData(RemovalKinds.Boilerplate, "Sign up for The Morning Tide, our free weekday newsletter.", RemovalKinds.Promotion)]
    [InlineData(RemovalKinds.Related, "Read more Harbour Ledger subscribers back the ferry plan", RemovalKinds.Related)]
    [InlineData(RemovalKinds.Navigation, "Home Support us Subscribe", RemovalKinds.Navigation)]
    [InlineData(RemovalKinds.Boilerplate, "Share this story", RemovalKinds.Boilerplate)]
    public void Chrome_removed_with_a_generic_kind_takes_the_lexicon_kind(string given, string text, string expected)
    {
        ArticleCleaner.Reclassify(new RemovedText(given, text)).Kind.ShouldBe(expected);
    }
}
