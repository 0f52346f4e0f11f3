using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

public class MetadataRuleTests
{
    [Fact]
    public void A_tabloid_kicker_in_capitals_before_an_exclamation_mark_opens_a_headline()
    {
        MetadataRule.IsTitleCandidate("WEDDING WAR! Jodie's big day rocked as bestie Tiff is axed").ShouldBeTrue();
        MetadataRule.IsTitleCandidate("Fans cheered. Then the lights went out and nobody knew why").ShouldBeFalse();
        MetadataRule.IsTitleCandidate("What a night! Fans cheered until the lights went out").ShouldBeFalse();
    }

    [Fact]
    public void Reads_a_headline_broken_across_lines_a_date_line_and_a_byline_with_an_agency()
    {
        var article = CleaningFixtures.CleanOne("Metadata/pdf-head.txt");
        article.Metadata.Title.ShouldBe("Harbour Council Backs Cross-Border Ferry Plan");
        article.Metadata.Published.ShouldBe(new DateOnly(2023, 3, 14));
        article.Metadata.Byline.ShouldBe("Lena Varga and Tomas Eklund");
        article.Metadata.Wire.ShouldBe("Reuters");
        article.Removed.Select(r => r.Kind).ShouldBe([RemovalKinds.Title, RemovalKinds.Metadata, RemovalKinds.Metadata]);
        article.Text.ShouldStartWith("The harbour council of Port Varenne backed a plan");
    }

    [Fact]
    public void Skips_leading_chrome_and_reads_the_outlet_from_its_appeal_and_a_wire_byline()
    {
        var article = CleaningFixtures.CleanOne("Metadata/web-head.txt");
        article.Metadata.Title.ShouldBe("Lighthouse Keeper Wins Poetry Prize");
        article.Metadata.Published.ShouldBe(new DateOnly(2022, 10, 3));
        article.Metadata.Wire.ShouldBe("AFP");
        article.Metadata.Byline.ShouldBeNull();
        article.Metadata.Outlet.ShouldBe("The Quayside Courier");
        article.Removed.ShouldContain(new RemovedText(RemovalKinds.Appeal, "Support The Quayside Courier!"));
        article.Paragraphs.Count.ShouldBe(2);
    }

    [Fact]
    public void Reads_the_wire_from_a_dateline_credit_and_leaves_the_lede_in_place()
    {
        var article = CleaningFixtures.CleanOne("Metadata/dateline.txt");
        article.Metadata.Wire.ShouldBe("Reuters");
        article.Paragraphs[0].ShouldStartWith("PORT VARENNE (Reuters) —");
    }

    [Fact]
    public void Removes_a_markup_title_only_where_it_starts_the_body()
    {
        var given = new DocumentMetadata { Title = "Lighthouse Keeper Wins Poetry Prize", Outlet = "The Quayside Courier" };
        var same = CleaningFixtures.Document("Metadata/markup-title.txt", metadata: given, titleFromMarkup: true);
        var other = same with { Metadata = given with { Title = "A Different Headline" }, ContentHash = "fedcba9876543210" };
        var articles = CleaningFixtures.Cleaner().Clean([same, other]);
        articles[0].Removed.ShouldBe([new RemovedText(RemovalKinds.Title, "Lighthouse Keeper Wins Poetry Prize")]);
        articles[1].Removed.ShouldBeEmpty();
        articles[1].Metadata.Title.ShouldBe("A Different Headline");
        articles[1].Metadata.Outlet.ShouldBe("The Quayside Courier");
    }

    [Theory]
    [InlineData("By Ana Ruiz", "Ana Ruiz", null)]
    [InlineData("By AFP", null, "AFP")]
    [InlineData("By Ana Ruiz (Reuters)", "Ana Ruiz", "Reuters")]
    [InlineData("By Ana Ruiz for Kyodo", "Ana Ruiz", "Kyodo")]
    public void Reads_bylines(string line, string? byline, string? wire)
    {
        MetadataRule.TryParseByline(line, out var b, out var w).ShouldBeTrue();
        b.ShouldBe(byline);
        w.ShouldBe(wire);
    }

    [Theory]
    [InlineData("Posted by Aled Brennock", "Aled Brennock")]
    [InlineData("Match report by Siân Corrow, club secretary", "Siân Corrow")]
    [InlineData("Posted on the Haverleigh Stoolball Club blog by Tobias Wren, press officer", "Tobias Wren")]
    [InlineData("Posted by Ilse Marchetti, Sunday", "Ilse Marchetti")]
    [InlineData("Posted by Morwenna Treloar for the Friday Spinners, Polwithen", "Morwenna Treloar")]
    [InlineData("County round-up by Petra Lindqvist", "Petra Lindqvist")]
    [InlineData("Posted by Oona Castellane on the Backhand Corner blog", "Oona Castellane")]
    public void Reads_a_byline_under_a_label_naming_the_kind_of_piece_and_drops_a_job_title_or_a_day_after_the_name(string line, string person)
    {
        MetadataRule.TryParseByline(line, out var parts).ShouldBeTrue();
        parts.Names.ShouldBe(person);
    }

    [Theory]
    [InlineData("Harbour chief grilled by councillors over dredging costs")]
    [InlineData("Cup final settled by Harrowgate penalty")]
    [InlineData("Posted on Friday. By then, the council had voted.")]
    public void Does_not_take_a_headline_with_by_for_a_labelled_byline(string line)
    {
        MetadataRule.TryParseByline(line, out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("By Tuesday, the council had voted.")]
    [InlineData("By the time the ferry arrived, the pier was empty.")]
    public void Does_not_take_a_sentence_starting_with_by_for_a_byline(string line)
    {
        MetadataRule.TryParseByline(line, out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Published: 5 June 2021", 2021, 6, 5)]
    [InlineData("Friday, September 3, 2021", 2021, 9, 3)]
    [InlineData("date 2019-02-28 Harbour news", 2019, 2, 28)]
    public void Reads_date_lines(string line, int year, int month, int day)
    {
        MetadataRule.TryParseDateLine(line, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void Does_not_take_a_sentence_with_a_date_for_a_date_line()
    {
        MetadataRule.TryParseDateLine("The council first met on June 5, 2021, in the old school hall by the harbour.", out _).ShouldBeFalse();
    }
}
