using System.Text.RegularExpressions;
using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>
/// Takes the page furniture off the pages of a PDF: running heads and feet (lines that recur at
/// the top or bottom of the pages), page numbers ("3", "1/2", "Page 2 of 5"), and what a browser
/// prints around each page (the print date and page title on top, the page URL and "1/2" below).
/// Only lines in the edge zones of a page, reached from the edge through other furniture, are
/// taken: a sentence in the middle of a page is never touched.
/// </summary>
internal static partial class PdfPageFurniture
{
    /// <summary>
    /// How many non-blank lines at the top and at the bottom of a page may be furniture. A browser
    /// prints two on each edge (date and title; URL and page number), a book's running head is one,
    /// a report's header with a rule and a section name up to three.
    /// </summary>
    internal const int EdgeLines = 3;

    /// <summary>
    /// A line counts as running head or foot when it recurs (digits aside) on the edges of at least
    /// this share of the pages, and on two pages at least: a head left off the first page (as
    /// many layouts do) still counts on a three-page document.
    /// </summary>
    internal const double MinRecurringShare = 0.5;

    public static (List<string> Pages, List<RemovedText> Removed) Remove(IReadOnlyList<string> pages)
    {
        var split = pages.Select(p => p.Split('\n').ToList()).ToList();
        var recurring = Recurring(split);
        var removed = new List<RemovedText>();
        var result = new List<string>(pages.Count);
        foreach (var lines in split)
        {
            var top = TakeEdge(lines, fromTop: true, recurring);
            var bottom = TakeEdge(lines, fromTop: false, recurring);
            removed.AddRange(top.Select(t => t.Item));
            removed.AddRange(bottom.Select(t => t.Item).Reverse());
            var drop = top.Select(t => t.Index).Concat(bottom.Select(t => t.Index)).ToHashSet();
            var kept = lines.Where((_, i) => !drop.Contains(i)).ToList();
            result.Add(CollapseBlankRuns(kept));
        }

        return (result, removed);
    }

    /// <summary>The furniture lines reached from one edge of the page: only blank lines and furniture between them and the edge.</summary>
    private static List<(int Index, RemovedText Item)> TakeEdge(List<string> lines, bool fromTop, HashSet<string> recurring)
    {
        var taken = new List<(int, RemovedText)>();
        var seen = 0;
        var afterPrintDate = false;
        for (var step = 0; step < lines.Count && seen < EdgeLines; step++)
        {
            var i = fromTop ? step : lines.Count - 1 - step;
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            var kind = Kind(line, recurring);
            if (kind is null && fromTop && afterPrintDate && IsLoneLine(lines, i))
            {
                // The browser prints the page's title beside the date; on a one-page print it
                // recurs nowhere, but it stands alone next to the date stamp.
                kind = RemovalKinds.Boilerplate;
            }

            if (kind is null)
            {
                break;
            }

            afterPrintDate = PrintDate().IsMatch(line);
            taken.Add((i, new RemovedText(kind, line)));
        }

        return taken;
    }

    private static string? Kind(string line, HashSet<string> recurring) =>
        PageNumber().IsMatch(line) ? RemovalKinds.Navigation
        : UrlLine().IsMatch(line) ? RemovalKinds.Url
        : PrintDate().IsMatch(line) ? RemovalKinds.Boilerplate
        : recurring.Contains(Normalize(line)) ? RemovalKinds.Boilerplate
        : null;

    /// <summary>Whether the line is a block of its own (blank lines or the page edge on both sides).</summary>
    private static bool IsLoneLine(List<string> lines, int i) =>
        (i == 0 || lines[i - 1].Trim().Length == 0) && (i == lines.Count - 1 || lines[i + 1].Trim().Length == 0);

    /// <summary>Lines (digits folded) found on the edges of enough pages.</summary>
    private static HashSet<string> Recurring(List<List<string>> pages)
    {
        var recurring = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count < 2)
        {
            return recurring;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lines in pages)
        {
            var edges = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Edge(lines, true).Concat(Edge(lines, false)))
            {
                edges.Add(Normalize(line));
            }

            foreach (var line in edges)
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }

        var needed = Math.Max(2, (int)Math.Ceiling(MinRecurringShare * pages.Count));
        foreach (var (line, count) in counts)
        {
            if (count >= needed && line.Length > 0)
            {
                recurring.Add(line);
            }
        }

        return recurring;
    }

    private static IEnumerable<string> Edge(List<string> lines, bool fromTop)
    {
        var ordered = fromTop ? lines : Enumerable.Reverse(lines);
        return ordered.Select(l => l.Trim()).Where(l => l.Length > 0).Take(EdgeLines);
    }

    private static string Normalize(string line) => Digits().Replace(line.Trim(), "#");

    private static string CollapseBlankRuns(List<string> lines)
    {
        var text = string.Join('\n', lines);
        return BlankRuns().Replace(text, "\n\n").Trim('\n');
    }

    [GeneratedRegex(@"^(?:(?:page|p\.|seite|strona|pagina|página)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|of|von|z|de|di|sur)\s*\d{1,4})?\s*[-–—]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:(?:https?|file)://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlLine();

    /// <summary>A date and time stamp alone on a line, as browsers print it ("11/22/26, 8:25 AM", "22.11.26, 08:25").</summary>
    [GeneratedRegex(@"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrintDate();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankRuns();
}
