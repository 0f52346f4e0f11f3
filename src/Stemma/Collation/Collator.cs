using System.Text;
using Stemma.Cleaning;
using Stemma.Fingerprinting;
using Stemma.Matching;
using Stemma.Stories;

namespace Stemma.Collation;

/// <summary>
/// Collates the witnesses of one edition: aligns them word by word into one table (independently of
/// the order they are given in), finds the places of variation, and reconstructs the canonical text by
/// taking at each place the reading best supported by the witnesses, weighted by their damage.
/// Built once from options; holds no per-run state.
/// </summary>
public sealed class Collator
{
    private readonly CollationOptions _options;

    private Collator(CollationOptions options)
    {
        if (!(options.OmissionWeight > 0 && options.OmissionWeight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.OmissionWeight, "OmissionWeight must be in (0, 1]; use 1 to count an omission like any other reading.");
        }

        if (!(options.CopyWeight > 0 && options.CopyWeight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CopyWeight, "CopyWeight must be in (0, 1]; use 1 to count a copy like an independent witness.");
        }

        _options = options;
    }

    /// <summary>Builds a collator.</summary>
    public static Collator Create(CollationOptions? options = null) => new(options ?? CollationOptions.Default);

    /// <summary>
    /// The collations of one story: one per edition, an edition being a connected group of articles
    /// linked by identical, near-duplicate or edition relations (groups of one are not collated).
    /// </summary>
    /// <param name="story">The story.</param>
    /// <param name="relations">The relations (only those inside the story are used).</param>
    /// <param name="articles">The articles by id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public IReadOnlyList<Collation> CollateStory(
        Story story,
        IEnumerable<Relation> relations,
        IReadOnlyDictionary<string, Article> articles,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(story);
        var index = story.Documents.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var groups = new Stories.UnionFind(story.Documents.Count);
        var relationList = relations.ToList();
        foreach (var r in relationList)
        {
            if (r.Kind is RelationKind.Identical or RelationKind.NearDuplicate or RelationKind.Edition
                && index.TryGetValue(r.A, out var a) && index.TryGetValue(r.B, out var b))
            {
                groups.Union(a, b);
            }
        }

        var collations = new List<Collation>();
        foreach (var members in groups.Components().Where(c => c.Count > 1).OrderBy(c => c[0]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = members.Select(i => story.Documents[i]).ToHashSet(StringComparer.Ordinal);
            var copies = relationList
                .Where(r => r.Source is { } s && ids.Contains(r.A) && ids.Contains(r.B) && r.Kind.IsDerived())
                .Select(r => r.Source == r.A ? r.B : r.A)
                .ToHashSet(StringComparer.Ordinal);
            var witnesses = members.Select(i => CollationWitness.FromArticle(articles[story.Documents[i]]))
                .Select(w => copies.Contains(w.Id) ? w with { Weight = w.Weight * _options.CopyWeight } : w)
                .ToList();
            collations.Add(Collate($"{story.Id}/edition-{collations.Count + 1}", story.Id, witnesses));
        }

        return collations;
    }

    /// <summary>Collates <paramref name="witnesses"/>; the result is the same whatever their order.</summary>
    /// <param name="id">The collation's id.</param>
    /// <param name="story">The story id.</param>
    /// <param name="witnesses">At least one witness, ids distinct.</param>
    public Collation Collate(string id, string story, IReadOnlyList<CollationWitness> witnesses)
    {
        ArgumentNullException.ThrowIfNull(witnesses);
        if (witnesses.Count == 0)
        {
            throw new ArgumentException("Give at least one witness to collate.", nameof(witnesses));
        }

        if (witnesses.Select(w => w.Id).Distinct(StringComparer.Ordinal).Count() != witnesses.Count)
        {
            throw new ArgumentException("Witness ids must be distinct; collate each document once.", nameof(witnesses));
        }

        // Ordinal id order makes every list in the result independent of the order given.
        var ordered = witnesses.OrderBy(w => w.Id, StringComparer.Ordinal).ToList();
        var tokens = ordered.Select(w => Tokenizer.Tokenize(w.Text)).ToList();
        var hashes = tokens.Select(t => t.Hashes.ToArray()).ToList();
        var weights = ordered.Select(w => w.Weight).ToList();
        var ids = ordered.Select(w => w.Id).ToList();
        var columns = MultipleAligner.Align(hashes, weights, ids);
        int pivot = MultipleAligner.ChoosePivot(
            Enumerable.Range(0, ordered.Count).Select(w => new MultipleAligner.Run(w, 0, hashes[w].Length)).ToList(), weights, ids);

        var builder = new CanonicalBuilder(ordered, tokens);
        var variants = new List<CollationVariant>();
        var segments = new List<CollationSegment>();
        foreach (var (start, end, varies) in Segment(columns, hashes))
        {
            var cells = CellSpans(columns, start, end, tokens);
            segments.Add(new CollationSegment(varies, cells));
            if (!varies)
            {
                builder.Emit(pivot, cells[pivot]!.Value);
                continue;
            }

            var readings = Readings(columns, start, end, ordered, hashes, cells);
            var chosen = readings[0];
            var at = chosen.Source is { } source ? builder.Emit(source, cells[source]!.Value) : builder.Empty();
            variants.Add(new CollationVariant(at, chosen.Reading.Text, readings.Select(r => r.Reading).ToList()));
        }

        return new Collation
        {
            Id = id,
            Story = story,
            Witnesses = ordered,
            Pivot = ids[pivot],
            Canonical = builder.Finish(),
            Variants = variants,
            Segments = segments,
        };
    }

    /// <summary>
    /// Splits the columns into runs where every witness has the same word and places of variation.
    /// Neighbouring varying columns form one place when they split the witnesses present in either the
    /// same way ("MP" against "Meridian Press"), so a cut that spans a substitution stays apart from it.
    /// </summary>
    internal static List<(int Start, int End, bool Varies)> Segment(List<int[]> columns, IReadOnlyList<ulong[]> hashes)
    {
        var result = new List<(int, int, bool)>();
        int c = 0;
        while (c < columns.Count)
        {
            bool varies = !Agrees(columns[c], hashes);
            int start = c;
            c++;
            while (c < columns.Count)
            {
                bool nextVaries = !Agrees(columns[c], hashes);
                if (nextVaries != varies || (varies && !SamePartition(columns[c - 1], columns[c], hashes)))
                {
                    break;
                }

                c++;
            }

            result.Add((start, c, varies));
        }

        return result;
    }

    private static bool Agrees(int[] column, IReadOnlyList<ulong[]> hashes)
    {
        if (column[0] < 0)
        {
            return false;
        }

        ulong first = hashes[0][column[0]];
        for (int w = 1; w < column.Length; w++)
        {
            if (column[w] < 0 || hashes[w][column[w]] != first)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SamePartition(int[] x, int[] y, IReadOnlyList<ulong[]> hashes)
    {
        for (int w = 0; w < x.Length; w++)
        {
            if (x[w] < 0 && y[w] < 0)
            {
                continue;
            }

            for (int v = 0; v < w; v++)
            {
                if (x[v] < 0 && y[v] < 0)
                {
                    continue;
                }

                if (Same(x, v, w, hashes) != Same(y, v, w, hashes))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Same(int[] column, int v, int w, IReadOnlyList<ulong[]> hashes) =>
        column[v] < 0 || column[w] < 0 ? column[v] < 0 && column[w] < 0 : hashes[v][column[v]] == hashes[w][column[w]];

    private static TextSpan?[] CellSpans(List<int[]> columns, int start, int end, IReadOnlyList<TokenizedText> tokens)
    {
        var cells = new TextSpan?[tokens.Count];
        for (int w = 0; w < tokens.Count; w++)
        {
            int first = -1;
            int last = -1;
            for (int c = start; c < end; c++)
            {
                int t = columns[c][w];
                if (t >= 0)
                {
                    first = first < 0 ? t : first;
                    last = t;
                }
            }

            if (first >= 0)
            {
                cells[w] = new TextSpan(tokens[w].Starts[first], tokens[w].Ends[last]);
            }
        }

        return cells;
    }

    private List<(CollationReading Reading, int? Source)> Readings(
        List<int[]> columns, int start, int end, IReadOnlyList<CollationWitness> witnesses, IReadOnlyList<ulong[]> hashes, TextSpan?[] cells)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int w = 0; w < witnesses.Count; w++)
        {
            var key = new StringBuilder();
            for (int c = start; c < end; c++)
            {
                if (columns[c][w] >= 0)
                {
                    key.Append(hashes[w][columns[c][w]].ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            var k = key.ToString();
            if (!groups.TryGetValue(k, out var members))
            {
                groups[k] = members = [];
                order.Add(k);
            }

            members.Add(w);
        }

        var readings = new List<(CollationReading Reading, int? Source, double Support, bool Empty)>();
        foreach (var k in order)
        {
            var members = groups[k];
            bool empty = k.Length == 0;
            double support = members.Sum(w => witnesses[w].Weight) * (empty ? _options.OmissionWeight : 1.0);

            // The reading is written as its most trusted witness writes it.
            int? source = empty ? null : members.OrderByDescending(w => witnesses[w].Weight).ThenBy(w => w).First();
            string text = source is { } s ? witnesses[s].Text[cells[s]!.Value.Start..cells[s]!.Value.End] : "";
            readings.Add((new CollationReading(text, members.Select(w => witnesses[w].Id).ToList()), source, support, empty));
        }

        return readings
            .OrderByDescending(r => r.Support)
            .ThenBy(r => r.Empty)
            .ThenByDescending(r => r.Reading.Documents.Count)
            .ThenBy(r => r.Reading.Text, StringComparer.Ordinal)
            .Select(r => (r.Reading, r.Source))
            .ToList();
    }

    /// <summary>Writes the canonical text from pieces of different witnesses, carrying each piece's punctuation.</summary>
    private sealed class CanonicalBuilder(IReadOnlyList<CollationWitness> witnesses, IReadOnlyList<TokenizedText> tokens)
    {
        private readonly StringBuilder _text = new();
        private string? _pending;

        public TextSpan Emit(int witness, TextSpan span)
        {
            var text = witnesses[witness].Text;
            if (_pending is null)
            {
                _text.Append(text.AsSpan(0, span.Start));
            }
            else
            {
                _text.Append(_pending);
            }

            int start = _text.Length;
            _text.Append(text.AsSpan(span.Start, span.Length));
            var ends = tokens[witness].Ends;
            var starts = tokens[witness].Starts;
            int last = ends.IndexOf(span.End);
            int next = last + 1 < starts.Length ? starts[last + 1] : text.Length;
            _pending = text[span.End..next];
            return new TextSpan(start, _text.Length);
        }

        public TextSpan Empty() => new(_text.Length, _text.Length);

        public string Finish()
        {
            if (_pending is not null)
            {
                _text.Append(_pending);
            }

            return _text.ToString().TrimEnd();
        }
    }
}
