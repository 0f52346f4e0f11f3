using Stemma.Reporting.Html;

namespace Stemma.Tests.Reporting;

public sealed class StemmaLayoutTests
{
    [Fact]
    public void Puts_each_copy_below_all_of_its_sources()
    {
        (string, string)[] edges = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "c")];
        var (nodes, _, _, _) = StemmaLayout.Layout(["a", "b", "c", "d", "e"], edges);
        var at = nodes.ToDictionary(n => n.Id);
        foreach (var (from, to) in edges)
        {
            at[from].Y.ShouldBeLessThan(at[to].Y);
        }

        at["c"].Layer.ShouldBe(2);
        at["e"].Layer.ShouldBe(0);
    }

    [Fact]
    public void Places_nodes_without_overlap_and_the_same_way_every_time()
    {
        (string, string)[] edges = [("r", "x"), ("r", "y"), ("s", "y"), ("s", "z")];
        var first = StemmaLayout.Layout(["z", "r", "y", "s", "x"], edges);
        var again = StemmaLayout.Layout(["z", "r", "y", "s", "x"], edges);
        again.Nodes.ShouldBe(first.Nodes);
        foreach (var layer in first.Nodes.GroupBy(n => n.Layer))
        {
            var xs = layer.Select(n => n.X).Order().ToList();
            xs.Zip(xs.Skip(1)).ShouldAllBe(p => p.Second - p.First >= StemmaLayout.NodeWidth);
        }

        first.Nodes.ShouldAllBe(n => n.X >= 0 && n.X + StemmaLayout.NodeWidth <= first.Width);
    }

    [Fact]
    public void An_edge_that_skips_a_layer_passes_beside_the_nodes_of_that_layer()
    {
        // a -> b -> c and a -> c: the a -> c edge crosses b's layer.
        (string, string)[] edges = [("a", "b"), ("b", "c"), ("a", "c")];
        var (nodes, waypoints, _, _) = StemmaLayout.Layout(["a", "b", "c"], edges);
        waypoints[0].ShouldBeEmpty();
        waypoints[1].ShouldBeEmpty();
        var pass = waypoints[2].ShouldHaveSingleItem();
        var b = nodes.Single(n => n.Id == "b");
        pass.Y.ShouldBe(b.Y);
        (pass.X < b.X || pass.X > b.X + StemmaLayout.NodeWidth).ShouldBeTrue();
    }
}
