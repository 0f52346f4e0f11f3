namespace Stemma.Reporting.Html;

/// <summary>
/// Lays out a stemma for drawing, Sugiyama-style: each document on the layer of its generation (the
/// longest chain of sources above it), documents with no edge on the first layer after the others,
/// and the order inside each layer settled by barycentre sweeps so that edges cross little.
/// Deterministic: the same graph gives the same picture.
/// </summary>
internal static class StemmaLayout
{
    public const double NodeWidth = 168;
    public const double NodeHeight = 40;
    private const double HorizontalGap = 28;
    private const double VerticalGap = 64;
    private const double Margin = 12;

    // Down-and-up barycentre sweeps; four pairs settle the small graphs of one story.
    private const int Sweeps = 4;

    /// <summary>A placed node: its top-left corner.</summary>
    public readonly record struct Placed(string Id, int Layer, double X, double Y);

    /// <summary>The width reserved in a layer for an edge passing through it, so that it runs between nodes.</summary>
    public const double PassWidth = 16;

    /// <summary>
    /// Places <paramref name="nodes"/> (in their given order) for <paramref name="edges"/>; an edge that
    /// spans several layers gets a waypoint in each layer it crosses (the Sugiyama dummy nodes), ordered
    /// with the real nodes, so that it is drawn between them rather than through them.
    /// </summary>
    /// <returns>The nodes, the waypoints of each edge (by its index; top-centre of the slot), and the drawing's size.</returns>
    public static (IReadOnlyList<Placed> Nodes, IReadOnlyList<IReadOnlyList<(double X, double Y)>> Waypoints, double Width, double Height) Layout(
        IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges)
    {
        var parents = nodes.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
        var children = nodes.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            parents[to].Add(from);
            children[from].Add(to);
        }

        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        int Depth(string n)
        {
            if (layer.TryGetValue(n, out var known))
            {
                return known;
            }

            if (!onPath.Add(n))
            {
                return 0;
            }

            int d = parents[n].Count == 0 ? 0 : parents[n].Max(p => Depth(p) + 1);
            onPath.Remove(n);
            layer[n] = d;
            return d;
        }

        foreach (var n in nodes)
        {
            Depth(n);
        }

        int layers = nodes.Count == 0 ? 0 : layer.Values.Max() + 1;
        var rows = Enumerable.Range(0, layers).Select(l => nodes.Where(n => layer[n] == l)
            .OrderBy(n => parents[n].Count + children[n].Count == 0 ? 1 : 0).ToList()).ToList();

        // Waypoints: a chain of pass-through slots for each edge that skips layers. Their names start
        // with a character no document id has, so they never meet a real node.
        var up = parents.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        var down = children.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        var passes = new List<List<string>>();
        for (int e = 0; e < edges.Count; e++)
        {
            var (from, to) = edges[e];
            var chain = new List<string>();
            if (layer[to] - layer[from] > 1)
            {
                up[to].Remove(from);
                down[from].Remove(to);
                string previous = from;
                for (int l = layer[from] + 1; l < layer[to]; l++)
                {
                    string pass = "\u0001" + e.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    up[pass] = [previous];
                    down[pass] = [];
                    down[previous].Add(pass);
                    rows[l].Add(pass);
                    chain.Add(pass);
                    previous = pass;
                }

                down[previous].Add(to);
                up[to].Add(previous);
            }

            passes.Add(chain);
        }

        var position = new Dictionary<string, double>(StringComparer.Ordinal);

        void Number()
        {
            foreach (var row in rows)
            {
                for (int i = 0; i < row.Count; i++)
                {
                    position[row[i]] = i;
                }
            }
        }

        Number();
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            for (int l = 1; l < layers; l++)
            {
                Reorder(rows[l], up, position);
                Number();
            }

            for (int l = layers - 2; l >= 0; l--)
            {
                Reorder(rows[l], down, position);
                Number();
            }
        }

        double WidthOf(string id) => id[0] == '\u0001' ? PassWidth : NodeWidth;
        double RowWidth(List<string> row) => row.Sum(WidthOf) + Math.Max(0, row.Count - 1) * HorizontalGap;
        double width = 2 * Margin + (rows.Count == 0 ? 0 : rows.Max(RowWidth));
        double height = 2 * Margin + layers * NodeHeight + Math.Max(0, layers - 1) * VerticalGap;
        var placed = new List<Placed>();
        var slots = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (int l = 0; l < layers; l++)
        {
            var row = rows[l];
            double x = (width - RowWidth(row)) / 2;
            double y = Margin + l * (NodeHeight + VerticalGap);
            foreach (var id in row)
            {
                if (id[0] == '\u0001')
                {
                    slots[id] = (x + PassWidth / 2, y);
                }
                else
                {
                    placed.Add(new Placed(id, l, x, y));
                }

                x += WidthOf(id) + HorizontalGap;
            }
        }

        var waypoints = passes.Select(chain => (IReadOnlyList<(double, double)>)chain.Select(p => slots[p]).ToList()).ToList();
        return (placed, waypoints, width, height);
    }

    private static void Reorder(List<string> row, Dictionary<string, List<string>> neighbours, Dictionary<string, double> position)
    {
        var keyed = row.Select((n, i) => (Node: n, Index: i, Key: neighbours[n].Count == 0 ? i : neighbours[n].Average(x => position[x])))
            .OrderBy(x => x.Key).ThenBy(x => x.Index).Select(x => x.Node).ToList();
        row.Clear();
        row.AddRange(keyed);
    }
}
