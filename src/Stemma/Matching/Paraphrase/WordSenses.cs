namespace Stemma.Matching.Paraphrase;

/// <summary>What WordNet says about one word: its lemmas, its synsets, the synsets one pointer away and its antonyms.</summary>
/// <param name="Lemmas">The lemmas morphy found, sorted (empty when WordNet does not know the word).</param>
/// <param name="Senses">Synset keys (part of speech in the high 32 bits, file offset in the low), sorted.</param>
/// <param name="Related">Synsets one hypernym, hyponym, derivation, similarity or pertainym pointer away, sorted.</param>
/// <param name="Antonyms">Synsets of the antonyms, sorted.</param>
internal sealed record WordSenses(string[] Lemmas, long[] Senses, long[] Related, long[] Antonyms)
{
    /// <summary>A word WordNet does not know.</summary>
    public static WordSenses Unknown { get; } = new([], [], [], []);

    /// <summary>True when the two sorted arrays share an element.</summary>
    public static bool Intersect(long[] x, long[] y)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                return true;
            }

            if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }
}
