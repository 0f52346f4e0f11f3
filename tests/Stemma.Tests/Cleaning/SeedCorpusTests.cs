using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

/// <summary>
/// Runs the cleaner on the five real renderings in ../shared/corpus/seeds (read at test time, never
/// copied) and checks what a careful reader expects. Light by design: the acceptance suite owns the
/// full comparison.
/// </summary>
public class SeedCorpusTests
{
    private static readonly Lazy<IReadOnlyList<Article>?> Articles = new(SeedFactAttribute.CleanSeeds);

    [SeedFact]
    public void Aggregator_copy_loses_its_homepage_plug_and_source_footer_only()
    {
        var a = Seed(0);
        a.Metadata.Outlet.ShouldBe("Business Insider");
        a.Removed.Select(r => r.Kind).ShouldBe([RemovalKinds.Title, RemovalKinds.Promotion, RemovalKinds.Footer]);
        a.Paragraphs.Count(p => p.StartsWith('•')).ShouldBe(3);
    }

    [SeedFact]
    public void Pdf_copy_with_a_lost_line_is_repaired_and_the_fragment_is_reported()
    {
        var a = Seed(1);
        a.Metadata.Title.ShouldBe("Putin Proposes Election Non-Interference Pact With U.S.");
        a.Removed.ShouldContain(new RemovedText(RemovalKinds.Credit, "Kremlin.ru"));
        a.Removed.ShouldContain(r => r.Kind == RemovalKinds.Related && r.Text.StartsWith("Related article:"));
        a.Warnings.ShouldContain(w => w.Contains("starts mid-sentence", StringComparison.Ordinal));
        a.Paragraphs.ShouldContain(p => p.StartsWith("the outcome of elections", StringComparison.Ordinal));
        a.Text.ShouldContain("through negotiations, Russia's top diplomat said.");
        a.Text.ShouldContain("anti-corruption campaigner");
        a.Text.ShouldContain("\"exchange guarantees of non-interference in each others' domestic");
        a.Text.ShouldContain("\"hostage to our");
        a.Text.ShouldContain("\"Russian actors\"");
        a.Text.ShouldContain("\"unleashing a massive disinformation campaign\"");
        a.Text.ShouldContain("statements,\" he added. \"We are");
        a.Text.ShouldNotContain("\"\"");
    }

    [SeedFact]
    public void Second_pdf_copy_loses_its_url_lines_and_rejoins_the_sentence_they_split()
    {
        var a = Seed(4);
        a.Removed.Count(r => r.Kind == RemovalKinds.Url).ShouldBe(3);
        a.Text.ShouldContain("internet trolls to sway the outcome of elections");
        a.Warnings.ShouldBeEmpty();
        a.Text.ShouldBe(Seed(1).Text.Replace("\n\nthe outcome of elections", "\n\nWestern countries have for years accused Russia of using hackers and internet trolls to sway the outcome of elections", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Web_copy_yields_its_metadata_and_loses_teasers_and_appeals()
    {
        var a = Seed(2);
        a.Metadata.Title.ShouldBe("Putin Proposes Election Non-Interference Pact With U.S.");
        a.Metadata.Published.ShouldBe(new DateOnly(2020, 9, 25));
        a.Metadata.Wire.ShouldBe("AFP");
        a.Metadata.Outlet.ShouldBe("The Moscow Times");
        a.Removed.Count(r => r.Kind == RemovalKinds.Appeal).ShouldBe(4);
        a.Paragraphs.Count.ShouldBe(8);
        a.Paragraphs[^1].ShouldStartWith("The Kremlin has denied");
    }

    [SeedFact]
    public void Rewrite_loses_its_photo_description_and_keeps_its_subheadings()
    {
        var a = Seed(3);
        a.Removed.Select(r => r.Kind).ShouldBe([RemovalKinds.Title, RemovalKinds.Caption]);
        a.Paragraphs.ShouldContain("The word from Russia");
    }

    private static Article Seed(int index) => Articles.Value![index];
}
