using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

public class QuoteMarkScannerTests
{
    private static List<string> InnerQuotesOf(string text)
    {
        var quote = QuoteMarkScanner.Scan(text, QuoteMarkScanner.Paragraphs(text)).Single();
        return QuoteMarkScanner.InnerQuotes(text, quote).Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void A_quote_inside_a_quote_runs_over_an_apostrophe_between_letters()
    {
        InnerQuotesOf("\"He said, 'Gary, I can't change my call,' and walked off,\" he said.")
            .ShouldBe(["'Gary, I can't change my call,'"]);
    }

    [Fact]
    public void A_plural_possessive_inside_a_quote_within_a_quote_does_not_close_it()
    {
        InnerQuotesOf("“She told us, ‘the members’ jobs come first, always’, and left,” he said.")
            .ShouldBe(["‘the members’ jobs come first, always’"]);
    }

    [Fact]
    public void A_quote_with_only_apostrophes_holds_no_quote_inside_it()
    {
        InnerQuotesOf("\"We don't know and we won't guess,\" she said.").ShouldBeEmpty();
    }
}
