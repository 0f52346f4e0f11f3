using Stemma.Synthesis;

namespace Stemma.Tests.Synthesis;

public class CorpusSynthesizerTests
{
    internal static Vocabulary FixtureVocabulary() =>
        Vocabulary.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Synthesis", "words.txt"));

    [Fact]
    public void The_same_seed_gives_the_same_corpus_and_another_seed_a_different_one()
    {
        var synth = CorpusSynthesizer.Create(FixtureVocabulary());
        var first = synth.Generate(300, 5).ToList();
        first.ShouldBe(synth.Generate(300, 5).ToList());
        first.Select(a => a.Text).ShouldNotBe(synth.Generate(300, 6).Select(a => a.Text).ToList());
    }

    [Fact]
    public void Every_derived_article_names_an_earlier_original_and_how_it_was_made()
    {
        var articles = CorpusSynthesizer.Create(FixtureVocabulary()).Generate(2000, 11).ToList();
        var position = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var derived = articles.Where(a => a.DupOf is not null).ToList();
        derived.Count.ShouldBeGreaterThan(100);
        foreach (SyntheticArticle a in derived)
        {
            position[a.DupOf!].ShouldBeLessThan(position[a.Id]);
            articles[position[a.DupOf!]].DupOf.ShouldBeNull();
            a.Date.ShouldBeGreaterThan(articles[position[a.DupOf!]].Date);
            a.Transforms.ShouldNotBeNullOrEmpty();
        }

        string[] kinds = ["lead", "embed", "substitute", "delete", "drop", "reorder", "chrome"];
        foreach (string kind in kinds)
        {
            derived.ShouldContain(a => a.Transforms!.Split('+').Contains(kind), $"no article derived by {kind}");
        }

        articles.Select(a => a.Id).Distinct().Count().ShouldBe(articles.Count);
    }

    [Fact]
    public void A_lead_is_the_start_of_its_source()
    {
        var articles = CorpusSynthesizer.Create(FixtureVocabulary()).Generate(2000, 3).ToList();
        var byId = articles.ToDictionary(a => a.Id);
        SyntheticArticle lead = articles.First(a => a.Transforms == "lead");
        byId[lead.DupOf!].Text.Replace("\n\n", " ").ShouldStartWith(lead.Text.Replace("\n\n", " "));
    }

    [Fact]
    public void A_word_list_without_enough_words_is_refused_with_the_fix()
    {
        var e = Should.Throw<ArgumentException>(() => Vocabulary.FromLines(["alpha", "Beta"]));
        e.Message.ShouldContain("wamerican");
    }
}
