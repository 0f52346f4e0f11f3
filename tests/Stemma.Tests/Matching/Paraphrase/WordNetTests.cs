using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

public class WordNetTests
{
    private static WordNet Net => WordNet.Shared!;

    [WordNetFact]
    public void Irregular_forms_are_lemmatised_from_the_exception_lists()
    {
        Net.Lookup("geese").Lemmas.ShouldContain("goose");
        Net.Lookup("went").Lemmas.ShouldContain("go");
    }

    [WordNetFact]
    public void Regular_inflections_are_detached_by_the_rules()
    {
        Net.Lookup("purchased").Lemmas.ShouldContain("purchase");
        Net.Lookup("companies").Lemmas.ShouldContain("company");
        Net.Lookup("running").Lemmas.ShouldContain("run");
    }

    [WordNetFact]
    public void Synonyms_share_a_synset_and_unrelated_words_do_not()
    {
        WordSenses.Intersect(Net.Lookup("bought").Senses, Net.Lookup("purchased").Senses).ShouldBeTrue();
        WordSenses.Intersect(Net.Lookup("bought").Senses, Net.Lookup("harbour").Senses).ShouldBeFalse();
    }

    [WordNetFact]
    public void Antonyms_and_hypernyms_are_found()
    {
        WordSenses.Intersect(Net.Lookup("rose").Antonyms, Net.Lookup("fell").Senses).ShouldBeTrue();
        WordSenses.Intersect(Net.Lookup("dog").Related, Net.Lookup("canine").Senses).ShouldBeTrue();
    }

    [WordNetFact]
    public void An_unknown_word_has_no_senses()
    {
        WordSenses senses = Net.Lookup("marrowick");
        senses.Lemmas.ShouldBeEmpty();
        senses.Senses.ShouldBeEmpty();
    }

    [WordNetFact]
    public void A_nouns_senses_are_counted_among_classes_so_a_surname_ranked_first_is_passed_over()
    {
        // WordNet ranks Herder the philosopher and Shearer the dancer before the herder and the shearer.
        var personNouns = Stemma.Quotes.WordNetPersonNouns.From(Net);
        personNouns.ShouldContain("herder");
        personNouns.ShouldContain("shearer");
        Net.FirstSenseIsKindOf("goatherd", "herder", 1).ShouldBeTrue();
        Net.FirstSenseIsKindOf("goatherd", "shearer", 1).ShouldBeFalse();
    }

    [Fact]
    public void A_directory_without_the_database_gives_no_wordnet()
    {
        WordNet.TryLoad(Path.Combine(AppContext.BaseDirectory, "no-such-wordnet")).ShouldBeNull();
    }
}
