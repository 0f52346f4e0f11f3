using System.Text;
using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

public class WarcExtractionTests
{
    private static readonly string ArticleHtml = File.ReadAllText(Fixtures.PathOf("article.html"));
    private static readonly string NonsemanticHtml = File.ReadAllText(Fixtures.PathOf("nonsemantic.html"));
    private const string Bridge = "https://ledger.example/news/bridge-closure";
    private const string Orchard = "https://courier.example/orchard";

    private static List<ExtractionResult> Extract(byte[] warc, string name = "crawl.warc.gz") =>
        new DocumentExtractor().Extract(new SourceInput(name, warc)).ToList();

    private static WarcWriter TwoPages(string version, bool gzip) =>
        new WarcWriter(version, gzip).Info()
            .Request(Bridge).Response(Bridge, ArticleHtml).Metadata(Bridge)
            .Request(Orchard).Response(Orchard, NonsemanticHtml).Metadata(Orchard);

    [Theory]
    [InlineData("WARC/1.0", false)]
    [InlineData("WARC/1.1", false)]
    [InlineData("WARC/1.0", true)]
    [InlineData("WARC/1.1", true)]
    public void Each_HTML_response_becomes_a_document_named_by_its_target_URI(string version, bool gzip)
    {
        var results = Extract(TwoPages(version, gzip).ToArray());

        results.Select(r => r.Source).ShouldBe([$"crawl.warc.gz#{Bridge}", $"crawl.warc.gz#{Orchard}"]);
        results.ShouldAllBe(r => r.IsSuccess);
        results[0].Document!.Body.ShouldContain("Commuters into Keswick faced delays");
        results[0].Document!.Metadata.Url.ShouldBe(Bridge);
        results[1].Document!.Body.ShouldStartWith("Apple growers in the Brenna valley");
    }

    [Fact]
    public void Other_records_are_skipped_counted_and_reported_once_per_file()
    {
        var results = Extract(TwoPages("WARC/1.1", true).ToArray());

        results[0].Document!.Warnings.ShouldNotContain(w => w.Contains("skipped", StringComparison.Ordinal));
        results[1].Document!.Warnings.ShouldContain("crawl.warc.gz: skipped 2 metadata, 2 request, 1 warcinfo record(s)");
    }

    [Fact]
    public void The_capture_date_stands_in_when_the_page_gives_none()
    {
        var results = Extract(TwoPages("WARC/1.1", false).ToArray());

        results[0].Document!.Metadata.Published.ShouldBe(new DateOnly(2031, 4, 2)); // The page's own date wins.
        results[1].Document!.Metadata.Published.ShouldBe(new DateOnly(2031, 4, 3));
    }

    [Fact]
    public void Chunked_gzipped_bodies_are_decoded_and_the_header_charset_is_honoured()
    {
        var latin = Encoding.Latin1.GetBytes("<html><body><article><p>Ren\u00e9e Fosshaug opened a caf\u00e9 on the square of Orvell last spring.</p></article></body></html>");
        var body = WarcWriter.Chunked(WarcWriter.Gzip(latin), 17);
        var warc = new WarcWriter().Response(Orchard, body, "Content-Type: text/html; charset=iso-8859-1\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked").ToArray();

        Extract(warc).ShouldHaveSingleItem().Document!.Body.ShouldBe("Ren\u00e9e Fosshaug opened a caf\u00e9 on the square of Orvell last spring.");
    }

    [Fact]
    public void Error_pages_and_non_HTML_responses_are_skipped()
    {
        var warc = new WarcWriter()
            .Response("https://courier.example/missing", "<html><body><p>Not found, the page you asked for is gone.</p></body></html>", status: 404)
            .Response("https://courier.example/logo.png", [0x89, 0x50, 0x4E, 0x47], "Content-Type: image/png")
            .Response(Orchard, NonsemanticHtml).ToArray();

        var document = Extract(warc).ShouldHaveSingleItem().Document!;
        document.Warnings.ShouldContain("crawl.warc.gz: skipped 1 non-2xx (404) response, 1 non-HTML response record(s)");
    }

    [Fact]
    public void A_record_whose_length_is_too_long_is_an_error_and_the_next_record_is_still_read()
    {
        var warc = new WarcWriter()
            .Response(Bridge, Encoding.UTF8.GetBytes(ArticleHtml), date: "2031-04-03T10:00:00Z", lyingLength: ArticleHtml.Length + 300)
            .Response(Orchard, NonsemanticHtml).ToArray();

        var results = Extract(warc, "crawl.warc");

        results.Count.ShouldBe(2);
        results[0].Error!.Message.ShouldContain("Content-Length says");
        results[0].Source.ShouldBe($"crawl.warc#{Bridge}");
        results[1].Document!.Body.ShouldStartWith("Apple growers");
    }

    [Fact]
    public void A_record_whose_length_is_too_short_is_an_error_and_the_next_record_is_still_read()
    {
        var warc = new WarcWriter()
            .Response(Bridge, Encoding.UTF8.GetBytes(ArticleHtml), date: "2031-04-03T10:00:00Z", lyingLength: 500)
            .Response(Orchard, NonsemanticHtml).ToArray();

        var results = Extract(warc, "crawl.warc");

        results.Count.ShouldBe(2);
        results[0].Error!.Message.ShouldContain("more bytes follow before the next record");
        results[1].Document!.Body.ShouldStartWith("Apple growers");
    }

    [Fact]
    public void A_truncated_gzip_member_is_an_error_after_the_records_before_it()
    {
        var whole = TwoPages("WARC/1.1", true).ToArray();
        var cut = whole[..(whole.Length - 40)];

        var results = Extract(cut);

        results[0].Document!.Body.ShouldContain("Commuters into Keswick");
        results.ShouldContain(r => !r.IsSuccess);
        results.Where(r => !r.IsSuccess).ShouldAllBe(r => r.Error!.Message.Length > 0);
    }

    private static (byte[] Warc, WarcWriter Writer) ThreePagesGzipped()
    {
        var writer = new WarcWriter(gzipPerRecord: true).Info();
        for (var i = 0; i < 3; i++)
        {
            writer.Response($"{Orchard}/{i}", NonsemanticHtml.Replace("record harvest", $"record harvest number {i}", StringComparison.Ordinal));
        }

        return (writer.ToArray(), writer);
    }

    /// <summary>Overwrites the middle of one gzip member's compressed data, as a bad disk sector or a botched copy would.</summary>
    private static void Corrupt(byte[] warc, long memberStart, long memberEnd)
    {
        var middle = (int)((memberStart + memberEnd) / 2);
        for (var i = middle; i < middle + 24; i++)
        {
            warc[i] = 0xFF;
        }
    }

    [Fact]
    public void A_corrupt_gzip_member_is_an_error_and_the_records_after_it_are_still_read()
    {
        var (warc, writer) = ThreePagesGzipped();
        Corrupt(warc, writer.RecordStarts[2], writer.RecordStarts[3]); // the second page's member

        var results = Extract(warc);

        results.Where(r => r.IsSuccess).Select(r => r.Source).ShouldBe([$"crawl.warc.gz#{Orchard}/0", $"crawl.warc.gz#{Orchard}/2"]);
        var error = results.Where(r => !r.IsSuccess).ShouldHaveSingleItem().Error!;
        error.Message.ShouldContain("corrupt gzip data");
        error.Message.ShouldContain($"resumed at the gzip member at byte {writer.RecordStarts[3]}");
        results.Last().Document!.Body.ShouldContain("record harvest number 2");
    }

    [Fact]
    public void A_corrupt_gzip_member_on_a_stream_that_cannot_seek_is_skipped_the_same_way()
    {
        var (warc, writer) = ThreePagesGzipped();
        Corrupt(warc, writer.RecordStarts[1], writer.RecordStarts[2]); // the first page's member
        using var stdin = new OneWayStream(warc);

        var input = new SourceReader().Read([SourceReader.StandardInputPath], stdin).ToList().ShouldHaveSingleItem().Input.ShouldNotBeNull();
        var results = new DocumentExtractor().Extract(input).ToList();

        results.Where(r => r.IsSuccess).Select(r => r.Document!.Metadata.Url).ShouldBe([$"{Orchard}/1", $"{Orchard}/2"]);
        results.Count(r => !r.IsSuccess).ShouldBe(1);
    }

    [Fact]
    public void A_file_gzipped_as_one_member_loses_only_what_follows_the_damage()
    {
        // Pages that do not compress into one another, so that damage three quarters into the
        // compressed file is three quarters into the records.
        var random = new Random(20311);
        var plain = new WarcWriter().Info();
        for (var i = 0; i < 12; i++)
        {
            var noise = string.Join(' ', Enumerable.Range(0, 300).Select(_ => random.Next(1_000_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
            plain.Response($"{Orchard}/{i}", NonsemanticHtml.Replace("record harvest", $"record harvest number {i} {noise}", StringComparison.Ordinal));
        }

        var warc = WarcWriter.Gzip(plain.ToArray());
        Corrupt(warc, warc.Length * 3 / 4, warc.Length * 3 / 4);

        var results = Extract(warc);

        // Inflating damaged data can yield garbage for a while before the decoder notices, so the
        // record or two before the failure may be reported spoiled as well.
        results.TakeWhile(r => r.IsSuccess).Select(r => r.Document!.Metadata.Url).Take(7).ShouldBe(Enumerable.Range(0, 7).Select(i => $"{Orchard}/{i}"));
        results.ShouldContain(r => !r.IsSuccess && r.Error!.Message.Contains("the rest of the file is lost", StringComparison.Ordinal));
        results.Count(r => r.IsSuccess).ShouldBeLessThan(12);
    }

    [Fact]
    public void A_WARC_on_standard_input_is_streamed_not_read_whole()
    {
        var writer = new WarcWriter(gzipPerRecord: true).Info();
        for (var i = 0; i < 200; i++)
        {
            writer.Response($"{Orchard}/{i}", NonsemanticHtml.Replace("record harvest", $"record harvest number {i}", StringComparison.Ordinal));
        }

        using var stdin = new OneWayStream(writer.ToArray());
        var options = new SourceReaderOptions { MaxFileBytes = 1024 };

        var input = new SourceReader(options).Read([SourceReader.StandardInputPath], stdin).ToList().ShouldHaveSingleItem().Input.ShouldNotBeNull();

        input.Open.ShouldNotBeNull();
        input.Content.Length.ShouldBeLessThanOrEqualTo(64 * 1024);
        var results = new DocumentExtractor().Extract(input).ToList();
        results.Count.ShouldBe(200);
        results.ShouldAllBe(r => r.IsSuccess);
        results[199].Source.ShouldBe($"-#{Orchard}/199");
    }

    [Fact]
    public void A_large_WARC_file_is_streamed_from_disk_not_read_whole()
    {
        var writer = new WarcWriter(gzipPerRecord: true).Info();
        for (var i = 0; i < 400; i++)
        {
            writer.Response($"{Orchard}/{i}", NonsemanticHtml.Replace("record harvest", $"record harvest number {i}", StringComparison.Ordinal));
        }

        var path = Path.Combine(Path.GetTempPath(), $"stemma-test-{Guid.NewGuid():N}.warc.gz");
        File.WriteAllBytes(path, writer.ToArray());
        try
        {
            var options = new SourceReaderOptions { MaxFileBytes = 1024 };
            var input = new SourceReader(options).Read([path]).ShouldHaveSingleItem().Input.ShouldNotBeNull();

            input.Open.ShouldNotBeNull();
            input.Content.Length.ShouldBeLessThanOrEqualTo(64 * 1024);
            var results = new DocumentExtractor().Extract(input).ToList();
            results.Count.ShouldBe(400);
            results.ShouldAllBe(r => r.IsSuccess);
            results[399].Document!.Body.ShouldContain("record harvest number 399");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Chunked_decoding_keeps_a_body_that_is_not_chunked()
    {
        var plain = "<html>not chunked</html>"u8.ToArray();

        HttpResponse.Dechunk(plain).Body.ShouldBe(plain);
    }
}
