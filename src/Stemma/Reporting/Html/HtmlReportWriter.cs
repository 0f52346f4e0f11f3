using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stemma.Cleaning;
using Stemma.Fingerprinting;
using Stemma.Lineage;
using Stemma.Quotes;
using Stemma.Stories;
using CollationResult = Stemma.Collation.Collation;

namespace Stemma.Reporting.Html;

/// <summary>
/// Writes the report as one self-contained HTML page (inline CSS, script and SVG; nothing fetched):
/// per story its documents, the stemma drawn as a layered graph, the canonical text of each edition
/// with its apparatus, and a side-by-side view of any two versions chosen on the page.
/// </summary>
public sealed class HtmlReportWriter : ReportWriter
{
    /// <summary>Stories with more documents than this get no side-by-side data: the pairs grow with
    /// the square of the count, and 40 documents (780 pairs) keep the page under a few megabytes for
    /// articles of news length.</summary>
    public const int MaxCompareDocuments = 40;

    // Readings longer than this many words are shortened in the apparatus list (the full text is in the tooltip).
    private const int ApparatusWords = 14;

    // Characters of a label drawn inside a stemma node.
    private const int NodeLabelChars = 20;

    // The data sits inside a <script> element: '<', '>' and '&' are written as \u escapes so that no
    // text from a document can close the element or open a comment there; letters stay readable.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var byId = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Stemma report</title>\n<style>").Append(HtmlAssets.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Stemma report</h1><p class=\"summary\">")
            .Append(Invariant($"{report.Documents.Count} document(s), {report.Stories.Count} stor{(report.Stories.Count == 1 ? "y" : "ies")}, {report.Relations.Count} relation(s), {report.Errors.Count} error(s)"))
            .Append("</p>");
        if (report.Stories.Count > 1)
        {
            html.Append("<nav><ol>");
            foreach (var s in report.Stories)
            {
                html.Append("<li><a href=\"#story-").Append(Attr(s.Id)).Append("\">").Append(Text(s.Headline)).Append("</a> ")
                    .Append(Invariant($"<span class=\"muted\">({s.Documents.Count})</span></li>"));
            }

            html.Append("</ol></nav>");
        }

        html.Append("</header>\n<main>\n");
        var data = new List<StoryData>();
        foreach (var story in report.Stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relations = report.Relations.Where(r => story.Documents.Contains(r.A, StringComparer.Ordinal)).ToList();
            var stemma = report.Stemma.FirstOrDefault(s => s.Story == story.Id) ?? new StoryStemma(story.Id, []);
            var collations = report.Collations.Where(c => c.Story == story.Id).ToList();
            var quotes = report.Quotes.Where(q => story.Documents.Contains(q.Documents[0], StringComparer.Ordinal)).ToList();
            WriteStory(html, story, byId, relations, stemma, collations, quotes);
            data.Add(new StoryData(story, byId, relations));
        }

        if (report.Errors.Count > 0)
        {
            html.Append("<section class=\"errors\"><h2>Inputs that could not be read</h2><ul>");
            foreach (var e in report.Errors)
            {
                html.Append("<li><code>").Append(Text(e.Source)).Append("</code>: ").Append(Text(e.Message)).Append("</li>");
            }

            html.Append("</ul></section>\n");
        }

        html.Append("</main>\n<div id=\"popup\" class=\"popup\" role=\"dialog\" hidden></div>\n");
        html.Append("<script type=\"application/json\" id=\"stemma-data\">").Append(Json(data)).Append("</script>\n");
        html.Append("<script>").Append(HtmlAssets.Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    /// <summary>The short name a reader knows a document by: its file name, or its id.</summary>
    internal static string Label(Article d)
    {
        var name = d.Source.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        name = slash >= 0 ? name[(slash + 1)..] : name;
        return string.IsNullOrWhiteSpace(name) || name == "-" ? d.Id : name;
    }

    private static void WriteStory(StringBuilder html, Story story, Dictionary<string, Article> byId, List<Relation> relations, StoryStemma stemma, List<CollationResult> collations, List<QuoteFamily> quotes)
    {
        html.Append("<section class=\"story\" id=\"story-").Append(Attr(story.Id)).Append("\" data-story=\"").Append(Attr(story.Id)).Append("\">\n");
        html.Append("<h2 class=\"headline\">").Append(Text(story.Headline)).Append("</h2>\n");
        html.Append("<table class=\"documents\"><thead><tr><th>document</th><th>title</th><th>outlet</th><th>published</th><th>derived from</th></tr></thead><tbody>");
        foreach (var id in story.Documents)
        {
            var d = byId[id];
            var from = stemma.Edges.Where(e => e.To == id).Select(e => Label(byId[e.From]) + " (" + e.Kind.ToName() + ")").ToList();
            html.Append("<tr><td><code title=\"").Append(Attr(id)).Append("\">").Append(Text(Label(d))).Append("</code></td><td>")
                .Append(Text(d.Metadata.Title ?? "(untitled)")).Append("</td><td>").Append(Text(d.Metadata.Outlet ?? "–")).Append("</td><td>")
                .Append(Text(d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–")).Append("</td><td>")
                .Append(Text(from.Count == 0 ? (relations.Any(r => (r.A == id || r.B == id) && r.Kind.IsDerived()) ? "–" : "written independently") : string.Join(", ", from)))
                .Append("</td></tr>");
        }

        html.Append("</tbody></table>\n");
        html.Append("<h3>Stemma</h3>\n<figure class=\"stemma\">").Append(StemmaSvg(story, byId, stemma)).Append("<figcaption>Arrows run from the copied text to the copy. ")
            .Append("<span class=\"key k-near-duplicate\">near-duplicate</span> <span class=\"key k-edition\">edition</span> <span class=\"key k-rewrite\">rewrite</span> <span class=\"key k-partial-reuse\">partial reuse</span> <span class=\"key k-identical\">identical</span>; dashed boxes: written independently.</figcaption></figure>\n");
        if (stemma.Edges.Count > 0)
        {
            html.Append("<details class=\"evidence\"><summary>Why these edges</summary><ul>");
            foreach (var e in stemma.Edges)
            {
                html.Append("<li><b>").Append(Text(Label(byId[e.From]))).Append(" → ").Append(Text(Label(byId[e.To]))).Append("</b> (").Append(e.Kind.ToName()).Append(")<ul>");
                foreach (var ev in e.Evidence)
                {
                    html.Append("<li>").Append(Text(Named(ev, story, byId))).Append("</li>");
                }

                html.Append("</ul></li>");
            }

            html.Append("</ul></details>\n");
        }

        foreach (var c in collations)
        {
            WriteCollation(html, c, byId);
        }

        QuoteView.Write(html, quotes, story, byId);

        html.Append("<h3>Side by side</h3>\n");
        if (story.Documents.Count < 2)
        {
            html.Append("<p class=\"muted\">One version only.</p>\n");
        }
        else if (story.Documents.Count > MaxCompareDocuments)
        {
            html.Append(Invariant($"<p class=\"muted\">This story has {story.Documents.Count} versions; side-by-side views are written for stories of at most {MaxCompareDocuments}.</p>\n"));
        }
        else
        {
            html.Append("<div class=\"compare\" data-story=\"").Append(Attr(story.Id)).Append("\"><div class=\"pickers\">");
            foreach (var (side, chosen) in new[] { ("left", 0), ("right", 1) })
            {
                html.Append("<label>").Append(side == "left" ? "Left" : "Right").Append(" version <select class=\"pick-").Append(side).Append("\" name=\"").Append(side).Append("\">");
                for (int i = 0; i < story.Documents.Count; i++)
                {
                    html.Append("<option value=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append('"').Append(i == chosen ? " selected" : "").Append('>')
                        .Append(Text(Label(byId[story.Documents[i]]))).Append("</option>");
                }

                html.Append("</select></label> ");
            }

            html.Append("<span class=\"legend\"><span class=\"same\">shared</span> <del class=\"dropped\">only left (dropped)</del> <ins class=\"added\">only right (added)</ins> <span class=\"changed\">changed</span> <span class=\"moved\">moved</span></span></div>");
            html.Append("<p class=\"pair-note muted\"></p><div class=\"columns\"><div class=\"side side-left\"><h4></h4><div class=\"body\"></div></div><div class=\"side side-right\"><h4></h4><div class=\"body\"></div></div></div></div>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteCollation(StringBuilder html, CollationResult c, Dictionary<string, Article> byId)
    {
        html.Append("<div class=\"collation\" data-collation=\"").Append(Attr(c.Id)).Append("\"><h3>Canonical text</h3><p class=\"muted\">Reconstructed from ")
            .Append(c.Witnesses.Count.ToString(CultureInfo.InvariantCulture)).Append(" witnesses of one edition: ")
            .Append(Text(Labels(c.Documents, byId))).Append(". At each marked place the best-supported reading is printed; click or hover it for every reading.</p>");
        html.Append("<div class=\"canonical\">");
        int at = 0;
        for (int k = 0; k < c.Variants.Count; k++)
        {
            var v = c.Variants[k];
            if (v.At.Start < at)
            {
                continue;
            }

            html.Append(Text(c.Canonical[at..v.At.Start]));
            bool cut = v.Readings.Count(r => r.Text.Length > 0) < 2;
            var readings = string.Join("\n", v.Readings.Select(r => (r.Text.Length == 0 ? "(omitted)" : Shorten(r.Text)) + " — " + Labels(r.Documents, byId)));
            html.Append("<mark class=\"variant ").Append(cut ? "cut" : "reading").Append(v.At.Length == 0 ? " empty" : "").Append("\" tabindex=\"0\" data-v=\"")
                .Append(k.ToString(CultureInfo.InvariantCulture)).Append("\" title=\"").Append(Attr(readings)).Append("\">")
                .Append(v.At.Length == 0 ? "‸" : Text(c.Canonical[v.At.Start..v.At.End])).Append("</mark>");
            at = v.At.End;
        }

        html.Append(Text(c.Canonical[at..])).Append("</div>\n<details class=\"apparatus\"><summary>Apparatus (").Append(c.Variants.Count.ToString(CultureInfo.InvariantCulture)).Append(" places of variation)</summary><ol>");
        for (int k = 0; k < c.Variants.Count; k++)
        {
            var v = c.Variants[k];
            html.Append("<li id=\"app-").Append(Attr(c.Id)).Append('-').Append(k.ToString(CultureInfo.InvariantCulture)).Append("\">");
            for (int r = 0; r < v.Readings.Count; r++)
            {
                var reading = v.Readings[r];
                html.Append(r == 0 ? "<b>" : "; ").Append(reading.Text.Length == 0 ? "<i>om.</i>" : Text(Shorten(reading.Text))).Append(r == 0 ? "]</b> " : " ")
                    .Append("<span class=\"sigla\">").Append(Text(Labels(reading.Documents, byId))).Append("</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ol></details></div>\n");
    }

    private static string StemmaSvg(Story story, Dictionary<string, Article> byId, StoryStemma stemma)
    {
        var edges = stemma.Edges.Select(e => (e.From, e.To)).ToList();
        var (nodes, waypoints, width, height) = StemmaLayout.Layout(story.Documents, edges);
        var at = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"stemma-graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" role=\"img\" aria-label=\"stemma of the story\">"));
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#555\"/></marker></defs>");
        for (int k = 0; k < stemma.Edges.Count; k++)
        {
            var e = stemma.Edges[k];
            var (from, to) = (at[e.From], at[e.To]);

            // From the source's bottom through each layer the edge crosses (down its pass-through slot) to the copy's top.
            var path = new StringBuilder();
            double x = from.X + StemmaLayout.NodeWidth / 2, y = from.Y + StemmaLayout.NodeHeight;
            path.Append(Invariant($"M{x:0.#},{y:0.#}"));
            foreach (var (px, py) in waypoints[k].Append((to.X + StemmaLayout.NodeWidth / 2, to.Y)))
            {
                double bend = (py - y) / 2;
                path.Append(Invariant($" C{x:0.#},{y + bend:0.#} {px:0.#},{py - bend:0.#} {px:0.#},{py:0.#}"));
                (x, y) = (px, py);
                if (py < to.Y)
                {
                    y = py + StemmaLayout.NodeHeight;
                    path.Append(Invariant($" L{x:0.#},{y:0.#}"));
                }
            }

            svg.Append(Invariant($"<path class=\"edge k-{e.Kind.ToName()}\" data-from=\"{Attr(e.From)}\" data-to=\"{Attr(e.To)}\" d=\"{path}\" marker-end=\"url(#arrow)\">"))
                .Append("<title>").Append(Text(Label(byId[e.From]) + " → " + Label(byId[e.To]) + " (" + e.Kind.ToName() + ")")).Append("</title></path>");
        }

        var linked = edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            var d = byId[n.Id];
            var label = Label(d);
            var shown = label.Length > NodeLabelChars ? label[..(NodeLabelChars - 1)] + "…" : label;
            svg.Append(Invariant($"<g class=\"node{(linked.Contains(n.Id) ? "" : " independent")}\" data-id=\"{Attr(n.Id)}\" transform=\"translate({n.X:0.#},{n.Y:0.#})\">"))
                .Append(Invariant($"<rect width=\"{StemmaLayout.NodeWidth:0}\" height=\"{StemmaLayout.NodeHeight:0}\" rx=\"6\"/>"))
                .Append(Invariant($"<text x=\"{StemmaLayout.NodeWidth / 2:0}\" y=\"17\" text-anchor=\"middle\" class=\"label\">")).Append(Text(shown)).Append("</text>")
                .Append(Invariant($"<text x=\"{StemmaLayout.NodeWidth / 2:0}\" y=\"32\" text-anchor=\"middle\" class=\"sub\">")).Append(Text(d.Metadata.Outlet ?? d.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? JsonReportWriter.FormatName(d.Format))).Append("</text>")
                .Append("<title>").Append(Text(label + ": " + (d.Metadata.Title ?? "(untitled)"))).Append("</title></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Json(List<StoryData> stories)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("stories");
            foreach (var s in stories)
            {
                s.Write(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Evidence names documents by id; a reader knows them by file name.
    internal static string Named(string evidence, Story story, IReadOnlyDictionary<string, Article> byId) =>
        story.Documents.Aggregate(evidence, (text, id) => text.Replace(id, Label(byId[id]), StringComparison.Ordinal));

    // Witness lists read best in the order of their names (a batch's files are usually numbered).
    private static string Labels(IEnumerable<string> ids, Dictionary<string, Article> byId) =>
        string.Join(", ", ids.Select(d => Label(byId[d])).Order(StringComparer.Ordinal));

    private static string Shorten(string reading)
    {
        var words = reading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ApparatusWords ? reading : string.Join(' ', words.Take(ApparatusWords)) + " …";
    }

    private static string Text(string s) => WebUtility.HtmlEncode(s);

    private static string Attr(string s) => WebUtility.HtmlEncode(s);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data the page's script needs for one story: the texts and the marked pairs.</summary>
    private sealed class StoryData(Story story, Dictionary<string, Article> byId, List<Relation> relations)
    {
        public void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("id", story.Id);
            json.WriteStartArray("documents");
            foreach (var id in story.Documents)
            {
                var d = byId[id];
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("label", Label(d));
                json.WriteString("title", d.Metadata.Title);
                json.WriteString("text", d.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("pairs");
            if (story.Documents.Count <= MaxCompareDocuments)
            {
                var tokens = story.Documents.Select(id => Tokenizer.Tokenize(byId[id].Text)).ToList();
                for (int i = 0; i < story.Documents.Count; i++)
                {
                    for (int j = i + 1; j < story.Documents.Count; j++)
                    {
                        var (a, b) = (story.Documents[i], story.Documents[j]);
                        var relation = relations.FirstOrDefault(r => (r.A == a && r.B == b) || (r.A == b && r.B == a));
                        var passages = relation is null ? [] : relation.A == a
                            ? relation.Overlap.Passages
                            : relation.Overlap.Passages.Select(p => p with { A = p.B, B = p.A }).ToList();
                        var (left, right) = PairView.Compare(tokens[i], tokens[j], passages);
                        json.WriteStartObject(Invariant($"{i}-{j}"));
                        json.WriteString("kind", relation?.Kind.ToName());
                        json.WriteString("source", relation?.Source);
                        WriteRuns(json, "a", left);
                        WriteRuns(json, "b", right);
                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteRuns(Utf8JsonWriter json, string name, List<(int Start, int End, string Kind)> runs)
        {
            json.WriteStartArray(name);
            foreach (var (start, end, kind) in runs)
            {
                json.WriteStartArray();
                json.WriteNumberValue(start);
                json.WriteNumberValue(end);
                json.WriteStringValue(kind);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }
    }
}
