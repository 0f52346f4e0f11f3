using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 4 (URLs): a line that is nothing but a URL was pasted in (print-to-PDF link lists, share
/// bars). It is removed and leaves a gap, so a sentence it interrupted can be joined again.
/// </summary>
internal static partial class UrlLineRule
{
    /// <summary>Blanks every bare-URL line and records it.</summary>
    internal static void Apply(List<string> lines, List<RemovedText> removed)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsUrlLine(lines[i]))
            {
                removed.Add(new RemovedText(RemovalKinds.Url, lines[i].Trim()));
                lines[i] = string.Empty;
            }
        }
    }

    /// <summary>Whether the line is a bare URL.</summary>
    internal static bool IsUrlLine(string line) => UrlLine().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlLine();
}
