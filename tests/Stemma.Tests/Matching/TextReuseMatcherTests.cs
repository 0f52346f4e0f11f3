using Stemma.Matching;

namespace Stemma.Tests.Matching;

public class TextReuseMatcherTests
{
    private static string Load(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Matching", name));

    private static readonly string Wire = Load("wire.txt");
    private static readonly string WebEdition = Load("web-edition.txt");
    private static readonly string Rewrite = Load("rewrite.txt");

    private const string Unrelated =
        "The Pellham chess club celebrated its fiftieth season with a lightning tournament on Saturday. " +
        "Twelve-year-old Mirela Santorin beat the defending champion in the final round, to loud applause from the back of the hall.";

    private static string Span(string text, TextSpan span) => text[span.Start..span.End];

    [Fact]
    public void A_web_edition_inside_a_wire_story_is_contained_one_way()
    {
        PairEvidence e = TextReuseMatcher.Create().Compare(WebEdition, Wire);
        e.ContainmentAInB.ShouldBeGreaterThan(0.85);
        e.ContainmentBInA.ShouldBeLessThan(0.5);
        e.Jaccard.ShouldBeLessThan(0.5);
        e.Passages.Count.ShouldBe(1);
        Passage p = e.Passages[0];
        p.Verbatim.ShouldBeTrue(); // curly quotes in the wire, straight in the web edition
        Span(WebEdition, p.A).ShouldStartWith("Engineers at the Marrowick reservoir");
        Span(WebEdition, p.A).ShouldEndWith("outside the control house");
        Span(Wire, p.B).ShouldStartWith("Engineers at the Marrowick reservoir");
        Span(Wire, p.B).ShouldEndWith("outside the control house");
    }

    [Fact]
    public void A_rewrite_with_two_copied_sentences_yields_exactly_those_two_passages()
    {
        PairEvidence e = TextReuseMatcher.Create().Compare(Wire, Rewrite);
        e.Jaccard.ShouldBeLessThan(0.2);
        e.Passages.Count.ShouldBe(2);
        const string first = "About 2,300 residents of the low-lying Quillan and Easterby districts were told to leave their homes before midnight";
        const string second = "A report by the water board last year warned that its spillways needed replacing within a decade";
        e.Passages[0].A.ShouldBe(new TextSpan(Wire.IndexOf(first, StringComparison.Ordinal), Wire.IndexOf(first, StringComparison.Ordinal) + first.Length));
        e.Passages[0].B.ShouldBe(new TextSpan(Rewrite.IndexOf(first, StringComparison.Ordinal), Rewrite.IndexOf(first, StringComparison.Ordinal) + first.Length));
        e.Passages[1].A.ShouldBe(new TextSpan(Wire.IndexOf(second, StringComparison.Ordinal), Wire.IndexOf(second, StringComparison.Ordinal) + second.Length));
        e.Passages[1].B.ShouldBe(new TextSpan(Rewrite.IndexOf(second, StringComparison.Ordinal), Rewrite.IndexOf(second, StringComparison.Ordinal) + second.Length));
        e.Passages.ShouldAllBe(p => p.Verbatim);
        e.Passages[0].Words.ShouldBe(20); // "2,300" and "low-lying" are two words each
        e.Passages[1].Words.ShouldBe(17);
    }

    [Fact]
    public void A_passage_differing_in_one_word_is_one_near_verbatim_passage()
    {
        const string a = "Critics said the blame for the long delay lies on the key players who approved the budget in spring.";
        const string b = "Many argue that the blame for the long delay lies in the key players who approved the budget in spring, the paper said.";
        PairEvidence e = TextReuseMatcher.Create().Compare(a, b);
        e.Passages.Count.ShouldBe(1);
        Passage p = e.Passages[0];
        p.Verbatim.ShouldBeFalse();
        Span(a, p.A).ShouldBe("the blame for the long delay lies on the key players who approved the budget in spring");
        Span(b, p.B).ShouldBe("the blame for the long delay lies in the key players who approved the budget in spring");
        p.Words.ShouldBe(17);
    }

    [Fact]
    public void Texts_sharing_only_short_stock_phrases_have_no_passage()
    {
        const string a = "The minister said in a statement on Tuesday that the bridge would reopen next month after repairs.";
        const string b = "Police said in a statement on Tuesday that two men had been arrested near the harbour overnight.";
        TextReuseMatcher.Create().Compare(a, b).Passages.ShouldBeEmpty();
    }

    [Fact]
    public void Passages_never_overlap_in_either_text()
    {
        // A repeated sentence in B could be aligned twice to the one copy in A.
        const string sentence = "Volunteers handed out blankets and hot soup at the sports hall until the early hours. ";
        string a = "Intro words here. " + sentence + "Closing words follow.";
        string b = sentence + "Something else entirely in between these. " + sentence;
        PairEvidence e = TextReuseMatcher.Create().Compare(a, b);
        e.Passages.Count.ShouldBe(1);
        AssertDisjoint(e.Passages.Select(p => p.A).ToList());
        AssertDisjoint(e.Passages.Select(p => p.B).ToList());
    }

    [Fact]
    public void FindPairs_finds_the_edition_and_the_rewrite_despite_low_jaccard()
    {
        IReadOnlyList<PairEvidence> pairs = TextReuseMatcher.Create().FindPairs([Wire, Unrelated, WebEdition, Rewrite]);
        pairs.Select(p => (p.A, p.B)).ShouldBe([(0, 2), (0, 3), (2, 3)]);
        pairs.ShouldAllBe(p => p.Jaccard < 0.5);
        pairs[1].Passages.Count.ShouldBe(2);
    }

    [Fact]
    public void FindPairs_reports_identical_texts()
    {
        IReadOnlyList<PairEvidence> pairs = TextReuseMatcher.Create().FindPairs([Wire, Unrelated, Wire]);
        pairs.Count.ShouldBe(1);
        pairs[0].Jaccard.ShouldBe(1.0);
        pairs[0].Passages.Single().Words.ShouldBe(Stemma.Fingerprinting.Tokenizer.Tokenize(Wire).Count);
        pairs[0].Passages.Single().A.ShouldBe(pairs[0].Passages.Single().B);
    }

    [Fact]
    public void Results_do_not_depend_on_input_order()
    {
        string[] texts = [Wire, Unrelated, WebEdition, Rewrite];
        int[] order = [3, 2, 1, 0];
        string[] shuffled = order.Select(i => texts[i]).ToArray();
        var matcher = TextReuseMatcher.Create();
        IReadOnlyList<PairEvidence> original = matcher.FindPairs(texts);
        IReadOnlyList<PairEvidence> permuted = matcher.FindPairs(shuffled);

        string Describe(PairEvidence p, Func<int, int> toOriginal)
        {
            int a = toOriginal(p.A), b = toOriginal(p.B);
            var passages = p.Passages.Select(x => a < b ? (x.A, x.B, x.Verbatim, x.Words) : (x.B, x.A, x.Verbatim, x.Words)).OrderBy(x => x.Item1.Start);
            return $"{Math.Min(a, b)}-{Math.Max(a, b)} J={p.Jaccard:F6} " + string.Join(";", passages);
        }

        permuted.Select(p => Describe(p, i => order[i])).Order(StringComparer.Ordinal)
            .ShouldBe(original.Select(p => Describe(p, i => i)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FindPairs_gives_the_same_output_single_threaded_and_in_parallel()
    {
        string[] texts = [Wire, Unrelated, WebEdition, Rewrite, Wire.Replace("Tuesday", "Wednesday", StringComparison.Ordinal)];
        var serial = TextReuseMatcher.Create(new MatchingOptions { MaxDegreeOfParallelism = 1 }).FindPairs(texts);
        var parallel = TextReuseMatcher.Create().FindPairs(texts);
        parallel.Select(p => (p.A, p.B, p.Jaccard, p.Passages.Count)).ShouldBe(serial.Select(p => (p.A, p.B, p.Jaccard, p.Passages.Count)));
    }

    [Fact]
    public void Invalid_options_are_rejected_with_a_fix()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TextReuseMatcher.Create(new MatchingOptions { JaccardThreshold = 1.5 }))
            .Message.ShouldContain("threshold must be in (0,1); got 1.5");
        Should.Throw<ArgumentOutOfRangeException>(() => TextReuseMatcher.Create(new MatchingOptions { MinPassageWords = 1 }))
            .Message.ShouldContain("MinPassageWords must be at least 2; got 1");
    }

    [Fact]
    public void Ocr_mode_measures_similarity_on_character_shingles()
    {
        string damaged = Wire.Replace("l", "1", StringComparison.Ordinal);
        var words = TextReuseMatcher.Create().Compare(Wire, damaged);
        var chars = TextReuseMatcher.Create(new MatchingOptions { Shingles = Stemma.Fingerprinting.ShingleOptions.Characters() }).Compare(Wire, damaged);
        chars.Jaccard.ShouldBeGreaterThan(words.Jaccard);
    }

    private static void AssertDisjoint(List<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToList();
        for (int i = 1; i < sorted.Count; i++)
        {
            sorted[i].Start.ShouldBeGreaterThanOrEqualTo(sorted[i - 1].End);
        }
    }
}
