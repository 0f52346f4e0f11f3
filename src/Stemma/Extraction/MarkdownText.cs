using System.Text;
using System.Text.RegularExpressions;
using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>
/// Takes Markdown syntax out of a text while keeping its lines where they were: headings lose
/// their marks, emphasis its markers, links their targets. A leading level-one heading is the title.
/// </summary>
internal static partial class MarkdownText
{
    public static (string Body, string? Title, List<RemovedText> Removed) Strip(string text)
    {
        var lines = text.Split('\n');
        var removed = new List<RemovedText>();
        string? title = null;
        var skip = new bool[lines.Length];

        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first >= 0)
        {
            var atx = AtxTitle().Match(lines[first]);
            if (atx.Success)
            {
                title = Inline(atx.Groups[1].Value, removed);
                skip[first] = true;
            }
            else if (first + 1 < lines.Length && SetextTitleUnderline().IsMatch(lines[first + 1]))
            {
                title = Inline(lines[first].Trim(), removed);
                skip[first] = skip[first + 1] = true;
            }
        }

        if (title is not null)
        {
            removed.Add(new RemovedText(RemovalKinds.Title, title));
        }

        var output = new StringBuilder(text.Length);
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var line = lines[i];
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                var previousHasText = i > 0 && !skip[i - 1] && !string.IsNullOrWhiteSpace(lines[i - 1]);
                if (previousHasText && SetextUnderline().IsMatch(line))
                {
                    continue; // The underline of a heading whose text is the line above.
                }

                if (ReferenceDefinition().IsMatch(line))
                {
                    removed.Add(new RemovedText(RemovalKinds.Url, line.Trim()));
                    continue;
                }

                line = ThematicBreak().IsMatch(line) ? "" : Block(line, removed);
            }

            output.Append(line).Append('\n');
        }

        return (output.ToString().Trim('\n'), title, removed);
    }

    private static string Block(string line, List<RemovedText> removed)
    {
        var heading = AtxHeading().Match(line);
        if (heading.Success)
        {
            line = heading.Groups[1].Value;
        }

        line = BlockQuoteMarker().Replace(line, "");
        line = BulletMarker().Replace(line, "");
        return Inline(line, removed);
    }

    private static string Inline(string line, List<RemovedText> removed)
    {
        line = Image().Replace(line, m =>
        {
            if (m.Groups[1].Value.Trim() is { Length: > 0 } alt)
            {
                removed.Add(new RemovedText(RemovalKinds.Caption, alt));
            }

            return "";
        });
        line = InlineLink().Replace(line, "$1");
        line = ReferenceLink().Replace(line, "$1");
        line = AutoLink().Replace(line, "$1");
        line = InlineCode().Replace(line, "$1");
        line = Strong().Replace(line, "$2");
        line = StarEmphasis().Replace(line, "$1");
        line = UnderscoreEmphasis().Replace(line, "$1");
        line = Strikethrough().Replace(line, "$1");
        return line;
    }

    [GeneratedRegex(@"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtxTitle();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}=+[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetextTitleUnderline();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}(```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^( {0,3}>[ \t]?)+", RegexOptions.CultureInvariant)]
    private static partial Regex BlockQuoteMarker();

    [GeneratedRegex(@"^([ \t]*)[-*+][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[([^\]]+)\]\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`([^`\n]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~", RegexOptions.CultureInvariant)]
    private static partial Regex Strikethrough();
}
