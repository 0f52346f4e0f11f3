using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Labels (codenamed, the slogan, under the name), bodies named with common words or "and", unnamed sources cut to their
/// head, coordinated that-clauses and court, tabloid and foreign-desk cues, each a short fictional inline article; a
/// speaker of NONE means the phrase is no quote. Guards for the round-eight rules beyond the annotated sets.
/// </summary>
public class LabelAndSourceGuardTests
{
    private const string NoQuote = "NONE";

    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string Who(string article, string quote) => QuoteFixtures.Who(article, quote);

    [Theory]
    [InlineData("Police launched an operation codenamed \"Nightfall\" in March. \"We will find them,\" said Inspector Ros Kell.", "Nightfall", "NONE")]
    [InlineData("Protesters chanted the slogan \"Not in our name\" outside the hall. \"We will be back,\" said Ana Ruiz.", "Not in our name", "NONE")]
    [InlineData("The firm trades under the name \"Brightwell\" in Spain. \"We are proud of it,\" said Ana Ruiz.", "Brightwell", "NONE")]
    [InlineData("Network Rail said in a statement that the line would be \"closed until further notice\".", "closed until further notice", "Network Rail")]
    [InlineData("The Food and Drug Authority (FDA) approved the drug on Friday. \"The evidence is clear,\" the authority said.", "The evidence is clear", "Food and Drug Authority")]
    [InlineData("A nurse at the city's main hospital, who did not want to be named, said staff were \"at breaking point\".", "at breaking point", "a nurse [")]
    [InlineData("Ana Ruiz said the cuts were \"cruel\" and that the council \"should be ashamed\".", "should be ashamed", "Ana Ruiz")]
    [InlineData("Harbour Energy, which owns the rig, said the leak was \"contained within hours\". Harbour Energy said it would pay for the clean-up.", "contained within hours", "Harbour Energy")]
    public void The_phrase_is_no_quote_or_the_speaker_is_the_one_the_cue_names(string article, string quote, string speaker)
    {
        if (speaker == NoQuote)
        {
            Inline(article).ShouldNotContain(q => q.Text == quote);
        }
        else
        {
            Who(article, quote).ShouldContain(speaker);
        }
    }
}
