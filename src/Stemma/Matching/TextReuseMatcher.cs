using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>
/// Finds which texts of a batch reuse each other's text, and measures each pair exactly. Candidates come
/// from MinHash LSH (similar overall) and from a passage-seed index (sharing a run of
/// <see cref="MatchingOptions.MinPassageWords"/> words however small a part of either text it is); every
/// candidate is verified with exact shingle-set measures and seed-and-extend passage alignment.
/// Immutable and thread-safe.
/// </summary>
public sealed class TextReuseMatcher
{
    private readonly LshOptions _lshOptions;

    private TextReuseMatcher(MatchingOptions options)
    {
        Options = options;
        _lshOptions = options.ToLshOptions();
        LshParameters = _lshOptions.ResolveParameters();
    }

    /// <summary>The options in use.</summary>
    public MatchingOptions Options { get; }

    /// <summary>The LSH banding in use.</summary>
    public LshParameters LshParameters { get; }

    /// <summary>Creates a matcher; throws when the options are invalid, saying how to fix them.</summary>
    /// <param name="options">The options, or null for <see cref="MatchingOptions.Default"/>.</param>
    /// <returns>The matcher.</returns>
    public static TextReuseMatcher Create(MatchingOptions? options = null)
    {
        options ??= MatchingOptions.Default;
        options.Validate();
        return new TextReuseMatcher(options);
    }

    /// <summary>Fingerprints one text with this matcher's options.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fingerprint.</returns>
    public DocumentFingerprint Fingerprint(string text) => DocumentFingerprint.Create(text, Options);

    /// <summary>
    /// Every pair of texts sharing a passage of at least <see cref="MatchingOptions.MinPassageWords"/> words or
    /// with exact Jaccard at least <see cref="MatchingOptions.JaccardThreshold"/>, ordered by (A, B) with A &lt; B.
    /// </summary>
    /// <param name="texts">The texts; pair indexes refer to this list.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The verified pairs.</returns>
    public IReadOnlyList<PairEvidence> FindPairs(IReadOnlyList<string> texts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentException($"texts[{i}] is null; pass an empty string for a document without text.", nameof(texts));
            }
        }

        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism };
        var fingerprints = new DocumentFingerprint[texts.Count];
        Parallel.For(0, texts.Count, parallel, i => fingerprints[i] = Fingerprint(texts[i]));

        (int A, int B)[] candidates = Candidates(fingerprints, ct);

        var results = new PairEvidence?[candidates.Length];
        Parallel.For(0, candidates.Length, parallel, k =>
        {
            (int a, int b) = candidates[k];
            PairEvidence evidence = Compare(fingerprints[a], a, fingerprints[b], b);
            if (evidence.Passages.Count > 0 || evidence.Jaccard >= Options.JaccardThreshold)
            {
                results[k] = evidence;
            }
        });

        var pairs = new List<PairEvidence>();
        foreach (PairEvidence? evidence in results)
        {
            if (evidence is not null)
            {
                pairs.Add(evidence);
            }
        }

        return pairs;
    }

    /// <summary>Measures any two texts exactly (A = 0, B = 1), whether or not they would be candidates.</summary>
    /// <param name="a">The first text.</param>
    /// <param name="b">The second text.</param>
    /// <returns>The evidence.</returns>
    public PairEvidence Compare(string a, string b) => Compare(Fingerprint(a), 0, Fingerprint(b), 1);

    /// <summary>Measures two fingerprinted texts exactly; the smaller index becomes A.</summary>
    /// <param name="a">One fingerprint.</param>
    /// <param name="indexA">Its index in the batch.</param>
    /// <param name="b">The other fingerprint.</param>
    /// <param name="indexB">Its index in the batch (different from <paramref name="indexA"/>).</param>
    /// <returns>The evidence.</returns>
    public PairEvidence Compare(DocumentFingerprint a, int indexA, DocumentFingerprint b, int indexB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (indexA == indexB)
        {
            throw new ArgumentException($"a pair needs two different indexes; got {indexA} twice.", nameof(indexB));
        }

        if (indexA > indexB)
        {
            (a, b) = (b, a);
            (indexA, indexB) = (indexB, indexA);
        }

        int shared = Shingler.IntersectionCount(a.Shingles, b.Shingles);
        int union = a.Shingles.Length + b.Shingles.Length - shared;
        return new PairEvidence
        {
            A = indexA,
            B = indexB,
            Jaccard = union == 0 ? 0.0 : (double)shared / union,
            ContainmentAInB = a.Shingles.Length == 0 ? 0.0 : (double)shared / a.Shingles.Length,
            ContainmentBInA = b.Shingles.Length == 0 ? 0.0 : (double)shared / b.Shingles.Length,
            Passages = PassageAligner.Align(a.Tokens, b.Tokens, Options.MinPassageWords),
        };
    }

    private (int A, int B)[] Candidates(DocumentFingerprint[] fingerprints, CancellationToken ct)
    {
        var pairs = new HashSet<(int, int)>();
        var lsh = new LshIndex<int>(_lshOptions);
        var seeds = new PassageSeedIndex(Options.MaxSeedDocumentFrequency);
        for (int i = 0; i < fingerprints.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            DocumentFingerprint fingerprint = fingerprints[i];
            if (fingerprint.Signature.IsEmpty)
            {
                continue;
            }

            foreach (int earlier in lsh.Query(fingerprint.Signature))
            {
                pairs.Add((earlier, i));
            }

            lsh.Insert(i, fingerprint.Signature);
            seeds.Add(i, fingerprint.Seeds);
        }

        foreach ((int a, int b) in seeds.CandidatePairs())
        {
            pairs.Add((a, b));
        }

        (int A, int B)[] sorted = [.. pairs];
        Array.Sort(sorted);
        return sorted;
    }
}
