using System.Globalization;
using System.Text.RegularExpressions;
using Stemma.Extraction;

namespace Stemma.Cleaning;

/// <summary>
/// The cleaning stage: turns extracted documents into articles — hard wraps undone, broken words
/// and quotes repaired, chrome taken out (each piece recorded with its kind), metadata read from
/// the text. Works on a whole batch because some evidence (how the corpus spells a compound,
/// which lines an outlet repeats on every page) only shows across documents. Thread-safe and
/// reusable once created.
/// </summary>
public sealed partial class ArticleCleaner
{
    /// <summary>Hex digits of the content hash kept in an article id.</summary>
    private const int IdHashDigits = 12;

    private readonly CleaningOptions options;
    private readonly Lazy<WordList?> dictionary;

    private ArticleCleaner(CleaningOptions options)
    {
        this.options = options;
        dictionary = new Lazy<WordList?>(() => WordList.TryLoad(options.DictionaryPath), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a cleaner with the given options.</summary>
    /// <exception cref="ArgumentException">The options name no dictionary path.</exception>
    public static ArticleCleaner Create(CleaningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DictionaryPath))
        {
            throw new ArgumentException(
                "CleaningOptions.DictionaryPath is empty; give a word-list file (CleaningOptions.DefaultDictionaryPath is the system one). A missing file is allowed.",
                nameof(options));
        }

        return new ArticleCleaner(options);
    }

    /// <summary>Cleans a batch: one article per document, in the same order.</summary>
    /// <exception cref="ArgumentException">A document's content hash has fewer than 12 hex digits.</exception>
    public IReadOnlyList<Article> Clean(IReadOnlyList<ExtractedDocument> batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = AssignIds(batch);
        var evidence = HyphenEvidence.FromBodies(batch.Select(d => d.Body));
        var lines = batch.Select(d => SplitLines(d.Body)).ToList();
        var removed = batch.Select(_ => new List<RemovedText>()).ToList();
        for (var i = 0; i < batch.Count; i++)
        {
            UrlLineRule.Apply(lines[i], removed[i]);
        }

        var inferredOutlets = batch.Select(d => MetadataRule.InferOutlet(d.Body)).ToList();
        var outletKeys = batch.Select((d, i) => d.Metadata.Outlet ?? inferredOutlets[i] ?? HostOf(d.Metadata.Url)).ToList();
        RecurringLineRule.Apply(lines, outletKeys, removed);

        var articles = new List<Article>(batch.Count);
        var dictionaryWarned = false;
        for (var i = 0; i < batch.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var document = batch[i];
            var hyphenation = new HyphenationRule(evidence, () => dictionary.Value);
            var repairs = new List<string>();
            if (UnwrapRule.EstimateWrapWidth(lines[i]) is var width and > 0)
            {
                repairs.Add(string.Create(CultureInfo.InvariantCulture, $"hard-wrapped at about {width} columns: lines unwrapped into paragraphs"));
            }

            var paragraphs = UnwrapRule.Unwrap(lines[i], hyphenation)
                .Select(NormalizeSpaces)
                .Where(p => p.Length > 0)
                .ToList();
            var metadata = MetadataRule.Apply(paragraphs, document, inferredOutlets[i], removed[i]);
            ChromeRule.Apply(paragraphs, removed[i]);

            var warnings = new List<string>(document.Warnings);
            warnings.AddRange(GapJoinRule.Apply(paragraphs, hyphenation));
            var beforeQuotes = paragraphs.ToArray();
            warnings.AddRange(QuoteRepairRule.Apply(paragraphs));
            if (paragraphs.Where((p, k) => !string.Equals(p, beforeQuotes[k], StringComparison.Ordinal)).Count() is var quoteFixes and > 0)
            {
                repairs.Add(string.Create(CultureInfo.InvariantCulture, $"broken quotation marks repaired in {quoteFixes} paragraph(s)"));
            }

            if (hyphenation.Joins > 0)
            {
                repairs.Add(string.Create(CultureInfo.InvariantCulture, $"{hyphenation.Joins} word(s) broken across lines joined"));
            }

            if (hyphenation.DictionaryWasMissing && !dictionaryWarned)
            {
                dictionaryWarned = true;
                warnings.Add($"dictionary {options.DictionaryPath} not found: words broken at line ends were joined on corpus evidence only");
            }

            articles.Add(new Article
            {
                Id = ids[i],
                Source = document.Source,
                Format = document.Format,
                Metadata = metadata,
                Text = string.Join("\n\n", paragraphs),
                Removed = [.. document.Removed.Select(Reclassify), .. removed[i]],
                Warnings = warnings,
                Repairs = repairs,
            });
        }

        return articles;
    }

    /// <summary>"d" + the first 12 hex digits of the content hash; repeats get "-2", "-3"… in batch order.</summary>
    internal static IReadOnlyList<string> AssignIds(IReadOnlyList<ExtractedDocument> batch)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var hash = batch[i].ContentHash;
            if (hash is null || hash.Length < IdHashDigits || !hash.All(char.IsAsciiHexDigit))
            {
                throw new ArgumentException(
                    $"Document {batch[i].Source} has content hash '{hash}'; an id needs at least {IdHashDigits} hex digits (extraction supplies 16).",
                    nameof(batch));
            }

            var id = "d" + hash[..IdHashDigits].ToLowerInvariant();
            var count = seen.GetValueOrDefault(id) + 1;
            seen[id] = count;
            ids[i] = count == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-{count}");
        }

        return ids;
    }

    /// <summary>
    /// Extraction names a dropped block by where it stood (an aside is "related", a banner
    /// "boilerplate"); when the lexicon recognises what it says (a donation appeal in an aside),
    /// that kind is the more specific one.
    /// </summary>
    internal static RemovedText Reclassify(RemovedText item) =>
        item.Kind is RemovalKinds.Boilerplate or RemovalKinds.Related && ChromeRule.KindOf(item.Text) is { } kind
            ? item with { Kind = kind }
            : item;

    private static List<string> SplitLines(string body) =>
        body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n')
            .Select(l => l.TrimEnd())
            .ToList();

    private static string NormalizeSpaces(string paragraph) => Spaces().Replace(paragraph, " ").Trim();

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
