using Stemma.Matching;
using Stemma.Stories;

namespace Stemma.Tests.Stories;

/// <summary>
/// Relation kinds decided on fictional fixtures (Data/Stories): a wire story about a ferry
/// suspension and texts made from it the ways the news makes them.
/// </summary>
public class RelationClassifierTests
{
    private static readonly TextReuseMatcher Matcher = TextReuseMatcher.Create();

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Stories", name + ".txt")).Trim().ReplaceLineEndings("\n");

    private static (RelationKind Kind, List<string> Evidence)? Classify(string a, string b)
    {
        var (ta, tb) = (Fixture(a), Fixture(b));
        return RelationClassifier.ClassifyDerived(ArticleFactory.Make(a, ta), ArticleFactory.Make(b, tb), Matcher.Compare(ta, tb));
    }

    [Fact]
    public void The_same_cleaned_body_is_identical_whatever_the_whitespace()
    {
        var text = Fixture("wire");
        var spaced = text.Replace(". ", ".  ", StringComparison.Ordinal);
        RelationClassifier.ClassifyDerived(ArticleFactory.Make("a", text), ArticleFactory.Make("b", spaced), Matcher.Compare(text, spaced))!
            .Value.Kind.ShouldBe(RelationKind.Identical);
    }

    [Fact]
    public void A_copy_with_a_fixed_typo_and_a_lost_sentence_is_a_near_duplicate()
    {
        var text = Fixture("wire");
        var copy = text.Replace("Islanders have campaigned for a replacement for more than a decade. ", "", StringComparison.Ordinal)
            .Replace("corrosion", "corosion", StringComparison.Ordinal);
        RelationClassifier.ClassifyDerived(ArticleFactory.Make("a", text), ArticleFactory.Make("b", copy), Matcher.Compare(text, copy))!
            .Value.Kind.ShouldBe(RelationKind.NearDuplicate);
    }

    [Fact]
    public void A_cut_and_updated_text_is_an_edition()
    {
        Classify("wire", "edition")!.Value.Kind.ShouldBe(RelationKind.Edition);
    }

    [Fact]
    public void A_reworded_text_that_keeps_one_narrative_sentence_is_a_rewrite()
    {
        var result = Classify("wire", "rewrite")!.Value;
        result.Kind.ShouldBe(RelationKind.Rewrite);
        result.Evidence.ShouldContain(e => e.Contains("narrative passage"));
    }

    [Fact]
    public void An_independent_report_sharing_one_quote_shows_no_copying()
    {
        Classify("wire", "independent").ShouldBeNull();
    }

    [Fact]
    public void A_short_text_built_from_two_of_the_wire_quotes_is_a_rewrite()
    {
        var result = Classify("wire", "quote-rewrite")!.Value;
        result.Kind.ShouldBe(RelationKind.Rewrite, string.Join(" / ", result.Evidence));
    }

    [Fact]
    public void Copied_paragraphs_amid_commentary_of_its_own_are_partial_reuse()
    {
        var result = Classify("wire", "partial-reuse")!.Value;
        result.Kind.ShouldBe(RelationKind.PartialReuse);
        result.Evidence.ShouldContain(e => e.Contains("written anew"));
    }
}
