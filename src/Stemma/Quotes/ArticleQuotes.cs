namespace Stemma.Quotes;

/// <summary>The quotes and reported statements of one article.</summary>
/// <param name="Quotes">Direct quotations in order of appearance.</param>
/// <param name="Statements">Reported speech, for checking paraphrases against direct quotes.</param>
internal sealed record ArticleQuotes(IReadOnlyList<AttributedQuote> Quotes, IReadOnlyList<ReportedStatement> Statements);
