using Stemma.Cleaning;
using Stemma.Collation;
using Stemma.Lineage;
using Stemma.Matching;
using Stemma.Quotes;

namespace Stemma;

/// <summary>Settings of the whole <c>analyze</c> pipeline, one options object per stage.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults documented in the README.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Cleaning settings.</summary>
    public CleaningOptions Cleaning { get; init; } = new();

    /// <summary>Matching settings.</summary>
    public MatchingOptions Matching { get; init; } = new();

    /// <summary>Quote extraction and family settings.</summary>
    public QuoteOptions Quotes { get; init; } = new();

    /// <summary>Collation settings.</summary>
    public CollationOptions Collation { get; init; } = new();

    /// <summary>Lineage (stemma) settings.</summary>
    public LineageOptions Lineage { get; init; } = new();
}
