namespace Stemma.Fingerprinting;

/// <summary>What a shingle is made of.</summary>
public enum ShingleKind
{
    /// <summary>Runs of consecutive normalised words (the default; robust to re-wrapping and punctuation).</summary>
    Words,

    /// <summary>Runs of characters of the normalised text (tolerates OCR damage inside words).</summary>
    Characters,
}
