namespace Stemma.Matching.Alignment;

/// <summary>What one segment of an article alignment is.</summary>
public enum SegmentKind
{
    /// <summary>Text both articles carry word for word (a verbatim passage).</summary>
    Shared,

    /// <summary>Text both carry with word-level changes (a near-verbatim passage, or a short gap between two passages).</summary>
    Changed,

    /// <summary>A sentence of A reworded in B, aligned by the paraphrase model.</summary>
    Paraphrased,

    /// <summary>Text only A has (dropped by B, or added by A).</summary>
    OnlyA,

    /// <summary>Text only B has.</summary>
    OnlyB,
}
