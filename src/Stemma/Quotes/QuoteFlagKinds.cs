namespace Stemma.Quotes;

/// <summary>The kinds of <see cref="QuoteFlag"/>, as they appear in the JSON report.</summary>
public static class QuoteFlagKinds
{
    /// <summary>A negation added or dropped, or a word turned into its antonym.</summary>
    public const string Negation = "negation";

    /// <summary>A number changed.</summary>
    public const string Number = "number";

    /// <summary>The same words given to a different speaker.</summary>
    public const string Speaker = "speaker";

    /// <summary>A paraphrase or quoted fragment that contradicts a direct quote of the same speaker.</summary>
    public const string ParaphraseContradiction = "paraphrase-contradiction";

    /// <summary>A wording only one source carries while the others carry a different one.</summary>
    public const string SingleSource = "single-source";
}
