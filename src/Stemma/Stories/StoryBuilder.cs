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
        foreach (var (a, b) in derived.Keys.Concat(sameEvent.Keys))
        {
            groups.Union(a, b);
        }

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
