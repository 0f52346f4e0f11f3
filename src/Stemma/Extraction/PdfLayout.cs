using System.Globalization;
using System.Text;
using System.Xml;

namespace Stemma.Extraction;

/// <summary>
/// Puts the text of <c>pdftotext -bbox-layout</c> in reading order. pdftotext's own order reads a
/// multi-column page across the columns, block by block (a browser's print of a CSS
/// <c>columns: 2</c> page comes out as left paragraph, right paragraph, left paragraph…). Here a
/// page is cut into horizontal bands of blocks that overlap in height; a band with an empty
/// vertical strip (a gutter) is read column by column, and neighbouring bands whose gutters line
/// up are one multi-column region, so a paragraph break that happens to line up in both columns
/// does not interleave them.
/// </summary>
internal static class PdfLayout
{
    /// <summary>
    /// The narrowest empty vertical strip taken for a column gutter, in points. Word gaps inside a
    /// line never show as a strip (a line is one block); gutters in print are 12–36 pt (Chromium's
    /// CSS columns default 1em ≈ 16 px = 12 pt). Half that leaves margin for tight layouts.
    /// </summary>
    internal const double MinGutterPoints = 6;

    /// <summary>
    /// Two bands belong to one column layout when their right-hand columns start within this many
    /// points of each other: column text is set flush left, so its start does not move (in the
    /// Chromium prints it is the same to a hundredth of a point), while a footer's right-aligned page
    /// number or a floated picture starts elsewhere.
    /// </summary>
    internal const double ColumnAlignPoints = 6;

    /// <summary>A block is one box of lines; <see cref="Flow"/> numbers pdftotext's flows, which it separates by a blank line.</summary>
    internal sealed record Block(double XMin, double YMin, double XMax, double YMax, string Text, int Flow);

    /// <summary>Reads the bbox XHTML into pages of blocks, in pdftotext's order.</summary>
    public static List<List<Block>> Parse(string xhtml)
    {
        var pages = new List<List<Block>>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xhtml), settings);
        List<Block>? page = null;
        var flow = 0;
        var lines = new List<string>();
        var words = new List<string>();
        double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "page":
                        page = [];
                        pages.Add(page);
                        break;
                    case "flow":
                        flow++;
                        break;
                    case "block":
                        (xMin, yMin, xMax, yMax) = (Number(reader, "xMin"), Number(reader, "yMin"), Number(reader, "xMax"), Number(reader, "yMax"));
                        lines.Clear();
                        break;
                    case "line":
                        words.Clear();
                        break;
                    case "word":
                        words.Add(reader.ReadElementContentAsString());
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "line" && words.Count > 0)
                {
                    lines.Add(string.Join(' ', words));
                }
                else if (reader.LocalName == "block" && lines.Count > 0 && page is not null)
                {
                    page.Add(new Block(xMin, yMin, xMax, yMax, string.Join('\n', lines), flow));
                }
            }
        }

        return pages;
    }

    /// <summary>The page's text in reading order: lines of a block on their own lines, a blank line between flows.</summary>
    public static string Text(IReadOnlyList<Block> blocks)
    {
        var ordered = Order(blocks);
        var text = new StringBuilder();
        Block? previous = null;
        foreach (var block in ordered)
        {
            if (previous is not null)
            {
                text.Append(previous.Flow == block.Flow ? "\n" : "\n\n");
            }

            text.Append(block.Text);
            previous = block;
        }

        return text.ToString();
    }

    /// <summary>The blocks in reading order.</summary>
    internal static List<Block> Order(IReadOnlyList<Block> blocks)
    {
        var bands = Bands(blocks);
        var result = new List<Block>(blocks.Count);
        var i = 0;
        while (i < bands.Count)
        {
            var region = new List<Block>(bands[i]);
            var gutter = Gutter(bands[i]);
            var j = i + 1;
            while (gutter is { } g && j < bands.Count && Gutter(bands[j]) is { } next && Math.Abs(next.To - g.To) <= ColumnAlignPoints)
            {
                region.AddRange(bands[j]);
                gutter = Gutter(region);
                j++;
            }

            result.AddRange(gutter is null ? region.OrderBy(b => b.YMin).ThenBy(b => b.XMin) : Columns(region));
            i = j;
        }

        return result;
    }

    /// <summary>Blocks read column by column, left to right; a column may itself hold columns.</summary>
    private static IEnumerable<Block> Columns(List<Block> region)
    {
        if (Gutter(region) is not { } gutter)
        {
            return Order(region);
        }

        var left = region.Where(b => b.XMax <= gutter.From).ToList();
        var right = region.Where(b => b.XMin >= gutter.To).ToList();
        return [.. Order(left), .. Columns(right)];
    }

    /// <summary>Groups blocks whose vertical extents overlap, top to bottom.</summary>
    private static List<List<Block>> Bands(IReadOnlyList<Block> blocks)
    {
        var bands = new List<List<Block>>();
        var bottom = double.NegativeInfinity;
        foreach (var block in blocks.OrderBy(b => b.YMin).ThenBy(b => b.XMin))
        {
            if (bands.Count == 0 || block.YMin >= bottom)
            {
                bands.Add([]);
                bottom = block.YMax;
            }

            bands[^1].Add(block);
            bottom = Math.Max(bottom, block.YMax);
        }

        return bands;
    }

    /// <summary>The leftmost empty vertical strip at least <see cref="MinGutterPoints"/> wide with blocks on both sides, if any.</summary>
    private static (double From, double To)? Gutter(IReadOnlyList<Block> blocks)
    {
        if (blocks.Count < 2)
        {
            return null;
        }

        var sorted = blocks.OrderBy(b => b.XMin).ToList();
        var reach = sorted[0].XMax;
        for (var k = 1; k < sorted.Count; k++)
        {
            if (sorted[k].XMin - reach >= MinGutterPoints)
            {
                return (reach, sorted[k].XMin);
            }

            reach = Math.Max(reach, sorted[k].XMax);
        }

        return null;
    }

    private static double Number(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
