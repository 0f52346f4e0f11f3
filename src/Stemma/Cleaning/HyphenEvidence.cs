using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// How often the batch writes a compound with a hyphen and how often solid, counted away from line
/// ends (a hyphen at a line end is the very thing in doubt).
/// </summary>
internal sealed partial class HyphenEvidence
{
    private readonly Dictionary<string, int> hyphenated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> solid = new(StringComparer.Ordinal);

    /// <summary>Counts the words of every body of the batch.</summary>
    internal static HyphenEvidence FromBodies(IEnumerable<string> bodies)
    {
        var evidence = new HyphenEvidence();
        foreach (var body in bodies)
        {
            foreach (Match m in WordPattern().Matches(body))
            {
                var parts = m.Value.ToLowerInvariant().Split('-');
                if (parts.Length == 1)
                {
                    Increment(evidence.solid, parts[0]);
                    continue;
                }

                for (var i = 0; i + 1 < parts.Length; i++)
                {
                    Increment(evidence.hyphenated, parts[i] + "-" + parts[i + 1]);
                }
            }
        }

        return evidence;
    }

    /// <summary>How often <c>left-right</c> occurs mid-line.</summary>
    internal int HyphenatedCount(string left, string right) =>
        hyphenated.GetValueOrDefault((left + "-" + right).ToLowerInvariant());

    /// <summary>How often <c>leftright</c> occurs as one word.</summary>
    internal int SolidCount(string left, string right) =>
        solid.GetValueOrDefault((left + right).ToLowerInvariant());

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    // A hyphen only counts inside a word (letter on both sides on the same line).
    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex WordPattern();
}
