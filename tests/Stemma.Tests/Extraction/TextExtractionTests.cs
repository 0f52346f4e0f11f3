using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

public class TextExtractionTests
{
    [Fact]
    public void Plain_text_keeps_its_lines_exactly_and_has_no_title_yet()
    {
        var document = Fixtures.Document("plain.txt");

        document.Format.ShouldBe(DocumentFormat.Text);
        document.Body.ShouldBe(File.ReadAllText(Fixtures.PathOf("plain.txt")));
        document.Body.ShouldContain("across the\nharbour");
        document.TitleFromMarkup.ShouldBeFalse();
        document.Metadata.Title.ShouldBeNull();
    }

    [Fact]
    public void Windows_line_endings_become_newlines_and_the_byte_order_mark_goes()
    {
        var document = Fixtures.Document("utf8-bom.txt");

        document.Body.ShouldBe("Fishermen in Skarvik landed a record catch of cod.\nThe harbour office confirmed the figure.\n");
    }

    [Fact]
    public void Markdown_leading_heading_becomes_the_title()
    {
        var document = Fixtures.Document("article.md");

        document.Metadata.Title.ShouldBe("Orvell council approves new tram line");
        document.TitleFromMarkup.ShouldBeTrue();
        document.Body.ShouldStartWith("The council of Orvell voted");
    }

    [Fact]
    public void Markdown_syntax_is_stripped_and_lines_are_kept()
    {
        var body = Fixtures.Document("article.md").Body;

        body.ShouldContain("The council of Orvell voted 9-2 on Monday to build a tram line\nbetween the station and the university campus.");
        body.ShouldContain("\nWhat happens next\n");
        body.ShouldContain("\"This is the biggest project in a generation,\" said mayor Ilse Durand.");
        body.ShouldContain("Construction starts in spring.");
        body.ShouldContain("according to the plan.");
        body.ShouldNotContain("](");
        body.ShouldNotContain("**");
        body.ShouldNotContain("https://");
    }

    [Fact]
    public void Markdown_images_and_link_definitions_are_listed_as_removed()
    {
        var removed = Fixtures.Document("article.md").Removed;

        removed.ShouldContain(new RemovedText(RemovalKinds.Caption, "A tram at the depot"));
        removed.ShouldContain(new RemovedText(RemovalKinds.Url, "[1]: https://example.org/plan.pdf"));
        removed.ShouldContain(new RemovedText(RemovalKinds.Title, "Orvell council approves new tram line"));
    }

    [Fact]
    public void Content_hash_is_sixteen_hex_digits_of_the_bytes_and_stable()
    {
        var first = Fixtures.Document("plain.txt").ContentHash;
        var again = Fixtures.Document("plain.txt").ContentHash;
        var other = new DocumentExtractor().Extract(new SourceInput("x.txt", "Lantern festival."u8.ToArray())).Single().Document!.ContentHash;

        first.ShouldMatch("^[0-9a-f]{16}$");
        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void Fnv1a64_matches_the_published_test_vectors()
    {
        Fnv1a64.Hex(""u8).ShouldBe("cbf29ce484222325");
        Fnv1a64.Hex("a"u8).ShouldBe("af63dc4c8601ec8c");
        Fnv1a64.Hex("foobar"u8).ShouldBe("85944171f73967e8");
    }

    [Theory]
    [InlineData("empty.txt", "empty file")]
    [InlineData("binary.bin", "binary file, not a supported format")]
    [InlineData("archive.warc", "no HTML response records in the WARC file (skipped 1 warcinfo record(s))")]
    public void Rejected_inputs_become_errors_naming_the_source(string name, string message)
    {
        var error = Fixtures.Error(name);

        error.Source.ShouldBe(name);
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("invalid-utf8.txt", "invalid UTF-8 at byte 29")]
    [InlineData("document.rtf", "unknown format")]
    public void Undecodable_and_unknown_inputs_become_errors(string name, string start) =>
        Fixtures.Error(name).Message.ShouldStartWith(start);
}
