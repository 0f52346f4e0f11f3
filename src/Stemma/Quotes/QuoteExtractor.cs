using Stemma.Cleaning;

namespace Stemma.Quotes;

/// <summary>
/// Finds the direct quotations of articles and attributes each to its speaker. Reusable and
/// thread-safe: it keeps no state between calls.
/// </summary>
public sealed class QuoteExtractor
{
    private QuoteExtractor(QuoteOptions options)
    {
        options.Validate();
        Options = options;
        Dictionary = QuoteDictionary.TryLoad(options.DictionaryPath);
    }

    /// <summary>The word list read from <see cref="QuoteOptions.DictionaryPath"/>, or null.</summary>
    internal QuoteDictionary? Dictionary { get; }

    /// <summary>The settings in use.</summary>
    public QuoteOptions Options { get; }

    /// <summary>Creates an extractor; throws when a setting is out of range.</summary>
    public static QuoteExtractor Create(QuoteOptions? options = null) => new(options ?? QuoteOptions.Default);

    /// <summary>
    /// The quotes of one article in order of appearance, speakers resolved inside that article
    /// (a surname alone stays a surname unless the article gives the full name).
    /// </summary>
    public IReadOnlyList<Quote> Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ArticleAttributor.Attribute(article, Options, Dictionary, cancellationToken).Quotes.Select(q => q.Quote).ToList();
    }

    /// <summary>
    /// The quotes of every article of one story, speakers resolved to one identity across the story
    /// (full name, surname only, title and surname), in the order of the articles.
    /// </summary>
    public IReadOnlyList<Quote> ExtractStory(IReadOnlyList<Article> storyArticles, CancellationToken cancellationToken = default) =>
        ReadStory(storyArticles, cancellationToken).Quotes;

    /// <summary>The story's quotes and reported statements with story-wide speaker names.</summary>
    internal (IReadOnlyList<Quote> Quotes, IReadOnlyList<ReportedStatement> Statements) ReadStory(IReadOnlyList<Article> storyArticles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var perArticle = storyArticles.Select(a => ArticleAttributor.Attribute(a, Options, Dictionary, cancellationToken)).ToList();
        var speakers = new StorySpeakers(perArticle.SelectMany(a => a.Quotes.Select(q => q.Identity).OfType<SpeakerIdentity>().Concat(a.Statements.Select(s => s.Speaker))));
        var quotes = perArticle.SelectMany(a => a.Quotes)
            .Select(q => q.Identity is { } who ? q.Quote with { Speaker = speakers.Canonical(who) } : q.Quote)
            .ToList();
        var statements = perArticle.SelectMany(a => a.Statements)
            .Select(s => s with { Speaker = s.Speaker with { Name = speakers.Canonical(s.Speaker) } })
            .ToList();
        return (quotes, statements);
    }
}
