namespace Stemma.Fingerprinting;

/// <summary>
/// A mutable MinHash sketch of a set of 64-bit shingle hashes (after datasketch's <c>MinHash</c>):
/// <see cref="Update(ulong)"/> adds elements, <see cref="Merge"/> takes a union, <see cref="Jaccard"/>
/// estimates similarity, and <see cref="ToSignature"/> freezes a compact, thread-safe copy.
/// </summary>
public sealed class MinHash
{
    /// <summary>Default number of minima: 128 gives a Jaccard standard error of at most
    /// 1/(2√128) ≈ 0.044, the usual datasketch setting for news-size documents.</summary>
    public const int DefaultNumPerm = 128;

    /// <summary>Default seed; sketches compare only when built with the same seed.</summary>
    public const ulong DefaultSeed = 1;

    private const ulong Empty = ulong.MaxValue;

    private readonly ulong[] _values;
    private readonly ulong[] _permutationSeeds;

    /// <summary>Creates an empty sketch.</summary>
    /// <param name="numPerm">The number of minima k (at least 2).</param>
    /// <param name="seed">The hash seed.</param>
    /// <param name="scheme">One-permutation (fast) or classic k-permutation hashing.</param>
    public MinHash(int numPerm = DefaultNumPerm, ulong seed = DefaultSeed, MinHashScheme scheme = MinHashScheme.OnePermutation)
    {
        if (numPerm < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(numPerm), numPerm, $"numPerm must be at least 2; got {numPerm}. {DefaultNumPerm} is a good default.");
        }

        if (scheme is not (MinHashScheme.OnePermutation or MinHashScheme.KPermutations))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "scheme must be OnePermutation or KPermutations.");
        }

        NumPerm = numPerm;
        Seed = seed;
        Scheme = scheme;
        _values = new ulong[numPerm];
        Array.Fill(_values, Empty);
        if (scheme == MinHashScheme.KPermutations)
        {
            _permutationSeeds = new ulong[numPerm];
            for (int i = 0; i < numPerm; i++)
            {
                _permutationSeeds[i] = WyHash.Hash64(seed, (ulong)i);
            }
        }
        else
        {
            _permutationSeeds = [];
        }
    }

    /// <summary>The number of minima k.</summary>
    public int NumPerm { get; }

    /// <summary>The hash seed.</summary>
    public ulong Seed { get; }

    /// <summary>The hashing scheme.</summary>
    public MinHashScheme Scheme { get; }

    /// <summary>True while no element has been added.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (ulong v in _values)
            {
                if (v != Empty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Builds the signature of a whole shingle sequence in one call.</summary>
    /// <param name="shingles">Shingle hashes (duplicates are harmless).</param>
    /// <param name="numPerm">The number of minima.</param>
    /// <param name="seed">The hash seed.</param>
    /// <param name="scheme">The hashing scheme.</param>
    /// <returns>The frozen signature.</returns>
    public static MinHashSignature Compute(ReadOnlySpan<ulong> shingles, int numPerm = DefaultNumPerm, ulong seed = DefaultSeed, MinHashScheme scheme = MinHashScheme.OnePermutation)
    {
        var sketch = new MinHash(numPerm, seed, scheme);
        sketch.Update(shingles);
        return sketch.ToSignature();
    }

    /// <summary>Adds one element (a shingle hash).</summary>
    /// <param name="shingle">The element's 64-bit hash.</param>
    public void Update(ulong shingle)
    {
        if (Scheme == MinHashScheme.OnePermutation)
        {
            ulong h = OnePermutationHash(shingle, Seed);
            int bin = Bin(h, (ulong)_values.Length);
            if (h < _values[bin])
            {
                _values[bin] = h;
            }

            return;
        }

        for (int i = 0; i < _values.Length; i++)
        {
            ulong h = WyHash.Hash64(shingle, _permutationSeeds[i]);
            if (h < _values[i])
            {
                _values[i] = h;
            }
        }
    }

    /// <summary>Adds many elements.</summary>
    /// <param name="shingles">The elements' hashes.</param>
    public void Update(ReadOnlySpan<ulong> shingles)
    {
        if (Scheme == MinHashScheme.OnePermutation)
        {
            ulong[] values = _values;
            ulong k = (ulong)values.Length;
            ulong seed = Seed;
            foreach (ulong shingle in shingles)
            {
                ulong h = OnePermutationHash(shingle, seed);
                int bin = Bin(h, k);
                if (h < values[bin])
                {
                    values[bin] = h;
                }
            }

            return;
        }

        foreach (ulong shingle in shingles)
        {
            Update(shingle);
        }
    }

    /// <summary>Adds an element given as text (hashed with <see cref="WyHash"/>).</summary>
    /// <param name="element">The element.</param>
    public void Update(ReadOnlySpan<char> element) => Update(WyHash.Hash(element));

    /// <summary>Makes this sketch the sketch of the union of both sets.</summary>
    /// <param name="other">A sketch with the same k, seed and scheme.</param>
    public void Merge(MinHash other)
    {
        ArgumentNullException.ThrowIfNull(other);
        EnsureCompatible(NumPerm, Seed, Scheme, other.NumPerm, other.Seed, other.Scheme, nameof(other));
        for (int i = 0; i < _values.Length; i++)
        {
            _values[i] = Math.Min(_values[i], other._values[i]);
        }
    }

    /// <summary>Estimates the Jaccard similarity of the two sets.</summary>
    /// <param name="other">A sketch with the same k, seed and scheme.</param>
    /// <returns>The estimate in [0, 1].</returns>
    public double Jaccard(MinHash other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ToSignature().Jaccard(other.ToSignature());
    }

    /// <summary>Removes every element.</summary>
    public void Clear() => Array.Fill(_values, Empty);

    /// <summary>Freezes the current state into a compact signature (densified for one-permutation hashing).</summary>
    /// <returns>The signature.</returns>
    public MinHashSignature ToSignature()
    {
        ulong[] values = (ulong[])_values.Clone();
        bool empty = IsEmpty;
        if (!empty && Scheme == MinHashScheme.OnePermutation)
        {
            Densify(_values, values, Seed);
        }

        return new MinHashSignature(values, Seed, Scheme, empty);
    }

    /// <summary>Writes the densified one-permutation signature of <paramref name="shingles"/> into
    /// <paramref name="values"/> without allocating: the same minima as <see cref="Compute"/> with
    /// <see cref="MinHashScheme.OnePermutation"/>.</summary>
    /// <param name="shingles">Shingle hashes (not empty).</param>
    /// <param name="values">k slots for the signature.</param>
    /// <param name="seed">The hash seed.</param>
    public static void ComputeOnePermutation(ReadOnlySpan<ulong> shingles, Span<ulong> values, ulong seed)
    {
        values.Fill(Empty);
        ulong k = (ulong)values.Length;
        foreach (ulong shingle in shingles)
        {
            ulong h = OnePermutationHash(shingle, seed);
            int bin = Bin(h, k);
            if (h < values[bin])
            {
                values[bin] = h;
            }
        }

        if (values.IndexOf(Empty) < 0 || shingles.IsEmpty)
        {
            return;
        }

        ulong[] raw = values.ToArray();
        ulong[] output = new ulong[raw.Length];
        raw.CopyTo(output, 0);
        Densify(raw, output, seed);
        output.CopyTo(values);
    }

    // Shingle hashes are wyhash outputs already; one wymix with the seed re-randomises them per seed.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong OnePermutationHash(ulong shingle, ulong seed) => WyHash.Mix(shingle ^ seed, 0x8bb84b93962eacc9UL ^ seed);

    // Lemire's fast range on the top 32 bits: the bin is the hash's leading fraction of k.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Bin(ulong h, ulong k) => (int)(((h >> 32) * k) >> 32);

    internal static void EnsureCompatible(int k1, ulong seed1, MinHashScheme scheme1, int k2, ulong seed2, MinHashScheme scheme2, string parameter)
    {
        if (k1 != k2 || seed1 != seed2 || scheme1 != scheme2)
        {
            throw new ArgumentException(
                $"sketches are not comparable: (numPerm {k1}, seed {seed1}, {scheme1}) vs (numPerm {k2}, seed {seed2}, {scheme2}); build both with the same numPerm, seed and scheme.",
                parameter);
        }
    }

    /// <summary>
    /// Optimal densification (Shrivastava, ICML 2017): every empty bin i borrows the value of the first
    /// non-empty bin in its own pseudo-random probe sequence h(i, 1), h(i, 2), … The sequence depends only
    /// on (seed, i), so two documents with the same non-empty bins fill their empty bins identically, which
    /// keeps the collision probability equal to the Jaccard similarity.
    /// </summary>
    private static void Densify(ulong[] raw, ulong[] output, ulong seed)
    {
        ulong k = (ulong)raw.Length;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] != Empty)
            {
                continue;
            }

            ulong probeSeed = WyHash.Hash64(seed, (ulong)i);
            for (ulong attempt = 1; ; attempt++)
            {
                int j = (int)Math.BigMul(WyHash.Hash64(probeSeed, attempt), k, out _);
                if (raw[j] != Empty)
                {
                    output[i] = raw[j];
                    break;
                }
            }
        }
    }
}
