using System.Globalization;
using System.Text;
using Stemma.Cleaning;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>
/// Groups a batch of articles into stories: articles linked by text reuse, and articles that report
/// the same event independently (the same people, places and key terms within a few days).
/// </summary>
public static class StoryBuilder
{
    /// <summary>
    /// Builds the stories and relations of <paramref name="articles"/>.
    /// </summary>
    /// <param name="articles">The batch, in its deterministic order.</param>
    /// <param name="candidates">Verified text-reuse pairs (indexes into <paramref name="articles"/>).</param>
    /// <param name="compare">Measures the overlap of any two articles by index, for pairs joined by other evidence.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static StoryGrouping Build(
        IReadOnlyList<Article> articles,
        IReadOnlyList<PairEvidence> candidates,
        Func<int, int, PairEvidence> compare,
        CancellationToken cancellationToken = default)
    {
        var derived = new Dictionary<(int, int), Relation>();
        foreach (var pair in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (a, b) = pair.A < pair.B ? (pair.A, pair.B) : (pair.B, pair.A);
            if (RelationClassifier.ClassifyDerived(articles[a], articles[b], pair) is { } kind)
            {
                derived[(a, b)] = new Relation
                {
                    A = articles[a].Id, B = articles[b].Id, Kind = kind.Kind, Overlap = pair, Evidence = kind.Evidence,
                };
            }
        }

        var events = new EventMatcher(articles.Select(x => EventProfile.Create(x.Metadata.Title, x.Text, x.Metadata.Published)).ToList());
        var sameEvent = events.Candidates().Where(EventMatcher.IsSameEvent).ToDictionary(m => (m.A, m.B));

        var groups = new UnionFind(articles.Count);
        foreach (var ((a, b), relation) in derived)
        {
            if (relation.Kind is RelationKind.Identical or RelationKind.NearDuplicate or RelationKind.Edition)
            {
                groups.Union(a, b);
            }
        }

        // Weaker links, strongest first: copied passages (by resemblance), then shared names and terms.
        var weak = derived
            .Where(d => d.Value.Kind is RelationKind.PartialReuse or RelationKind.Rewrite)
            .OrderByDescending(d => d.Value.Overlap.Jaccard)
            .ThenByDescending(d => Math.Max(d.Value.Overlap.ContainmentAInB, d.Value.Overlap.ContainmentBInA))
            .ThenBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2)
            .Select(d => d.Key)
            .Concat(sameEvent.Values
                .OrderByDescending(m => m.TermCosine)
                .ThenByDescending(m => m.SharedEntities.Count)
                .ThenBy(m => m.A).ThenBy(m => m.B)
                .Select(m => (m.A, m.B)));
        JoinByMajority(groups, weak, pair => derived.ContainsKey(pair) || sameEvent.ContainsKey(pair));

        var stories = new List<Story>();
        var relations = new List<Relation>();
        var byId = articles.ToDictionary(x => x.Id, StringComparer.Ordinal);
        foreach (var members in groups.Components())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var storyRelations = new List<Relation>();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var key = (members[i], members[j]);
                    storyRelations.Add(derived.TryGetValue(key, out var r)
                        ? r
                        : SameStory(articles, key, compare(key.Item1, key.Item2), sameEvent.GetValueOrDefault(key) ?? events.Score(key.Item1, key.Item2)));
                }
            }

            var directed = RelationDirector.Direct(storyRelations, byId);
            relations.AddRange(directed);
            stories.Add(MakeStory(articles, members, directed));
        }

        return new StoryGrouping(stories, relations);
    }

    /// <summary>
    /// Joins groups through weaker links (partial reuse, rewrites, reports of the same event), in the
    /// order given, and only where most of the pairs across the two groups are linked too: an article
    /// that takes from two stories (a digest, a round-up naming two events) joins the one it shares
    /// most with instead of chaining both into one story, as single linkage would.
    /// </summary>
    private static void JoinByMajority(UnionFind groups, IEnumerable<(int A, int B)> links, Func<(int, int), bool> linked)
    {
        var members = groups.Components().ToDictionary(c => groups.Find(c[0]), c => c.ToList());

        // Two groups refused once are refused again until one of them grows: every link between
        // them asks the same question.
        var refused = new HashSet<(int, int)>();
        foreach (var (a, b) in links)
        {
            var (ra, rb) = (groups.Find(a), groups.Find(b));
            if (ra == rb || refused.Contains((Math.Min(ra, rb), Math.Max(ra, rb))))
            {
                continue;
            }

            var (ma, mb) = (members[ra], members[rb]);
            if (!MostlyLinked(ma, mb, linked))
            {
                refused.Add((Math.Min(ra, rb), Math.Max(ra, rb)));
                continue;
            }

            refused.RemoveWhere(p => p.Item1 == ra || p.Item2 == ra || p.Item1 == rb || p.Item2 == rb);

            groups.Union(ra, rb);
            members.Remove(ra);
            members.Remove(rb);
            members[groups.Find(ra)] = [.. ma.Concat(mb).Order()];
        }
    }

    /// <summary>
    /// Whether more than <see cref="JoinShare"/> of the pairs across the groups are linked, and every
    /// member of the smaller group (of both, when equal) links to more than that share of the other:
    /// two digests that each take from the same two stories link most pairs across those stories'
    /// groups, but each story's own article links to only one side.
    /// </summary>
    private static bool MostlyLinked(List<int> ma, List<int> mb, Func<(int, int), bool> linked)
    {
        var total = 0;
        var rowsA = new int[ma.Count];
        var rowsB = new int[mb.Count];
        for (var i = 0; i < ma.Count; i++)
        {
            for (var j = 0; j < mb.Count; j++)
            {
                var (x, y) = (ma[i], mb[j]);
                if (linked(x < y ? (x, y) : (y, x)))
                {
                    total++;
                    rowsA[i]++;
                    rowsB[j]++;
                }
            }
        }

        if (total <= JoinShare * ma.Count * mb.Count)
        {
            return false;
        }

        return (ma.Count > mb.Count || rowsA.All(r => r > JoinShare * mb.Count))
            && (mb.Count > ma.Count || rowsB.All(r => r > JoinShare * ma.Count));
    }

    /// <summary>
    /// Two groups join only when more than this share of the pairs across them are linked (a strict
    /// majority). Measured on every candidate join in the seeds, our samples, Data/Stories and the
    /// annotated quote folders (whose README and quotes.tsv draw on every story of the folder): the
    /// articles of one story link 0.75–1.00 of the pairs across and each member of the smaller side
    /// links to 0.75 or more of the other; joins across unrelated stories through such digests link
    /// 0.10–0.50 of the pairs, or 0.75 with one member of each side linking to only half the other.
    /// </summary>
    private const double JoinShare = 0.5;


    private static Relation SameStory(IReadOnlyList<Article> articles, (int A, int B) key, PairEvidence overlap, EventMatch match)
    {
        var evidence = new List<string>();
        if (EventMatcher.IsSameEvent(match))
        {
            evidence.Add(string.Create(CultureInfo.InvariantCulture,
                $"both name {string.Join(", ", match.SharedEntities.Take(MaxNamesInEvidence))} (name overlap {match.EntityOverlap:0.00}, key-term cosine {match.TermCosine:0.00})"));
            if (match.DaysApart is { } days)
            {
                evidence.Add(string.Create(CultureInfo.InvariantCulture, $"published {days} day(s) apart"));
            }
        }
        else
        {
            evidence.Add("joined to this story through other articles that report the same event");
        }

        evidence.Add("no passage long enough to show copying: written independently");
        return new Relation
        {
            A = articles[key.A].Id, B = articles[key.B].Id, Kind = RelationKind.SameStory, Overlap = overlap, Evidence = evidence,
        };
    }

    // Enough names to let a reader check the judgement, few enough to read at a glance.
    private const int MaxNamesInEvidence = 6;

    private static Story MakeStory(IReadOnlyList<Article> articles, IReadOnlyList<int> members, IReadOnlyList<Relation> relations)
    {
        var ids = members.Select(m => articles[m].Id).ToList();
        var sourceCounts = relations.Where(r => r.Source is not null)
            .GroupBy(r => r.Source!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // The headline is that of the article the others derive from most; then the earliest; then the fullest.
        var lead = members
            .Select(m => articles[m])
            .OrderByDescending(x => sourceCounts.GetValueOrDefault(x.Id))
            .ThenBy(x => x.Metadata.Published ?? DateOnly.MaxValue)
            .ThenByDescending(x => x.Text.Length)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .First();
        var hash = WyHash.Hash(Encoding.UTF8.GetBytes(string.Join('\n', ids.Order(StringComparer.Ordinal))));
        return new Story("s" + hash.ToString("x16", CultureInfo.InvariantCulture)[..12], lead.Metadata.Title ?? FirstWords(lead.Text), ids);
    }

    // A story whose lead has no title is named by its opening words.
    private const int UntitledHeadlineWords = 12;

    private static string FirstWords(string text) =>
        string.Join(' ', text.Split((char[]?)null, UntitledHeadlineWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(UntitledHeadlineWords));
}
