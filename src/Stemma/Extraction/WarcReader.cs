using System.Globalization;
using System.Text;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records from a stream, plain or gzipped (one gzip member per
/// record, as Common Crawl writes them, or one for the whole file), one record at a time: only
/// the record being read is in memory, and only its block when the caller wants it.
/// A record whose Content-Length lies comes back with a problem and reading resumes at the next
/// record header; a corrupt gzip member is reported and reading resumes at the next intact
/// member (<see cref="ResyncingGzipStream"/>); a truncated last member ends the file with a problem.
/// </summary>
internal sealed class WarcReader : IDisposable
{
    /// <summary>
    /// A record block larger than this is skipped, not read: a web page is kilobytes to a few
    /// megabytes; Common Crawl truncates its captures at 1 MiB (WARC-Truncated: length). 64 MiB
    /// is far above both, and keeps one hostile record from exhausting memory.
    /// </summary>
    internal const int MaxKeptBlockBytes = 64 * 1024 * 1024;

    /// <summary>A header line longer than this is not a WARC header (a resync through binary data).</summary>
    private const int MaxHeaderLineBytes = 64 * 1024;

    private const int BufferBytes = 64 * 1024;

    /// <summary>
    /// How many of the latest record ids are remembered, to drop a record decoded a second time after
    /// a gzip resync: the resync window (<see cref="ResyncingGzipStream.WindowBytes"/>, 4 MiB) holds
    /// at most a few thousand per-record members of a kilobyte or more.
    /// </summary>
    private const int RecentRecordIds = 8192;

    private static readonly byte[] Magic = "WARC/1."u8.ToArray();

    private readonly Stream _stream;
    private readonly ResyncingGzipStream? _gzip;
    private readonly HashSet<string> _recentIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _recentOrder = new();
    private int _problemsSeen;
    private string? _pendingProblem;
    private byte[] _buffer = new byte[BufferBytes];
    private int _position;
    private int _length;
    private long _consumed;

    private WarcReader(Stream stream)
    {
        _stream = stream;
        _gzip = stream as ResyncingGzipStream;
    }

    /// <summary>Opens a reader; <paramref name="stream"/> may be gzipped (detected from its first bytes).</summary>
    public static WarcReader Open(Stream stream)
    {
        var buffered = new BufferedStream(stream, BufferBytes);
        var head = new byte[2];
        var read = buffered.Read(head, 0, 2);
        var isGzip = read == 2 && head[0] == 0x1F && head[1] == 0x8B;
        var prefix = new PrefixedStream(head.AsMemory(0, read), buffered);
        return new WarcReader(isGzip ? new ResyncingGzipStream(prefix) : prefix);
    }

    /// <summary>
    /// The next record, or null at the end of the stream.
    /// </summary>
    /// <param name="keepBlock">Which record types to read the block of; the others are skipped over.</param>
    public WarcRecord? Next(Func<string, bool> keepBlock)
    {
        if (_pendingProblem is { } pending)
        {
            _pendingProblem = null;
            return Spoiled(_consumed, pending);
        }

        while (true)
        {
            var record = ReadRecord(keepBlock);
            if (TakeStreamProblems() is { } problem)
            {
                // A record cut by the corrupt stretch is spoiled by it; an intact one is kept and
                // the problem comes as the next record.
                if (record is null || record.Problem is not null)
                {
                    return Spoiled(record?.Offset ?? _consumed, problem, record?.Headers);
                }

                _pendingProblem = problem;
            }

            if (record is null || record.Problem is not null || IsNew(record))
            {
                return record;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    private WarcRecord? ReadRecord(Func<string, bool> keepBlock)
    {
        string? line;
        do
        {
            line = ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        var offset = _consumed - Encoding.ASCII.GetByteCount(line) - 2;
        if (!line.StartsWith("WARC/1.", StringComparison.Ordinal))
        {
            var skipped = SkipToNextRecord();
            return Spoiled(offset, $"expected a WARC record header at byte {offset}, found other data; skipped {skipped} bytes to the next record");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine()) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var type = headers.GetValueOrDefault("WARC-Type") ?? "unknown";
        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            var skipped = SkipToNextRecord();
            return Spoiled(offset, $"record at byte {offset} has no valid Content-Length; skipped {skipped} bytes to the next record", headers);
        }

        var keep = keepBlock(type) && length <= MaxKeptBlockBytes;
        var block = keep ? ReadBytes((int)length) : [];
        var got = keep ? block.Length : Skip(length);
        if (got < length)
        {
            return Spoiled(offset, $"record at byte {offset} ends early: Content-Length says {length} bytes, the file has {got}", headers);
        }

        // A block is followed by CRLF CRLF. Anything else means Content-Length lied.
        var trailer = ReadBytes(4);
        var atEnd = trailer.Length < 4 && trailer.All(b => b is (byte)'\r' or (byte)'\n');
        if (trailer.AsSpan().SequenceEqual("\r\n\r\n"u8) || atEnd)
        {
            return new WarcRecord(type, headers, block, offset, null);
        }

        Unread(trailer);
        var nextInBlock = keep ? IndexOfRecordStart(block) : -1;
        if (nextInBlock >= 0)
        {
            // Too long: the block swallowed the start of the next record. Give that back.
            Unread(block.AsSpan(nextInBlock).ToArray());
            return Spoiled(offset, $"record at byte {offset}: Content-Length says {length} bytes but the next record starts after {nextInBlock}; record skipped", headers);
        }

        var gap = SkipToNextRecord();
        return Spoiled(offset, $"record at byte {offset}: Content-Length says {length} bytes but {gap} more bytes follow before the next record; record skipped", headers);
    }

    private string? TakeStreamProblems()
    {
        if (_gzip is null || _gzip.Problems.Count == _problemsSeen)
        {
            return null;
        }

        var problems = string.Join("; ", _gzip.Problems.Skip(_problemsSeen));
        _problemsSeen = _gzip.Problems.Count;
        return problems;
    }

    /// <summary>False for a record already returned (decoded again after a gzip resync).</summary>
    private bool IsNew(WarcRecord record)
    {
        if (record.Header("WARC-Record-ID") is not { } id)
        {
            return true;
        }

        if (!_recentIds.Add(id))
        {
            // Only a resync decodes a record twice; a file that repeats an id is passed on as written.
            return _problemsSeen == 0;
        }

        _recentOrder.Enqueue(id);
        if (_recentOrder.Count > RecentRecordIds)
        {
            _recentIds.Remove(_recentOrder.Dequeue());
        }

        return true;
    }

    private static WarcRecord Spoiled(long offset, string problem, IReadOnlyDictionary<string, string>? headers = null) =>
        new(null, headers ?? new Dictionary<string, string>(), [], offset, problem);

    /// <summary>Where a line starting "WARC/1." begins inside <paramref name="block"/>, or -1.</summary>
    private static int IndexOfRecordStart(byte[] block)
    {
        var span = block.AsSpan();
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf(Magic);
            if (found < 0)
            {
                return -1;
            }

            var index = at + found;
            if (index == 0 || span[index - 1] == '\n')
            {
                return index;
            }

            at = index + 1;
        }
    }

    /// <summary>Skips lines until one starts a record (left unread); returns the bytes skipped.</summary>
    private long SkipToNextRecord()
    {
        long skipped = 0;
        while (true)
        {
            if (!Fill(Magic.Length))
            {
                skipped += _length - _position;
                _consumed += _length - _position;
                _position = _length;
                return skipped;
            }

            if (_buffer.AsSpan(_position, Magic.Length).SequenceEqual(Magic))
            {
                return skipped;
            }

            var newline = _buffer.AsSpan(_position, _length - _position).IndexOf((byte)'\n');
            var step = newline < 0 ? _length - _position - (Magic.Length - 1) : newline + 1;
            step = Math.Max(1, step);
            _position += step;
            _consumed += step;
            skipped += step;
        }
    }

    private string? ReadLine()
    {
        var line = new List<byte>();
        while (true)
        {
            if (_position >= _length && !Fill(1))
            {
                return line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (line.Count + take > MaxHeaderLineBytes)
            {
                take = Math.Max(0, MaxHeaderLineBytes - line.Count);
                newline = -1;
            }

            line.AddRange(span[..take].ToArray());
            _position += newline < 0 ? take : take + 1;
            _consumed += newline < 0 ? take : take + 1;
            if (newline >= 0 || line.Count >= MaxHeaderLineBytes)
            {
                return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
            }
        }
    }

    private byte[] ReadBytes(int count)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            if (_position >= _length && !Fill(1))
            {
                return result[..filled];
            }

            var take = Math.Min(count - filled, _length - _position);
            _buffer.AsSpan(_position, take).CopyTo(result.AsSpan(filled));
            _position += take;
            _consumed += take;
            filled += take;
        }

        return result;
    }

    private long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_position >= _length && !Fill(1))
            {
                return skipped;
            }

            var take = (int)Math.Min(count - skipped, _length - _position);
            _position += take;
            _consumed += take;
            skipped += take;
        }

        return skipped;
    }

    /// <summary>Puts bytes back in front of the unread input.</summary>
    private void Unread(byte[] bytes)
    {
        var rest = _length - _position;
        var merged = new byte[Math.Max(BufferBytes, bytes.Length + rest)];
        bytes.CopyTo(merged, 0);
        _buffer.AsSpan(_position, rest).CopyTo(merged.AsSpan(bytes.Length));
        _buffer = merged;
        _position = 0;
        _length = bytes.Length + rest;
        _consumed -= bytes.Length;
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available unless the stream ends first.</summary>
    private bool Fill(int count)
    {
        if (_length - _position >= count)
        {
            return true;
        }

        if (_position > 0)
        {
            _buffer.AsSpan(_position, _length - _position).CopyTo(_buffer);
            _length -= _position;
            _position = 0;
        }

        if (_buffer.Length < count)
        {
            Array.Resize(ref _buffer, count);
        }

        while (_length < count)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                return false;
            }

            _length += read;
        }

        return true;
    }
}
