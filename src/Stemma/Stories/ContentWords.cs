using System.Text.RegularExpressions;
using Stemma.Matching;

namespace Stemma.Stories;

/// <summary>
/// The content words of a text (no function words, lightly stemmed), used to tell a rewrite — whose
/// wording is new but whose facts all come from its source — from partial reuse, where the text
/// around the copied passages brings content of its own.
/// </summary>
internal static partial class ContentWords
{
    /// <summary>Words shorter than this carry little content, unless they are numbers.</summary>
    private const int MinLength = 4;

    /// <summary>The stemmed content words of <paramref name="text"/> outside <paramref name="skip"/>, in order.</summary>
    public static List<string> Of(string text, IReadOnlyList<TextSpan>? skip = null)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            if (skip is not null && skip.Any(s => m.Index >= s.Start && m.Index < s.End))
            {
                continue;
            }

            var w = m.Value.ToLowerInvariant().Replace('’', '\'');
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            var isNumber = w.All(char.IsDigit);
            if (EventProfile.StopWords.Contains(w) || (w.Length < MinLength && !isNumber))
            {
                continue;
            }

            // Plural and third-person -s: enough stemming to match "shops" with "shop".
            if (w.Length > MinLength && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
            {
                w = w[..^1];
            }

            words.Add(w);
        }

        return words;
    }

    /// <summary>
    /// The share of <paramref name="text"/>'s content words outside <paramref name="copied"/> that do not
    /// occur anywhere in <paramref name="other"/>: low for a rewrite, high for new writing.
    /// </summary>
    public static double Novelty(string text, IReadOnlyList<TextSpan> copied, string other)
    {
        var own = Of(text, copied);
        if (own.Count == 0)
        {
            return 0;
        }

        var vocabulary = Of(other).ToHashSet(StringComparer.Ordinal);
        return (double)own.Count(w => !vocabulary.Contains(w)) / own.Count;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
