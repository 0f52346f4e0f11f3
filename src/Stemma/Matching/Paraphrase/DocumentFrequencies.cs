namespace Stemma.Matching.Paraphrase;

/// <summary>
/// How many training sentences contain each word stem, for inverse document frequency weights: a shared rare
/// word ("Marrowick", "acquisition") says more about two sentences than a shared common one ("new", "company").
/// Stems seen once are not stored; they weigh the same as unseen ones.
/// </summary>
internal sealed class DocumentFrequencies
{
    // Stems in fewer sentences than this are not stored: their weight equals an unseen stem's.
    private const int MinStoredFrequency = 2;

    private readonly Dictionary<string, int> _counts;

    public DocumentFrequencies(int documents, IReadOnlyDictionary<string, int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        Documents = documents;
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, int> kv in counts)
        {
            if (kv.Value >= MinStoredFrequency)
            {
                _counts[kv.Key] = kv.Value;
            }
        }
    }

    /// <summary>The number of sentences counted.</summary>
    public int Documents { get; }

    /// <summary>The stored counts, ordinally sorted by stem (for saving).</summary>
    public SortedDictionary<string, int> Counts => new(_counts, StringComparer.Ordinal);

    /// <summary>Counts the distinct stems of each sentence of the pairs.</summary>
    public static DocumentFrequencies Count(IEnumerable<SentenceProfile> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SentenceProfile s in sentences)
        {
            documents++;
            seen.Clear();
            foreach (string stem in s.StemTexts)
            {
                if (seen.Add(stem))
                {
                    counts[stem] = counts.GetValueOrDefault(stem) + 1;
                }
            }
        }

        return new DocumentFrequencies(documents, counts);
    }

    /// <summary>The smoothed inverse document frequency of a stem: ln((N + 1) / (df + 1)) + 1, never below 1.</summary>
    public double Idf(string stem)
    {
        int df = _counts.TryGetValue(stem, out int c) ? c : 1;
        return Math.Log((Documents + 1.0) / (df + 1.0)) + 1.0;
    }
}
