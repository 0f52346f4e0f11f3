namespace Stemma.Quotes;

/// <summary>The report's spelling of quote difference kinds.</summary>
public static class QuoteNames
{
    /// <summary>The lower-case name used in the JSON report and the terminal.</summary>
    public static string Of(QuoteDifferenceKind kind) => kind switch
    {
        QuoteDifferenceKind.Wording => "wording",
        QuoteDifferenceKind.Omission => "omission",
        QuoteDifferenceKind.Insertion => "insertion",
        QuoteDifferenceKind.Negation => "negation",
        QuoteDifferenceKind.Number => "number",
        QuoteDifferenceKind.Translation => "translation",
        QuoteDifferenceKind.Speaker => "speaker",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quote difference kind."),
    };
}
