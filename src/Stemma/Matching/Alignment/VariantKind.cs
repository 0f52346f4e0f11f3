namespace Stemma.Matching.Alignment;

/// <summary>How aligned text differs at one place.</summary>
public enum VariantKind
{
    /// <summary>Words of A replaced by other words in B.</summary>
    Substituted,

    /// <summary>Words of A absent from B.</summary>
    Dropped,

    /// <summary>Words of B absent from A.</summary>
    Inserted,

    /// <summary>A run of words present in both, at a different place relative to the words around it.</summary>
    Moved,
}
