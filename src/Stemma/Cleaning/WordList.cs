using System.Collections.Frozen;

namespace Stemma.Cleaning;

/// <summary>A lower-cased word list (e.g. <c>/usr/share/dict/words</c>), read once.</summary>
internal sealed class WordList
{
    // Suffixes tried when the exact form is not listed; the list holds mostly base forms.
    private static readonly string[] InflectionSuffixes = ["s", "es", "ed", "ing", "er", "ly"];

    private readonly FrozenSet<string> words;

    internal WordList(IEnumerable<string> words)
    {
        this.words = words
            .Select(w => w.Trim())
            .Where(w => w.Length > 0 && !w.Contains('\''))
            .Select(w => w.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the list at <paramref name="path"/>, or returns null when there is no such file.</summary>
    internal static WordList? TryLoad(string path) =>
        File.Exists(path) ? new WordList(File.ReadLines(path)) : null;

    /// <summary>Whether the word, or its stem under a simple inflection, is listed.</summary>
    internal bool Contains(string word)
    {
        var w = word.ToLowerInvariant();
        if (words.Contains(w))
        {
            return true;
        }

        foreach (var suffix in InflectionSuffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                if (words.Contains(stem) || words.Contains(stem + "e"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
