using System.Text;
using Stemma.Reporting.Html;

namespace Stemma.Tests.Reporting;

public class QuoteViewTests
{
    private static string Aligned(string head, string variant)
    {
        var html = new StringBuilder();
        QuoteView.AppendAligned(html, head, variant);
        return html.ToString().Trim();
    }

    [Fact]
    public void A_dropped_negation_is_struck_through_and_the_rest_is_shared()
    {
        Aligned("We will not accept a contract", "We will accept a contract")
            .ShouldBe("We will <del class=\"dropped\">not</del> accept a contract");
    }

    [Fact]
    public void A_changed_number_shows_both_the_old_and_the_new_word()
    {
        Aligned("puts 14 families out of work", "puts 40 families out of work")
            .ShouldBe("puts <del class=\"dropped\">14</del> <ins class=\"added\">40</ins> families out of work");
    }

    [Fact]
    public void Case_and_trailing_punctuation_are_not_variants()
    {
        Aligned("The door remains open.", "the door remains open")
            .ShouldBe("the door remains open");
    }

    [Fact]
    public void Quote_text_is_escaped()
    {
        Aligned("a <b> tag", "a <i> tag").ShouldContain("&lt;i&gt;");
    }
}
