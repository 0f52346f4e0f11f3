using Stemma.Quotes;
using Xunit.Abstractions;

namespace Stemma.Tests.Quotes;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var file = Environment.GetEnvironmentVariable("SCRATCH");
        if (file is null) return;
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var extractor = QuoteExtractor.Create();
        foreach (var story in QuoteSetScoring.Stories(dir))
            foreach (var q in extractor.ExtractStory(story))
                output.WriteLine($"[{q.Speaker}] via '{q.SpeakerMention}' ({q.Attribution}) {q.Text}");
    }
}
