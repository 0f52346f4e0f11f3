using System.Text.Json;
using AngleSharp.Dom;

namespace Stemma.Extraction;

/// <summary>The fields of the first schema.org article found in a page's JSON-LD blocks.</summary>
internal sealed record JsonLdArticle(
    string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url, string? InLanguage = null, string? SourceOrganization = null)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
    };

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle None { get; } = new(null, null, null, null, null);

    public static JsonLdArticle Find(IDocument document, List<string> warnings)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, ParseOptions);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return Read(article);
                }
            }
            catch (JsonException ex)
            {
                warnings.Add($"malformed JSON-LD block ignored ({ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim()})");
            }
        }

        return None;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticle(element))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static JsonLdArticle Read(JsonElement article) => new(
        String(article, "headline") ?? String(article, "name"),
        String(article, "datePublished"),
        Names(article, "author"),
        Names(article, "publisher"),
        String(article, "url"),
        String(article, "inLanguage"),
        Names(article, "sourceOrganization"));

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && HtmlDocument.Collapse(value.GetString()!) is { Length: > 0 } text
            ? text
            : null;

    /// <summary>A person or organisation given as a string, an object with a name, or an array of them.</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = new List<string>();
        Collect(value, names);
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static void Collect(JsonElement value, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when HtmlDocument.Collapse(value.GetString()!) is { Length: > 0 } text:
                names.Add(text);
                break;
            case JsonValueKind.Object when String(value, "name") is { } text:
                names.Add(text);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
