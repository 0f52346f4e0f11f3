using System.Text.Json;

namespace Stemma.Extraction;

/// <summary>Reads one JSON Lines row: a JSON object with a required <c>text</c> field.</summary>
internal static class JsonlLine
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <summary>Whether the line is a JSON object with a string <c>text</c> field.</summary>
    public static bool IsObjectWithText(ReadOnlySpan<char> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line.ToString(), ParseOptions);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("text", out var text)
                && text.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The row's text and metadata, or why the row cannot be used.</summary>
    public static (string? Text, DocumentMetadata Metadata, List<string> Warnings, string? Problem) Read(string line)
    {
        var warnings = new List<string>();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException ex)
        {
            return (null, DocumentMetadata.Empty, warnings, $"malformed JSON at column {(ex.BytePositionInLine ?? 0) + 1}: {Plain(ex.Message)}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, DocumentMetadata.Empty, warnings, $"not a JSON object (found {Describe(root.ValueKind)})");
            }

            if (!root.TryGetProperty("text", out var textElement))
            {
                return (null, DocumentMetadata.Empty, warnings, "missing \"text\" field");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return (null, DocumentMetadata.Empty, warnings, $"\"text\" is {Describe(textElement.ValueKind)}, not a string");
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, DocumentMetadata.Empty, warnings, "\"text\" is empty");
            }

            var metadata = new DocumentMetadata
            {
                GivenId = Id(root, warnings),
                Title = Field(root, "title", warnings),
                Url = Field(root, "url", warnings),
                Outlet = Field(root, "outlet", warnings),
                Byline = Field(root, "byline", warnings) ?? Field(root, "author", warnings),
                Wire = Field(root, "wire", warnings),
                Published = Published(root, warnings),
            };
            return (text, metadata, warnings, null);
        }
    }

    private static string? Id(JsonElement root, List<string> warnings)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            return null;
        }

        switch (id.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(id.GetString()) ? null : id.GetString()!.Trim();
            case JsonValueKind.Number:
                return id.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                warnings.Add($"\"id\" is {Describe(id.ValueKind)}, not a string or number; ignored");
                return null;
        }
    }

    private static string? Field(JsonElement root, string name, List<string> warnings)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            warnings.Add($"\"{name}\" is {Describe(value.ValueKind)}, not a string; ignored");
            return null;
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    private static DateOnly? Published(JsonElement root, List<string> warnings)
    {
        var value = Field(root, "published", warnings);
        if (value is null)
        {
            return null;
        }

        var date = IsoDate.Parse(value);
        if (date is null)
        {
            warnings.Add($"\"published\" is not an ISO date or date-time (\"{value}\"); ignored");
        }

        return date;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 9." which means nothing to a
    // user who was already told the line and column.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.TrimEnd('.');
    }
}
