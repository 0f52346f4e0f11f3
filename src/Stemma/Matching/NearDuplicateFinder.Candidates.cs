using System.Collections.Concurrent;
using System.Diagnostics;

namespace Stemma.Matching;

/// <content>Candidate search over the bulk indexes built in pass one. Each LSH band is sorted by key, and
/// every pair sharing a key becomes a candidate in the first band where it collides only, so no pair is
/// emitted twice; the sampled-shingle index adds the pairs that collide in no band (short-in-long).</content>
public sealed partial class NearDuplicateFinder
{
    // When the smaller text has at least 16 sampled shingles, a containment of 0.8 puts about 13 of them in
    // the other text, and sharing at most one happens with probability about 1e-4 (binomial, p = 0.8); a
    // single shared sample is then almost always a common phrase. On a 1,000,000-article `stemma synth`
    // corpus this removed most of the containment candidates, which were single shared 5-grams.
    private const int MinSamplesForTwoShared = 16;

    /// <summary>Each exact copy paired with the document that stands for it (see <c>Corpus.FoldExactCopies</c>), sorted.</summary>
    private static ulong[] CopyCandidates(Corpus corpus)
    {
        var pairs = new ulong[corpus.ExactCopies];
        int n = 0;
        for (int doc = 0; doc < corpus.Count; doc++)
        {
            int keeper = corpus.CopyOf[doc];
            if (keeper != doc)
            {
                pairs[n++] = PairKey(Math.Min(keeper, doc), Math.Max(keeper, doc));
            }
        }

        Array.Sort(pairs);
        return pairs;
    }

    private ulong[] LshCandidates(Corpus corpus, ParallelOptions parallel, ref long indexTicks, ref long queryTicks)
    {
        int bands = corpus.Bands;
        uint[] keys = corpus.BandKeys;
        int[] indexed = [.. Enumerable.Range(0, corpus.Count).Where(d => corpus.ShingleCounts[d] > 0 && corpus.CopyOf[d] == d)];
        var found = new ConcurrentBag<List<ulong>>();
        long index = 0, query = 0;
        Parallel.For(0, bands, parallel, band =>
        {
            long t0 = Stopwatch.GetTimestamp();
            var entries = new ulong[indexed.Length];
            for (int i = 0; i < indexed.Length; i++)
            {
                int doc = indexed[i];
                entries[i] = ((ulong)keys[(long)doc * bands + band] << 32) | (uint)doc;
            }

            Array.Sort(entries);
            long t1 = Stopwatch.GetTimestamp();
            var pairs = new List<ulong>();
            int start = 0;
            while (start < entries.Length)
            {
                uint key = (uint)(entries[start] >> 32);
                int end = start + 1;
                while (end < entries.Length && (uint)(entries[end] >> 32) == key)
                {
                    end++;
                }

                for (int i = start; i < end; i++)
                {
                    int a = (int)(uint)entries[i];
                    for (int j = i + 1; j < end; j++)
                    {
                        int b = (int)(uint)entries[j];
                        if (!CollidesBefore(keys, bands, a, b, band))
                        {
                            pairs.Add(PairKey(a, b));
                        }
                    }
                }

                start = end;
            }

            found.Add(pairs);
            Interlocked.Add(ref index, t1 - t0);
            Interlocked.Add(ref query, Stopwatch.GetTimestamp() - t1);
        });

        long t2 = Stopwatch.GetTimestamp();
        ulong[] all = [.. found.SelectMany(p => p)];
        Array.Sort(all);
        indexTicks += index;
        queryTicks += query + (Stopwatch.GetTimestamp() - t2);
        return all;
    }

    private ulong[] ContainmentCandidates(Corpus corpus, ParallelOptions parallel, ref long indexTicks, ref long queryTicks)
    {
        int bands = corpus.Bands;
        uint[] keys = corpus.BandKeys;
        int cap = Options.MaxSampleDocumentFrequency;
        var found = new ConcurrentBag<List<ulong>>();
        long index = 0, query = 0;
        Parallel.For(0, corpus.SamplePartitions.Length, parallel, p =>
        {
            long t0 = Stopwatch.GetTimestamp();
            ulong[] entries;
            lock (corpus.SamplePartitions[p])
            {
                entries = corpus.SamplePartitions[p].Drain();
            }

            Array.Sort(entries);
            long t1 = Stopwatch.GetTimestamp();
            var pairs = new List<ulong>();
            var docs = new List<int>();
            int start = 0;
            while (start < entries.Length)
            {
                uint key = (uint)(entries[start] >> 32);
                int end = start;
                docs.Clear();
                while (end < entries.Length && (uint)(entries[end] >> 32) == key)
                {
                    int doc = (int)(uint)entries[end];
                    if (corpus.CopyOf[doc] == doc && (docs.Count == 0 || doc != docs[^1]))
                    {
                        docs.Add(doc);
                    }

                    end++;
                }

                if (docs.Count >= 2 && docs.Count <= cap)
                {
                    for (int i = 0; i < docs.Count; i++)
                    {
                        for (int j = i + 1; j < docs.Count; j++)
                        {
                            if (!CollidesBefore(keys, bands, docs[i], docs[j], bands))
                            {
                                pairs.Add(PairKey(docs[i], docs[j]));
                            }
                        }
                    }
                }

                start = end;
            }

            found.Add(pairs);
            Interlocked.Add(ref index, t1 - t0);
            Interlocked.Add(ref query, Stopwatch.GetTimestamp() - t1);
        });

        long t2 = Stopwatch.GetTimestamp();
        ulong[] all = [.. found.SelectMany(p => p)];
        Array.Sort(all);
        int n = 0;
        for (int i = 0; i < all.Length;)
        {
            int j = i + 1;
            while (j < all.Length && all[j] == all[i])
            {
                j++;
            }

            // Each emission is one shared sampled shingle; a pair sharing only one while both texts have many
            // samples is a common phrase, not containment (see MinSamplesForTwoShared).
            int a = (int)(all[i] >> 32), b = (int)(uint)all[i];
            int required = Math.Min(corpus.SampleCounts[a], corpus.SampleCounts[b]) >= MinSamplesForTwoShared ? 2 : 1;
            if (j - i >= required)
            {
                all[n++] = all[i];
            }

            i = j;
        }

        indexTicks += index;
        queryTicks += query + (Stopwatch.GetTimestamp() - t2);
        return n == all.Length ? all : all[..n];
    }

    /// <summary>True when documents a and b share a key in a band before <paramref name="band"/>.</summary>
    private static bool CollidesBefore(uint[] keys, int bands, int a, int b, int band)
    {
        long ra = (long)a * bands, rb = (long)b * bands;
        for (int t = 0; t < band; t++)
        {
            if (keys[ra + t] == keys[rb + t])
            {
                return true;
            }
        }

        return false;
    }
}
