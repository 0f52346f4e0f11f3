namespace Stemma.Quotes;

/// <summary>How a variant of a quote differs from the head of its family.</summary>
public enum QuoteDifferenceKind
{
    /// <summary>Words replaced by other words.</summary>
    Wording,

    /// <summary>Words of the head left out (including a quote cut short).</summary>
    Omission,

    /// <summary>Words added that the head does not have.</summary>
    Insertion,

    /// <summary>A negation added or dropped, or a word replaced by its antonym.</summary>
    Negation,

    /// <summary>A number replaced by another.</summary>
    Number,

    /// <summary>The same statement rendered in a different translation: same speaker, few words in common.</summary>
    Translation,

    /// <summary>The same words attributed to a different speaker.</summary>
    Speaker,
}
