using Stemma.Fingerprinting;

namespace Stemma.Tests.Fingerprinting;

public class TokenizerTests
{
    private static string[] Words(string text)
    {
        TokenizedText tokens = Tokenizer.Tokenize(text);
        return Enumerable.Range(0, tokens.Count).Select(tokens.GetNormalized).ToArray();
    }

    [Fact]
    public void Gives_character_offsets_into_the_original_text()
    {
        const string text = "  Hello, “Odile” — world!";
        TokenizedText tokens = Tokenizer.Tokenize(text);
        tokens.Count.ShouldBe(3);
        text[tokens[0].Start..tokens[0].End].ShouldBe("Hello");
        text[tokens[1].Start..tokens[1].End].ShouldBe("Odile");
        text[tokens[2].Start..tokens[2].End].ShouldBe("world");
    }

    [Fact]
    public void Curly_and_straight_quotes_give_the_same_words()
    {
        TokenizedText curly = Tokenizer.Tokenize("“Don’t go,” she said.");
        TokenizedText straight = Tokenizer.Tokenize("\"don't GO\" she said");
        curly.Hashes.ToArray().ShouldBe(straight.Hashes.ToArray());
        curly.GetNormalized(0).ShouldBe("don't");
    }

    [Fact]
    public void Folds_case_fullwidth_letters_and_ligatures()
    {
        Words("ＭＡＲＲＯＷＩＣＫ ofﬁce Straße").ShouldBe(["marrowick", "office", "strasse"]);
    }

    [Fact]
    public void Drops_punctuation_and_splits_on_hyphens_and_dashes()
    {
        Words("low-lying (Quillan); 2,300 people—roughly.").ShouldBe(["low", "lying", "quillan", "2", "300", "people", "roughly"]);
    }

    [Fact]
    public void Soft_hyphens_and_zero_width_characters_do_not_split_a_word()
    {
        Words("reser\u00ADvoir spill\u200Bway").ShouldBe(["reservoir", "spillway"]);
    }

    [Fact]
    public void A_quote_at_a_word_edge_is_not_part_of_the_word()
    {
        Words("'Quell' said ‘yes’").ShouldBe(["quell", "said", "yes"]);
    }

    [Fact]
    public void Keeps_accented_letters_and_lowercases_them()
    {
        Words("ÉCOLE Ångström").ShouldBe(["école", "ångström"]);
    }

    [Fact]
    public void An_empty_or_punctuation_only_text_has_no_words()
    {
        Tokenizer.Tokenize("").Count.ShouldBe(0);
        Tokenizer.Tokenize(" — … !!").Count.ShouldBe(0);
    }

    [Fact]
    public void Handles_words_longer_than_the_initial_buffer()
    {
        string word = new('x', 500);
        TokenizedText tokens = Tokenizer.Tokenize($"a {word} b");
        tokens.Count.ShouldBe(3);
        tokens.GetNormalized(1).ShouldBe(word);
        tokens[1].Hash.ShouldBe(WyHash.Hash(word.AsSpan()));
    }
}
