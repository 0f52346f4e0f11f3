using Stemma.Matching.Alignment;

namespace Stemma.Tests.Matching.Alignment;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_after_terminal_punctuation_but_not_after_a_title_or_an_initial()
    {
        SentenceSplitter.Split("Mr. Falk met J. Ostrom at the quay. “It will reopen,” he said. Sign up now!")
            .ShouldBe(["Mr. Falk met J. Ostrom at the quay.", "“It will reopen,” he said.", "Sign up now!"]);
    }

    [Fact]
    public void A_text_without_a_boundary_is_one_sentence() =>
        SentenceSplitter.Split(" no full stop here ").ShouldBe(["no full stop here"]);
}
