using Stemma.Fingerprinting;

namespace Stemma.Matching.Paraphrase;

/// <summary>
/// The fixed train/held-out split of a labelled pair file. A pair's side is decided by a seeded hash of
/// its two ids, so it does not depend on the order of the file or on which other pairs it holds.
/// </summary>
public static class ParaphraseSplit
{
    /// <summary>The share of pairs held out for testing: 20 % (about 815 of MSRP's 4,076 training pairs), the usual size of a test fold.</summary>
    public const double HeldOutShare = 0.2;

    /// <summary>The seed of the split hash; changing it changes which pairs are held out.</summary>
    public const ulong Seed = 0x4D53525048454C44UL;

    /// <summary>True when <paramref name="pair"/> belongs to the held-out part.</summary>
    /// <param name="pair">A pair.</param>
    /// <returns>Whether the pair is held out.</returns>
    public static bool IsHeldOut(ParaphrasePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ulong hash = WyHash.Hash64(WyHash.Hash(pair.Id1, Seed), WyHash.Hash(pair.Id2, Seed));
        return (hash >> 11) * (1.0 / (1UL << 53)) < HeldOutShare;
    }

    /// <summary>Splits labelled pairs into the training part and the held-out part, each in input order.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>The two parts.</returns>
    public static (IReadOnlyList<ParaphrasePair> Train, IReadOnlyList<ParaphrasePair> HeldOut) Split(IEnumerable<ParaphrasePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var train = new List<ParaphrasePair>();
        var heldOut = new List<ParaphrasePair>();
        foreach (ParaphrasePair pair in pairs)
        {
            (IsHeldOut(pair) ? heldOut : train).Add(pair);
        }

        return (train, heldOut);
    }
}
