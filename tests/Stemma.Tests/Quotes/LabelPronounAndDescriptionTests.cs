using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Labels told from quotes, pronouns resolved to the person the paragraph before introduced, and
/// organisations met again as a description, shown on the fictional fixtures Data/Quotes/labels-g1.txt,
/// pronouns-g1.txt and descriptions-g1.txt.
/// </summary>
public class LabelPronounAndDescriptionTests
{
    private static readonly Lazy<IReadOnlyList<Quote>> Labels = QuoteFixtures.StoryQuotes("labels-g1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Pronouns = QuoteFixtures.StoryQuotes("pronouns-g1.txt");

    private static readonly Lazy<IReadOnlyList<Quote>> Descriptions = QuoteFixtures.StoryQuotes("descriptions-g1.txt");

    private static Quote Find(Lazy<IReadOnlyList<Quote>> quotes, string text) => QuoteFixtures.Find(quotes.Value, text);

    [Theory]
    [InlineData("midweek muddle")] // what stallholders have dubbed the "…"
    [InlineData("saver stalls")] // the so-called "…" scheme
    [InlineData("taste and try")] // the free Thursday "…" mornings
    [InlineData("Save Ellerby Market")] // a group called "…"
    [InlineData("the Glasshouse")] // known locally as "…"
    [InlineData("Wednesday gamble")] // which calls the new timetable the "…"
    [InlineData("relocation grant")] // a transfer labelled "…"
    public void A_quoted_name_or_modifier_is_a_label_not_a_quote(string label)
    {
        Labels.Value.ShouldNotContain(q => q.Text == label, string.Join(" | ", Labels.Value.Select(q => q.Text)));
    }

    [Theory]
    [InlineData("short-sighted", "Roisin Flood")] // called the plan "…"
    [InlineData("deeply disappointed", "Ellerby Traders' Association")] // said it was "…"; the name keeps its apostrophe
    [InlineData("the end of the line", "Jim Pask")] // described the plan as "…" for smaller stalls
    [InlineData("finely balanced", "Colin Marsh")] // said the decision was "…" but
    public void A_partial_quote_inside_a_sentence_stays_a_quote_of_its_speaker(string text, string speaker)
    {
        Find(Labels, text).Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void A_quoted_modifier_with_a_named_speaker_is_that_speakers_word()
    {
        var quotes = QuoteExtractor.Create().Extract(new()
        {
            Id = "inline",
            Source = "inline",
            Format = Stemma.Extraction.DocumentFormat.Text,
            Metadata = new(),
            Text = "Dr Ilse Brandt warned of \"truly catastrophic\" consequences for the valley if the dam failed.",
        });

        QuoteFixtures.Find(quotes, "truly catastrophic").Speaker.ShouldBe("Ilse Brandt");
    }

    [Fact]
    public void A_pronoun_opening_a_paragraph_stands_for_the_person_the_paragraph_before_introduced_without_speech()
    {
        // For Grainne Doyle, …, the rise will add £80 to her rent. ¶ "…," she said — not Tomas Reilly, who spoke last.
        Find(Pronouns, "I already work nights to make this place pay").Speaker.ShouldBe("Grainne Doyle");
        Find(Pronouns, "I don't know where another £80 comes from.").Speaker.ShouldBe("Grainne Doyle");
    }

    [Fact]
    public void A_relative_clause_about_a_person_tells_nothing_of_their_gender()
    {
        // Bernadette Quinn, whose two sons share her flat: "sons" does not make her a man.
        Find(Pronouns, "They told us after they had decided").Speaker.ShouldBe("Bernadette Quinn");
    }

    [Fact]
    public void An_unnamed_source_with_a_relative_clause_in_the_paragraph_before_is_who_she_stands_for()
    {
        Find(Pronouns, "We have rehearsed down there since before I was born").Speaker.ShouldBe("one cornet player");
    }

    [Fact]
    public void A_person_the_article_called_he_is_not_who_a_later_she_stands_for()
    {
        var quotes = QuoteExtractor.Create().Extract(new()
        {
            Id = "inline",
            Source = "inline",
            Format = Stemma.Extraction.DocumentFormat.Text,
            Metadata = new(),
            Text = "Marek Lind conducted the last concert. \"We played it as if it were the first time,\" he said.\n\n"
                + "Nadia Holm, the orchestra's leader, was at the meeting.\n\n"
                + "The players were told on Friday. \"Some of us cried,\" she said.",
        });

        QuoteFixtures.Find(quotes, "Some of us cried").Speaker.ShouldBe("Nadia Holm");
    }

    [Fact]
    public void A_person_named_in_an_opening_for_phrase_is_who_the_next_sentences_pronoun_stands_for()
    {
        var quotes = QuoteExtractor.Create().Extract(new()
        {
            Id = "inline",
            Source = "inline",
            Format = Stemma.Extraction.DocumentFormat.Text,
            Metadata = new(),
            Text = "Dr Ilse Brandt, who led the study, said the effect was clear. \"We saw it in every city,\" she said.\n\n"
                + "For Nadia Okonkwo, whose flat overlooks the depot, the results were no surprise. \"The first bus leaves at half four,\" she said.",
        });

        QuoteFixtures.Find(quotes, "The first bus leaves at half four").Speaker.ShouldBe("Nadia Okonkwo");
    }

    [Fact]
    public void The_campaign_group_is_the_body_introduced_as_the_campaign()
    {
        Find(Descriptions, "looking at every option").Speaker.ShouldBe("Keep Maddox Green");
    }

    [Fact]
    public void The_company_is_the_name_introduced_as_a_company_with_modifiers()
    {
        // Dorrick, the Leeds-based renewable energy company behind the plan … The company said … "…," it said.
        Find(Descriptions, "We will plant hedges along every boundary before the first panel goes in").Speaker.ShouldBe("Dorrick");
    }
}
