using System.Text;
using Stemma.Extraction;

namespace Stemma.Tests.Extraction;

public class FormatDetectorTests
{
    private static FormatDetection Detect(string name) =>
        FormatDetector.Detect(File.ReadAllBytes(Fixtures.PathOf(name)), name);

    [Theory]
    [InlineData("plain.txt", DocumentFormat.Text)]
    [InlineData("article.md", DocumentFormat.Text)]
    [InlineData("article.html", DocumentFormat.Html)]
    [InlineData("nonsemantic.html", DocumentFormat.Html)]
    [InlineData("windows-1252.html", DocumentFormat.Html)]
    [InlineData("ferry.pdf", DocumentFormat.Pdf)]
    [InlineData("articles.jsonl", DocumentFormat.Jsonl)]
    [InlineData("archive.warc", DocumentFormat.Warc)]
    [InlineData("utf16le.txt", DocumentFormat.Text)]
    public void Detects_each_fixture_format(string name, DocumentFormat expected) =>
        Detect(name).Format.ShouldBe(expected);

    [Theory]
    [InlineData("ferry.pdf")]
    [InlineData("article.html")]
    [InlineData("articles.jsonl")]
    public void Detects_by_content_whatever_the_extension(string name)
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf(name));

        FormatDetector.Detect(bytes, "renamed.txt").Format.ShouldBe(Detect(name).Format);
    }

    [Fact]
    public void Markdown_is_recognised_from_a_leading_heading_without_an_extension()
    {
        var detection = FormatDetector.Detect("# Title\n\nBody text."u8, "-");

        detection.Format.ShouldBe(DocumentFormat.Text);
        detection.IsMarkdown.ShouldBeTrue();
    }

    [Fact]
    public void A_text_that_mentions_the_PDF_header_is_still_text() =>
        FormatDetector.Detect("Archivists prefer files that start with %PDF-1.7 or later.\n"u8).Format.ShouldBe(DocumentFormat.Text);

    [Fact]
    public void A_PDF_with_junk_before_its_header_is_still_a_PDF()
    {
        var bytes = "junk\n"u8.ToArray().Concat(File.ReadAllBytes(Fixtures.PathOf("ferry.pdf"))).ToArray();

        FormatDetector.Detect(bytes).Format.ShouldBe(DocumentFormat.Pdf);
    }

    [Fact]
    public void Plain_text_is_not_taken_for_Markdown() => Detect("plain.txt").IsMarkdown.ShouldBeFalse();

    [Fact]
    public void An_empty_file_is_rejected() => Detect("empty.txt").Problem.ShouldBe("empty file");

    [Fact]
    public void A_whitespace_only_file_is_rejected_as_empty() =>
        Detect("whitespace.txt").Problem.ShouldBe("empty file (only whitespace)");

    [Fact]
    public void Binary_content_is_rejected() =>
        Detect("binary.bin").Problem.ShouldBe("binary file, not a supported format");

    [Fact]
    public void Control_characters_without_nul_bytes_are_binary_too()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        FormatDetector.Detect(bytes).Problem.ShouldBe("binary file, not a supported format");
    }

    [Fact]
    public void Invalid_UTF8_is_rejected_naming_the_byte() =>
        Detect("invalid-utf8.txt").Problem.ShouldStartWith("invalid UTF-8 at byte 29");

    [Fact]
    public void Invalid_UTF8_offset_counts_the_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF];

        FormatDetector.Detect(bytes).Problem.ShouldStartWith("invalid UTF-8 at byte 5");
    }

    [Theory]
    [InlineData("document.rtf", "an RTF document")]
    [InlineData("feed.xml", "XML that is not HTML")]
    public void Unknown_formats_are_rejected_saying_what_they_look_like(string name, string what)
    {
        var problem = Detect(name).Problem.ShouldNotBeNull();

        problem.ShouldStartWith("unknown format");
        problem.ShouldContain(what);
    }

    [Fact]
    public void A_single_JSON_document_is_rejected_as_not_JSON_Lines() =>
        FormatDetector.Detect("{\n  \"text\": \"pretty printed\"\n}\n"u8, "a.json").Problem.ShouldNotBeNull()
            .ShouldContain("not JSON Lines");

    [Fact]
    public void A_gzip_file_is_rejected_with_how_to_fix_it() =>
        Detect("note.txt.gz").Problem.ShouldNotBeNull().ShouldContain("decompress it first");

    [Fact]
    public void Strips_a_UTF8_byte_order_mark() => Detect("utf8-bom.txt").Text.ShouldNotBeNull().ShouldStartWith("Fishermen");

    [Fact]
    public void Decodes_UTF16_with_a_byte_order_mark() =>
        Detect("utf16le.txt").Text.ShouldNotBeNull().ShouldStartWith("Snow closed the pass above Tindra");

    [Fact]
    public void Decodes_HTML_in_the_charset_its_meta_tag_declares() =>
        Detect("windows-1252.html").Text.ShouldNotBeNull().ShouldContain("\u201cWe cannot pay twice the rent,\u201d said Ren\u00e9e");

    [Fact]
    public void Undeclared_legacy_HTML_is_read_as_windows_1252_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>Caf\u00e9 on the square.</p></body></html>");

        var detection = FormatDetector.Detect(bytes);

        detection.Text.ShouldNotBeNull().ShouldContain("Caf\u00e9");
        detection.Warnings.ShouldHaveSingleItem().ShouldContain("windows-1252");
    }

    [Fact]
    public void HTML_declared_UTF8_with_a_stray_byte_is_read_with_a_replacement_and_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 \u201cstray\u201d ").Concat(new byte[] { 0xE9 }).Concat("</p></body></html>"u8.ToArray()).ToArray();

        var detection = FormatDetector.Detect(bytes);

        detection.Text.ShouldNotBeNull().ShouldContain("Caf\u00e9 \u201cstray\u201d \uFFFD");
        detection.Warnings.ShouldHaveSingleItem().ShouldStartWith("invalid UTF-8 at byte");
    }

    [Fact]
    public void The_extension_decides_JSONL_when_no_probed_row_is_valid() =>
        FormatDetector.Detect("{\"title\": \"no text\"}\n"u8, "rows.jsonl").Format.ShouldBe(DocumentFormat.Jsonl);
}
