using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class ParaphrasePairFileTests
{
    private static readonly ParaphrasePairFileContent Content =
        ParaphrasePairFile.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "Paraphrase", "pairs.tsv"));

    [Fact]
    public void Reads_labelled_and_unlabelled_pairs_after_a_header_with_a_byte_order_mark()
    {
        Content.Pairs.Select(p => (p.Id1, p.Id2, p.IsParaphrase)).ShouldBe([("11", "12", (bool?)true), ("13", "14", false), ("17", "18", null)]);
        Content.Pairs[0].Sentence1.ShouldBe("The Pellham council approved the harbour budget on Monday.");
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_numbers_and_reasons()
    {
        Content.Errors.Select(e => e.Line).ShouldBe([3, 5, 7]);
        Content.Errors[0].Message.ShouldContain("5 tab-separated fields");
        Content.Errors[1].Message.ShouldContain("quality must be 1, 0 or empty");
        Content.Errors[2].Message.ShouldContain("ids");
    }

    [Fact]
    public void The_held_out_split_depends_on_the_ids_only()
    {
        var pair = new ParaphrasePair("702876", "702977", "x", "y", true);
        ParaphraseSplit.IsHeldOut(pair).ShouldBe(ParaphraseSplit.IsHeldOut(pair with { Sentence1 = "other" }));
        var many = Enumerable.Range(0, 2000).Select(i => new ParaphrasePair($"{i}", $"{i + 7}", "x", "y", true)).ToList();
        double share = many.Count(ParaphraseSplit.IsHeldOut) / (double)many.Count;
        share.ShouldBeInRange(0.17, 0.23);
    }
}
