using Stemma.Fingerprinting;
using Stemma.Matching;
using Stemma.Matching.Alignment;

namespace Stemma.Tests.Matching.Alignment;

public class ArticleAlignerTests
{
    private static string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Alignment", name));

    private static readonly string Wire = Load("harbour-wire.txt");
    private static readonly string Rewrite = Load("harbour-rewrite.txt");

    private static string Text(string s, TextSpan? span) => s[span!.Value.Start..span.Value.End];

    private static ArticleAlignment AlignWireWithRewrite() =>
        ArticleAligner.Create().Align(Wire, Rewrite, TextReuseMatcher.Create().Compare(Wire, Rewrite));

    [Fact]
    public void A_copied_sentence_with_one_word_changed_is_a_changed_segment_with_that_substitution()
    {
        AlignedSegment changed = AlignWireWithRewrite().OfKind(SegmentKind.Changed).ShouldHaveSingleItem();
        WordVariant v = changed.Variants.ShouldHaveSingleItem();
        v.Kind.ShouldBe(VariantKind.Substituted);
        Text(Wire, v.A).ShouldBe("Wednesday");
        Text(Rewrite, v.B).ShouldBe("Thursday");
    }

    [Fact]
    public void Sentences_copied_word_for_word_are_shared()
    {
        var shared = AlignWireWithRewrite().OfKind(SegmentKind.Shared).Select(s => Text(Wire, s.A)).ToList();
        shared.ShouldContain(s => s.StartsWith("Harbour master Elin Varga", StringComparison.Ordinal));
        shared.ShouldContain(s => s.StartsWith("A section of the crane's cab", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reworded_sentence_is_paired_with_its_source_by_the_paraphrase_model()
    {
        AlignedSegment p = AlignWireWithRewrite().OfKind(SegmentKind.Paraphrased).ShouldHaveSingleItem();
        Text(Wire, p.A).ShouldStartWith("The authority plans to replace it");
        Text(Rewrite, p.B).ShouldStartWith("The port authority will replace it");
        p.Score!.Value.ShouldBeGreaterThan(0.5);
        p.Variants.ShouldNotBeEmpty();
    }

    [Fact]
    public void Sentences_only_one_article_has_are_listed_on_their_side()
    {
        ArticleAlignment alignment = AlignWireWithRewrite();
        var onlyA = alignment.OfKind(SegmentKind.OnlyA).Select(s => Text(Wire, s.A)).ToList();
        onlyA.ShouldContain(s => s.StartsWith("The crane, built in 1931", StringComparison.Ordinal));
        onlyA.ShouldContain(s => s.StartsWith("Local historians", StringComparison.Ordinal));
        var onlyB = alignment.OfKind(SegmentKind.OnlyB).ShouldHaveSingleItem();
        Text(Rewrite, onlyB.B).ShouldStartWith("Demolition is expected");
        onlyB.A.ShouldBeNull();
    }

    [Fact]
    public void Every_word_of_each_article_is_in_exactly_one_segment()
    {
        ArticleAlignment alignment = AlignWireWithRewrite();
        foreach ((string text, Func<AlignedSegment, TextSpan?> side) in new (string, Func<AlignedSegment, TextSpan?>)[] { (Wire, s => s.A), (Rewrite, s => s.B) })
        {
            TokenizedText tokens = Tokenizer.Tokenize(text);
            var spans = alignment.Segments.Select(side).Where(s => s is not null).Select(s => s!.Value).ToList();
            for (int i = 0; i < tokens.Count; i++)
            {
                spans.Count(s => s.Start <= tokens.Starts[i] && tokens.Ends[i] <= s.End).ShouldBe(1, $"word {i} '{tokens.GetNormalized(i)}'");
            }
        }
    }

    [Fact]
    public void Segments_come_in_A_order_with_B_only_text_after_its_B_predecessor()
    {
        var kinds = AlignWireWithRewrite().Segments.Select(s => s.Kind).ToList();
        kinds[0].ShouldBe(SegmentKind.Changed);
        kinds[^1].ShouldBe(SegmentKind.OnlyB);
        var starts = AlignWireWithRewrite().Segments.Where(s => s.A is not null).Select(s => s.A!.Value.Start).ToList();
        starts.ShouldBe(starts.Order().ToList());
    }

    [Fact]
    public void Unrelated_sentences_are_not_paired_and_B_only_text_without_a_predecessor_comes_first()
    {
        const string a = "The Pellham chess club celebrated its fiftieth season with a lightning tournament.";
        const string b = "Heavy rain flooded the lower town of Marrowick and closed two schools.";
        ArticleAlignment alignment = ArticleAligner.Create().Align(a, b, TextReuseMatcher.Create().Compare(a, b));
        alignment.Segments.Select(s => s.Kind).ShouldBe([SegmentKind.OnlyB, SegmentKind.OnlyA]);
    }

    [Fact]
    public void The_same_input_gives_the_same_alignment()
    {
        static string Describe(ArticleAlignment alignment) => string.Join("\n", alignment.Segments.Select(s =>
            $"{s.Kind} {s.A} {s.B} {s.Score} [{string.Join("; ", s.Variants)}]"));
        Describe(AlignWireWithRewrite()).ShouldBe(Describe(AlignWireWithRewrite()));
    }

    [Fact]
    public void Bad_options_say_how_to_fix_them()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ArticleAligner.Create(new ArticleAlignerOptions { MinSharedContentWords = 0 }))
            .Message.ShouldContain("default is 2");
    }
}
