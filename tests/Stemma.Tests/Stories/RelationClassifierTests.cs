using Stemma.Matching;
using Stemma.Stories;

namespace Stemma.Tests.Stories;

public class RelationClassifierTests
{
    private static PairEvidence Overlap(double jaccard, double aInB, double bInA, params Passage[] passages) => new()
    {
        A = 0, B = 1, Jaccard = jaccard, ContainmentAInB = aInB, ContainmentBInA = bInA, Passages = passages,
    };

    private static readonly string LongText = string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + i));

    [Fact]
    public void The_same_cleaned_body_is_identical_whatever_the_whitespace()
    {
        var a = ArticleFactory.Make("a", "One two three.\n\nFour five.");
        var b = ArticleFactory.Make("b", "One two  three.\n\nFour five.");
        RelationClassifier.ClassifyDerived(a, b, Overlap(1, 1, 1))!.Value.Kind.ShouldBe(RelationKind.Identical);
    }

    [Fact]
    public void High_jaccard_is_a_near_duplicate()
    {
        var a = ArticleFactory.Make("a", LongText);
        var b = ArticleFactory.Make("b", LongText + " extra");
        RelationClassifier.ClassifyDerived(a, b, Overlap(0.9, 0.97, 0.93))!.Value.Kind.ShouldBe(RelationKind.NearDuplicate);
    }

    [Fact]
    public void A_short_text_mostly_inside_a_long_one_is_an_edition()
    {
        var a = ArticleFactory.Make("a", LongText);
        var b = ArticleFactory.Make("b", LongText[..(LongText.Length / 2)]);
        RelationClassifier.ClassifyDerived(a, b, Overlap(0.4, 0.42, 0.85))!.Value.Kind.ShouldBe(RelationKind.Edition);
    }

    [Fact]
    public void A_copied_narrative_sentence_in_otherwise_new_text_is_a_rewrite()
    {
        var a = ArticleFactory.Make("a", LongText);
        var b = ArticleFactory.Make("b", LongText);
        var copied = new Passage(new TextSpan(0, 60), new TextSpan(100, 160), true, 12);
        var result = RelationClassifier.ClassifyDerived(a, b, Overlap(0.02, 0.05, 0.05, copied))!.Value;
        result.Kind.ShouldBe(RelationKind.Rewrite);
        result.Evidence.ShouldContain(e => e.Contains("12-word narrative passage"));
    }

    [Fact]
    public void One_shared_quote_alone_shows_no_copying()
    {
        const string text = "The chair said \"we will keep the harbour open for every ship that needs shelter tonight\" to reporters on the quay, and more words follow here.";
        var a = ArticleFactory.Make("a", text);
        var b = ArticleFactory.Make("b", text);
        var quote = new Passage(new TextSpan(15, 87), new TextSpan(15, 87), true, 14);
        RelationClassifier.ClassifyDerived(a, b, Overlap(0.02, 0.05, 0.05, quote)).ShouldBeNull();
    }

    [Fact]
    public void Two_long_shared_quotes_in_the_same_wording_show_a_rewrite()
    {
        var text = "He said \"" + string.Join(' ', Enumerable.Range(0, 15).Select(i => "q" + i)) + "\" and then \""
                   + string.Join(' ', Enumerable.Range(0, 15).Select(i => "r" + i)) + "\" " + LongText;
        var a = ArticleFactory.Make("a", text);
        var b = ArticleFactory.Make("b", text);
        var first = text.IndexOf('"', StringComparison.Ordinal);
        var second = text.IndexOf("\"r0", StringComparison.Ordinal);
        var q1 = new Passage(new TextSpan(first, first + 60), new TextSpan(0, 60), true, 15);
        var q2 = new Passage(new TextSpan(second, second + 60), new TextSpan(70, 130), true, 15);
        RelationClassifier.ClassifyDerived(a, b, Overlap(0.05, 0.1, 0.1, q1, q2))!.Value.Kind.ShouldBe(RelationKind.Rewrite);
    }

    [Fact]
    public void Copied_blocks_covering_a_good_share_are_partial_reuse()
    {
        var a = ArticleFactory.Make("a", LongText);
        var b = ArticleFactory.Make("b", LongText);
        var block = new Passage(new TextSpan(0, 400), new TextSpan(0, 400), true, 60);
        RelationClassifier.ClassifyDerived(a, b, Overlap(0.15, 0.3, 0.3, block))!.Value.Kind.ShouldBe(RelationKind.PartialReuse);
    }
}
