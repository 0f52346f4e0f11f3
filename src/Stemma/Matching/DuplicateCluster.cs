namespace Stemma.Matching;

/// <summary>A connected group of verified pairs.</summary>
/// <param name="Representative">The member with the earliest date, then the smallest id (ordinal).</param>
/// <param name="Members">Every member, ordered by date (undated last), then id; the representative first.</param>
public sealed record DuplicateCluster(string Representative, IReadOnlyList<string> Members);
