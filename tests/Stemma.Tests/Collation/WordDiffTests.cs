using Stemma.Collation;
using Stemma.Fingerprinting;

namespace Stemma.Tests.Collation;

public sealed class WordDiffTests
{
    private static int[] Match(string a, string b) =>
        WordDiff.Match(Tokenizer.Tokenize(a).Hashes, Tokenizer.Tokenize(b).Hashes);

    [Fact]
    public void Matches_every_word_of_equal_texts()
    {
        Match("the ferry left at noon", "The ferry left at noon.").ShouldBe([0, 1, 2, 3, 4]);
    }

    [Fact]
    public void Leaves_a_substituted_word_unmatched()
    {
        Match("the ferry left the harbour at noon", "the ferry left the port at noon").ShouldBe([0, 1, 2, 3, -1, 5, 6]);
    }

    [Fact]
    public void Aligns_around_a_dropped_sentence()
    {
        var map = Match("one two three. four five six. seven eight nine", "one two three. seven eight nine");
        map.ShouldBe([0, 1, 2, -1, -1, -1, 3, 4, 5]);
    }

    [Fact]
    public void Drops_a_stray_common_word_matched_inside_a_long_edit()
    {
        // "the" of the rewritten middle would match by chance; it sits between two long edits.
        var map = Match(
            "alpha beta gamma delta the ward closed after a leak in the roof epsilon zeta eta theta",
            "alpha beta gamma delta council members voted on the budget for next spring epsilon zeta eta theta");
        map.Take(4).ShouldBe([0, 1, 2, 3]);
        map.Skip(4).Take(9).ShouldAllBe(m => m == -1);
        map.TakeLast(4).ShouldAllBe(m => m >= 0);
    }

    [Fact]
    public void Texts_too_far_apart_for_the_edit_bound_are_split_at_words_unique_to_both()
    {
        // Two long texts of different filler around the same unique words, in order.
        var filler = string.Join(' ', Enumerable.Repeat("la", WordDiff.MaxEditDistance));
        var other = string.Join(' ', Enumerable.Repeat("di", WordDiff.MaxEditDistance));
        var map = Match($"alpha {filler} beta gamma delta {filler} omega", $"alpha {other} beta gamma delta {other} omega");
        int n = WordDiff.MaxEditDistance;
        map[0].ShouldBe(0);
        map.Skip(n + 1).Take(3).ShouldBe([n + 1, n + 2, n + 3]);
        map[^1].ShouldBe(2 * n + 4);
        map.Count(m => m >= 0).ShouldBe(5);
    }
}
