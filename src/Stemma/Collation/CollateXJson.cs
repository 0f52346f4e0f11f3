using System.Text.Encodings.Web;
using System.Text.Json;
using Stemma.Fingerprinting;

namespace Stemma.Collation;

/// <summary>
/// Writes a <see cref="Collation"/> in the shape of CollateX's JSON alignment table (horizontal
/// layout, segmented): <c>{"witnesses": [sigla], "table": [per witness: [per column: [tokens] or null]]}</c>,
/// each token <c>{"t": text with its trailing separator, "n": normalised word}</c>, so that tools reading
/// CollateX output can read ours.
/// </summary>
public static class CollateXJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CollateX-compatible JSON of <paramref name="collation"/>.</summary>
    public static string Write(Collation collation)
    {
        ArgumentNullException.ThrowIfNull(collation);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("witnesses");
            foreach (var w in collation.Witnesses)
            {
                json.WriteStringValue(w.Id);
            }

            json.WriteEndArray();
            json.WriteStartArray("table");
            for (int w = 0; w < collation.Witnesses.Count; w++)
            {
                var text = collation.Witnesses[w].Text;
                var words = Tokenizer.Tokenize(text);
                json.WriteStartArray();
                foreach (var segment in collation.Segments)
                {
                    if (segment.Cells[w] is not { } span)
                    {
                        json.WriteNullValue();
                        continue;
                    }

                    json.WriteStartArray();
                    for (int t = 0; t < words.Count; t++)
                    {
                        if (words.Starts[t] < span.Start || words.Ends[t] > span.End)
                        {
                            continue;
                        }

                        int next = t + 1 < words.Count ? words.Starts[t + 1] : text.Length;
                        json.WriteStartObject();
                        json.WriteString("t", text[words.Starts[t]..next]);
                        json.WriteString("n", words.GetNormalized(t));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
