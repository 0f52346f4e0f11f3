using System.Globalization;
using Stemma.Cleaning;
using Stemma.Fingerprinting;
using Stemma.Stories;
using CollationResult = Stemma.Collation.Collation;

namespace Stemma.Lineage;

/// <summary>
/// Draws the stemma of each story as a textual critic would. Edges run only along derived relations
/// whose direction is known (independent reports get none). A relation left undirected by the
/// story stage is directed where the edition's collation tells: the witness that keeps the majority
/// reading everywhere and follows no other is the source of one that departs from it. Then each
/// copy keeps only the parents that explain something of it no other candidate explains (a shared
/// variant, a passage only that parent has); a parent that explains nothing of its own gives way to
/// the others, the later generation first, so A→C is dropped when A→B→C explains C as well.
/// </summary>
public sealed class LineageBuilder
{
    // How many words of an exclusive stretch are quoted in the evidence.
    private const int QuotedWords = 12;

    private readonly LineageOptions _options;

    private LineageBuilder(LineageOptions options)
    {
        if (options.MinCopiedRunWords < 1 || options.MinExclusiveWords < 1 || options.MinWitnessesForMajority < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MinCopiedRunWords and MinExclusiveWords must be at least 1, MinWitnessesForMajority at least 3.");
        }

        _options = options;
    }

    /// <summary>Builds a lineage builder.</summary>
    public static LineageBuilder Create(LineageOptions? options = null) => new(options ?? LineageOptions.Default);

    /// <summary>Builds the stemma of every story.</summary>
    /// <param name="stories">The stories.</param>
    /// <param name="relations">Every relation (one per pair of articles in a story).</param>
    /// <param name="articles">The articles by id.</param>
    /// <param name="collations">The editions' collations.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public LineageResult Build(
        IReadOnlyList<Story> stories,
        IReadOnlyList<Relation> relations,
        IReadOnlyDictionary<string, Article> articles,
        IReadOnlyList<CollationResult> collations,
        CancellationToken cancellationToken = default)
    {
        var refined = relations.ToList();
        var stemmata = new List<StoryStemma>();
        var tokens = new Dictionary<string, TokenizedText>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = story.Documents.ToHashSet(StringComparer.Ordinal);
            var positions = Enumerable.Range(0, refined.Count).Where(i => members.Contains(refined[i].A) && members.Contains(refined[i].B)).ToList();
            foreach (var collation in collations.Where(c => c.Story == story.Id))
            {
                DirectByMajority(collation, refined, positions);
            }

            var storyRelations = positions.Select(i => refined[i]).ToList();
            stemmata.Add(new StoryStemma(story.Id, Edges(story, storyRelations, articles, tokens)));
        }

        return new LineageResult(refined, stemmata);
    }

    /// <summary>
    /// Fills the source of undirected relations inside an edition from its apparatus, and records the
    /// readings two witnesses share against the majority (their common descent) as evidence.
    /// </summary>
    private void DirectByMajority(CollationResult collation, List<Relation> relations, List<int> positions)
    {
        var ids = collation.Documents;
        if (ids.Count < _options.MinWitnessesForMajority)
        {
            return;
        }

        // Innovations: a witness's own non-empty reading against the chosen one. Omissions are not
        // counted: a lost line or a cut paragraph is what any copy may suffer, and tells no descent.
        var innovations = ids.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var shared = new Dictionary<(string, string), List<string>>();
        foreach (var variant in collation.Variants)
        {
            foreach (var reading in variant.Readings.Skip(1).Where(r => r.Text.Length > 0))
            {
                foreach (var id in reading.Documents)
                {
                    innovations[id].Add(reading.Text);
                }

                for (int i = 0; i < reading.Documents.Count; i++)
                {
                    for (int j = i + 1; j < reading.Documents.Count; j++)
                    {
                        var key = Key(reading.Documents[i], reading.Documents[j]);
                        (shared.TryGetValue(key, out var list) ? list : shared[key] = []).Add(reading.Text);
                    }
                }
            }
        }

        var inEdition = ids.ToHashSet(StringComparer.Ordinal);
        var followsAnother = positions.Select(i => relations[i])
            .Where(r => r.Source is not null && r.Kind.IsDerived())
            .Select(r => r.Source == r.A ? r.B : r.A)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var i in positions)
        {
            var r = relations[i];
            if (!inEdition.Contains(r.A) || !inEdition.Contains(r.B))
            {
                continue;
            }

            var evidence = new List<string>(r.Evidence);
            if (shared.TryGetValue(Key(r.A, r.B), out var common))
            {
                evidence.Add(Invariant($"{r.A} and {r.B} share {common.Count} reading(s) against the majority of their edition ({Quote(common)}): one descends from the other, or both from a common source"));
            }

            string? source = r.Source;
            if (source is null && r.Kind.IsDerived())
            {
                foreach (var (x, y) in new[] { (r.A, r.B), (r.B, r.A) })
                {
                    if (innovations[x].Count == 0 && !followsAnother.Contains(x) && innovations[y].Count > 0)
                    {
                        source = x;
                        evidence.Add(Invariant($"{x} keeps the majority reading of its edition at every place of variation and follows no other witness; {y} departs from it at {innovations[y].Count} place(s) ({Quote(innovations[y])}): {y} was copied from {x}"));
                        break;
                    }
                }
            }

            relations[i] = r with { Source = source, Evidence = evidence };
        }
    }

    private List<StemmaEdge> Edges(Story story, List<Relation> relations, IReadOnlyDictionary<string, Article> articles, Dictionary<string, TokenizedText> tokens)
    {
        var order = story.Documents.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var directed = relations.Where(r => r.Kind.IsDerived() && r.Source is not null).ToList();
        var parents = story.Documents.ToDictionary(id => id, _ => new List<Relation>(), StringComparer.Ordinal);
        foreach (var r in directed)
        {
            parents[r.Source == r.A ? r.B : r.A].Add(r);
        }

        var generation = Generations(story.Documents, parents);
        var edges = new List<StemmaEdge>();
        foreach (var child in story.Documents)
        {
            var candidates = parents[child].OrderBy(r => order[r.Source!]).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var childWords = TokensOf(child, articles, tokens);
            var explained = candidates.ToDictionary(r => r.Source!, r => Explained(childWords, TokensOf(r.Source!, articles, tokens)), StringComparer.Ordinal);

            // Twins: copies of one text that nothing orders (an undirected identical or near-duplicate
            // relation, the same generation). The child cannot tell which of them it was taken from, so
            // they stand or fall together and are weighed as one exemplar.
            var classes = Twins(candidates, relations, generation);
            var kept = classes.ToList();
            var exclusive = new Dictionary<List<Relation>, List<int>>();
            while (true)
            {
                exclusive.Clear();
                foreach (var c in kept)
                {
                    exclusive[c] = Enumerable.Range(0, childWords.Count)
                        .Where(t => c.Any(r => explained[r.Source!][t]) && kept.All(o => o == c || o.All(r => !explained[r.Source!][t])))
                        .ToList();
                }

                var weakest = kept
                    .Where(c => exclusive[c].Count < _options.MinExclusiveWords)
                    .OrderByDescending(c => generation[c[0].Source!])
                    .ThenByDescending(c => order[c[0].Source!])
                    .FirstOrDefault();
                if (kept.Count == 1 || weakest is null)
                {
                    break;
                }

                kept.Remove(weakest);
            }

            var dropped = candidates.Where(r => !kept.Any(c => c.Contains(r))).Select(r => r.Source!).ToList();
            foreach (var c in kept)
            {
                foreach (var r in c)
                {
                    var evidence = new List<string>(r.Evidence);
                    var own = exclusive[c];
                    if (kept.Count > 1 && own.Count > 0)
                    {
                        evidence.Add(Invariant($"{own.Count} word(s) of {child} come from {r.Source}{(c.Count > 1 ? " (or its twin copy)" : "")} and from none of its other sources (“{Excerpt(childWords, own)}”)"));
                    }

                    if (c.Count > 1)
                    {
                        evidence.Add(Invariant($"{string.Join(" and ", c.Select(x => x.Source))} are copies of one text that nothing orders; {child} may have been taken from either"));
                    }

                    if (dropped.Count > 0)
                    {
                        evidence.Add(Invariant($"{child}'s other candidate sources ({string.Join(", ", dropped)}) explain nothing of it that {r.Source} does not: no edge from them"));
                    }

                    edges.Add(new StemmaEdge(r.Source!, child, r.Kind, evidence));
                }
            }
        }

        return edges.OrderBy(e => order[e.From]).ThenBy(e => order[e.To]).ToList();
    }

    private static List<List<Relation>> Twins(List<Relation> candidates, List<Relation> relations, Dictionary<string, int> generation)
    {
        var classes = new List<List<Relation>>();
        foreach (var r in candidates)
        {
            var twin = classes.FirstOrDefault(c => c.All(o => generation[o.Source!] == generation[r.Source!] && relations.Any(x =>
                x.Source is null && x.Kind is RelationKind.Identical or RelationKind.NearDuplicate
                && ((x.A == o.Source && x.B == r.Source) || (x.B == o.Source && x.A == r.Source)))));
            if (twin is null)
            {
                classes.Add([r]);
            }
            else
            {
                twin.Add(r);
            }
        }

        return classes;
    }

    /// <summary>
    /// Marks each word of the child that lies in a run of <see cref="LineageOptions.MinCopiedRunWords"/>
    /// words found, in the same order, anywhere in the parent: moved paragraphs count, and a word the
    /// parent reads differently is left unmarked even when the words around it are copied.
    /// </summary>
    private bool[] Explained(TokenizedText child, TokenizedText parent)
    {
        int n = _options.MinCopiedRunWords;
        var inParent = new HashSet<ulong>(Grams(parent.Hashes, n));
        var marks = new bool[child.Count];
        var grams = Grams(child.Hashes, n);
        for (int i = 0; i < grams.Count; i++)
        {
            if (inParent.Contains(grams[i]))
            {
                Array.Fill(marks, true, i, n);
            }
        }

        return marks;
    }

    private static List<ulong> Grams(ReadOnlySpan<ulong> words, int n)
    {
        var grams = new List<ulong>(Math.Max(0, words.Length - n + 1));
        for (int i = 0; i + n <= words.Length; i++)
        {
            ulong h = 0;
            for (int k = 0; k < n; k++)
            {
                // Order-sensitive mix of the word hashes (FNV-style multiply, then rotate).
                h = ((h ^ words[i + k]) * 0x100000001B3UL) + (h >> 29);
            }

            grams.Add(h);
        }

        return grams;
    }

    /// <summary>The length of the longest chain of sources above each document (cycles cut where met).</summary>
    private static Dictionary<string, int> Generations(IReadOnlyList<string> ids, Dictionary<string, List<Relation>> parents)
    {
        var generation = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        int Visit(string id)
        {
            if (generation.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!onPath.Add(id))
            {
                return 0;
            }

            int g = 0;
            foreach (var r in parents[id])
            {
                g = Math.Max(g, Visit(r.Source!) + 1);
            }

            onPath.Remove(id);
            generation[id] = g;
            return g;
        }

        foreach (var id in ids)
        {
            Visit(id);
        }

        return generation;
    }

    private static TokenizedText TokensOf(string id, IReadOnlyDictionary<string, Article> articles, Dictionary<string, TokenizedText> cache)
    {
        if (!cache.TryGetValue(id, out var t))
        {
            cache[id] = t = Tokenizer.Tokenize(articles[id].Text);
        }

        return t;
    }

    private static string Excerpt(TokenizedText words, List<int> indexes)
    {
        int first = indexes[0];
        int last = first;
        while (last + 1 < words.Count && indexes.Contains(last + 1) && last - first + 1 < QuotedWords)
        {
            last++;
        }

        return words.Text[words.Starts[first]..words.Ends[last]];
    }

    private static string Quote(IEnumerable<string> readings) => string.Join(", ", readings.Take(QuotedWords / 4).Select(r => "“" + Shorten(r) + "”"));

    private static string Shorten(string reading)
    {
        var words = reading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= QuotedWords ? reading : string.Join(' ', words.Take(QuotedWords)) + " …";
    }

    private static (string, string) Key(string x, string y) => string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
