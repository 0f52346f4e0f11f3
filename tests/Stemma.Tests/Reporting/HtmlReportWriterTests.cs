using System.Text.Json;
using System.Text.RegularExpressions;
using Stemma.Reporting.Html;

namespace Stemma.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    private static string Render(string? hostileTitle = null)
    {
        var output = new StringWriter();
        new HtmlReportWriter().Write(ReportFixture.Build(hostileTitle), output);
        return output.ToString();
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = Render();
        html.ShouldStartWith("<!DOCTYPE html>");
        ExternalReference().IsMatch(html).ShouldBeFalse("no src/href may point outside the page");
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldContain("<style>");
        html.ShouldContain("<svg class=\"stemma-graph\"");
    }

    [Fact]
    public void Draws_one_edge_per_stemma_edge_and_one_node_per_document()
    {
        var html = Render();
        Regex.Matches(html, "<path class=\"edge ").Count.ShouldBe(2);
        html.ShouldContain("data-from=\"original\" data-to=\"typo\"");
        html.ShouldContain("data-from=\"original\" data-to=\"edition\"");
        Regex.Matches(html, "<g class=\"node").Count.ShouldBe(3);
    }

    [Fact]
    public void Marks_the_places_of_variation_in_the_canonical_text()
    {
        var html = Render();
        html.ShouldContain("<div class=\"canonical\">");
        Regex.Match(html, "<mark[^>]*>visitors</mark>").Value
            .ShouldBe("<mark class=\"variant reading\" tabindex=\"0\" data-v=\"1\" title=\"visitors — edition.txt, original.txt\nvistors — typo.txt\">visitors</mark>");
        Regex.Matches(html, "<li id=\"app-s1/edition-1-").Count.ShouldBe(ReportFixture.Build().Collations.Single().Variants.Count);
        html.ShouldContain("<b>visitors]</b> <span class=\"sigla\">edition.txt, original.txt</span>; vistors <span class=\"sigla\">typo.txt</span>");
    }

    [Fact]
    public void Embeds_the_side_by_side_data_for_every_pair_as_json()
    {
        var html = Render();
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"stemma-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var data = JsonDocument.Parse(json);
        var story = data.RootElement.GetProperty("stories")[0];
        story.GetProperty("documents").GetArrayLength().ShouldBe(3);
        var pairs = story.GetProperty("pairs");
        pairs.EnumerateObject().Select(p => p.Name).ShouldBe(["0-1", "0-2", "1-2"]);
        var edition = pairs.GetProperty("0-2");
        edition.GetProperty("kind").GetString().ShouldBe("edition");
        edition.GetProperty("a").EnumerateArray().ShouldContain(run => run[2].GetString() == "dropped");
    }

    [Fact]
    public void Text_from_the_documents_cannot_break_out_of_the_page()
    {
        var html = Render("Gallery </script><script>alert(1)</script> & <b>more</b>");
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("Gallery &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;");
        Regex.Matches(html, "</script>").Count.ShouldBe(2);
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(?!#)[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
