namespace Stemma.Tests.Stories;

/// <summary>How articles are grouped into stories when one article draws on two unrelated stories.</summary>
public class StoryGroupingTests
{
    private static readonly string QuotesDir = Path.Combine(AppContext.BaseDirectory, "Data", "Quotes");

    private static string Body(string name) => string.Join("\n\n", File.ReadAllText(Path.Combine(QuotesDir, name))
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));

    private static string Paragraphs(string name, int count) =>
        string.Join("\n\n", Body(name).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Take(count));

    [Fact]
    public void A_digest_that_copies_two_unrelated_stories_does_not_chain_them_into_one()
    {
        // Two stories, each told by two outlets, and a morning newsletter that copies the opening of one
        // report from each story (as digests do) amid its own lines.
        var dir = Path.Combine(Path.GetTempPath(), $"stemma-digest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var name in (string[])["ferry-a1.txt", "ferry-a2.txt", "museum-c1.txt", "museum-c2.txt"])
            {
                File.Copy(Path.Combine(QuotesDir, name), Path.Combine(dir, name));
            }

            File.WriteAllText(Path.Combine(dir, "digest.txt"),
                "TITLE: The Morning Briefing\n\nGood morning. Here is what our editors are reading today.\n\n"
                + Paragraphs("ferry-a1.txt", 3)
                + "\n\nIn other news from around the region:\n\n"
                + Paragraphs("museum-c1.txt", 3)
                + "\n\nThat is all for today. The briefing returns tomorrow at seven.\n");

            var report = AnalysisPipeline.Create().Analyze([dir]);

            var source = report.Documents.ToDictionary(d => d.Id, d => Path.GetFileName(d.Source), StringComparer.Ordinal);
            var stories = report.Stories.Select(s => s.Documents.Select(id => source[id]).Order(StringComparer.Ordinal).ToList()).ToList();
            stories.ShouldContain(s => s.Contains("ferry-a1.txt") && s.Contains("ferry-a2.txt"));
            stories.ShouldContain(s => s.Contains("museum-c1.txt") && s.Contains("museum-c2.txt"));
            stories.ShouldNotContain(s => s.Contains("ferry-a1.txt") && s.Contains("museum-c1.txt"));
            stories.ShouldContain(s => s.Contains("digest.txt"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
