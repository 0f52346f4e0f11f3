using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;

namespace Stemma.Tests.Quotes;

/// <summary>
/// How desks cue quotes beyond the annotated sets (through an interpreter, in a post on X, wrote in a letter, according
/// to a transcript, a judge addressing the defendant, a quote split by its cue, two speakers in one paragraph), each a
/// short fictional inline article: these held before round eight and guard against its rules breaking them.
/// </summary>
public class DeskCueGuardTests
{
    private static IReadOnlyList<Quote> Inline(string text) => QuoteFixtures.Inline(text);

    private static string Who(string article, string quote) => QuoteFixtures.Who(article, quote);

    [Theory]
    [InlineData("Speaking through an interpreter, Ilse Varga said: \"We had nowhere else to go.\"", "We had nowhere else to go.", "Ilse Varga")]
    [InlineData("\"We had nowhere else to go,\" Ilse Varga said through an interpreter.", "We had nowhere else to go", "Ilse Varga")]
    [InlineData("In a post on X, the mayor of Dunmore, Priya Hollis, wrote: \"The bridge will reopen on Monday.\"", "The bridge will reopen on Monday.", "Priya Hollis")]
    [InlineData("Councillor Ben Ashe wrote in a letter to residents: \"The consultation was a sham.\"", "The consultation was a sham.", "Ben Ashe")]
    [InlineData("\"I did not see the car,\" Mark Dell told police, according to a transcript read to the court.", "I did not see the car", "Mark Dell")]
    [InlineData("According to a transcript seen by the Courier, Mark Dell told officers: \"I did not see the car.\"", "I did not see the car.", "Mark Dell")]
    [InlineData("Judge Helen Marsh told the defendant: \"You showed no remorse at any stage.\"", "You showed no remorse at any stage.", "Helen Marsh")]
    [InlineData("Tom Rigby, 34, admitted the theft. Judge Helen Marsh told Rigby: \"You showed no remorse at any stage.\"", "You showed no remorse at any stage.", "Helen Marsh")]
    [InlineData("Tom Rigby, 34, admitted the theft. \"You showed no remorse at any stage,\" Judge Helen Marsh told him.", "You showed no remorse at any stage", "Helen Marsh")]
    [InlineData("\"We were told nothing,\" said Ana Ruiz, a nurse. \"Nothing at all,\" she added. Her colleague, Dev Patel, said: \"It was chaos.\"", "It was chaos.", "Dev Patel")]
    [InlineData("\"We were told nothing,\" said Ana Ruiz, a nurse. Her colleague, Dev Patel, said: \"It was chaos.\"", "We were told nothing", "Ana Ruiz")]
    [InlineData("\"The plan,\" said Ana Ruiz, \"was never costed.\"", "was never costed.", "Ana Ruiz")]
    [InlineData("\"The plan,\" Ana Ruiz said, \"was never costed.\"", "The plan", "Ana Ruiz")]
    [InlineData("In a statement posted on Facebook, Kestrel Town FC said: \"We are devastated by the news.\"", "We are devastated by the news.", "Kestrel Town FC")]
    [InlineData("Ilse Varga, speaking through an interpreter, said the camp had run out of water. \"We drink from the river now,\" she said.", "We drink from the river now", "Ilse Varga")]
    [InlineData("Ana Ruiz told the BBC: \"Nobody came.\"", "Nobody came.", "Ana Ruiz")]
    [InlineData("\"Nobody came,\" Ana Ruiz told BBC Radio Dunmore's breakfast show.", "Nobody came", "Ana Ruiz")]
    [InlineData("Ana Ruiz, who runs the shelter, told reporters outside the town hall on Tuesday that \"nobody came\".", "nobody came", "Ana Ruiz")]
    [InlineData("\"Nobody came,\" tweeted Ana Ruiz.", "Nobody came", "Ana Ruiz")]
    [InlineData("Writing on X, Ana Ruiz said \"nobody came\" to help.", "nobody came", "Ana Ruiz")]
    [InlineData("Ana Ruiz posted on X: \"Nobody came. Not one person.\"", "Nobody came. Not one person.", "Ana Ruiz")]
    [InlineData("The Prime Minister, Ana Ruiz, said in a televised address: \"Nobody will be left behind.\"", "Nobody will be left behind.", "Ana Ruiz")]
    public void The_speaker_of_a_desk_cue_is_the_person_it_names(string article, string quote, string speaker) => Who(article, quote).ShouldStartWith(speaker + " [");
}
