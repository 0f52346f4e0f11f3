using Stemma.Cleaning;

namespace Stemma.Quotes;

/// <summary>
/// The quote stage: who said what across the articles of one story, every variant of each
/// utterance, and the alterations that change meaning. Create once, reuse; thread-safe.
/// </summary>
public sealed class QuoteAnalyzer
{
    private readonly QuoteExtractor _extractor;

    private QuoteAnalyzer(QuoteExtractor extractor) => _extractor = extractor;

    /// <summary>The settings in use.</summary>
    public QuoteOptions Options => _extractor.Options;

    /// <summary>Creates an analyzer; throws when a setting is out of range, saying how to fix it.</summary>
    public static QuoteAnalyzer Create(QuoteOptions? options = null) => new(QuoteExtractor.Create(options));

    /// <summary>
    /// The quote families of one story: each with its speaker, its head (longest rendering), every
    /// variant with the documents carrying it and its differences from the head, and its flags. In
    /// order of first appearance (by the order of <paramref name="storyArticles"/>, then offset).
    /// </summary>
    public IReadOnlyList<QuoteFamily> Analyze(IReadOnlyList<Article> storyArticles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyArticles);
        var (quotes, statements) = _extractor.ReadStory(storyArticles, cancellationToken);
        var builder = new FamilyBuilder(Options, storyArticles.Select(a => a.Id).ToList());
        return builder.Build(quotes, statements, cancellationToken);
    }
}
