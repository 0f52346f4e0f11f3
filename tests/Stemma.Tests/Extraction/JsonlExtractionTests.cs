using Stemma.Extraction;

namespace Stemma.Tests.Extraction;

public class JsonlExtractionTests
{
    private static readonly List<ExtractionResult> Results = Fixtures.Extract("articles.jsonl");

    [Fact]
    public void Yields_one_result_per_non_empty_line_in_order()
    {
        Results.Select(r => r.Source).ShouldBe(
            ["articles.jsonl:1", "articles.jsonl:2", "articles.jsonl:3", "articles.jsonl:4", "articles.jsonl:6", "articles.jsonl:7"]);
    }

    [Fact]
    public void Fields_become_metadata_and_a_given_title_counts_as_markup()
    {
        var document = Results[0].Document.ShouldNotBeNull();

        document.Format.ShouldBe(DocumentFormat.Jsonl);
        document.Body.ShouldBe("Tindra's council voted on Monday to keep the night train to the coast.\nThe service had been due to end in June.");
        document.Metadata.GivenId.ShouldBe("tv-1");
        document.Metadata.Title.ShouldBe("Tindra votes to keep night trains");
        document.Metadata.Url.ShouldBe("https://post.example/trains");
        document.Metadata.Outlet.ShouldBe("Tindra Post");
        document.Metadata.Published.ShouldBe(new DateOnly(2031, 5, 6));
        document.TitleFromMarkup.ShouldBeTrue();
    }

    [Fact]
    public void A_date_time_gives_the_date_as_written_not_the_UTC_date()
    {
        var document = Results[1].Document.ShouldNotBeNull();

        document.Metadata.Published.ShouldBe(new DateOnly(2031, 5, 6));
        document.TitleFromMarkup.ShouldBeFalse();
    }

    [Fact]
    public void A_malformed_line_is_an_error_naming_path_and_line()
    {
        var error = Results[2].Error.ShouldNotBeNull();

        error.Source.ShouldBe("articles.jsonl:3");
        error.Message.ShouldStartWith("malformed JSON");
    }

    [Fact]
    public void A_row_without_text_is_an_error() =>
        Results[3].Error.ShouldNotBeNull().Message.ShouldBe("missing \"text\" field");

    [Fact]
    public void A_duplicate_id_is_an_error_naming_the_first_line() =>
        Results[4].Error.ShouldNotBeNull().Message.ShouldBe("duplicate id \"tv-1\" (first used on line 1); row skipped");

    [Fact]
    public void Rows_after_bad_rows_are_still_read_with_newlines_normalised()
    {
        var document = Results[5].Document.ShouldNotBeNull();

        document.Body.ShouldBe("A row without id or title.\nIt has a Windows line break.");
        document.Metadata.GivenId.ShouldBeNull();
    }

    [Fact]
    public void Each_row_has_its_own_content_hash() =>
        Results.Where(r => r.IsSuccess).Select(r => r.Document!.ContentHash).Distinct().Count().ShouldBe(3);

    [Fact]
    public void A_published_value_that_is_not_ISO_is_a_warning_not_a_guess()
    {
        var input = new Stemma.Sources.SourceInput("r.jsonl", "{\"text\": \"Body.\", \"published\": \"05/06/2031\"}\n"u8.ToArray());

        var document = new DocumentExtractor().Extract(input).Single().Document.ShouldNotBeNull();

        document.Metadata.Published.ShouldBeNull();
        document.Warnings.ShouldHaveSingleItem().ShouldContain("not an ISO date");
    }
}
