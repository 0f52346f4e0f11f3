using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <content>Pass two: every candidate is measured exactly. The input is re-read by offset for just the
/// candidates' lines; shingle sets of the earlier side are held for a block of candidates that fits the
/// memory budget, and the later side is computed once per block and dropped.</content>
public sealed partial class NearDuplicateFinder
{
    // A sorted ulong[] costs its elements plus the array header and the reference to it.
    private const int SetOverheadBytes = 40;

    private (List<DuplicatePair> Pairs, List<(int A, int B)> Links, int Passes) Verify(
        string path, Corpus corpus, ulong[] candidates, ParallelOptions parallel, CancellationToken ct)
    {
        var measures = new Measure[candidates.Length];
        int passes = 0;
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var readers = new ConcurrentBag<SetReader>();
        int start = 0;
        while (start < candidates.Length)
        {
            ct.ThrowIfCancellationRequested();
            long used = 0;
            int end = start;
            var firsts = new List<int>();
            while (end < candidates.Length)
            {
                int a = (int)(candidates[end] >> 32);
                long cost = corpus.ShingleCounts[a] * (long)sizeof(ulong) + SetOverheadBytes;
                if (used + cost > Options.VerificationMemoryBytes && end > start)
                {
                    break;
                }

                used += cost;
                firsts.Add(a);
                while (end < candidates.Length && (int)(candidates[end] >> 32) == a)
                {
                    end++;
                }
            }

            passes++;
            int[] aDocs = [.. firsts];
            var aSets = new ulong[aDocs.Length][];
            Parallel.For(0, aDocs.Length, parallel, () => Take(readers), (i, _, reader) =>
            {
                aSets[i] = reader.Set(handle, corpus, aDocs[i]);
                return reader;
            }, readers.Add);

            ulong[] byLater = new ulong[end - start];
            for (int k = start; k < end; k++)
            {
                ulong pair = candidates[k];
                byLater[k - start] = (pair << 32) | (pair >> 32);
            }

            Array.Sort(byLater);
            var groups = new List<(int From, int To)>();
            for (int g = 0; g < byLater.Length;)
            {
                int h = g + 1;
                while (h < byLater.Length && byLater[h] >> 32 == byLater[g] >> 32)
                {
                    h++;
                }

                groups.Add((g, h));
                g = h;
            }

            int blockStart = start, blockLength = end - start;
            Parallel.ForEach(groups, parallel, () => Take(readers), (group, _, reader) =>
            {
                int b = (int)(byLater[group.From] >> 32);
                int own = Array.BinarySearch(aDocs, b);
                ulong[] bSet = own >= 0 ? aSets[own] : reader.Set(handle, corpus, b);
                for (int g = group.From; g < group.To; g++)
                {
                    int a = (int)(uint)byLater[g];
                    ulong[] aSet = aSets[Array.BinarySearch(aDocs, a)];
                    int position = Array.BinarySearch(candidates, blockStart, blockLength, PairKey(a, b));
                    measures[position] = Measure.Of(aSet, bSet);
                }

                return reader;
            }, readers.Add);

            start = end;
        }

        var pairs = new List<DuplicatePair>();
        var links = new List<(int, int)>();
        for (int k = 0; k < candidates.Length; k++)
        {
            Measure m = measures[k];
            if (m.Jaccard >= Options.Threshold || Math.Max(m.ContainmentAInB, m.ContainmentBInA) >= Options.Containment)
            {
                int a = (int)(candidates[k] >> 32), b = (int)(uint)candidates[k];
                pairs.Add(new DuplicatePair(corpus.Ids[a], corpus.Ids[b], m.Jaccard, m.ContainmentAInB, m.ContainmentBInA));
                links.Add((a, b));
            }
        }

        return (pairs, links, passes);
    }

    private SetReader Take(ConcurrentBag<SetReader> readers) => readers.TryTake(out SetReader? r) ? r : new SetReader(this);

    private readonly record struct Measure(double Jaccard, double ContainmentAInB, double ContainmentBInA)
    {
        public static Measure Of(ulong[] a, ulong[] b)
        {
            int shared = Shingler.IntersectionCount(a, b);
            int union = a.Length + b.Length - shared;
            return new Measure(
                union == 0 ? 0.0 : (double)shared / union,
                a.Length == 0 ? 0.0 : (double)shared / a.Length,
                b.Length == 0 ? 0.0 : (double)shared / b.Length);
        }
    }

    /// <summary>Re-reads one document's line by offset and computes its exact shingle set.</summary>
    private sealed class SetReader(NearDuplicateFinder finder)
    {
        private readonly DedupFingerprinter _fingerprinter = new(finder.Options, finder.Lsh);
        private byte[] _bytes = new byte[64 * 1024];
        private char[] _text = new char[16 * 1024];

        public ulong[] Set(SafeFileHandle handle, Corpus corpus, int doc)
        {
            int length = corpus.Lengths[doc];
            if (_bytes.Length < length)
            {
                _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
            }

            Span<byte> line = _bytes.AsSpan(0, length);
            int read = 0;
            while (read < length)
            {
                int n = RandomAccess.Read(handle, line[read..], corpus.Offsets[doc] + read);
                if (n == 0)
                {
                    throw new IOException($"the input shrank while it was being read: line of document \"{corpus.Ids[doc]}\" is cut short.");
                }

                read += n;
            }

            if (line.Length > 0 && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            JsonlArticleParser.Parsed parsed = JsonlArticleParser.Parse(line, ref _text, wantId: false);
            if (parsed.Error is not null)
            {
                throw new IOException($"the input changed while it was being read: document \"{corpus.Ids[doc]}\" no longer parses ({parsed.Error}).");
            }

            return _fingerprinter.ShingleSet(_text.AsSpan(0, parsed.TextLength));
        }
    }
}
