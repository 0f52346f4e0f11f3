namespace Stemma.Matching;

/// <summary>
/// An inverted index from passage seeds (hashes of word n-grams) to documents. Two documents that share
/// one seed share a verbatim run of n words whatever their overall similarity, so it finds short-in-long
/// containment and a few copied sentences that MinHash LSH misses. Seeds held by more than
/// <see cref="MaxDocumentFrequency"/> documents (boilerplate, stock phrases) are ignored.
/// </summary>
public sealed class PassageSeedIndex
{
    // Most seeds occur in one document only; keeping the first document inline and a list only for
    // seeds seen twice avoids one list per seed (a batch of 10,000 articles has about 6 million seeds).
    private readonly Dictionary<ulong, int> _firstDocumentBySeed = [];
    private readonly Dictionary<ulong, List<int>> _documentsBySeed = [];

    /// <summary>Creates an empty index.</summary>
    /// <param name="maxDocumentFrequency">Seeds found in more documents than this are ignored (at least 2).</param>
    public PassageSeedIndex(int maxDocumentFrequency)
    {
        if (maxDocumentFrequency < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDocumentFrequency), maxDocumentFrequency, $"maxDocumentFrequency must be at least 2 (a seed must be able to link two documents); got {maxDocumentFrequency}.");
        }

        MaxDocumentFrequency = maxDocumentFrequency;
    }

    /// <summary>Seeds found in more documents than this are ignored.</summary>
    public int MaxDocumentFrequency { get; }

    /// <summary>Adds a document's seeds. Add each document once; duplicate seeds within it are harmless.</summary>
    /// <param name="document">The document id.</param>
    /// <param name="seeds">The document's seed hashes.</param>
    public void Add(int document, ReadOnlySpan<ulong> seeds)
    {
        foreach (ulong seed in seeds)
        {
            ref int first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_firstDocumentBySeed, seed, out bool exists);
            if (!exists)
            {
                first = document;
                continue;
            }

            if (first == document)
            {
                continue;
            }

            if (!_documentsBySeed.TryGetValue(seed, out List<int>? documents))
            {
                documents = [first];
                _documentsBySeed.Add(seed, documents);
            }

            if (documents[^1] != document)
            {
                documents.Add(document);
            }
        }
    }

    /// <summary>Every pair of documents sharing at least one seed that is not too frequent, as (A, B) with A &lt; B, sorted.</summary>
    /// <returns>The candidate pairs.</returns>
    public IReadOnlyList<(int A, int B)> CandidatePairs()
    {
        var pairs = new HashSet<(int, int)>();
        foreach (List<int> documents in _documentsBySeed.Values)
        {
            if (documents.Count < 2 || DistinctCount(documents) > MaxDocumentFrequency)
            {
                continue;
            }

            for (int i = 0; i < documents.Count; i++)
            {
                for (int j = i + 1; j < documents.Count; j++)
                {
                    int a = documents[i], b = documents[j];
                    if (a != b)
                    {
                        pairs.Add(a < b ? (a, b) : (b, a));
                    }
                }
            }
        }

        (int A, int B)[] sorted = [.. pairs];
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The documents sharing at least one not-too-frequent seed with <paramref name="seeds"/>, ascending.</summary>
    /// <param name="seeds">The seeds of a query document.</param>
    /// <returns>The candidate documents.</returns>
    public IReadOnlyList<int> Query(ReadOnlySpan<ulong> seeds)
    {
        var found = new SortedSet<int>();
        foreach (ulong seed in seeds)
        {
            if (_documentsBySeed.TryGetValue(seed, out List<int>? documents))
            {
                if (DistinctCount(documents) <= MaxDocumentFrequency)
                {
                    found.UnionWith(documents);
                }
            }
            else if (_firstDocumentBySeed.TryGetValue(seed, out int only))
            {
                found.Add(only);
            }
        }

        return [.. found];
    }

    private static int DistinctCount(List<int> documents)
    {
        // Documents are usually added in increasing order, making the list already distinct.
        for (int i = 1; i < documents.Count; i++)
        {
            if (documents[i] <= documents[i - 1])
            {
                return documents.Distinct().Count();
            }
        }

        return documents.Count;
    }
}
