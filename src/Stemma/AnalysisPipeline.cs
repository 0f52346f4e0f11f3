using Stemma.Cleaning;
using Stemma.Collation;
using Stemma.Extraction;
using Stemma.Lineage;
using Stemma.Matching;
using Stemma.Quotes;
using Stemma.Reporting;
using Stemma.Sources;
using Stemma.Stories;

namespace Stemma;

/// <summary>
/// The <c>analyze</c> pipeline: read, extract, clean, match, group. Built once from options and
/// reused; it holds no per-run state, so one instance may serve several runs at once.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly ArticleCleaner _cleaner;
    private readonly TextReuseMatcher _matcher;
    private readonly DocumentExtractor _extractor;
    private readonly SourceReader _reader;
    private readonly Collator _collator;
    private readonly LineageBuilder _lineage;
    private readonly QuoteAnalyzer _quotes;

    private AnalysisPipeline(AnalysisOptions options)
    {
        Options = options;
        _cleaner = ArticleCleaner.Create(options.Cleaning);
        _matcher = TextReuseMatcher.Create(options.Matching);
        _extractor = new DocumentExtractor();
        _reader = new SourceReader();
        _collator = Collator.Create(options.Collation);
        _lineage = LineageBuilder.Create(options.Lineage);
        _quotes = QuoteAnalyzer.Create(options.Quotes);
    }

    /// <summary>The options this pipeline was built with.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Builds a pipeline.</summary>
    public static AnalysisPipeline Create(AnalysisOptions? options = null) => new(options ?? AnalysisOptions.Default);

    /// <summary>Analyses the files, directories and <c>-</c> (standard input) in <paramref name="paths"/>.</summary>
    /// <param name="paths">What the user named, in the order given.</param>
    /// <param name="standardInput">The stream read for <c>-</c>.</param>
    /// <param name="progress">Receives progress as stages advance.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public AnalysisReport Analyze(
        IReadOnlyList<string> paths,
        Stream? standardInput = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Analyze(Read(paths, standardInput, progress, cancellationToken), progress, cancellationToken);

    /// <summary>Analyses documents already extracted (for callers that read their own input).</summary>
    public AnalysisReport Analyze(
        IReadOnlyList<ExtractedDocument> extracted,
        IReadOnlyList<SourceError> priorErrors,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Analyze(Clean(extracted, priorErrors, progress, cancellationToken), progress, cancellationToken);

    /// <summary>Reads, extracts and cleans what <paramref name="paths"/> name: the articles and the inputs that failed.</summary>
    public ArticleBatch Read(
        IReadOnlyList<string> paths,
        Stream? standardInput = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new List<SourceError>();
        var extracted = new List<ExtractedDocument>();
        var read = 0;
        foreach (var item in _reader.Read(paths, standardInput, cancellationToken))
        {
            if (item.Error is { } readError)
            {
                errors.Add(readError);
                continue;
            }

            foreach (var result in _extractor.Extract(item.Input!, cancellationToken))
            {
                if (result.Error is { } extractError)
                {
                    errors.Add(extractError);
                }
                else
                {
                    extracted.Add(result.Document!);
                }
            }

            progress?.Report(new AnalysisProgress("reading", ++read, null));
        }

        return Clean(extracted, errors, progress, cancellationToken);
    }

    /// <summary>Cleans extracted documents; one left with no text becomes an error.</summary>
    public ArticleBatch Clean(
        IReadOnlyList<ExtractedDocument> extracted,
        IReadOnlyList<SourceError> priorErrors,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var errors = priorErrors.ToList();
        progress?.Report(new AnalysisProgress("cleaning", 0, extracted.Count));
        var cleaned = _cleaner.Clean(extracted, cancellationToken);
        var articles = new List<Article>(cleaned.Count);
        foreach (var article in cleaned)
        {
            if (string.IsNullOrWhiteSpace(article.Text))
            {
                errors.Add(new SourceError(article.Source, "no article text found (everything in it was site chrome, captions or links)"));
            }
            else
            {
                articles.Add(article);
            }
        }

        return new ArticleBatch(articles, errors);
    }

    /// <summary>Matches and groups a cleaned batch into stories and relations.</summary>
    public AnalysisReport Analyze(ArticleBatch batch, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var articles = batch.Articles;
        progress?.Report(new AnalysisProgress("matching", 0, articles.Count));
        var texts = articles.Select(a => a.Text).ToList();
        var pairs = _matcher.FindPairs(texts, cancellationToken);
        progress?.Report(new AnalysisProgress("grouping", 0, articles.Count));
        var grouping = StoryBuilder.Build(articles, pairs, (a, b) => _matcher.Compare(texts[a], texts[b]) with { A = a, B = b }, cancellationToken);
        progress?.Report(new AnalysisProgress("quotes", 0, grouping.Stories.Count));
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var quotes = new List<QuoteFamily>();
        foreach (var story in grouping.Stories)
        {
            quotes.AddRange(_quotes.Analyze([.. story.Documents.Select(id => byId[id])], cancellationToken));
            progress?.Report(new AnalysisProgress("quotes", quotes.Count, grouping.Stories.Count));
        }

        var collations = grouping.Stories.SelectMany(s => _collator.CollateStory(s, grouping.Relations, byId, cancellationToken)).ToList();
        var lineage = _lineage.Build(grouping.Stories, grouping.Relations, byId, collations, cancellationToken);

        return new AnalysisReport
        {
            Documents = articles,
            Stories = grouping.Stories,
            Relations = lineage.Relations,
            Quotes = quotes,
            Collations = collations,
            Stemma = lineage.Stemmata,
            Errors = batch.Errors,
        };
    }
}
