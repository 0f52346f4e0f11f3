using Stemma.Fingerprinting;
using Stemma.Matching.Paraphrase;

namespace Stemma.Matching.Alignment;

/// <summary>
/// Aligns two related articles completely. The matcher's passages give the shared and near-verbatim text
/// (with their word-level variants); short gaps between passages that follow each other in both articles
/// become changed text; the sentences left over are paired by the paraphrase model (a reworded sentence of
/// B with its source in A), and what remains is text only one article has. Immutable and thread-safe.
/// </summary>
public sealed class ArticleAligner
{
    private readonly ParaphraseModel _model;
    private readonly double _threshold;

    private ArticleAligner(ArticleAlignerOptions options, ParaphraseModel model)
    {
        Options = options;
        _model = model;
        _threshold = options.ParaphraseThreshold ?? model.Threshold;
    }

    /// <summary>The options in use.</summary>
    public ArticleAlignerOptions Options { get; }

    /// <summary>Creates an aligner; throws when the options are invalid, saying how to fix them.</summary>
    /// <param name="options">The options, or null for <see cref="ArticleAlignerOptions.Default"/>.</param>
    /// <param name="model">The paraphrase model, or null for <see cref="ParaphraseModel.Default"/>.</param>
    /// <returns>The aligner.</returns>
    public static ArticleAligner Create(ArticleAlignerOptions? options = null, ParaphraseModel? model = null)
    {
        options ??= ArticleAlignerOptions.Default;
        options.Validate();
        return new ArticleAligner(options, model ?? ParaphraseModel.Default);
    }

    /// <summary>Aligns two articles given the matcher's evidence for them.</summary>
    /// <param name="a">The text of the pair's article A (<see cref="PairEvidence.A"/>).</param>
    /// <param name="b">The text of article B.</param>
    /// <param name="overlap">The evidence from <see cref="TextReuseMatcher"/> for these two texts, A and B in this order.</param>
    /// <returns>The alignment.</returns>
    public ArticleAlignment Align(string a, string b, PairEvidence overlap)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(overlap);
        return Align(Tokenizer.Tokenize(a), Tokenizer.Tokenize(b), overlap.Passages);
    }

    /// <summary>Aligns two tokenised articles given the passages they share.</summary>
    /// <param name="a">Article A, tokenised.</param>
    /// <param name="b">Article B, tokenised.</param>
    /// <param name="passages">The passages (spans into A's and B's texts), disjoint on each side.</param>
    /// <returns>The alignment.</returns>
    public ArticleAlignment Align(TokenizedText a, TokenizedText b, IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(passages);

        var ranges = new List<Range2>(passages.Count);
        foreach (Passage p in passages)
        {
            if (p.A.End > a.Text.Length || p.B.End > b.Text.Length || p.A.Start < 0 || p.B.Start < 0)
            {
                throw new ArgumentException($"a passage [{p.A.Start}, {p.A.End}) / [{p.B.Start}, {p.B.End}) lies outside the texts; pass the texts in the order of the evidence (A, then B).", nameof(passages));
            }

            (int a0, int a1) = WordAligner.WordRange(a, p.A);
            (int b0, int b1) = WordAligner.WordRange(b, p.B);
            if (a1 > a0 && b1 > b0)
            {
                ranges.Add(new Range2(a0, a1, b0, b1, p.Verbatim));
            }
        }

        ranges.Sort(static (x, y) => x.A0.CompareTo(y.A0));
        var segments = new List<Placed>();
        var coveredA = new bool[a.Count];
        var coveredB = new bool[b.Count];
        foreach (Range2 r in ranges)
        {
            Add(segments, Segment(r.Verbatim ? SegmentKind.Shared : SegmentKind.Changed, a, r.A0, r.A1, b, r.B0, r.B1, null), r.A0, r.B0);
            coveredA.AsSpan(r.A0, r.A1 - r.A0).Fill(true);
            coveredB.AsSpan(r.B0, r.B1 - r.B0).Fill(true);
        }

        BridgeGaps(a, b, ranges, segments, coveredA, coveredB);
        PairLeftovers(a, b, segments, coveredA, coveredB);
        return new ArticleAlignment(Order(segments));
    }

    /// <summary>A short gap between passages that are neighbours in both articles is text changed in place.</summary>
    private void BridgeGaps(TokenizedText a, TokenizedText b, List<Range2> ranges, List<Placed> segments, bool[] coveredA, bool[] coveredB)
    {
        for (int k = 0; k + 1 < ranges.Count; k++)
        {
            Range2 left = ranges[k], right = ranges[k + 1];
            int gapA = right.A0 - left.A1, gapB = right.B0 - left.B1;
            if (gapA <= 0 || gapB <= 0 || gapA > Options.MaxBridgedGapWords || gapB > Options.MaxBridgedGapWords)
            {
                continue;
            }

            bool neighboursInB = true;
            foreach (Range2 other in ranges)
            {
                neighboursInB &= other.B0 >= right.B0 || other.B1 <= left.B1;
            }

            if (!neighboursInB)
            {
                continue;
            }

            Add(segments, Segment(SegmentKind.Changed, a, left.A1, right.A0, b, left.B1, right.B0, null), left.A1, left.B1);
            coveredA.AsSpan(left.A1, gapA).Fill(true);
            coveredB.AsSpan(left.B1, gapB).Fill(true);
        }
    }

    /// <summary>Leftover words, cut at sentence starts, are paired greedily by paraphrase score; the rest are one-sided.</summary>
    private void PairLeftovers(TokenizedText a, TokenizedText b, List<Placed> segments, bool[] coveredA, bool[] coveredB)
    {
        List<(int First, int End)> piecesA = Pieces(a, coveredA);
        List<(int First, int End)> piecesB = Pieces(b, coveredB);
        var profilesA = new SentenceProfile?[piecesA.Count];
        var profilesB = new SentenceProfile?[piecesB.Count];
        var candidates = new List<(double Score, int X, int Y)>();
        if (piecesA.Count > 0 && piecesB.Count > 0)
        {
            for (int x = 0; x < piecesA.Count; x++)
            {
                profilesA[x] = Profile(a, piecesA[x]);
            }

            for (int y = 0; y < piecesB.Count; y++)
            {
                profilesB[y] = Profile(b, piecesB[y]);
            }

            for (int x = 0; x < piecesA.Count; x++)
            {
                for (int y = 0; y < piecesB.Count; y++)
                {
                    if (SentenceProfile.Overlap(profilesA[x]!.ContentStems, profilesB[y]!.ContentStems) < Options.MinSharedContentWords)
                    {
                        continue;
                    }

                    double score = _model.Score(profilesA[x]!, profilesB[y]!);
                    if (score >= _threshold)
                    {
                        candidates.Add((score, x, y));
                    }
                }
            }
        }

        candidates.Sort(static (p, q) =>
        {
            int c = q.Score.CompareTo(p.Score);
            if (c != 0)
            {
                return c;
            }

            c = p.X.CompareTo(q.X);
            return c != 0 ? c : p.Y.CompareTo(q.Y);
        });

        var pairedA = new bool[piecesA.Count];
        var pairedB = new bool[piecesB.Count];
        foreach ((double score, int x, int y) in candidates)
        {
            if (pairedA[x] || pairedB[y])
            {
                continue;
            }

            pairedA[x] = pairedB[y] = true;
            (int a0, int a1) = piecesA[x];
            (int b0, int b1) = piecesB[y];
            Add(segments, Segment(SegmentKind.Paraphrased, a, a0, a1, b, b0, b1, score), a0, b0);
        }

        for (int x = 0; x < piecesA.Count; x++)
        {
            if (!pairedA[x])
            {
                (int a0, int a1) = piecesA[x];
                segments.Add(new Placed(new AlignedSegment(SegmentKind.OnlyA, Span(a, a0, a1), null, null, []), a0, -1));
            }
        }

        for (int y = 0; y < piecesB.Count; y++)
        {
            if (!pairedB[y])
            {
                (int b0, int b1) = piecesB[y];
                segments.Add(new Placed(new AlignedSegment(SegmentKind.OnlyB, null, Span(b, b0, b1), null, []), -1, b0));
            }
        }
    }

    private static SentenceProfile Profile(TokenizedText t, (int First, int End) piece) =>
        SentenceProfile.Create(t.Text, t.Starts[piece.First], t.Ends[piece.End - 1]);

    /// <summary>Runs of uncovered words, cut where a sentence starts.</summary>
    private static List<(int First, int End)> Pieces(TokenizedText t, bool[] covered)
    {
        var pieces = new List<(int, int)>();
        bool[]? starts = null;
        int i = 0;
        while (i < covered.Length)
        {
            if (covered[i])
            {
                i++;
                continue;
            }

            starts ??= SentenceSplitter.SentenceStarts(t.Text, t.Starts, t.Ends);
            int first = i++;
            while (i < covered.Length && !covered[i] && !starts[i])
            {
                i++;
            }

            pieces.Add((first, i));
        }

        return pieces;
    }

    private static AlignedSegment Segment(SegmentKind kind, TokenizedText a, int a0, int a1, TokenizedText b, int b0, int b1, double? score)
    {
        IReadOnlyList<WordVariant> variants = kind == SegmentKind.Shared ? [] : WordAligner.Align(a, a0, a1, b, b0, b1);
        if (kind == SegmentKind.Changed && variants.Count == 0)
        {
            kind = SegmentKind.Shared; // the words are equal once normalised
        }

        return new AlignedSegment(kind, Span(a, a0, a1), Span(b, b0, b1), score, variants);
    }

    private static void Add(List<Placed> segments, AlignedSegment segment, int a0, int b0) => segments.Add(new Placed(segment, a0, b0));

    private static TextSpan Span(TokenizedText t, int first, int end) => new(t.Starts[first], t.Ends[end - 1]);

    /// <summary>A's order; a segment only B has goes right after the segment that precedes it in B.</summary>
    private static AlignedSegment[] Order(List<Placed> segments)
    {
        var byB = segments.Where(s => s.B0 >= 0).OrderBy(s => s.B0).ToList();
        var keyed = new List<(int KeyA, int Rank, int KeyB, AlignedSegment Segment)>(segments.Count);
        int lastA = -1;
        foreach (Placed s in byB)
        {
            if (s.A0 >= 0)
            {
                lastA = s.A0;
                keyed.Add((s.A0, 0, s.B0, s.Segment));
            }
            else
            {
                keyed.Add((lastA, 1, s.B0, s.Segment));
            }
        }

        foreach (Placed s in segments)
        {
            if (s.B0 < 0)
            {
                keyed.Add((s.A0, 0, -1, s.Segment));
            }
        }

        keyed.Sort(static (x, y) =>
        {
            int c = x.KeyA.CompareTo(y.KeyA);
            if (c != 0)
            {
                return c;
            }

            c = x.Rank.CompareTo(y.Rank);
            return c != 0 ? c : x.KeyB.CompareTo(y.KeyB);
        });
        return [.. keyed.Select(k => k.Segment)];
    }

    private readonly record struct Range2(int A0, int A1, int B0, int B1, bool Verbatim);

    private readonly record struct Placed(AlignedSegment Segment, int A0, int B0);
}
