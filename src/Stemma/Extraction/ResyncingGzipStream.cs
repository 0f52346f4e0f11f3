using System.Globalization;
using System.IO.Compression;
using Stemma.Sources;

namespace Stemma.Extraction;

/// <summary>
/// Decompresses a stream of gzip members (a WARC file gzipped record by record) and, when one
/// member is corrupt, carries on at the next member instead of giving up on the file: the raw
/// bytes behind the decoder are kept in a window, searched after the failure for the next gzip
/// header, and a candidate is accepted only if it inflates to the start of a WARC record. Each
/// failure is recorded in <see cref="Problems"/>; the bytes of the corrupt member are lost, and a
/// member that decoded before the failure may be decoded again (the reader drops repeated
/// records). Works on streams that cannot seek (standard input).
/// </summary>
internal sealed class ResyncingGzipStream : ReadOnlyStream
{
    /// <summary>
    /// Raw bytes kept behind the decoder for the search. A per-record member of a news crawl is a
    /// few to a few hundred kilobytes (Common Crawl truncates captures at 1 MiB before compressing),
    /// so 4 MiB holds the corrupt member and the start of the next one.
    /// </summary>
    internal const int WindowBytes = 4 * 1024 * 1024;

    /// <summary>
    /// How far past the first failure a trial decode must get to count as clear of the damage: the
    /// decoder reads its input in chunks of at most this much, so a trial over the same corrupt
    /// member fails within this distance of where the first decode did.
    /// </summary>
    private const int TrialMarginBytes = 64 * 1024;

    private const int TrialBufferBytes = 64 * 1024;

    /// <summary>
    /// The most decoded bytes asked of the decoder at once; what a failing read had decoded is lost,
    /// so this bounds the good text lost before a corrupt stretch. 4 KiB costs nothing measurable in
    /// the WARC extraction benchmark (the decoder's own work per call dominates).
    /// </summary>
    private const int ReadPieceBytes = 4 * 1024;

    private static readonly byte[] RecordMagic = "WARC/1."u8.ToArray();

    private readonly RewindableStream _raw;
    private readonly List<string> _problems = [];
    private GZipStream _gzip;
    private long _memberStart;
    private bool _ended;

    public ResyncingGzipStream(Stream raw)
    {
        _raw = new RewindableStream(raw, WindowBytes);
        _gzip = new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>What went wrong so far, one line per corrupt or truncated stretch, oldest first.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!_ended && buffer.Length > 0)
        {
            try
            {
                // Small reads: an exception loses what the failing call had decoded, so a call never
                // asks for more than a piece.
                return _gzip.Read(buffer[..Math.Min(buffer.Length, ReadPieceBytes)]);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
            {
                Resync(ex.Message);
            }
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _raw.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Finds where to go on after a failure near raw byte <c>failedNear</c>. The intact members just
    /// before that point are found by walking back over the gzip headers there, each decoded until
    /// it is past the failure point; the first one that fails marks the corrupt member, and reading
    /// resumes at the earliest intact member after it. When the failure was found inside the corrupt
    /// member, before the next one was read, the search goes forward instead.
    /// </summary>
    private void Resync(string reason)
    {
        _gzip.Dispose();
        var failedNear = _raw.Offset;
        var from = Math.Max(_memberStart + 1, _raw.WindowStart);
        long? resume = null;
        var behind = _raw.FindFrom(from, IsGzipHeader).TakeWhile(c => c < failedNear).ToList();
        for (var i = behind.Count - 1; i >= 0 && DecodesPast(behind[i], failedNear + TrialMarginBytes); i--)
        {
            resume = behind[i];
        }

        resume ??= _raw.FindFrom(failedNear, IsGzipHeader).Cast<long?>().FirstOrDefault(c => DecodesPast(c!.Value, c.Value + 1));
        if (resume is not { } candidate)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"corrupt or truncated gzip data before byte {failedNear} of the file ({reason}) and no intact gzip member after it; the rest of the file is lost"));
            _ended = true;
            return;
        }

        _raw.Rewind(candidate);
        _gzip = new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true);
        _memberStart = candidate;
        _problems.Add(string.Create(CultureInfo.InvariantCulture,
            $"corrupt gzip data before byte {failedNear} of the file ({reason}); resumed at the gzip member at byte {candidate}"));
    }

    /// <summary>
    /// Whether decoding from <paramref name="start"/> yields the start of a WARC record and goes on
    /// without error until the raw input is past <paramref name="until"/> (or ends).
    /// </summary>
    private bool DecodesPast(long start, long until)
    {
        _raw.Rewind(start);
        using var trial = new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true);
        var buffer = new byte[TrialBufferBytes];
        try
        {
            var head = trial.ReadAtLeast(buffer, RecordMagic.Length, throwOnEndOfStream: false);
            if (head < RecordMagic.Length || !buffer.AsSpan(0, RecordMagic.Length).SequenceEqual(RecordMagic))
            {
                return false;
            }

            while (_raw.Offset <= until && trial.Read(buffer) > 0)
            {
            }

            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>A gzip member header: magic, deflate, no reserved flag bits.</summary>
    private static bool IsGzipHeader(ReadOnlySpan<byte> at) =>
        at.Length >= 4 && at[0] == 0x1F && at[1] == 0x8B && at[2] == 0x08 && (at[3] & 0xE0) == 0;

    /// <summary>
    /// A forward-only stream that remembers the last bytes it handed out, so that reading can start
    /// again anywhere inside that window.
    /// </summary>
    private sealed class RewindableStream(Stream inner, int windowBytes) : ReadOnlyStream
    {
        private const int ChunkBytes = 64 * 1024;

        // Raw bytes [_start, _start + _filled) are in _window; reading continues at _position.
        private byte[] _window = new byte[Math.Min(windowBytes, ChunkBytes) * 2];
        private long _start;
        private int _filled;
        private long _position;
        private bool _innerEnded;

        public long WindowStart => _start;

        /// <summary>The raw offset of the next byte to hand out.</summary>
        public long Offset => _position;

        public void Rewind(long position)
        {
            if (position < _start || position > _start + _filled)
            {
                throw new InvalidOperationException("Rewind outside the kept window.");
            }

            _position = position;
        }

        /// <summary>Positions from <paramref name="from"/> on, reading further as needed, where <paramref name="match"/> holds.</summary>
        public IEnumerable<long> FindFrom(long from, SpanPredicate match)
        {
            var at = Math.Max(from, _start);
            while (true)
            {
                // The scan, not the abandoned decoder, now decides what the window must keep.
                _position = Math.Min(at, _start + _filled);
                if (at + 4 > _start + _filled && !FillTo(at + 4))
                {
                    yield break;
                }

                if (at < _start)
                {
                    // The window moved on while a candidate was tried.
                    at = _start;
                }

                var offset = (int)(at - _start);
                if (match(_window.AsSpan(offset, Math.Min(4, _filled - offset))))
                {
                    yield return at;
                }

                at++;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (buffer.Length == 0)
            {
                return 0;
            }

            if (_position >= _start + _filled && !FillTo(_position + 1))
            {
                return 0;
            }

            var offset = (int)(_position - _start);
            var take = Math.Min(buffer.Length, _filled - offset);
            _window.AsSpan(offset, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>Reads from the inner stream until byte <paramref name="end"/> - 1 is in the window.</summary>
        private bool FillTo(long end)
        {
            while (_start + _filled < end)
            {
                if (_innerEnded)
                {
                    return false;
                }

                MakeRoom();
                var read = inner.Read(_window, _filled, Math.Min(ChunkBytes, _window.Length - _filled));
                if (read == 0)
                {
                    _innerEnded = true;
                    return false;
                }

                _filled += read;
            }

            return true;
        }

        /// <summary>
        /// Grows the buffer up to twice the window, then drops what lies more than the window behind
        /// the read position — so each byte is moved about once, not once per chunk.
        /// </summary>
        private void MakeRoom()
        {
            if (_window.Length - _filled >= ChunkBytes)
            {
                return;
            }

            if (_window.Length < (2 * windowBytes) + ChunkBytes)
            {
                Array.Resize(ref _window, Math.Min(_window.Length * 2, (2 * windowBytes) + ChunkBytes));
                return;
            }

            var keepFrom = Math.Max(_start, Math.Min(_position, _start + _filled) - windowBytes);
            var drop = (int)(keepFrom - _start);
            _window.AsSpan(drop, _filled - drop).CopyTo(_window);
            _filled -= drop;
            _start = keepFrom;
            if (_window.Length - _filled < ChunkBytes)
            {
                Array.Resize(ref _window, _window.Length + ChunkBytes);
            }
        }
    }

    /// <summary>A test on the bytes at one position.</summary>
    internal delegate bool SpanPredicate(ReadOnlySpan<byte> at);
}
