namespace Stemma.Cli.Tests;

/// <summary>A fact that needs Debian's chromium; skipped, saying how to install it, where it is missing.</summary>
public sealed class HtmlReportChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public HtmlReportChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"chromium is not installed at {ChromiumPath}: the HTML report's browser test needs it. "
                + "Install it with `apt-get install -y chromium` (./test.sh does this through scripts/install-test-deps.sh).";
        }
    }
}
