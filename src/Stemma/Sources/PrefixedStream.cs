namespace Stemma.Sources;

/// <summary>A stream that first returns some bytes already read, then the rest of another stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ReadOnlyStream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_prefix.Length > 0)
        {
            var take = Math.Min(count, _prefix.Length);
            _prefix.Span[..take].CopyTo(buffer.AsSpan(offset));
            _prefix = _prefix[take..];
            return take;
        }

        return rest.Read(buffer, offset, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
