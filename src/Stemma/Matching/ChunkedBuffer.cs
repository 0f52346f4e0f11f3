namespace Stemma.Matching;

/// <summary>An append-only list stored in fixed blocks, so growing it never copies (and never needs twice
/// its size, as a doubling <see cref="List{T}"/> does at its peak).</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ChunkedBuffer<T>
    where T : struct
{
    // 64K elements per block: big enough that the block list stays short for hundreds of millions.
    private const int BlockShift = 16;
    private const int BlockSize = 1 << BlockShift;

    private readonly List<T[]> _blocks = [];

    public long Count { get; private set; }

    public void Add(T value)
    {
        int offset = (int)(Count & (BlockSize - 1));
        if (offset == 0)
        {
            _blocks.Add(new T[BlockSize]);
        }

        _blocks[^1][offset] = value;
        Count++;
    }

    public T this[long index] => _blocks[(int)(index >> BlockShift)][index & (BlockSize - 1)];

    /// <summary>Bytes held by the blocks.</summary>
    public long AllocatedBytes => (long)_blocks.Count * BlockSize * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>Copies everything into one new array and releases the blocks.</summary>
    public T[] Drain()
    {
        var result = new T[Count];
        long done = 0;
        foreach (T[] block in _blocks)
        {
            int n = (int)Math.Min(BlockSize, Count - done);
            Array.Copy(block, 0, result, done, n);
            done += n;
        }

        _blocks.Clear();
        Count = 0;
        return result;
    }
}
