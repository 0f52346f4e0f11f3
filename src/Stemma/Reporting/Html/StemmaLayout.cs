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

    /// <summary>Places <paramref name="nodes"/> (in their given order) for <paramref name="edges"/>.</summary>
    public static (IReadOnlyList<Placed> Nodes, double Width, double Height) Layout(IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges)
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
                Reorder(rows[l], parents, position);
                Number();
            }

            for (int l = layers - 2; l >= 0; l--)
            {
                Reorder(rows[l], children, position);
                Number();
            }
        }

        int widest = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        double width = 2 * Margin + widest * NodeWidth + Math.Max(0, widest - 1) * HorizontalGap;
        double height = 2 * Margin + layers * NodeHeight + Math.Max(0, layers - 1) * VerticalGap;
        var placed = new List<Placed>();
        for (int l = 0; l < layers; l++)
        {
            var row = rows[l];
            double rowWidth = row.Count * NodeWidth + Math.Max(0, row.Count - 1) * HorizontalGap;
            double left = (width - rowWidth) / 2;
            for (int i = 0; i < row.Count; i++)
            {
                placed.Add(new Placed(row[i], l, left + i * (NodeWidth + HorizontalGap), Margin + l * (NodeHeight + VerticalGap)));
            }
        }

        return (placed, width, height);
    }

    private static void Reorder(List<string> row, Dictionary<string, List<string>> neighbours, Dictionary<string, double> position)
    {
        var keyed = row.Select((n, i) => (Node: n, Index: i, Key: neighbours[n].Count == 0 ? i : neighbours[n].Average(x => position[x])))
            .OrderBy(x => x.Key).ThenBy(x => x.Index).Select(x => x.Node).ToList();
        row.Clear();
        row.AddRange(keyed);
    }
}
