using Stemma.Matching;
using Stemma.Matching.Alignment;

namespace Stemma.Tests.Matching.Alignment;

public class WordAlignerTests
{
    private static IReadOnlyList<WordVariant> Diff(string a, string b) =>
        WordAligner.Align(a, new TextSpan(0, a.Length), b, new TextSpan(0, b.Length));

    private static string Text(string s, TextSpan span) => s[span.Start..span.End];

    [Fact]
    public void A_replaced_word_is_one_substitution()
    {
        const string a = "The council approved the new budget on Tuesday evening.";
        const string b = "The council rejected the new budget on Tuesday evening.";
        WordVariant v = Diff(a, b).ShouldHaveSingleItem();
        v.Kind.ShouldBe(VariantKind.Substituted);
        Text(a, v.A).ShouldBe("approved");
        Text(b, v.B).ShouldBe("rejected");
    }

    [Fact]
    public void Words_missing_from_B_are_dropped_and_words_new_in_B_are_inserted()
    {
        const string a = "The mayor of Pellham said on Monday that the bridge would reopen.";
        const string b = "The mayor said on Monday that the old bridge would reopen in June.";
        IReadOnlyList<WordVariant> variants = Diff(a, b);
        variants.Select(v => v.Kind).ShouldBe([VariantKind.Dropped, VariantKind.Inserted, VariantKind.Inserted]);
        Text(a, variants[0].A).ShouldBe("of Pellham");
        variants[0].B.Length.ShouldBe(0);
        Text(b, variants[1].B).ShouldBe("old");
        Text(b, variants[2].B).ShouldBe("in June");
        variants[2].A.Start.ShouldBe(a.Length - 1); // the insertion point: just after "reopen"
    }

    [Fact]
    public void A_run_found_at_another_place_is_a_move_not_a_drop_and_an_insert()
    {
        const string a = "On Tuesday night the council approved the budget for the harbour.";
        const string b = "The council approved the budget for the harbour on Tuesday night.";
        WordVariant v = Diff(a, b).ShouldHaveSingleItem();
        v.Kind.ShouldBe(VariantKind.Moved);
        Text(a, v.A).ShouldBe("On Tuesday night");
        Text(b, v.B).ShouldBe("on Tuesday night");
    }

    [Fact]
    public void Case_quotes_and_punctuation_are_not_variants()
    {
        Diff("“Don’t panic,” she said.", "\"don't panic\" She said").ShouldBeEmpty();
    }

    [Fact]
    public void Aligns_only_inside_the_given_spans()
    {
        const string a = "Intro words here. The ferry left at noon.";
        const string b = "Other intro. The ferry left at dawn.";
        IReadOnlyList<WordVariant> variants = WordAligner.Align(a, new TextSpan(18, a.Length), b, new TextSpan(13, b.Length));
        WordVariant v = variants.ShouldHaveSingleItem();
        Text(a, v.A).ShouldBe("noon");
        Text(b, v.B).ShouldBe("dawn");
    }

    [Fact]
    public void Long_texts_without_repeated_anchors_still_align_word_by_word()
    {
        string a = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i}"));
        string b = string.Join(' ', Enumerable.Range(0, 400).Select(i => i == 200 ? "changed" : $"w{i}"));
        WordVariant v = Diff(a, b).ShouldHaveSingleItem();
        v.Kind.ShouldBe(VariantKind.Substituted);
        Text(a, v.A).ShouldBe("w200");
    }

    [Fact]
    public void A_span_outside_the_text_is_rejected_with_its_bounds()
    {
        var e = Should.Throw<ArgumentOutOfRangeException>(() => WordAligner.Align("short", new TextSpan(0, 50), "short", new TextSpan(0, 5)));
        e.Message.ShouldContain("length 5");
    }
}
