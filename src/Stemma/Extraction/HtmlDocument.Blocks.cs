using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Stemma.Cleaning;

namespace Stemma.Extraction;

/// <summary>The walk over the container that cuts its text into paragraphs.</summary>
internal static partial class HtmlDocument
{
    [GeneratedRegex(@"\b(?:byline|dateline|date|time|timestamp|updated|published|pubdate|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaClass();

    /// <summary>Walks the container and cuts its text into one paragraph per block element.</summary>
    private sealed class Blocks(string? title, List<RemovedText> removed)
    {
        private readonly StringBuilder _current = new();
        private bool _titleSeen;
        private int _headingAt = -1;

        public List<string> Paragraphs { get; } = [];

        /// <summary>Characters of text in <see cref="Paragraphs"/>.</summary>
        public int TextLength { get; private set; }

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        _current.Append(HtmlWhitespace().Replace(text.Data, " "));
                        break;
                    case IElement element when element.LocalName is "button" or "select" or "textarea" or "option":
                        // Form controls: their labels are user interface, not text (trafilatura drops them too).
                        break;
                    case IElement element when element.LocalName == "br":
                        _current.Append('\n');
                        break;
                    case IElement element when element.LocalName == "pre":
                        Flush();
                        Add(element.TextContent.Trim('\n'));
                        break;
                    case IElement element when element.LocalName == "h1" && !_titleSeen && IsTitle(element):
                        Flush();
                        _titleSeen = true;
                        removed.Add(new RemovedText(RemovalKinds.Title, Collapse(element.TextContent)));
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName) && IsLinkList(element):
                        Flush();
                        DropHeadingBefore(RemovalKinds.Related);
                        Record(removed, RemovalKinds.Navigation, element);
                        break;
                    case IElement element when element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6":
                        Flush();
                        Walk(element);
                        Flush();
                        _headingAt = Paragraphs.Count - 1;
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element when IsMetaLine(element) && !EndsWithBy(_current):
                        // A byline, date or "updated" stamp set inline beside the others is a line
                        // of its own: glued together, none of them reads as metadata.
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element:
                        Walk(element);
                        break;
                }
            }
        }

        public void Flush()
        {
            if (_current.Length == 0)
            {
                return;
            }

            var lines = _current.ToString().Split('\n').Select(l => l.Trim(' ')).ToList();
            _current.Clear();
            var text = string.Join('\n', lines).Trim('\n');
            Add(text);
        }

        /// <summary>
        /// A subheading with nothing after it but a link list ("Related", "Read more") or the end
        /// of the container titles chrome, not article text (trafilatura drops trailing titles too).
        /// </summary>
        public void DropHeadingBefore(string kind)
        {
            if (_headingAt >= 0 && _headingAt == Paragraphs.Count - 1)
            {
                var heading = Paragraphs[^1];
                Paragraphs.RemoveAt(Paragraphs.Count - 1);
                TextLength -= heading.Length;
                removed.Add(Capped(kind, Collapse(heading)));
            }

            _headingAt = -1;
        }

        private void Add(string text)
        {
            if (text.Trim().Length > 0)
            {
                _headingAt = -1;
                Paragraphs.Add(text);
                TextLength += text.Length;
            }
        }

        /// <summary>An inline element of the byline area: a <c>time</c>, or one whose class names a byline, date or update stamp.</summary>
        /// Inside a prose block (a paragraph, a list item) it is part of a sentence and stays in place.
        private static bool IsMetaLine(IElement element) =>
            (element.LocalName == "time"
                || (element.ClassName is { } cls && MetaClass().IsMatch(cls) && Collapse(element.TextContent).Length > 0))
            && element.Closest("p, li, blockquote, td, dd, dt, h1, h2, h3, h4, h5, h6, pre, figcaption") is null;

        private static bool EndsWithBy(StringBuilder text) =>
            text.ToString().TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase)
            || text.ToString().Trim().Equals("by", StringComparison.OrdinalIgnoreCase);

        /// <summary>A link-dense block that holds no prose paragraph of its own (a wrapper around content and a sidebar is not one).</summary>
        private static bool IsLinkList(IElement element) =>
            element.LocalName is not ("article" or "main")
            && LinkDensity(element) > MaxBlockLinkDensity
            && !element.QuerySelectorAll("p").Any(p =>
                Collapse(p.TextContent).Length >= MinScoredParagraphChars && LinkDensity(p) <= MaxBlockLinkDensity);

        private bool IsTitle(IElement heading) =>
            title is not null && string.Equals(Collapse(heading.TextContent), title, StringComparison.OrdinalIgnoreCase);
    }
}
