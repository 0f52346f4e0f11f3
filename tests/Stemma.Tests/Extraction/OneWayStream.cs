namespace Stemma.Tests.Extraction;

/// <summary>A stream that reads forward only, in small pieces, as a pipe does.</summary>
internal sealed class OneWayStream(byte[] bytes) : Stemma.Sources.ReadOnlyStream
{
    private const int PieceBytes = 4096;
    private int _at;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var take = Math.Min(Math.Min(count, PieceBytes), bytes.Length - _at);
        bytes.AsSpan(_at, take).CopyTo(buffer.AsSpan(offset));
        _at += take;
        return take;
    }

}
