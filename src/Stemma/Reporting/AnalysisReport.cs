using Stemma.Cleaning;
using Stemma.Lineage;
using Stemma.Quotes;
using Stemma.Sources;
using Stemma.Stories;

namespace Stemma.Reporting;

/// <summary>Everything <c>stemma analyze</c> found in a batch: the in-memory form of <c>stemma.report/1</c>.</summary>
public sealed record AnalysisReport
{
    /// <summary>The schema name written in the JSON report.</summary>
    public const string Schema = "stemma.report/1";

    /// <summary>Every article read, in batch order.</summary>
    public required IReadOnlyList<Article> Documents { get; init; }

    /// <summary>The stories, each article in exactly one.</summary>
    public required IReadOnlyList<Story> Stories { get; init; }

    /// <summary>One relation for every pair of articles in the same story.</summary>
    public required IReadOnlyList<Relation> Relations { get; init; }

    /// <summary>The quote families of every story, story by story, each in order of first appearance.</summary>
    public IReadOnlyList<QuoteFamily> Quotes { get; init; } = [];

    /// <summary>One collation per edition (articles linked by identical, near-duplicate and edition relations).</summary>
    public IReadOnlyList<Collation.Collation> Collations { get; init; } = [];

    /// <summary>One stemma per story.</summary>
    public IReadOnlyList<StoryStemma> Stemma { get; init; } = [];

    /// <summary>Inputs that could not be read, with the reason.</summary>
    public required IReadOnlyList<SourceError> Errors { get; init; }
}
