using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Stemma.Quotes;

/// <summary>
/// The gender a given name tells (Augusto, Nadia), from the name lists <c>scripts/install-given-names.sh</c> fetches: the MIT
/// lists of the npm package gender-detection-from-name (English, Spanish, French, German, Italian and Turkish names, about 67,000)
/// and the nam_dict list of Jörg Michael's "gender" program that the npm package gender-detection carries (names of many
/// countries, about 37,000: Welsh, Indian, Arabic, Central Asian). Each list file is one vote; a name tells a gender when its votes
/// for it outnumber those against by <see cref="MinimumVoteRatio"/> (Sophie, female in six lists and male in one, is a woman's
/// name; Andrea and Jean, given as both by many, tell nothing). Names of one or two letters (Mo, Jo, Al) are short forms of
/// names of either gender and tell nothing. Accents are folded (Hernán as Hernan). An article's own evidence (a title, a
/// pronoun) always outranks a list. Empty when the lists are not installed.
/// </summary>
internal sealed partial class GivenNameGenders
{
    /// <summary>Where the install script puts the lists as root; a user's own copy is looked for after it.</summary>
    public const string SystemDirectory = "/usr/local/share/stemma/given-names";

    /// <summary>An environment variable naming another directory of lists (the install script's layout).</summary>
    public const string DirectoryVariable = "STEMMA_GIVEN_NAMES";

    private static readonly Lazy<GivenNameGenders> Installed = new(() => Load(DefaultDirectory()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Calibrated on the installed lists: stray entries (Sophie given once as a man's name among six women's) stay under one vote
    // in three, while names truly given to both (Andrea, Jean, Sasha) split far more evenly.
    private const int MinimumVoteRatio = 3;

    // Mo, Jo, Al, Ed: a name this short is a short form, of a man's name or a woman's. Set by hand.
    private const int MinimumNameLength = 3;

    // A name given one gender by at least this many lists and the other by none tells it firmly enough to outrank a guess from the
    // text (Brenda, female in five lists); a name only one list holds (Dele, given once as a woman's) does not. Set by hand.
    private const int MinimumDecisiveVotes = 2;

    private readonly FrozenDictionary<string, bool> _male;
    private readonly FrozenSet<string> _decisive;

    private readonly FrozenSet<string> _known;

    // The names as the lists spell them, lowercased but with their accents.
    private readonly FrozenSet<string> _spelled;

    private GivenNameGenders(FrozenDictionary<string, bool> male, FrozenSet<string> decisive, FrozenSet<string> known, FrozenSet<string> spelled)
    {
        _male = male;
        _decisive = decisive;
        _known = known;
        _spelled = spelled;
    }

    /// <summary>The installed lists, read once; empty when none is installed.</summary>
    public static GivenNameGenders Shared => Installed.Value;

    /// <summary>How many names tell a gender.</summary>
    public int Count => _male.Count;

    /// <summary>True for a man's name, false for a woman's, null for a name the lists do not hold or give as both.</summary>
    public bool? IsMale(string givenName) => _male.TryGetValue(Fold(givenName), out var male) ? male : null;

    /// <summary>Whether the lists hold the name at all, given to men, to women or to both (Kerry, Andrea, Sasha).</summary>
    public bool IsGivenName(string name) => _known.Contains(Fold(name));

    /// <summary>
    /// As <see cref="IsMale"/>, but only for a name the lists agree on firmly (several give it, none the other gender) and spell as
    /// written. Tunde, a Yoruba man's name the lists lack, folds to Tünde, a Hungarian woman's: a name met only through folding its
    /// accents away is never firm, so the article's own pronoun may tell otherwise.
    /// </summary>
    public bool? IsFirmlyMale(string givenName) =>
        _decisive.Contains(Fold(givenName)) && _spelled.Contains(givenName.ToLowerInvariant()) ? IsMale(givenName) : null;

    // ['aabriella', 'female'], in gender-detection-from-name's names/*.js.
    [GeneratedRegex(@"\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex MapEntry();

    // "aad": { en: 1 }, in gender-detection's genders/male.js and genders/female.js.
    [GeneratedRegex(@"^\s*""([^""]+)""\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ObjectKey();

    /// <summary>Reads the lists under <paramref name="directory"/> (the install script's layout); empty when there are none.</summary>
    internal static GivenNameGenders Load(string? directory)
    {
        var votes = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        var spelled = new HashSet<string>(StringComparer.Ordinal);
        void Add(string key, bool male)
        {
            var (m, f) = votes.GetValueOrDefault(key);
            votes[key] = male ? (m + 1, f) : (m, f + 1);
        }

        if (directory is not null && Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(path);
                var file = Path.GetFileNameWithoutExtension(path);
                var matches = (file is "male" or "female" ? ObjectKey().Matches(text) : MapEntry().Matches(text)).ToList();
                spelled.UnionWith(matches.Select(m => m.Groups[1].Value.ToLowerInvariant()));
                var entries = matches.Select(m => (Name: Fold(m.Groups[1].Value), Male: file is "male" or "female" ? file == "male" : m.Groups[2].Value == "male"));
                foreach (var (name, male) in entries.Distinct()) // a file that gives a name twice votes once
                {
                    Add(name, male);
                }
            }
        }

        var told = votes.Where(e => e.Key.Length >= MinimumNameLength && (e.Value.Male >= MinimumVoteRatio * e.Value.Female || e.Value.Female >= MinimumVoteRatio * e.Value.Male)).ToList();
        return new GivenNameGenders(
            told.ToFrozenDictionary(e => e.Key, e => e.Value.Male > e.Value.Female, StringComparer.Ordinal),
            told.Where(e => Math.Min(e.Value.Male, e.Value.Female) == 0 && Math.Max(e.Value.Male, e.Value.Female) >= MinimumDecisiveVotes).Select(e => e.Key)
                .ToFrozenSet(StringComparer.Ordinal),
            votes.Keys.Where(k => k.Length >= MinimumNameLength).ToFrozenSet(StringComparer.Ordinal),
            spelled.ToFrozenSet(StringComparer.Ordinal));
    }

    private static string DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (Directory.Exists(SystemDirectory))
        {
            return SystemDirectory;
        }

        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "stemma", "given-names");
    }

    // Lowercase without accents: Hernán and Hernan, Åse and Ase are one name. (By table: the build's invariant globalization
    // does not decompose.)
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥĩīĭįıĵķĺļľłńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżž";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyyaaaccccddeeeeegggghiiiiijkllllnnnooorrrssssttuuuuuuwyzzz";

    internal static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            // (İbrahim: the Turkish dotted capital lowers to "i" and a combining dot, as decomposed accents leave their marks; the
            // marks go.)
            if (c is >= '\u0300' and <= '\u036f')
            {
                continue;
            }

            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            folded.Append(at >= 0 ? Plain[at] : c);
        }

        return folded.ToString();
    }
}
