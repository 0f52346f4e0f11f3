using Stemma.Matching;
using Stemma.Stories;

namespace Stemma.Tests.Stories;

public class QuotedSpansTests
{
    [Fact]
    public void Finds_double_and_curly_quoted_stretches_but_not_apostrophes()
    {
        const string text = "The mayor's aide said \"we will not close the pier\" and called it “a fair deal” at the docks' gate.";
        var spans = QuotedSpans.Find(text);
        spans.Select(s => text[s.Start..s.End]).ShouldBe(["\"we will not close the pier\"", "“a fair deal”"]);
    }

    [Fact]
    public void A_quote_left_open_runs_to_the_end_of_its_paragraph_only()
    {
        const string text = "She said: \"the talks will go on\n\nNext paragraph.";
        var spans = QuotedSpans.Find(text);
        spans.Count.ShouldBe(1);
        text[spans[0].Start..spans[0].End].ShouldBe("\"the talks will go on");
    }

    [Fact]
    public void Single_quoted_headline_words_are_quoted()
    {
        const string text = "Union calls the offer 'an insult' to dockers";
        var spans = QuotedSpans.Find(text);
        text[spans.Single().Start..spans.Single().End].ShouldBe("'an insult'");
    }

    [Fact]
    public void Quoted_share_measures_the_overlap_of_a_span_with_the_quotes()
    {
        var share = QuotedSpans.QuotedShare([new TextSpan(10, 20)], new TextSpan(15, 25));
        share.ShouldBe(0.5);
    }
}
