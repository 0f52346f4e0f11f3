using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

/// <summary>Small labelled pair sets for the term-weight and latent-space tests.</summary>
internal static class DecidingPairs
{
    public static SentenceProfile Profile(string s) => SentenceProfile.Create(s, 0, s.Length, null);

    /// <summary>
    /// Pairs where "cancelled" is in both sentences of every paraphrase and in one sentence only
    /// (written <paramref name="unpairedForm"/>) of every non-paraphrase, and "council" is always in both.
    /// </summary>
    public static (List<(SentenceProfile A, SentenceProfile B)> Pairs, List<bool> Labels) Make(string unpairedForm)
    {
        var pairs = new List<(SentenceProfile A, SentenceProfile B)>();
        var labels = new List<bool>();
        string[] places = ["Pellham", "Marrowick", "Tarnow", "Kessler", "Varga", "Ostrava", "Lindqvist", "Halloran"];
        foreach (string place in places)
        {
            pairs.Add((Profile($"The {place} council cancelled the fair."), Profile($"The fair was cancelled by the {place} council.")));
            labels.Add(true);
            pairs.Add((Profile($"The {place} council {unpairedForm} the fair."), Profile($"The {place} council held the fair in the park.")));
            labels.Add(false);
        }

        return (pairs, labels);
    }
}
