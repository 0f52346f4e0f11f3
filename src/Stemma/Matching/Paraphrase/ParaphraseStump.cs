namespace Stemma.Matching.Paraphrase;

/// <summary>One boosted decision stump: adds <paramref name="Below"/> or <paramref name="Above"/> to the margin.</summary>
/// <param name="Feature">The index of the feature tested.</param>
/// <param name="Split">Raw feature values below this go to <paramref name="Below"/>.</param>
/// <param name="Below">The margin added below the split.</param>
/// <param name="Above">The margin added at or above the split.</param>
internal readonly record struct ParaphraseStump(int Feature, double Split, double Below, double Above);
