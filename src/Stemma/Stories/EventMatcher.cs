namespace Stemma.Stories;

/// <summary>
/// Finds pairs of articles that report the same event although neither copies the other: the
/// same people, places and key terms within a few days.
/// </summary>
internal sealed class EventMatcher
{
    // Calibrated on every pair of two corpora (measured: shared names / weighted name overlap / key-term
    // cosine). Our samples: reports of the strike share 18–39 names, overlap 0.62–1.00, cosine 0.13–1.00;
    // the unrelated article from the same city shares 3–5 names, overlap 0.09–0.19, cosine 0.03–0.06.
    // The seeds: the independent Business Insider report against the AFP texts shares 9–10 names,
    // overlap 0.18–0.37, cosine 0.14–0.16. Each threshold sits in the gap between the two groups; the
    // name overlap does not separate them on its own (0.18 same event, 0.19 unrelated), so it only
    // guards against a long article that names everything.

    /// <summary>At least this many distinct names must be shared (same event 9+, unrelated 5 or fewer).</summary>
    public const int MinSharedEntities = 7;

    /// <summary>Weighted share of the smaller article's names that the other must mention (a floor under
    /// every same-event pair measured, 0.18).</summary>
    public const double MinEntityOverlap = 0.15;

    /// <summary>Key-term cosine below which two articles are about different things even when they name the
    /// same people (same event 0.13+, unrelated 0.06 or less).</summary>
    public const double MinTermCosine = 0.10;

    /// <summary>Reports of one event appear within days of each other; further apart it is a new event
    /// (a follow-up story is a story of its own).</summary>
    public const int MaxDaysApart = 7;

    private readonly IReadOnlyList<EventProfile> _profiles;
    private readonly Dictionary<string, int> _entityDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termDf = new(StringComparer.Ordinal);

    public EventMatcher(IReadOnlyList<EventProfile> profiles)
    {
        _profiles = profiles;
        foreach (var p in profiles)
        {
            foreach (var e in p.Entities.Keys)
            {
                _entityDf[e] = _entityDf.GetValueOrDefault(e) + 1;
            }

            foreach (var t in p.Terms.Keys)
            {
                _termDf[t] = _termDf.GetValueOrDefault(t) + 1;
            }
        }
    }

    /// <summary>Every pair that shares enough names to be considered, with its scores, ordered by (A, B).</summary>
    public IReadOnlyList<EventMatch> Candidates()
    {
        // Inverted index on names: only pairs that share at least one name are scored.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _profiles.Count; i++)
        {
            foreach (var e in _profiles[i].Entities.Keys)
            {
                if (!postings.TryGetValue(e, out var list))
                {
                    postings[e] = list = [];
                }

                list.Add(i);
            }
        }

        var sharedCounts = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var key = (list[x], list[y]);
                    sharedCounts[key] = sharedCounts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return sharedCounts
            .Where(kv => kv.Value >= MinSharedEntities)
            .Select(kv => Score(kv.Key.Item1, kv.Key.Item2))
            .OrderBy(m => m.A).ThenBy(m => m.B)
            .ToList();
    }

    /// <summary>Scores one pair.</summary>
    public EventMatch Score(int a, int b)
    {
        var pa = _profiles[a];
        var pb = _profiles[b];
        var shared = pa.Entities.Keys.Where(pb.Entities.ContainsKey)
            .OrderByDescending(EntityWeight).ThenBy(e => e, StringComparer.Ordinal).ToList();
        var weightA = pa.Entities.Keys.Sum(EntityWeight);
        var weightB = pb.Entities.Keys.Sum(EntityWeight);
        var overlap = shared.Count == 0 ? 0 : shared.Sum(EntityWeight) / Math.Min(weightA, weightB);
        int? days = pa.Published is { } da && pb.Published is { } db ? Math.Abs(da.DayNumber - db.DayNumber) : null;
        return new EventMatch(a, b, shared, overlap, TermCosine(pa, pb), days);
    }

    /// <summary>Whether the scores say "same event".</summary>
    public static bool IsSameEvent(EventMatch m) =>
        m.SharedEntities.Count >= MinSharedEntities
        && m.EntityOverlap >= MinEntityOverlap
        && m.TermCosine >= MinTermCosine
        && (m.DaysApart is null || m.DaysApart <= MaxDaysApart);

    // Inverse document frequency within the batch, smoothed so that a name every article shares
    // still counts a little: a batch may hold only one story.
    private double EntityWeight(string e) => Math.Log(1.0 + ((double)_profiles.Count / _entityDf[e]));

    private double TermWeight(string t, int count) =>
        (1.0 + Math.Log(count)) * Math.Log(1.0 + ((double)_profiles.Count / _termDf[t]));

    private double TermCosine(EventProfile a, EventProfile b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (t, c) in a.Terms)
        {
            var w = TermWeight(t, c);
            na += w * w;
            if (b.Terms.TryGetValue(t, out var cb))
            {
                dot += w * TermWeight(t, cb);
            }
        }

        foreach (var (t, c) in b.Terms)
        {
            var w = TermWeight(t, c);
            nb += w * w;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
