namespace Stemma.Stories;

/// <summary>The articles that report one event.</summary>
/// <param name="Id">A stable id derived from the member ids.</param>
/// <param name="Headline">The headline of the article that best represents the story.</param>
/// <param name="Documents">Member article ids, in batch order.</param>
public sealed record Story(string Id, string Headline, IReadOnlyList<string> Documents);
