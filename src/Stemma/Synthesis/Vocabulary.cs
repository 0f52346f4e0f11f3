namespace Stemma.Synthesis;

/// <summary>The words a <see cref="CorpusSynthesizer"/> draws from: common words and proper names.</summary>
public sealed class Vocabulary
{
    // Fewer words than this cannot make articles that differ from each other by chance alone.
    private const int MinimumWords = 100;

    private Vocabulary(string[] words, string[] names)
    {
        Words = words;
        Names = names;
    }

    /// <summary>Lower-case words, in list order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Capitalised words, used as names of people and places.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Builds a vocabulary from a word list, one word a line (e.g. Debian's <c>/usr/share/dict/words</c>).
    /// Keeps plain ASCII words of 2–12 letters: lower-case ones as words, capitalised ones as names.</summary>
    /// <param name="lines">The lines of the list.</param>
    /// <returns>The vocabulary.</returns>
    public static Vocabulary FromLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = new List<string>();
        var names = new List<string>();
        foreach (string raw in lines)
        {
            string w = raw.Trim();
            if (w.Length is < 2 or > 12 || !w.All(char.IsAsciiLetter))
            {
                continue;
            }

            if (w.All(char.IsAsciiLetterLower))
            {
                words.Add(w);
            }
            else if (char.IsAsciiLetterUpper(w[0]) && w[1..].All(char.IsAsciiLetterLower))
            {
                names.Add(w);
            }
        }

        if (words.Count < MinimumWords || names.Count < 2)
        {
            throw new ArgumentException($"the word list has {words.Count} usable lower-case words and {names.Count} names; at least {MinimumWords} and 2 are needed (install Debian's wamerican for /usr/share/dict/words).", nameof(lines));
        }

        return new Vocabulary([.. words], [.. names]);
    }

    /// <summary>Reads a word list file.</summary>
    /// <param name="path">The file, e.g. <see cref="SynthesisOptions.DefaultWordListPath"/>.</param>
    /// <returns>The vocabulary.</returns>
    public static Vocabulary Load(string path = SynthesisOptions.DefaultWordListPath) => FromLines(File.ReadLines(path));
}
