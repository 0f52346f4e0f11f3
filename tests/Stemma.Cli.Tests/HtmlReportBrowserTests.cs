using System.Text.Json;
using Microsoft.Playwright;
using Stemma.Cli.Tests.Support;

namespace Stemma.Cli.Tests;

/// <summary>
/// Opens the HTML report of our sample story in headless Chromium (Debian's, driven by Playwright; no
/// browser is downloaded) and checks what a reader sees and can do on the page.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    [HtmlReportChromiumFact]
    public async Task A_reader_sees_the_story_its_stemma_and_canonical_text_and_can_compare_two_versions()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Samples", "expected.json"))).RootElement;
        var corpus = Path.Combine(CliRunner.RepositoryRoot(), expected.GetProperty("corpus").GetString()!);
        var dir = Directory.CreateTempSubdirectory("stemma-html-");
        var html = Path.Combine(dir.FullName, "report.html");
        var json = Path.Combine(dir.FullName, "report.json");
        var run = CliRunner.Run("analyze", corpus, "--html", html, "--json", json);
        run.ExitCode.ShouldBe(0, run.Stderr);
        var report = JsonDocument.Parse(File.ReadAllText(html.Replace("report.html", "report.json", StringComparison.Ordinal))).RootElement;
        var ids = report.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("source").GetString()!), d => d.GetProperty("id").GetString()!);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HtmlReportChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1500 } });
        var fetched = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                fetched.Add(request.Url);
            }
        };
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync(new Uri(html).AbsoluteUri);

        // The story, by its headline.
        var story = page.Locator("section.story").Filter(new LocatorFilterOptions { Has = page.Locator("h2.headline", new PageLocatorOptions { HasText = expected.GetProperty("stories")[0].GetProperty("headline").GetString()! }) });
        (await story.CountAsync()).ShouldBe(1);

        // The stemma: one drawn edge per expected pair, and no other.
        var edges = story.Locator("svg.stemma-graph path.edge");
        var expectedEdges = expected.GetProperty("stemma").EnumerateArray().ToList();
        (await edges.CountAsync()).ShouldBe(expectedEdges.Count);
        foreach (var e in expectedEdges)
        {
            var (from, to) = (ids[e.GetProperty("from").GetString()!], ids[e.GetProperty("to").GetString()!]);
            (await story.Locator($"svg.stemma-graph path.edge[data-from='{from}'][data-to='{to}']").CountAsync())
                .ShouldBe(1, $"edge {e.GetProperty("from").GetString()} -> {e.GetProperty("to").GetString()}");
        }

        (await story.Locator("svg.stemma-graph g.node").CountAsync()).ShouldBe(expected.GetProperty("stories")[0].GetProperty("documents").GetArrayLength());

        // The canonical text, and the readings behind a marked place.
        var canonical = await story.Locator(".canonical").First.InnerTextAsync();
        canonical.ShouldContain("About 1,400 dockworkers walked off the job");
        canonical.ShouldContain("Mayor Rosalind Achterberg, who has no formal role in the negotiations");
        await story.Locator("mark.variant.reading", new LocatorLocatorOptions { HasText = "MP" }).First.ClickAsync();
        var popup = page.Locator("#popup");
        (await popup.IsVisibleAsync()).ShouldBeTrue();
        (await popup.InnerTextAsync()).ShouldContain("Meridian Press — 02-syndicated.html, 08-printout.pdf");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir.FullName, "report.png") });

        // Side by side: the wire against its cut, updated web edition.
        var compare = story.Locator(".compare");
        await compare.Locator("select.pick-left").SelectOptionAsync(new SelectOptionValue { Label = "01-wire.txt" });
        await compare.Locator("select.pick-right").SelectOptionAsync(new SelectOptionValue { Label = "04-web-edition.html" });
        (await compare.Locator(".pair-note").InnerTextAsync()).ShouldContain("edition");
        var dropped = string.Join(" ", await compare.Locator(".side-left del.dropped").AllInnerTextsAsync());
        dropped.ShouldContain("Anti-Corruption Commission");
        // The edition's update: a short phrase changed, then the wire's last clause replaced by new text.
        string.Join(" ", await compare.Locator(".side-right .changed").AllInnerTextsAsync()).ShouldContain("On Tuesday");
        string.Join(" ", await compare.Locator(".side-right ins.added").AllInnerTextsAsync()).ShouldContain("agreed to return to talks on Wednesday morning");
        dropped.ShouldContain("to propose new dates for talks");
        (await compare.Locator(".side-right .same").CountAsync()).ShouldBeGreaterThan(0);

        // For the picture: both columns scrolled to where the edition starts to differ.
        await compare.ScrollIntoViewIfNeededAsync();
        await compare.EvaluateAsync(@"box => {
            const first = box.querySelector('.side-left del.dropped');
            box.querySelectorAll('.side .body').forEach(b => { b.scrollTop = first.offsetTop - b.offsetTop - 120; });
        }");
        await compare.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(dir.FullName, "side-by-side.png") });

        // Swapped, the same text is marked from the other side.
        await compare.Locator("select.pick-left").SelectOptionAsync(new SelectOptionValue { Label = "04-web-edition.html" });
        await compare.Locator("select.pick-right").SelectOptionAsync(new SelectOptionValue { Label = "01-wire.txt" });
        string.Join(" ", await compare.Locator(".side-right ins.added").AllInnerTextsAsync()).ShouldContain("Anti-Corruption Commission");

        // The quotes section: the rewrite's flipped negation is flagged, the dropped "not" struck through.
        var flagged = story.Locator(".quote-family.flagged");
        (await flagged.CountAsync()).ShouldBeGreaterThan(0);
        string.Join(" ", await story.Locator(".quote-family del.dropped").AllInnerTextsAsync()).ShouldContain("not");
        string.Join(" ", await story.Locator(".quote-family ins.added").AllInnerTextsAsync()).ShouldContain("40");
        string.Join(" ", await story.Locator(".quote-family .flag-kind").AllInnerTextsAsync()).ShouldContain("negation");

        fetched.ShouldBeEmpty("the report must not fetch anything");
        scriptErrors.ShouldBeEmpty();
        File.Exists(Path.Combine(dir.FullName, "report.png")).ShouldBeTrue();
        Console.WriteLine($"HTML report and screenshots: {dir.FullName}");
    }
}
