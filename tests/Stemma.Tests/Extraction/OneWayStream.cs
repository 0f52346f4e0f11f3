namespace Stemma.Tests.Extraction;

/// <summary>A stream that reads forward only, in small pieces, as a pipe does.</summary>
internal sealed class OneWayStream(byte[] bytes) : Stream
{
    private const int PieceBytes = 4096;
    private int _at;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var take = Math.Min(Math.Min(count, PieceBytes), bytes.Length - _at);
        bytes.AsSpan(_at, take).CopyTo(buffer.AsSpan(offset));
        _at += take;
        return take;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
