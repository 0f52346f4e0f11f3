using System.Collections.Concurrent;
using System.Diagnostics;

namespace Stemma.Matching;

/// <content>Pass one: read the JSONL file in chunks, parse and fingerprint each chunk's lines in parallel,
/// and append the results to the corpus in line order (so ids, errors and indexes never depend on threads).</content>
public sealed partial class NearDuplicateFinder
{
    // 8 MiB chunks hold about two thousand 600-word articles: enough work per parallel batch to keep every
    // core busy, small enough that the read buffer is negligible beside the indexes.
    private const int ChunkBytes = 8 << 20;

    private Corpus ReadAndFingerprint(string path, ParallelOptions parallel, IProgress<DedupProgress>? progress, CancellationToken ct)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var corpus = new Corpus(Lsh.Bands, stream.Length);
        var workers = new ConcurrentBag<Worker>();
        byte[] buffer = new byte[ChunkBytes];
        int filled = 0;
        long bufferOffset = 0;
        long lineNumber = 0;
        var lines = new List<LineRef>();
        var outcomes = Array.Empty<Outcome>();
        var bandBatch = Array.Empty<uint>();
        bool eof = false;
        while (!eof)
        {
            ct.ThrowIfCancellationRequested();
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            eof = read == 0;
            filled += read;

            lines.Clear();
            int pos = 0;
            while (pos < filled)
            {
                int nl = buffer.AsSpan(pos, filled - pos).IndexOf((byte)'\n');
                if (nl < 0)
                {
                    break;
                }

                lines.Add(new LineRef(pos, nl, ++lineNumber));
                pos += nl + 1;
            }

            if (eof && pos < filled)
            {
                lines.Add(new LineRef(pos, filled - pos, ++lineNumber));
                pos = filled;
            }

            if (outcomes.Length < lines.Count)
            {
                outcomes = new Outcome[lines.Count * 2];
                bandBatch = new uint[lines.Count * 2 * Lsh.Bands];
            }

            FingerprintBatch(buffer, lines, outcomes, bandBatch, workers, parallel);
            for (int i = 0; i < lines.Count; i++)
            {
                corpus.Append(lines[i], bufferOffset, ref outcomes[i], bandBatch.AsSpan(i * Lsh.Bands, Lsh.Bands));
            }

            int rest = filled - pos;
            Buffer.BlockCopy(buffer, pos, buffer, 0, rest);
            bufferOffset += pos;
            filled = rest;
            if (filled == buffer.Length)
            {
                // One line is longer than the buffer: make room for it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            progress?.Report(new DedupProgress("reading", bufferOffset, corpus.TotalBytes, corpus.Count));
        }

        foreach (Worker worker in workers)
        {
            corpus.ParseTicks += worker.ParseTicks;
            corpus.FingerprintTicks += worker.FingerprintTicks;
        }

        return corpus;
    }

    private void FingerprintBatch(byte[] buffer, List<LineRef> lines, Outcome[] outcomes, uint[] bandBatch, ConcurrentBag<Worker> workers, ParallelOptions parallel)
    {
        int bands = Lsh.Bands;
        Parallel.For(
            0,
            lines.Count,
            parallel,
            () => workers.TryTake(out Worker? w) ? w : new Worker(this),
            (i, _, worker) =>
            {
                LineRef line = lines[i];
                ReadOnlySpan<byte> bytes = buffer.AsSpan(line.Start, line.Length);
                if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
                {
                    bytes = bytes[..^1];
                }

                ref Outcome outcome = ref outcomes[i];
                outcome = default;
                if (bytes.Trim(" \t"u8).IsEmpty)
                {
                    outcome.Blank = true;
                    return worker;
                }

                long t0 = Stopwatch.GetTimestamp();
                JsonlArticleParser.Parsed parsed = JsonlArticleParser.Parse(bytes, ref worker.Text);
                long t1 = Stopwatch.GetTimestamp();
                worker.ParseTicks += t1 - t0;
                outcome.Id = parsed.Id;
                outcome.Error = parsed.Error;
                outcome.Warning = parsed.Warning;
                outcome.Date = parsed.DateTicks;
                if (parsed.Error is not null)
                {
                    return worker;
                }

                outcome.Shingles = worker.Fingerprinter.Fingerprint(worker.Text.AsSpan(0, parsed.TextLength), bandBatch.AsSpan(i * bands, bands), worker.Samples, out outcome.WordsHash);
                outcome.Samples = worker.Samples.Count == 0 ? [] : [.. worker.Samples];
                worker.FingerprintTicks += Stopwatch.GetTimestamp() - t1;
                return worker;
            },
            workers.Add);
    }

    private readonly record struct LineRef(int Start, int Length, long Number);

    private struct Outcome
    {
        public bool Blank;
        public string? Id;
        public string? Error;
        public string? Warning;
        public long Date;
        public int Shingles;
        public ulong WordsHash;
        public uint[]? Samples;
    }

    private sealed class Worker(NearDuplicateFinder finder)
    {
        public readonly DedupFingerprinter Fingerprinter = new(finder.Options, finder.Lsh);
        public readonly List<uint> Samples = [];
        public char[] Text = new char[16 * 1024];
        public long ParseTicks;
        public long FingerprintTicks;
    }

    /// <summary>What pass one keeps per document: ids, offsets, sizes, dates, band keys and sampled shingles.</summary>
    private sealed class Corpus(int bands, long totalBytes)
    {
        // 256 partitions by the sample key's top byte: each sorts independently on its own core.
        public const int SamplePartitionBits = 8;

        private readonly Dictionary<string, long> _lineById = new(StringComparer.Ordinal);
        private long _idBytes;

        public int Bands { get; } = bands;

        public long TotalBytes { get; } = totalBytes;

        public int Count => Ids.Count;

        public List<string> Ids { get; } = [];

        public List<long> Offsets { get; } = [];

        public List<int> Lengths { get; } = [];

        public List<long> Dates { get; } = [];

        public List<int> ShingleCounts { get; } = [];

        public List<int> SampleCounts { get; } = [];

        public List<ulong> WordsHashes { get; } = [];

        /// <summary>
        /// Per document, the document that stands for its exact copies (itself when it has none): the earliest
        /// dated, then the smallest id, as a cluster's representative is chosen, so it does not depend on input
        /// order. Filled by <see cref="FoldExactCopies"/>. A copy is left out of both indexes and paired with it only.
        /// </summary>
        public int[] CopyOf { get; private set; } = [];

        public int ExactCopies { get; private set; }

        public uint[] BandKeys { get; private set; } = new uint[1 << 16];

        public ChunkedBuffer<ulong>[] SamplePartitions { get; } =
            [.. Enumerable.Range(0, 1 << SamplePartitionBits).Select(_ => new ChunkedBuffer<ulong>())];

        public List<DedupInputError> Errors { get; } = [];

        public long ParseTicks { get; set; }

        public long FingerprintTicks { get; set; }

        public long IndexBytes { get; private set; }

        public void Append(LineRef line, long bufferOffset, ref Outcome outcome, ReadOnlySpan<uint> bandKeys)
        {
            if (outcome.Blank)
            {
                return;
            }

            if (outcome.Error is not null)
            {
                Errors.Add(new DedupInputError(line.Number, outcome.Error));
                return;
            }

            string id = outcome.Id!;
            if (!_lineById.TryAdd(id, line.Number))
            {
                Errors.Add(new DedupInputError(line.Number, $"duplicate id \"{id}\" (first on line {_lineById[id]}); this line is skipped"));
                return;
            }

            if (outcome.Warning is not null)
            {
                Errors.Add(new DedupInputError(line.Number, outcome.Warning));
            }

            int doc = Count;
            Ids.Add(id);
            _idBytes += 24 + 2L * id.Length;
            Offsets.Add(bufferOffset + line.Start);
            Lengths.Add(line.Length);
            Dates.Add(outcome.Date);
            ShingleCounts.Add(outcome.Shingles);
            SampleCounts.Add(outcome.Shingles > 0 ? outcome.Samples!.Length : 0);
            WordsHashes.Add(outcome.WordsHash);
            if ((long)(doc + 1) * Bands > BandKeys.Length)
            {
                uint[] bigger = new uint[Math.Max((long)(doc + 1) * Bands, BandKeys.LongLength * 3 / 2)];
                BandKeys.CopyTo(bigger, 0);
                BandKeys = bigger;
            }

            bandKeys.CopyTo(BandKeys.AsSpan(doc * Bands, Bands));
            if (outcome.Shingles > 0)
            {
                foreach (uint sample in outcome.Samples!)
                {
                    SamplePartitions[sample >> (32 - SamplePartitionBits)].Add(((ulong)sample << 32) | (uint)doc);
                }
            }

            outcome.Samples = null;
        }

        /// <summary>
        /// Finds the documents whose words are exactly another's (same 64-bit hash of the word sequence and the
        /// same shingle count) and points each group to the one that stands for it. Syndicated wire copy can put
        /// thousands of identical articles in one feed; left in the indexes they would make every pair of them a
        /// candidate, quadratic in the copies, where pairing each with the one that stands for them is linear and
        /// loses nothing a cluster needs.
        /// </summary>
        public void FoldExactCopies()
        {
            var copyOf = new int[Count];
            var order = new int[Count];
            var grouped = new bool[Count];
            for (int d = 0; d < Count; d++)
            {
                copyOf[d] = d;
                order[d] = d;
            }

            // The order within one hash does not matter: the keeper is chosen by date and id, not by position.
            ulong[] hashes = [.. WordsHashes];
            Array.Sort(hashes, order);
            int copies = 0;
            for (int start = 0; start < order.Length;)
            {
                int end = start + 1;
                while (end < order.Length && hashes[end] == hashes[start])
                {
                    end++;
                }

                // Within one hash, texts with other shingle counts are different texts (a collision): each
                // shingle count is its own group.
                for (int i = start; i < end; i++)
                {
                    int doc = order[i];
                    if (grouped[doc] || ShingleCounts[doc] == 0)
                    {
                        continue;
                    }

                    int keeper = doc;
                    for (int j = i + 1; j < end; j++)
                    {
                        int other = order[j];
                        if (ShingleCounts[other] == ShingleCounts[doc] && StandsBefore(other, keeper))
                        {
                            keeper = other;
                        }
                    }

                    for (int j = i; j < end; j++)
                    {
                        int other = order[j];
                        if (ShingleCounts[other] == ShingleCounts[doc])
                        {
                            grouped[other] = true;
                            copyOf[other] = keeper;
                            copies += other == keeper ? 0 : 1;
                        }
                    }
                }

                start = end;
            }

            CopyOf = copyOf;
            ExactCopies = copies;
        }

        /// <summary>The cluster representative's order: earlier date first (undated last), then the smaller id.</summary>
        public bool StandsBefore(int x, int y)
        {
            int byDate = Dates[x].CompareTo(Dates[y]);
            return byDate != 0 ? byDate < 0 : string.CompareOrdinal(Ids[x], Ids[y]) < 0;
        }

        /// <summary>Bytes per document of everything pass one keeps: band keys, samples, offsets, sizes, dates and ids.</summary>
        public void MeasureIndex()
        {
            long samples = 0;
            foreach (ChunkedBuffer<ulong> partition in SamplePartitions)
            {
                samples += partition.Count;
            }

            // Offset, length, date, shingle count, sample count, words hash and first copy.
            const int FixedPerDocument = sizeof(long) + sizeof(int) + sizeof(long) + sizeof(int) + sizeof(int) + sizeof(ulong) + sizeof(int);
            IndexBytes = (long)Count * Bands * sizeof(uint) + samples * sizeof(ulong) + (long)Count * FixedPerDocument + _idBytes;
        }

        public void ReleaseIndexes()
        {
            BandKeys = [];
            _lineById.Clear();
            _lineById.TrimExcess();
        }
    }
}
