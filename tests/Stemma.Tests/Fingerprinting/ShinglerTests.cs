using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

public class ShinglerTests
{
    [Fact]
    public void Gives_one_shingle_per_word_position()
    {
        TokenizedText tokens = Tokenizer.Tokenize("one two three four five six seven");
        Shingler.WordShingles(tokens, 5).Length.ShouldBe(3);
        Shingler.WordShingles(tokens, 3).Length.ShouldBe(5);
    }

    [Fact]
    public void A_text_shorter_than_the_shingle_is_one_shingle_and_an_empty_text_none()
    {
        Shingler.WordShingles(Tokenizer.Tokenize("just three words"), 5).Length.ShouldBe(1);
        Shingler.WordShingles(Tokenizer.Tokenize(""), 5).ShouldBeEmpty();
    }

    [Fact]
    public void Same_words_in_different_punctuation_give_the_same_shingles()
    {
        ulong[] a = Shingler.WordShingles(Tokenizer.Tokenize("The mayor, Tobias Quell, said “no”."));
        ulong[] b = Shingler.WordShingles(Tokenizer.Tokenize("the MAYOR Tobias Quell said \"no\""));
        a.ShouldBe(b);
    }

    [Fact]
    public void Exact_jaccard_counts_distinct_shingles()
    {
        ulong[] a = Shingler.ToSet([1, 2, 3, 3, 4]);
        ulong[] b = Shingler.ToSet([3, 4, 5, 6]);
        a.ShouldBe([1UL, 2, 3, 4]);
        Shingler.IntersectionCount(a, b).ShouldBe(2);
        Shingler.Jaccard(a, b).ShouldBe(2.0 / 6.0);
        Shingler.Jaccard([], []).ShouldBe(0.0);
    }

    [Fact]
    public void Character_shingles_survive_an_ocr_error_better_than_word_shingles()
    {
        TokenizedText clean = Tokenizer.Tokenize("the reservoir was built in nineteen sixty one and supplies drinking water to the villages");
        TokenizedText ocr = Tokenizer.Tokenize("the reserv0ir was bui1t in nineteen sixty one and suppl1es drinking water to the vi11ages");
        double words = Shingler.Jaccard(Shingler.ToSet(Shingler.WordShingles(clean)), Shingler.ToSet(Shingler.WordShingles(ocr)));
        double chars = Shingler.Jaccard(Shingler.ToSet(Shingler.CharacterShingles(clean)), Shingler.ToSet(Shingler.CharacterShingles(ocr)));
        chars.ShouldBeGreaterThan(words + 0.2);
    }

    [Fact]
    public void Rejects_an_invalid_size_with_a_hint()
    {
        var options = new ShingleOptions { Size = 0 };
        Should.Throw<ArgumentOutOfRangeException>(options.Validate).Message.ShouldContain("must be at least 1; got 0");
    }
}
