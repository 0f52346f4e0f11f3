using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Round sixteen: a surname that only looks like a plural (Paredes); a speaker's gender from the given name when the article
/// tells none (read from the installed name lists); a byline's appositive that stops at its paragraph; shown on short fictional inline articles.
/// </summary>
public class RoundSixteenAttributionTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    [Fact]
    public void A_surname_ending_in_es_after_a_consonant_is_no_plural_of_a_common_word()
    {
        var dictionary = new QuoteDictionary(["pared", "box", "hero", "church"]);

        dictionary.IsCommonNotName("Paredes").ShouldBeFalse();
        dictionary.IsCommonNotName("boxes").ShouldBeTrue();
        dictionary.IsCommonNotName("heroes").ShouldBeTrue();
        dictionary.IsCommonNotName("churches").ShouldBeTrue();
    }

    [Fact]
    public void A_person_whose_surname_looks_like_a_plural_is_still_a_person_a_pronoun_stands_for()
    {
        var quotes = Inline("Town told to prepare\n\n"
            + "\"The water has risen,\" said Dr Hernan Villacorta, a glaciologist.\n\n"
            + "Augusto Paredes said the people would be moved by Sunday. \"We have food for two weeks,\" he said.");

        QuoteFixtures.Find(quotes, "We have food for two weeks").Speaker.ShouldBe("Augusto Paredes");
    }

    [Fact]
    public void A_given_name_tells_a_gender_the_article_does_not()
    {
        var quotes = Inline("Desalination plant fails\n\n"
            + "From Nadia Holloway, Middle East Correspondent\n\n"
            + "The Minister of Energy, Khalid al-Mansouri, said: \"The first line will be restored within days.\"\n\n"
            + "The minister did not give a date. Asked whether the plant had been maintained, he replied: \"This is not the time to look for blame.\"");

        QuoteFixtures.Find(quotes, "This is not the time to look for blame.").Speaker.ShouldBe("Khalid al-Mansouri");
    }

    [Fact]
    public void Kaur_in_a_name_tells_a_woman_whatever_the_lists_say_of_her_first_name()
    {
        var quotes = Inline("Volunteers feed hundreds\n\n"
            + "\"Langar does not stop,\" said Kulwant Kaur Bains.\n\n"
            + "Daniel Reeve, a fire officer, arrived an hour later.\n\n"
            + "\"We need the hall back by spring,\" she said.");

        QuoteFixtures.Find(quotes, "We need the hall back by spring").Speaker.ShouldBe("Kulwant Kaur Bains");
    }

    [Fact]
    public void The_name_lists_vote_by_file_and_leave_short_and_split_names_untold()
    {
        var dir = Directory.CreateTempSubdirectory("given-names-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "a", "names"));
            Directory.CreateDirectory(Path.Combine(dir, "b", "genders"));
            File.WriteAllText(Path.Combine(dir, "a", "names", "en.js"),
                "const m = new Map([\n  ['sophie', 'female'],\n  ['andrea', 'female'],\n  ['mo', 'female'],\n  ['hernán', 'male'],\n]);");
            File.WriteAllText(Path.Combine(dir, "a", "names", "fr.js"), "const m = new Map([\n  ['sophie', 'female'],\n  ['andrea', 'male'],\n]);");
            File.WriteAllText(Path.Combine(dir, "a", "names", "de.js"), "const m = new Map([\n  ['sophie', 'male'],\n  ['sophie', 'male'],\n]);");
            File.WriteAllText(Path.Combine(dir, "b", "genders", "female.js"), "module.exports = {\n\"sophie\": { en: 1 },\n\"kulwant\": { en: 1 },\n};");
            File.WriteAllText(Path.Combine(dir, "b", "genders", "male.js"), "module.exports = {\n\"harjinder\": { en: 1 },\n};");

            var lists = GivenNameGenders.Load(dir);

            lists.IsMale("Sophie").ShouldBe(false); // three votes to one
            lists.IsMale("Andrea").ShouldBeNull(); // one to one
            lists.IsMale("Mo").ShouldBeNull(); // too short to tell
            lists.IsMale("Hernan").ShouldBe(true); // accents folded
            lists.IsMale("Harjinder").ShouldBe(true);
            lists.IsMale("Kulwant").ShouldBe(false);
            lists.IsMale("Zebediah").ShouldBeNull();
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_installed_name_lists_are_read()
    {
        // scripts/install-given-names.sh, run by ./test.sh, fetches them.
        GivenNameGenders.Shared.Count.ShouldBeGreaterThan(50_000);
        GivenNameGenders.Shared.IsMale("Augusto").ShouldBe(true);
        GivenNameGenders.Shared.IsMale("Nadia").ShouldBe(false);
    }

    [Fact]
    public void A_byline_appositive_stops_at_its_paragraph()
    {
        var quotes = Inline("Kitchen reopens\n\n"
            + "By Ann Lee, correspondent\n\n"
            + "The minister announced on Monday that the kitchen would reopen. \"We are nearly there,\" the minister said.");

        QuoteFixtures.Find(quotes, "We are nearly there").Speaker.ShouldNotBe("Ann Lee");
    }
}
