using Stemma.Fingerprinting;

namespace Stemma.Matching;

/// <summary>
/// MinHash LSH (after datasketch's <c>MinHashLSH</c>): finds keys whose signatures probably have a Jaccard
/// similarity above the threshold. <see cref="Query"/> returns keys in insertion order. Not thread-safe
/// for writes; concurrent queries without writers are safe.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
public sealed class LshIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<ulong, List<int>>[] _buckets;
    private readonly Dictionary<TKey, int> _entryByKey;
    private readonly List<Entry> _entries = [];

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">Threshold, signature length and optional explicit banding.</param>
    /// <param name="keyComparer">Key equality; default comparer when null.</param>
    public LshIndex(LshOptions options, IEqualityComparer<TKey>? keyComparer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Parameters = options.ResolveParameters();
        NumPerm = options.NumPerm;
        _buckets = new Dictionary<ulong, List<int>>[Parameters.Bands];
        for (int i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = [];
        }

        _entryByKey = new Dictionary<TKey, int>(keyComparer);
    }

    /// <summary>The banding in use.</summary>
    public LshParameters Parameters { get; }

    /// <summary>The signature length the index accepts.</summary>
    public int NumPerm { get; }

    /// <summary>The number of keys in the index.</summary>
    public int Count => _entryByKey.Count;

    /// <summary>True when <paramref name="key"/> is in the index.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it is present.</returns>
    public bool Contains(TKey key) => _entryByKey.ContainsKey(key);

    /// <summary>Adds a key with its signature.</summary>
    /// <param name="key">A key not yet in the index.</param>
    /// <param name="signature">A signature of <see cref="NumPerm"/> minima.</param>
    public void Insert(TKey key, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckSignature(signature);
        if (_entryByKey.ContainsKey(key))
        {
            throw new ArgumentException($"key {key} is already in the index; Remove it first to replace its signature.", nameof(key));
        }

        ulong[] bandHashes = BandHashes(signature);
        int id = _entries.Count;
        _entries.Add(new Entry(key, bandHashes));
        _entryByKey.Add(key, id);
        for (int band = 0; band < bandHashes.Length; band++)
        {
            if (!_buckets[band].TryGetValue(bandHashes[band], out List<int>? ids))
            {
                ids = [];
                _buckets[band].Add(bandHashes[band], ids);
            }

            ids.Add(id);
        }
    }

    /// <summary>The keys that share at least one band with <paramref name="signature"/>, in insertion order.</summary>
    /// <param name="signature">A signature of <see cref="NumPerm"/> minima.</param>
    /// <returns>The candidate keys.</returns>
    public IReadOnlyList<TKey> Query(MinHashSignature signature)
    {
        CheckSignature(signature);
        ulong[] bandHashes = BandHashes(signature);
        var ids = new HashSet<int>();
        for (int band = 0; band < bandHashes.Length; band++)
        {
            if (_buckets[band].TryGetValue(bandHashes[band], out List<int>? bucket))
            {
                ids.UnionWith(bucket);
            }
        }

        int[] ordered = [.. ids];
        Array.Sort(ordered);
        var keys = new TKey[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            keys[i] = _entries[ordered[i]].Key;
        }

        return keys;
    }

    /// <summary>Removes a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>False when the key was not in the index.</returns>
    public bool Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_entryByKey.Remove(key, out int id))
        {
            return false;
        }

        ulong[] bandHashes = _entries[id].BandHashes;
        for (int band = 0; band < bandHashes.Length; band++)
        {
            List<int> bucket = _buckets[band][bandHashes[band]];
            bucket.Remove(id);
            if (bucket.Count == 0)
            {
                _buckets[band].Remove(bandHashes[band]);
            }
        }

        return true;
    }

    private void CheckSignature(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Count != NumPerm)
        {
            throw new ArgumentException($"signature has {signature.Count} minima but the index was built for NumPerm={NumPerm}; build signatures and index with the same numPerm.", nameof(signature));
        }
    }

    private ulong[] BandHashes(MinHashSignature signature)
    {
        int rows = Parameters.Rows;
        var hashes = new ulong[Parameters.Bands];
        ReadOnlySpan<ulong> values = signature.Values;
        for (int band = 0; band < hashes.Length; band++)
        {
            hashes[band] = WyHash.Hash(values.Slice(band * rows, rows), (ulong)band);
        }

        return hashes;
    }

    private sealed record Entry(TKey Key, ulong[] BandHashes);
}
