namespace Stemma.Stories;

/// <summary>The stories of a batch and the one relation between every two articles of each.</summary>
/// <param name="Stories">Stories in order of their first article in the batch.</param>
/// <param name="Relations">Relations ordered by story, then by the batch order of (A, B).</param>
public sealed record StoryGrouping(IReadOnlyList<Story> Stories, IReadOnlyList<Relation> Relations);
