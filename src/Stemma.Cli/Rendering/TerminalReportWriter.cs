using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Stemma.Cleaning;
using Stemma.Lineage;
using Stemma.Reporting;
using Stemma.Stories;

namespace Stemma.Cli.Rendering;

/// <summary>The human-readable report: stories as trees, a table of relations, what cleaning removed.</summary>
internal sealed class TerminalReportWriter : ReportWriter
{
    /// <summary>Titles longer than this are shortened in trees and tables.</summary>
    private const int TitleWidth = 72;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output, CancellationToken cancellationToken = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (output != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        var byId = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        console.MarkupLine(string.Join(", ",
            Count(report.Documents.Count, "document", "documents"),
            Count(report.Stories.Count, "story", "stories"),
            Count(report.Relations.Count, "relation", "relations"),
            Count(report.Errors.Count, "error", "errors")));
        console.WriteLine();

        foreach (var story in report.Stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            console.Write(StoryTree(story, report.Relations, byId));
            console.WriteLine();
            if (report.Stemma.FirstOrDefault(s => s.Story == story.Id) is { Edges.Count: > 0 } stemma)
            {
                console.Write(StemmaTree(story, stemma, byId));
                console.WriteLine();
            }
        }

        if (report.Relations.Count > 0)
        {
            console.Write(RelationTable(report.Relations, byId));
            console.WriteLine();
        }

        if (report.Quotes.Count > 0)
        {
            console.Write(QuoteTable(report));
            console.WriteLine();
        }

        console.MarkupLine("[bold]Cleaning[/]");
        foreach (var d in report.Documents)
        {
            console.MarkupLine(Markup.Escape(CleaningLine(d)));
        }

        if (report.Errors.Count > 0)
        {
            console.WriteLine();
            var errors = new Table().Title("[red]Errors[/]").AddColumn("source").AddColumn("reason");
            foreach (var e in report.Errors)
            {
                errors.AddRow(Markup.Escape(e.Source), Markup.Escape(e.Message));
            }

            console.Write(errors);
        }
    }

    private static Tree StoryTree(Story story, IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, Article> byId)
    {
        var members = story.Documents.ToHashSet(StringComparer.Ordinal);
        var mine = relations.Where(r => members.Contains(r.A)).ToList();
        var tree = new Tree(new Markup(Invariant($"[bold]Story {story.Id}[/]: {Markup.Escape(Shorten(story.Headline))} [grey]({story.Documents.Count} article(s))[/]")));
        foreach (var id in story.Documents)
        {
            var d = byId[id];
            var node = tree.AddNode(new Markup(Invariant($"[blue]{id}[/] {Markup.Escape(Shorten(d.Metadata.Title ?? "(untitled)"))} [grey]{Markup.Escape(Describe(d))}[/]")));
            foreach (var r in mine.Where(r => r.A == id || r.B == id))
            {
                var other = r.A == id ? r.B : r.A;

                // List each relation once: under its copy where it has a direction, else under its first article.
                var listHere = r.Source is null ? r.A == id : r.Source == other;
                if (listHere)
                {
                    node.AddNode(new Markup(Invariant($"{RelationPhrase(r, other)} [grey](Jaccard {r.Overlap.Jaccard:0.00})[/]")));
                }
            }
        }

        return tree;
    }

    /// <summary>The stemma as a tree: each source with its copies beneath; a copy with several sources
    /// appears under each, marked, and an article with no source or copy is listed as independent.</summary>
    private static Tree StemmaTree(Story story, StoryStemma stemma, IReadOnlyDictionary<string, Article> byId)
    {
        var tree = new Tree(new Markup(Invariant($"[bold]Stemma[/] of {story.Id} [grey](arrows from the copied text to the copy)[/]")));
        string Name(string id) => Invariant($"[blue]{id}[/] {Markup.Escape(Path.GetFileName(byId[id].Source))}");
        var parents = stemma.Edges.GroupBy(e => e.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.From).ToList(), StringComparer.Ordinal);

        void AddChildren(IHasTreeNodes node, string id, HashSet<string> path)
        {
            foreach (var e in stemma.Edges.Where(e => e.From == id))
            {
                var others = parents[e.To].Where(p => p != id).ToList();
                var also = others.Count == 0 ? "" : Invariant($" [grey](also from {string.Join(", ", others)})[/]");
                var child = node.AddNode(new Markup(Invariant($"{Name(e.To)} [grey]{e.Kind.ToName()}[/]{also}")));
                if (path.Add(e.To))
                {
                    AddChildren(child, e.To, path);
                    path.Remove(e.To);
                }
            }
        }

        var linked = stemma.Edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        foreach (var root in story.Documents.Where(id => linked.Contains(id) && !parents.ContainsKey(id)))
        {
            AddChildren(tree.AddNode(new Markup(Name(root))), root, [root]);
        }

        foreach (var alone in story.Documents.Where(id => !linked.Contains(id)))
        {
            tree.AddNode(new Markup(Invariant($"{Name(alone)} [grey]independent: no source or copy in the batch[/]")));
        }

        return tree;
    }

    private static string RelationPhrase(Relation r, string other) => r.Kind switch
    {
        RelationKind.Identical => $"identical to [blue]{other}[/]",
        RelationKind.NearDuplicate => $"near-duplicate of [blue]{other}[/]",
        RelationKind.Edition => $"edition of [blue]{other}[/]",
        RelationKind.PartialReuse => $"reuses passages of [blue]{other}[/]",
        RelationKind.Rewrite => $"rewrite of [blue]{other}[/]",
        _ => $"same story as [blue]{other}[/], written independently",
    };

    private static Table RelationTable(IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, Article> byId)
    {
        var table = new Table().Title("[bold]Relations[/]")
            .AddColumn("a").AddColumn("b").AddColumn("kind").AddColumn("source")
            .AddColumn(new TableColumn("Jaccard").RightAligned())
            .AddColumn(new TableColumn("a in b").RightAligned())
            .AddColumn(new TableColumn("b in a").RightAligned())
            .AddColumn(new TableColumn("passages").RightAligned());
        foreach (var r in relations)
        {
            table.AddRow(
                new Text(r.A), new Text(r.B), new Text(r.Kind.ToName()), new Text(r.Source ?? "–"),
                Number(r.Overlap.Jaccard), Number(r.Overlap.ContainmentAInB), Number(r.Overlap.ContainmentBInA),
                new Text(r.Overlap.Passages.Count.ToString(CultureInfo.InvariantCulture)));
        }

        return table;
    }

    private static Table QuoteTable(AnalysisReport report)
    {
        var table = new Table().Title("[bold]Quotes[/]")
            .AddColumn("speaker").AddColumn("quote (longest form)")
            .AddColumn(new TableColumn("sources").RightAligned()).AddColumn(new TableColumn("variants").RightAligned())
            .AddColumn("flags");
        foreach (var q in report.Quotes)
        {
            var flags = q.Flags.Count == 0 ? "" : string.Join("\n", q.Flags.Select(f => $"{f.Kind}: {f.Detail}"));
            table.AddRow(
                new Text(q.Speaker ?? "(unattributed)"),
                new Text(Shorten(q.Head.Text)),
                new Text(q.Documents.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(q.Variants.Count.ToString(CultureInfo.InvariantCulture)),
                new Markup(flags.Length == 0 ? "" : "[red]" + Markup.Escape(flags) + "[/]"));
        }

        return table;
    }

    private static IRenderable Number(double value) => new Text(value.ToString("0.00", CultureInfo.InvariantCulture));

    private static string CleaningLine(Article d)
    {
        var removed = d.Removed.GroupBy(r => r.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"{g.Count()} {g.Key}"));
        var what = d.Removed.Count == 0 ? "nothing removed" : "removed " + string.Join(", ", removed);
        var repairs = d.Repairs.Count == 0 ? "" : "; repaired: " + string.Join("; ", d.Repairs);
        var warnings = d.Warnings.Count == 0 ? "" : Invariant($"; {d.Warnings.Count} warning(s): {string.Join("; ", d.Warnings)}");
        return Invariant($"  {d.Id} {d.Source}: {what}{repairs}{warnings}");
    }

    private static string Describe(Article d)
    {
        var parts = new List<string>();
        if (d.Metadata.Outlet is { } outlet)
        {
            parts.Add(outlet);
        }

        if (d.Metadata.Wire is { } wire)
        {
            parts.Add(wire);
        }

        if (d.Metadata.Published is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        parts.Add(JsonReportWriter.FormatName(d.Format));
        parts.Add(d.Source);
        return string.Join(" · ", parts);
    }

    private static string Count(int n, string one, string many) => Invariant($"[bold]{n}[/] {(n == 1 ? one : many)}");

    private static string Shorten(string s) => s.Length <= TitleWidth ? s : s[..(TitleWidth - 1)] + "…";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
