using System.Collections.Concurrent;
using System.Globalization;

namespace Stemma.Matching.Paraphrase;

/// <summary>
/// A reader of the Princeton WordNet 3.0 database files (Debian's <c>wordnet-base</c>, in /usr/share/wordnet):
/// lemmatisation as WordNet's own morphy does it (exception lists, then suffix detachment checked against the
/// index), the synsets of a lemma, and the synsets one pointer away (hypernyms, hyponyms, derivations,
/// similar adjectives, pertainyms) and the antonyms. Loaded once, read-only afterwards; lookups are cached in a
/// concurrent dictionary, so one instance is safe to share between threads.
/// </summary>
internal sealed class WordNet
{
    /// <summary>Where Debian's wordnet-base installs the database.</summary>
    public const string DefaultDirectory = "/usr/share/wordnet";

    /// <summary>The environment variable that points at another copy of the database files.</summary>
    public const string DirectoryVariable = "STEMMA_WORDNET";

    // How many of a lemma's senses (WordNet lists them by SemCor frequency) are used. Capping them was expected to
    // cut spurious synonymy ("take" has 42 verb senses), but 5-fold cross-validation on the MSRP training part
    // preferred all senses (accuracy 0.7724, against 0.7675 / 0.7663 / 0.7669 for the first 1 / 3 / 6).
    public const int MaxSensesPerLemma = int.MaxValue;

    private static readonly Lazy<WordNet?> Installed = new(
        () => TryLoad(Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } d ? d : DefaultDirectory),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] PosNames = ["noun", "verb", "adj", "adv"];

    // morphy's detachment rules per part of speech (WordNet's morph.c): suffix, replacement.
    private static readonly (string Suffix, string Ending)[][] Detachments =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private readonly Dictionary<string, long[]>[] _index;
    private readonly Dictionary<string, string[]>[] _exceptions;
    private readonly Dictionary<long, (long[] Related, long[] Antonyms)> _pointers;
    private readonly Dictionary<long, long[]> _nounHypernyms;
    private readonly ConcurrentDictionary<string, WordSenses> _cache = new(StringComparer.Ordinal);
    private readonly int _maxSenses;

    private WordNet(Dictionary<string, long[]>[] index, Dictionary<string, string[]>[] exceptions,
        Dictionary<long, (long[] Related, long[] Antonyms)> pointers, Dictionary<long, long[]> nounHypernyms, int maxSenses)
    {
        _index = index;
        _exceptions = exceptions;
        _pointers = pointers;
        _nounHypernyms = nounHypernyms;
        _maxSenses = maxSenses;
    }

    /// <summary>The installed database (loaded on first use), or null when it is not installed.</summary>
    public static WordNet? Shared => Installed.Value;

    /// <summary>The warning to show once when WordNet is missing.</summary>
    public const string MissingWarning =
        "WordNet is not installed (looked in " + DefaultDirectory + " and $" + DirectoryVariable + "); paraphrase scores use the " +
        "less accurate lexical-only model. Install it with: apt-get install wordnet-base (or run scripts/install-deps.sh).";

    /// <summary>Loads the database in <paramref name="directory"/>, or returns null when a file is missing or unreadable.</summary>
    public static WordNet? TryLoad(string directory, int maxSenses = MaxSensesPerLemma)
    {
        try
        {
            foreach (string pos in PosNames)
            {
                if (!File.Exists(Path.Combine(directory, "index." + pos)) || !File.Exists(Path.Combine(directory, "data." + pos)))
                {
                    return null;
                }
            }

            var index = new Dictionary<string, long[]>[PosNames.Length];
            var exceptions = new Dictionary<string, string[]>[PosNames.Length];
            var pointers = new Dictionary<long, (long[], long[])>();
            var nounHypernyms = new Dictionary<long, long[]>();
            for (int p = 0; p < PosNames.Length; p++)
            {
                index[p] = ReadIndex(Path.Combine(directory, "index." + PosNames[p]), p);
                exceptions[p] = ReadExceptions(Path.Combine(directory, PosNames[p] + ".exc"));
                ReadData(Path.Combine(directory, "data." + PosNames[p]), p, pointers, nounHypernyms);
            }

            return new WordNet(index, exceptions, pointers, nounHypernyms, maxSenses);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The senses of a lower-cased word: every lemma morphy finds, in every part of speech.</summary>
    public WordSenses Lookup(string word) => _cache.GetOrAdd(word, Compute);

    /// <summary>
    /// The noun lemmas whose first (most frequent) sense that is a class has the noun synset at <paramref name="nounOffset"/> among
    /// its hypernyms, or is it, in ordinal order. Only class hypernyms ("@") are followed: instances (Archimedes under person) are
    /// not, and a lemma's named instances are passed over for its first class sense, because WordNet's index folds case and so
    /// often ranks the surname first (Herder the philosopher before the herder, Shearer the dancer before the shearer; blind272–273).
    /// </summary>
    public IEnumerable<string> NounsWithFirstSenseUnder(long nounOffset)
    {
        long root = Key(0, nounOffset);
        var memo = new Dictionary<long, bool>();
        bool IsUnder(long synset)
        {
            if (synset == root)
            {
                return true;
            }

            if (memo.TryGetValue(synset, out bool known))
            {
                return known;
            }

            memo[synset] = false; // the noun hierarchy has no cycles; this only guards against a damaged file
            bool result = _nounHypernyms.TryGetValue(synset, out long[]? up) && up.Any(IsUnder);
            memo[synset] = result;
            return result;
        }

        return _index[0].Where(e => FirstClassSense(e.Value) is { } first && IsUnder(first)).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
    }

    // The first of a noun's senses that is a class rather than one named instance (the herder, not Herder), or null for none;
    // "entity", the root, has no hypernym and is no person.
    private long? FirstClassSense(long[] senses)
    {
        foreach (long sense in senses)
        {
            if (_nounHypernyms.ContainsKey(sense))
            {
                return sense;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the first (most frequent) noun sense of <paramref name="specific"/> is, within <paramref name="maxSteps"/> class
    /// hypernym links, the first noun sense of <paramref name="general"/> (pal is a kind of friend, diplomat of official). Senses
    /// are counted among classes, as in <see cref="NounsWithFirstSenseUnder"/>: a drover is a kind of herder, not of Herder.
    /// </summary>
    public bool FirstSenseIsKindOf(string specific, string general, int maxSteps) => LeadingSenseIsKindOf(specific, general, maxSteps, 1);

    /// <summary>
    /// Whether one of the first <paramref name="senses"/> noun senses of <paramref name="specific"/> is, within
    /// <paramref name="maxSteps"/> class hypernym links, the first noun sense of <paramref name="general"/> (Dutch, whose first
    /// sense is the people, is in its second a language).
    /// </summary>
    public bool LeadingSenseIsKindOf(string specific, string general, int maxSteps, int senses)
    {
        if (!_index[0].TryGetValue(specific, out long[]? narrow) || !_index[0].TryGetValue(general, out long[]? broad))
        {
            return false;
        }

        if (FirstClassSense(broad) is not { } target)
        {
            return false;
        }

        IEnumerable<long> frontier = narrow.Where(_nounHypernyms.ContainsKey).Take(senses).ToList();
        for (int step = 0; step < maxSteps; step++)
        {
            frontier = frontier.SelectMany(s => _nounHypernyms.TryGetValue(s, out long[]? up) ? up : []).ToList();
            if (frontier.Contains(target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="lemma"/> is a verb or an adjective lemma as well (have, senior).</summary>
    public bool IsVerbOrAdjective(string lemma) => _index[1].ContainsKey(lemma) || _index[2].ContainsKey(lemma);

    /// <summary>
    /// Whether <paramref name="word"/> is a common word: a verb, adjective or adverb, or a noun with a sense that is a kind of
    /// something (master, harbour) rather than only the name of one instance (Ibrahim, the patriarch; Paris).
    /// </summary>
    public bool IsCommonWord(string word) =>
        Lemmas(word).Any(l => l.Pos != 0 || _index[0][l.Lemma].Any(_nounHypernyms.ContainsKey));

    /// <summary>Whether the database lists <paramref name="lemma"/> as a verb.</summary>
    public bool IsVerb(string lemma) => _index[1].ContainsKey(lemma);

    /// <summary>The lemmas of <paramref name="word"/> WordNet knows, per part of speech, in morphy's order.</summary>
    internal IEnumerable<(int Pos, string Lemma)> Lemmas(string word)
    {
        for (int p = 0; p < PosNames.Length; p++)
        {
            var seen = new List<string>();
            if (_index[p].ContainsKey(word))
            {
                seen.Add(word);
            }

            if (_exceptions[p].TryGetValue(word, out string[]? bases))
            {
                foreach (string b in bases)
                {
                    if (_index[p].ContainsKey(b) && !seen.Contains(b, StringComparer.Ordinal))
                    {
                        seen.Add(b);
                    }
                }
            }

            foreach ((string suffix, string ending) in Detachments[p])
            {
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    string candidate = string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
                    if (_index[p].ContainsKey(candidate) && !seen.Contains(candidate, StringComparer.Ordinal))
                    {
                        seen.Add(candidate);
                    }
                }
            }

            foreach (string lemma in seen)
            {
                yield return (p, lemma);
            }
        }
    }

    private WordSenses Compute(string word)
    {
        var senses = new SortedSet<long>();
        var lemmas = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((int pos, string lemma) in Lemmas(word))
        {
            lemmas.Add(lemma);
            long[] synsets = _index[pos][lemma];
            for (int i = 0; i < Math.Min(_maxSenses, synsets.Length); i++)
            {
                senses.Add(synsets[i]);
            }
        }

        var related = new SortedSet<long>();
        var antonyms = new SortedSet<long>();
        foreach (long s in senses)
        {
            if (_pointers.TryGetValue(s, out (long[] Related, long[] Antonyms) p))
            {
                related.UnionWith(p.Related);
                antonyms.UnionWith(p.Antonyms);
            }
        }

        related.ExceptWith(senses);
        return new WordSenses([.. lemmas], [.. senses], [.. related], [.. antonyms]);
    }

    private static long Key(int pos, long offset) => ((long)pos << 32) | offset;

    private static int PosIndex(char c) => c switch
    {
        'n' => 0,
        'v' => 1,
        'a' or 's' => 2,
        'r' => 3,
        _ => throw new FormatException($"unknown WordNet part of speech '{c}'."),
    };

    private static Dictionary<string, long[]> ReadIndex(string path, int pos)
    {
        var index = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue; // the licence header
            }

            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int synsetCount = int.Parse(f[2], CultureInfo.InvariantCulture);
            int pointerCount = int.Parse(f[3], CultureInfo.InvariantCulture);
            int first = 4 + pointerCount + 2;
            var synsets = new long[synsetCount];
            for (int i = 0; i < synsetCount; i++)
            {
                synsets[i] = Key(pos, long.Parse(f[first + i], CultureInfo.InvariantCulture));
            }

            index[f[0]] = synsets;
        }

        return index;
    }

    private static Dictionary<string, string[]> ReadExceptions(string path)
    {
        var exceptions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return exceptions;
        }

        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2)
            {
                exceptions[f[0]] = f[1..];
            }
        }

        return exceptions;
    }

    private static void ReadData(string path, int pos, Dictionary<long, (long[], long[])> pointers, Dictionary<long, long[]> nounHypernyms)
    {
        var related = new List<long>();
        var antonyms = new List<long>();
        var hypernyms = new List<long>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            int bar = line.IndexOf(" | ", StringComparison.Ordinal);
            string[] f = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long offset = long.Parse(f[0], CultureInfo.InvariantCulture);
            int wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int k = 4 + 2 * wordCount;
            int pointerCount = int.Parse(f[k++], CultureInfo.InvariantCulture);
            related.Clear();
            antonyms.Clear();
            hypernyms.Clear();
            for (int i = 0; i < pointerCount; i++, k += 4)
            {
                string symbol = f[k];
                long target = Key(PosIndex(f[k + 2][0]), long.Parse(f[k + 1], CultureInfo.InvariantCulture));
                if (symbol == "@" && pos == 0)
                {
                    hypernyms.Add(target);
                }

                switch (symbol)
                {
                    case "!":
                        antonyms.Add(target);
                        break;
                    case "@" or "@i" or "~" or "~i" or "+" or "&" or "\\" or "<" or "=" or "*" or "^" or "$":
                        related.Add(target);
                        break;
                    default:
                        break; // meronyms, domains and the like say little about paraphrase
                }
            }

            pointers[Key(pos, offset)] = ([.. related], [.. antonyms]);
            if (hypernyms.Count > 0)
            {
                nounHypernyms[Key(pos, offset)] = [.. hypernyms];
            }
        }
    }
}
