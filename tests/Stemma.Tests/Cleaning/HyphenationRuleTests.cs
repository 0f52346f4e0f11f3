using Stemma.Cleaning;

namespace Stemma.Tests.Cleaning;

public class HyphenationRuleTests
{
    private static HyphenationRule Rule() => CleaningFixtures.Hyphenation(
        CleaningFixtures.Read("Hyphenation/corpus-a.txt"), CleaningFixtures.Read("Hyphenation/corpus-b.txt"));

    [Fact]
    public void Keeps_the_hyphen_when_the_corpus_writes_the_compound_with_one_mid_line()
    {
        // The dictionary lists "seawall", but the batch itself writes "sea-wall".
        Rule().Join("the old sea-", "wall").ShouldBe("the old sea-wall");
    }

    [Fact]
    public void Joins_solid_when_the_corpus_writes_the_word_solid_mid_line()
    {
        Rule().Join("and the life-", "boat house").ShouldBe("and the lifeboat house");
    }

    [Fact]
    public void Keeps_the_hyphen_before_a_capitalised_continuation()
    {
        Rule().Join("The town's Anti-", "Smuggling Unit").ShouldBe("The town's Anti-Smuggling Unit");
    }

    [Fact]
    public void Joins_a_word_hyphenated_across_a_line_break_when_the_dictionary_knows_an_inflection_of_it()
    {
        Rule().Join("would be reloc-", "ated before").ShouldBe("would be relocated before");
    }

    [Fact]
    public void Keeps_a_real_compound_whose_halves_are_both_words()
    {
        Rule().Join("the anti-", "flood gates").ShouldBe("the anti-flood gates");
    }

    [Fact]
    public void Joins_solid_when_there_is_no_evidence_at_all()
    {
        Rule().Join("The engin-", "eers worked").ShouldBe("The engineers worked");
    }

    [Fact]
    public void Does_not_take_a_dash_or_a_list_marker_for_a_broken_word()
    {
        HyphenationRule.IsBrokenWord("the vote --", "then").ShouldBeFalse();
        HyphenationRule.IsBrokenWord("the anti-", "42 boats").ShouldBeFalse();
        HyphenationRule.IsBrokenWord("the anti-", "flood").ShouldBeTrue();
    }

    [Fact]
    public void Cleans_a_whole_document_with_corpus_and_dictionary_evidence()
    {
        var batch = new[]
        {
            CleaningFixtures.Document("Hyphenation/corpus-a.txt", "aaaaaaaaaaaaaaaa"),
            CleaningFixtures.Document("Hyphenation/corpus-b.txt", "bbbbbbbbbbbbbbbb"),
        };
        var article = CleaningFixtures.Cleaner().Clean(batch)[1];
        article.Text.ShouldBe(
            "Engineers said the anti-flood gates would be relocated before the storm season. The town's Anti-Smuggling Unit checked the old sea-wall and the lifeboat house. The engineers worked late.");
    }

    [Fact]
    public void Warns_once_per_run_when_the_dictionary_is_missing_and_still_uses_corpus_evidence()
    {
        var cleaner = ArticleCleaner.Create(new CleaningOptions { DictionaryPath = CleaningFixtures.PathOf("Hyphenation/no-such-dictionary.txt") });
        var batch = new[]
        {
            CleaningFixtures.Document("Hyphenation/corpus-a.txt", "aaaaaaaaaaaaaaaa"),
            CleaningFixtures.Document("Hyphenation/corpus-b.txt", "bbbbbbbbbbbbbbbb"),
            CleaningFixtures.Document("Hyphenation/corpus-b.txt", "cccccccccccccccc"),
        };
        var articles = cleaner.Clean(batch);
        articles.SelectMany(a => a.Warnings).Count(w => w.Contains("not found", StringComparison.Ordinal)).ShouldBe(1);
        articles[1].Text.ShouldContain("the old sea-wall");
        articles[1].Text.ShouldContain("the antiflood gates");
    }
}
