using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Stemma.Matching;

/// <summary>Reads one JSONL line of the dedup input: <c>id</c> (string or number), <c>text</c>, optional <c>date</c>;
/// other fields are skipped. The text is unescaped into a reusable character buffer, never into a string.</summary>
internal static class JsonlArticleParser
{
    private static ReadOnlySpan<byte> IdName => "id"u8;

    private static ReadOnlySpan<byte> TextName => "text"u8;

    private static ReadOnlySpan<byte> DateName => "date"u8;

    /// <summary>The outcome of parsing one line.</summary>
    internal struct Parsed
    {
        public string? Id;
        public int TextLength;
        public long DateTicks;
        public string? Error;
        public string? Warning;
    }

    /// <summary>Parses <paramref name="line"/>; the text lands in <paramref name="text"/>[..TextLength].</summary>
    /// <param name="line">The UTF-8 bytes of the line, without its newline.</param>
    /// <param name="text">A reusable buffer, grown when needed.</param>
    /// <param name="wantId">False to skip materialising the id (verification re-reads).</param>
    public static Parsed Parse(ReadOnlySpan<byte> line, ref char[] text, bool wantId = true)
    {
        var result = new Parsed { DateTicks = long.MaxValue, TextLength = -1 };
        bool sawId = false;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                result.Error = "not a JSON object; each line must be {\"id\": …, \"text\": …}";
                return result;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(TextName))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        result.Error = $"\"text\" must be a string, not {Describe(reader.TokenType)}";
                        return result;
                    }

                    int max = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                    if (text.Length < max)
                    {
                        text = new char[Math.Max(max, text.Length * 2)];
                    }

                    result.TextLength = reader.CopyString(text);
                }
                else if (reader.ValueTextEquals(IdName))
                {
                    reader.Read();
                    sawId = true;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        result.Id = wantId ? reader.GetString() : string.Empty;
                    }
                    else if (reader.TokenType == JsonTokenType.Number)
                    {
                        result.Id = wantId ? Encoding.UTF8.GetString(reader.ValueSpan) : string.Empty;
                    }
                    else
                    {
                        result.Error = $"\"id\" must be a string or a number, not {Describe(reader.TokenType)}";
                        return result;
                    }
                }
                else if (reader.ValueTextEquals(DateName))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        string raw = reader.GetString()!;
                        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
                        {
                            result.DateTicks = date.UtcTicks;
                        }
                        else
                        {
                            result.Warning = $"\"date\" {raw} is not a date (use ISO 8601, e.g. 2024-05-01T09:30:00Z); the document is kept without one";
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        result.Warning = $"\"date\" must be a string, not {Describe(reader.TokenType)}; the document is kept without one";
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            while (reader.Read())
            {
                // Drain to the end so trailing garbage after the object is reported.
            }
        }
        catch (JsonException e)
        {
            result.Error = $"malformed JSON: {e.Message}";
            return result;
        }

        if (!sawId)
        {
            result.Error = "missing \"id\"";
        }
        else if (result.TextLength < 0)
        {
            result.Error = "missing \"text\"";
        }

        return result;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
