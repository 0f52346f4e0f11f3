using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

/// <summary>The allocation-free fast paths give exactly the values of the reference paths.</summary>
public class FastPathTests
{
    private const string AsciiWordChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Letters, digits, spaces, punctuation, apostrophes and quote marks, accented and full-width letters,
    // ligatures and invisible characters: every branch of the tokenizer.
    private const string MixedChars = "abcXYZ019 .,;-'`\"\u2019\u201C\u00E9\u00C9\u00DF\uFB01\uFF21\u00AD\u200B\u4E2D\t\n";

    private static Arbitrary<string> StringsOver(string alphabet, int maxLength) =>
        Gen.Choose(0, maxLength)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n))
            .Select(chars => new string(chars))
            .ToArbitrary();

    [Fact]
    public void Hashing_an_ascii_word_lower_cased_on_the_fly_equals_hashing_its_lower_case_copy()
    {
        Prop.ForAll(StringsOver(AsciiWordChars, 80), word =>
            WyHash.HashLowerAsciiWord(word) == WyHash.Hash(word.ToLowerInvariant().AsSpan())).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void HashWords_gives_the_hashes_Tokenize_gives()
    {
        Prop.ForAll(StringsOver(MixedChars, 200), text =>
        {
            ulong[] buffer = new ulong[1];
            int n = Tokenizer.HashWords(text, ref buffer);
            return buffer.AsSpan(0, n).SequenceEqual(Tokenizer.Tokenize(text).Hashes);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_fast_path_keeps_the_unicode_normalisation()
    {
        ulong[] buffer = new ulong[4];
        int n = Tokenizer.HashWords("\u201CDon\u2019t\u201D Caf\u00E9 \uFB01ne", ref buffer);
        n.ShouldBe(3);
        buffer[0].ShouldBe(WyHash.Hash("don't".AsSpan()));
        buffer[1].ShouldBe(WyHash.Hash("caf\u00E9".AsSpan()));
        buffer[2].ShouldBe(WyHash.Hash("fine".AsSpan()));
    }

    [Fact]
    public void The_unrolled_five_gram_hash_equals_the_general_one()
    {
        Prop.ForAll(Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>(), 5).ToArbitrary(), v =>
            WyHash.HashFive(v, 77) == WyHash.Hash(v.AsSpan(), 77)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Span_shingling_equals_array_shingling_for_every_size()
    {
        Prop.ForAll(StringsOver(MixedChars, 120), Gen.Choose(1, 7).ToArbitrary(), (text, size) =>
        {
            TokenizedText tokens = Tokenizer.Tokenize(text);
            var destination = new ulong[Math.Max(1, tokens.Count)];
            int n = Shingler.WordShingles(tokens.Hashes, size, destination);
            return destination.AsSpan(0, n).SequenceEqual(Shingler.WordShingles(tokens, size));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void In_place_one_permutation_minhash_equals_the_sketch_object()
    {
        Prop.ForAll(Gen.ArrayOf(ArbMap.Default.GeneratorFor<ulong>()).Where(a => a.Length > 0).ToArbitrary(), shingles =>
        {
            var values = new ulong[64];
            MinHash.ComputeOnePermutation(shingles, values, 5);
            return values.AsSpan().SequenceEqual(MinHash.Compute(shingles, 64, 5).Values);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Utf8_helper_is_not_needed_for_ascii_hashes()
    {
        // The lower-casing mask must not touch digits: "A1" and "a1" hash alike, "a1" and "a!" differ in input class.
        WyHash.HashLowerAsciiWord("A1").ShouldBe(WyHash.Hash(Encoding.Unicode.GetBytes("a1")));
    }
}
