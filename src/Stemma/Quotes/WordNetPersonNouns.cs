using System.Collections.Frozen;
using System.Globalization;
using Stemma.Matching.Paraphrase;

namespace Stemma.Quotes;

/// <summary>
/// The nouns that name a person in their most frequent sense, read from WordNet 3.0 (Debian's <c>wordnet-base</c>): every
/// one-word noun whose first synset has person.n.01 among its hypernyms (investigator, rider, churchwarden, harbourmaster). A
/// reporter names a speaker by any such noun ("the investigator said"), far more than a hand list can hold. Instance hypernyms
/// (Archimedes, Himmler) are not followed: those are named people, not roles. Nouns that are also verbs or adjectives (have,
/// tell, senior, local) are left out: after a determiner they open clauses and modify nouns more often than they name a
/// speaker; the hand list keeps the common ones (nurse, judge, official). Empty when WordNet is not installed.
/// </summary>
internal static class WordNetPersonNouns
{
    // person.n.01 ("a human being"), by its offset in WordNet 3.0's data.noun.
    private const long PersonOffset = 7846;

    private static readonly Lazy<FrozenSet<string>> Installed = new(
        () => Load(Environment.GetEnvironmentVariable(WordNet.DirectoryVariable) is { Length: > 0 } d ? d : WordNet.DefaultDirectory),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The installed database's person nouns, lowercase; empty when it is missing.</summary>
    public static FrozenSet<string> Shared => Installed.Value;

    /// <summary>Reads the person nouns from the database in <paramref name="directory"/>; empty when a file is missing or unreadable.</summary>
    public static FrozenSet<string> Load(string directory)
    {
        var index = Path.Combine(directory, "index.noun");
        var data = Path.Combine(directory, "data.noun");
        if (!File.Exists(index) || !File.Exists(data))
        {
            return FrozenSet<string>.Empty;
        }

        try
        {
            var hypernyms = ReadHypernyms(data);
            var otherParts = ReadLemmas(Path.Combine(directory, "index.verb")).Concat(ReadLemmas(Path.Combine(directory, "index.adj"))).ToHashSet(StringComparer.Ordinal);
            var memo = new Dictionary<long, bool>();
            var nouns = new List<string>();
            foreach (var line in File.ReadLines(index))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue; // the licence header
                }

                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lemma = f[0];
                if (lemma.Contains('_', StringComparison.Ordinal) || !lemma.All(c => char.IsAsciiLetterLower(c) || c == '-'))
                {
                    continue;
                }

                var pointerCount = int.Parse(f[3], CultureInfo.InvariantCulture);
                var firstSense = long.Parse(f[4 + pointerCount + 2], CultureInfo.InvariantCulture);
                if (IsPerson(firstSense, hypernyms, memo) && !otherParts.Contains(lemma))
                {
                    nouns.Add(lemma);
                }
            }

            return nouns.ToFrozenSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return FrozenSet<string>.Empty;
        }
    }

    // The lemmas of an index file; none when it is missing.
    private static IEnumerable<string> ReadLemmas(string path) => File.Exists(path)
        ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != ' ').Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)])
        : [];

    // Each synset's hypernyms ("@" pointers to nouns), by offset.
    private static Dictionary<long, long[]> ReadHypernyms(string path)
    {
        var hypernyms = new Dictionary<long, long[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var i = 4 + (2 * wordCount);
            var pointerCount = int.Parse(f[i++], CultureInfo.InvariantCulture);
            var found = new List<long>();
            for (var p = 0; p < pointerCount; p++, i += 4)
            {
                if (f[i] == "@" && f[i + 2] == "n")
                {
                    found.Add(long.Parse(f[i + 1], CultureInfo.InvariantCulture));
                }
            }

            hypernyms[long.Parse(f[0], CultureInfo.InvariantCulture)] = [.. found];
        }

        return hypernyms;
    }

    private static bool IsPerson(long synset, Dictionary<long, long[]> hypernyms, Dictionary<long, bool> memo)
    {
        if (synset == PersonOffset)
        {
            return true;
        }

        if (memo.TryGetValue(synset, out var known))
        {
            return known;
        }

        memo[synset] = false; // WordNet's noun hierarchy has no cycles; this only guards against a damaged file
        var result = hypernyms.TryGetValue(synset, out var up) && up.Any(h => IsPerson(h, hypernyms, memo));
        memo[synset] = result;
        return result;
    }
}
