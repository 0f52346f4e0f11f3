using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Stemma.Benchmarks;

/// <summary>
/// Where a snippet sits in a page: the element chain from the text up to the root, with class, id
/// and text length, to see which markup a missed or leaked snippet of the evaluation set lives in.
/// <c>trace FILE SNIPPET</c>, or <c>trace --list TSV DIRECTORY</c> for lines of "file TAB snippet".
/// </summary>
public static class Trace
{
    public static void Run(string[] args)
    {
        if (args.Length == 3 && args[0] == "--list")
        {
            foreach (var line in File.ReadLines(args[1]))
            {
                var parts = line.Split('\t');
                var path = Path.Combine(args[2], "html", parts[0] + ".gz");
                using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                Console.WriteLine($"== {parts[0]} :: {parts[1]}");
                Chain(reader.ReadToEnd(), parts[1], 6);
            }

            return;
        }

        Chain(File.ReadAllText(args[0]), args[1], int.MaxValue);
    }

    private static void Chain(string html, string snippet, int depth)
    {
        var probe = snippet.Length > 25 ? snippet[..25] : snippet;
        var doc = new HtmlParser().ParseDocument(html);
        var el = doc.Body?.Descendants<IText>().FirstOrDefault(t => t.Data.Contains(probe, StringComparison.Ordinal))?.ParentElement;
        for (var e = el; e != null && depth-- > 0; e = e.ParentElement)
        {
            Console.WriteLine($"  {e.LocalName} class='{e.GetAttribute("class")}' id='{e.GetAttribute("id")}' len={e.TextContent.Length}");
        }
    }
}
