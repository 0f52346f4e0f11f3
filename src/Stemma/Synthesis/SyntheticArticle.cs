namespace Stemma.Synthesis;

/// <summary>One generated article.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Date">Publication time (derived articles come after their source).</param>
/// <param name="Title">The headline.</param>
/// <param name="Text">The body.</param>
/// <param name="DupOf">The id of the article this one was derived from, or null for an original.</param>
/// <param name="Transforms">The edits that derived it (e.g. <c>substitute+chrome</c>), or null for an original.</param>
public sealed record SyntheticArticle(string Id, DateTimeOffset Date, string Title, string Text, string? DupOf, string? Transforms);
