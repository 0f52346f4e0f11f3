using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class BylineAndMastheadTests
{
    [Theory]
    [InlineData("By Ana Ruiz, Harbor Times", "Ana Ruiz", "Harbor Times", false)]
    [InlineData("By Ana Ruiz, The Varenne Ledger", "Ana Ruiz", "The Varenne Ledger", false)]
    [InlineData("By Ana Ruiz (Northern Wire Service)", "Ana Ruiz", "Northern Wire Service", true)]
    [InlineData("By Ana Ruiz, Reuters", "Ana Ruiz", "Reuters", true)]
    [InlineData("By Ana Ruiz, Tom Bell", "Ana Ruiz, Tom Bell", null, false)]
    [InlineData("By Ana Ruiz and Tom Bell", "Ana Ruiz and Tom Bell", null, false)]
    public void Reads_the_organisation_after_the_names(string line, string names, string? organisation, bool isWire)
    {
        MetadataRule.TryParseByline(line, out var parts).ShouldBeTrue();
        parts.Names.ShouldBe(names);
        parts.Organisation.ShouldBe(organisation);
        parts.OrganisationIsWire.ShouldBe(isWire);
    }

    [Fact]
    public void Reads_a_date_in_its_own_segment_of_the_byline()
    {
        MetadataRule.TryParseByline("By Desk Staff | November 2, 2024", out var parts).ShouldBeTrue();
        parts.Names.ShouldBe("Desk Staff");
        parts.Date.ShouldBe(new DateOnly(2024, 11, 2));
    }

    [Theory]
    [InlineData("Updated 9:02 a.m.", true)]
    [InlineData("Posted at 17:45", true)]
    [InlineData("9 p.m. curfew lifted in the old town", false)]
    [InlineData("Updated rules for ferry berths", false)]
    public void Reads_a_bare_time_stamp_as_metadata(string line, bool isTime)
    {
        MetadataRule.IsTimeLine(line).ShouldBe(isTime);
    }

    [Fact]
    public void Resolves_a_dateline_abbreviation_to_the_agency_in_the_byline()
    {
        var article = CleaningFixtures.CleanOne("Metadata/dateline-abbreviation.txt");
        article.Metadata.Byline.ShouldBe("Edda Varn");
        article.Metadata.Outlet.ShouldBe("Northern Wire Service");
        article.Metadata.Wire.ShouldBe("Northern Wire Service");
        article.Paragraphs[0].ShouldStartWith("PORT VARENNE, May 9 (NWS) —");
    }

    [Fact]
    public void Resolves_a_dateline_abbreviation_to_a_name_found_elsewhere_in_the_text()
    {
        var article = CleaningFixtures.CleanOne("Metadata/abbreviation-in-credit.txt");
        article.Metadata.Wire.ShouldBe("Northern Wire Service");
        article.Removed.ShouldContain(new RemovedText(RemovalKinds.Credit, "Marta Lind / Northern Wire Service"));
    }

    [Fact]
    public void Leaves_an_abbreviation_no_name_in_the_text_explains()
    {
        MetadataRule.ResolveAbbreviation("NWS", "Harbor Times", "Ferries return. Nobody Wanted Snow was a film.").ShouldBe("NWS");
        MetadataRule.ResolveAbbreviation("Coast Wire", null, "anything").ShouldBe("Coast Wire");
    }

    [Fact]
    public void Skips_the_printed_masthead_and_joins_the_wrapped_headline()
    {
        var article = CleaningFixtures.CleanOne("Metadata/pdf-masthead.txt");
        article.Metadata.Title.ShouldBe("Harbour board names former pilot as its new chair");
        article.Metadata.Outlet.ShouldBe("The Varenne Ledger");
        article.Metadata.Byline.ShouldBe("Edda Varn");
        article.Metadata.Wire.ShouldBe("Northern Wire Service");
        article.Metadata.Published.ShouldBe(new DateOnly(2024, 5, 2));
        article.Removed.ShouldContain(new RemovedText(RemovalKinds.Boilerplate, "The Varenne Ledger"));
        article.Removed.Where(r => r.Kind == RemovalKinds.Footer).Select(r => r.Text).ShouldBe(
            ["© 2024 The Varenne Ledger. All rights reserved.", "Wire stories are published under licence from Northern Wire Service."]);
        article.Paragraphs.Last().ShouldBe("The board's previous chair stepped down in March.");
    }

    [Fact]
    public void Keeps_a_first_line_that_is_not_the_outlet_as_the_title()
    {
        MetadataRule.OutletKey("https://www.varenneledger.com/harbour/x").ShouldBe("varenneledger");
        MetadataRule.OutletKey("The Varenne Ledger").ShouldBe("varenneledger");
        MetadataRule.OutletKey("Varenne Ledger Wins Award").ShouldNotBe("varenneledger");
    }
}
