using Stemma.Extraction;

namespace Stemma.Tests.Extraction;

public class PdfExtractionTests
{
    [Fact]
    public void Reads_the_text_layer_through_pdftotext()
    {
        var document = Fixtures.Document("ferry.pdf");

        document.Format.ShouldBe(DocumentFormat.Pdf);
        document.Body.ShouldStartWith("Ferry service to Calder Island resumes");
        document.Body.ShouldContain("harbour master Odile Brannock");
        document.TitleFromMarkup.ShouldBeFalse();
        document.Metadata.Title.ShouldBeNull();
        document.PageStarts.ShouldBe([0]);
    }

    [Fact]
    public void Keeps_the_hard_line_breaks_for_cleaning_to_judge() =>
        Fixtures.Document("ferry.pdf").Body.ShouldContain("resumes\nafter storm");

    [Fact]
    public void A_truncated_PDF_is_an_error_with_pdftotexts_reason()
    {
        var error = Fixtures.Error("ferry-truncated.pdf");

        error.Message.ShouldStartWith("corrupt or unreadable PDF (pdftotext: ");
        error.Message.ShouldContain("xref");
    }

    [Fact]
    public void A_PDF_without_a_text_layer_is_an_error_suggesting_OCR() =>
        Fixtures.Error("no-text-layer.pdf").Message.ShouldBe("no text layer (scanned PDF? needs OCR)");

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_pdftotext_that_hangs_is_stopped_at_the_timeout()
    {
        var script = Path.Combine(Path.GetTempPath(), $"stemma-hanging-pdftotext-{Guid.NewGuid():N}");
        File.WriteAllText(script, "#!/bin/sh\nexec sleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var options = new DocumentExtractorOptions { PdfToTextPath = script, PdfTimeout = TimeSpan.FromMilliseconds(300) };
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var error = Fixtures.Extract("ferry.pdf", options).ShouldHaveSingleItem().Error.ShouldNotBeNull();

            error.Message.ShouldStartWith("pdftotext took longer than");
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void A_missing_pdftotext_is_an_error_saying_how_to_install_it()
    {
        var options = new DocumentExtractorOptions { PdfToTextPath = "/nonexistent/pdftotext" };

        var error = Fixtures.Extract("ferry.pdf", options).ShouldHaveSingleItem().Error.ShouldNotBeNull();

        error.Message.ShouldStartWith("pdftotext not found: install poppler-utils (apt-get install poppler-utils)");
    }
}
