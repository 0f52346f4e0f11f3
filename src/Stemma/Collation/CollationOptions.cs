namespace Stemma.Collation;

/// <summary>Options of the <see cref="Collator"/>.</summary>
public sealed record CollationOptions
{
    /// <summary>The default share of a witness's weight that counts for an omission: copies lose text
    /// (a dropped line, a cut paragraph) far more often than they invent it, so a reading present in one
    /// clean witness outweighs its absence from two. Calibrated on the seeds' lost line (present in the
    /// clean copy and one printout, absent from the other printout) and our samples' cut web edition.</summary>
    public const double DefaultOmissionWeight = 0.5;

    /// <summary>The defaults.</summary>
    public static CollationOptions Default { get; } = new();

    /// <summary>The share of a witness's weight that counts when its reading is an omission, in (0, 1].</summary>
    public double OmissionWeight { get; init; } = DefaultOmissionWeight;
}
