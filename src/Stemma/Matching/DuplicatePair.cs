namespace Stemma.Matching;

/// <summary>A verified near-duplicate or containment pair; A comes before B in the input.</summary>
/// <param name="A">The id of the earlier document.</param>
/// <param name="B">The id of the later document.</param>
/// <param name="Jaccard">Exact Jaccard similarity of the two shingle sets.</param>
/// <param name="ContainmentAInB">The share of A's shingles found in B.</param>
/// <param name="ContainmentBInA">The share of B's shingles found in A.</param>
public readonly record struct DuplicatePair(string A, string B, double Jaccard, double ContainmentAInB, double ContainmentBInA);
