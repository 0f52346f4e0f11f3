namespace Stemma.Matching;

/// <summary>How far a dedup run has got.</summary>
/// <param name="Stage">What it is doing: reading, indexing, verifying, clustering.</param>
/// <param name="BytesRead">Input bytes read so far in the reading stage.</param>
/// <param name="TotalBytes">Input size in bytes.</param>
/// <param name="Documents">Documents fingerprinted so far.</param>
public readonly record struct DedupProgress(string Stage, long BytesRead, long TotalBytes, int Documents);
