using AngleSharp.Dom;
using AngleSharp.Html.Parser;
namespace Stemma.Benchmarks;
public static class Trace
{
    public static void Run(string[] args)
    {
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(args[0]));
        var el = doc.Body!.Descendants<IText>().FirstOrDefault(t => t.Data.Contains(args[1]))?.ParentElement;
        for (var e = el; e != null; e = e.ParentElement)
            Console.WriteLine($"{e.LocalName} class='{e.GetAttribute("class")}' id='{e.GetAttribute("id")}' style='{e.GetAttribute("style")}' hidden={e.HasAttribute("hidden")} aria={e.GetAttribute("aria-hidden")} len={e.TextContent.Length}");
    }
}
