namespace Stemma;

/// <summary>Where a long analysis stands, for a progress display.</summary>
/// <param name="Stage">The stage at work ("reading", "cleaning", "matching", "grouping").</param>
/// <param name="Done">Items finished in this stage.</param>
/// <param name="Total">Items in this stage, where known.</param>
public sealed record AnalysisProgress(string Stage, int Done, int? Total);
