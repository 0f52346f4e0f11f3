using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

public class RecurringLineRuleTests
{
    private static IReadOnlyList<Article> Clean(string ferryOutlet)
    {
        var ledger = new DocumentMetadata { Outlet = "The Harbor Ledger" };
        return CleaningFixtures.Cleaner().Clean(
        [
            CleaningFixtures.Document("Recurring/ledger-ferry.txt", "1111111111111111", new DocumentMetadata { Outlet = ferryOutlet }),
            CleaningFixtures.Document("Recurring/ledger-library.txt", "2222222222222222", ledger),
            CleaningFixtures.Document("Recurring/ledger-ferry-update.txt", "3333333333333333", ledger),
        ]);
    }

    [Fact]
    public void Removes_lines_that_recur_across_different_articles_of_one_outlet()
    {
        var articles = Clean("The Harbor Ledger");
        foreach (var article in articles.Take(2))
        {
            article.Removed.Where(r => r.Kind == RemovalKinds.Boilerplate).Select(r => r.Text)
                .ShouldBe(["Listen to this article", "Share on Gullnet"]);
        }

        articles[1].Text.ShouldStartWith("The public library");
    }

    [Fact]
    public void Keeps_what_copies_of_one_story_share()
    {
        var update = Clean("The Harbor Ledger")[2];
        update.Removed.Select(r => r.Text).ShouldBe(["Listen to this article"]);
        update.Paragraphs.Count.ShouldBe(3);
        update.Paragraphs[0].ShouldStartWith("Ferry crews in Port Varenne");
    }

    [Fact]
    public void Does_not_compare_documents_of_different_outlets()
    {
        var ferry = Clean("The Quayside Courier")[0];
        ferry.Removed.ShouldNotContain(r => r.Kind == RemovalKinds.Boilerplate);
    }
}
