using System.Diagnostics;

namespace Stemma.Matching;

/// <summary>
/// Finds every near-duplicate (exact Jaccard ≥ threshold) and contained (one text's shingles mostly inside
/// another's) pair in a JSONL file of articles, streaming: the file is read once to fingerprint and index,
/// and candidate pairs are verified by re-reading only their two lines, so memory holds band keys, sampled
/// shingles and offsets, never the texts. Candidates come from MinHash LSH (banding tuned for recall) and
/// from a hash-sampled shingle index (short-in-long containment); every reported pair is measured exactly.
/// Documents with exactly the same words (exact copies) are paired only with the one that stands for them (the
/// earliest dated, then the smallest id) and stay out of the indexes, so a thousand copies of one wire story
/// cost a thousand pairs, not half a million; their other relations are that document's, and clusters hold
/// every copy.
/// Output does not depend on thread count. Immutable and thread-safe.
/// </summary>
public sealed partial class NearDuplicateFinder
{
    private NearDuplicateFinder(DedupOptions options)
    {
        Options = options;
        Lsh = options.ToLshOptions().ResolveParameters();
    }

    /// <summary>The options in use.</summary>
    public DedupOptions Options { get; }

    /// <summary>The LSH banding in use.</summary>
    public LshParameters Lsh { get; }

    /// <summary>Creates a finder; throws when the options are invalid, saying how to fix them.</summary>
    /// <param name="options">The options, or null for <see cref="DedupOptions.Default"/>.</param>
    /// <returns>The finder.</returns>
    public static NearDuplicateFinder Create(DedupOptions? options = null)
    {
        options ??= DedupOptions.Default;
        options.Validate();
        return new NearDuplicateFinder(options);
    }

    /// <summary>Runs the whole search over a JSONL file (one <c>{"id", "text", "date"?}</c> object per line).</summary>
    /// <param name="path">The input file; it is read twice (fingerprinting, then verification).</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>Pairs, clusters, input errors and statistics.</returns>
    public DedupResult Run(string path, IProgress<DedupProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        long started = Stopwatch.GetTimestamp();
        int threads = Options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : Options.MaxDegreeOfParallelism;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = threads };

        Corpus corpus = ReadAndFingerprint(path, parallel, progress, ct);
        corpus.FoldExactCopies();
        corpus.MeasureIndex();
        double readSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        progress?.Report(new DedupProgress("indexing", corpus.TotalBytes, corpus.TotalBytes, corpus.Count));
        long indexTicks = 0, queryTicks = 0;
        ulong[] lshPairs = LshCandidates(corpus, parallel, ref indexTicks, ref queryTicks);
        ulong[] containmentPairs = ContainmentCandidates(corpus, parallel, ref indexTicks, ref queryTicks);
        ulong[] copyPairs = CopyCandidates(corpus);
        ulong[] candidates = MergeSorted(MergeSorted(lshPairs, containmentPairs), copyPairs);
        double indexBytesPerDocument = corpus.Count == 0 ? 0 : (double)corpus.IndexBytes / corpus.Count;
        corpus.ReleaseIndexes();

        progress?.Report(new DedupProgress("verifying", corpus.TotalBytes, corpus.TotalBytes, corpus.Count));
        long verifyStarted = Stopwatch.GetTimestamp();
        (List<DuplicatePair> pairs, List<(int A, int B)> links, int passes) = Verify(path, corpus, candidates, parallel, ct);
        double verifySeconds = Stopwatch.GetElapsedTime(verifyStarted).TotalSeconds;

        progress?.Report(new DedupProgress("clustering", corpus.TotalBytes, corpus.TotalBytes, corpus.Count));
        List<DuplicateCluster> clusters = Cluster(corpus, links);

        return new DedupResult
        {
            Pairs = pairs,
            Clusters = clusters,
            Errors = corpus.Errors,
            Statistics = new DedupStatistics
            {
                Documents = corpus.Count,
                Threads = threads,
                TotalSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds,
                ReadSeconds = readSeconds,
                ParseCpuSeconds = Seconds(corpus.ParseTicks),
                FingerprintCpuSeconds = Seconds(corpus.FingerprintTicks),
                IndexCpuSeconds = Seconds(indexTicks),
                QueryCpuSeconds = Seconds(queryTicks),
                VerifySeconds = verifySeconds,
                Lsh = Lsh,
                LshCandidates = lshPairs.LongLength,
                ContainmentCandidates = containmentPairs.LongLength,
                ExactCopies = corpus.ExactCopies,
                VerifiedPairs = pairs.Count,
                VerificationPasses = passes,
                IndexBytesPerDocument = indexBytesPerDocument,
            },
        };
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    private static ulong PairKey(int a, int b) => ((ulong)(uint)a << 32) | (uint)b;

    private static ulong[] MergeSorted(ulong[] x, ulong[] y)
    {
        var all = new ulong[x.Length + y.Length];
        x.CopyTo(all, 0);
        y.CopyTo(all, x.Length);
        Array.Sort(all);
        return all;
    }

    private static List<DuplicateCluster> Cluster(Corpus corpus, List<(int A, int B)> links)
    {
        var sets = new UnionFind(corpus.Count);
        foreach ((int a, int b) in links)
        {
            sets.Union(a, b);
        }

        var members = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        foreach ((int a, int b) in links)
        {
            foreach (int doc in (ReadOnlySpan<int>)[a, b])
            {
                int root = sets.Find(doc);
                if (!members.TryGetValue(root, out List<int>? list))
                {
                    list = [];
                    members.Add(root, list);
                    roots.Add(root);
                }

                list.Add(doc);
            }
        }

        var clusters = new List<(int First, DuplicateCluster Cluster)>(roots.Count);
        foreach (int root in roots)
        {
            int[] docs = [.. members[root].Distinct()];
            Array.Sort(docs, (x, y) =>
            {
                int byDate = corpus.Dates[x].CompareTo(corpus.Dates[y]);
                return byDate != 0 ? byDate : string.CompareOrdinal(corpus.Ids[x], corpus.Ids[y]);
            });
            string[] ids = [.. docs.Select(d => corpus.Ids[d])];
            clusters.Add((docs[0], new DuplicateCluster(ids[0], ids)));
        }

        clusters.Sort((x, y) => x.First.CompareTo(y.First));
        return [.. clusters.Select(c => c.Cluster)];
    }
}
