namespace Stemma.Fingerprinting;

/// <summary>A frozen MinHash sketch: k 64-bit minima. Immutable and safe to share between threads.</summary>
public sealed class MinHashSignature
{
    private readonly ulong[] _values;

    internal MinHashSignature(ulong[] values, ulong seed, MinHashScheme scheme, bool isEmpty)
    {
        _values = values;
        Seed = seed;
        Scheme = scheme;
        IsEmpty = isEmpty;
    }

    /// <summary>The minima, one per permutation (or densified bin).</summary>
    public ReadOnlySpan<ulong> Values => _values;

    /// <summary>The number of minima k.</summary>
    public int Count => _values.Length;

    /// <summary>The hash seed the sketch was built with.</summary>
    public ulong Seed { get; }

    /// <summary>The hashing scheme the sketch was built with.</summary>
    public MinHashScheme Scheme { get; }

    /// <summary>True for the sketch of an empty set.</summary>
    public bool IsEmpty { get; }

    /// <summary>Estimates the Jaccard similarity: the share of positions where the minima agree
    /// (0 when either set is empty).</summary>
    /// <param name="other">A signature with the same k, seed and scheme.</param>
    /// <returns>The estimate in [0, 1].</returns>
    public double Jaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        MinHash.EnsureCompatible(Count, Seed, Scheme, other.Count, other.Seed, other.Scheme, nameof(other));
        if (IsEmpty || other.IsEmpty)
        {
            return 0.0;
        }

        int equal = 0;
        for (int i = 0; i < _values.Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                equal++;
            }
        }

        return (double)equal / _values.Length;
    }
}
