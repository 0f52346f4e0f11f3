namespace Stemma.Stories;

/// <summary>Disjoint sets over 0..n-1 whose components come out in a deterministic order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    // The smaller index becomes the root, so roots do not depend on the order of unions.
    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>Each component's members ascending, components ordered by their smallest member.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Components()
    {
        var byRoot = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var r = Find(i);
            if (!byRoot.TryGetValue(r, out var list))
            {
                byRoot[r] = list = [];
            }

            list.Add(i);
        }

        return byRoot.Values.ToList<IReadOnlyList<int>>();
    }
}
