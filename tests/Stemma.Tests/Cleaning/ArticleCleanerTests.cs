using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

public class ArticleCleanerTests
{
    private static ExtractedDocument Doc(string hash, string body) => new()
    {
        Source = hash, Format = DocumentFormat.Text, Body = body, ContentHash = hash,
    };

    [Fact]
    public void Gives_one_article_per_document_in_order_with_ids_from_the_hash_and_suffixes_for_repeats()
    {
        var batch = new[]
        {
            Doc("ABCDEF0123456789", "One.\n\nTwo."),
            Doc("0000000000000001", "Three."),
            Doc("abcdef0123456789", "Four."),
            Doc("abcdef0123456789", "Five."),
        };
        var articles = CleaningFixtures.Cleaner().Clean(batch);
        articles.Select(a => a.Id).ShouldBe(["dabcdef012345", "d000000000000", "dabcdef012345-2", "dabcdef012345-3"]);
        articles.Select(a => a.Source).ShouldBe(batch.Select(d => d.Source));
    }

    [Fact]
    public void Rejects_a_content_hash_too_short_for_an_id()
    {
        Should.Throw<ArgumentException>(() => CleaningFixtures.Cleaner().Clean([Doc("abc", "Text.")]))
            .Message.ShouldContain("12 hex digits");
    }

    [Fact]
    public void Separates_single_line_paragraphs_by_exactly_one_blank_line()
    {
        var article = CleaningFixtures.Cleaner().Clean([Doc("0123456789abcdef", "First  para\u00A0graph.\r\n\r\n\r\n\r\nSecond one.\n") with { TitleFromMarkup = true }])[0];
        article.Text.ShouldBe("First para graph.\n\nSecond one.");
    }

    [Fact]
    public void Keeps_what_extraction_removed_and_warned_about()
    {
        var doc = Doc("0123456789abcdef", "Body text here.") with
        {
            Removed = [new RemovedText(RemovalKinds.Navigation, "Home > News")],
            Warnings = ["charset guessed"],
        };
        var article = CleaningFixtures.Cleaner().Clean([doc])[0];
        article.Removed.ShouldBe([new RemovedText(RemovalKinds.Navigation, "Home > News")]);
        article.Warnings.ShouldBe(["charset guessed"]);
    }

    [Fact]
    public void Gives_the_same_output_for_the_same_input()
    {
        var batch = new[] { CleaningFixtures.Document("Chrome/tail-chrome.txt"), CleaningFixtures.Document("Unwrapping/pdf-story.txt", "1234567890abcdef") };
        var first = CleaningFixtures.Cleaner().Clean(batch);
        var second = CleaningFixtures.Cleaner().Clean(batch);
        second.Select(a => (a.Id, a.Text, string.Join('|', a.Removed), string.Join('|', a.Warnings)))
            .ShouldBe(first.Select(a => (a.Id, a.Text, string.Join('|', a.Removed), string.Join('|', a.Warnings))));
    }

    [Fact]
    public void Rejects_options_without_a_dictionary_path()
    {
        Should.Throw<ArgumentException>(() => ArticleCleaner.Create(new CleaningOptions { DictionaryPath = " " }));
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Should.Throw<OperationCanceledException>(() => CleaningFixtures.Cleaner().Clean([Doc("0123456789abcdef", "Text.")], cts.Token));
    }
}
