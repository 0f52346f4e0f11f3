using Stemma.Cleaning;
using Stemma.Sources;

namespace Stemma;

/// <summary>Cleaned articles ready for matching, and the inputs that could not be read.</summary>
/// <param name="Articles">The articles, in batch order.</param>
/// <param name="Errors">Inputs that failed, with the reason.</param>
public sealed record ArticleBatch(IReadOnlyList<Article> Articles, IReadOnlyList<SourceError> Errors);
