namespace Stemma.Quotes;

/// <summary>A word or punctuation mark of an article's text, with its offsets.</summary>
/// <param name="Start">Offset of the first character in the article's text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Raw">The characters as written (curly apostrophes made straight).</param>
internal readonly record struct CueToken(int Start, int End, string Raw)
{
    /// <summary>
    /// Whether this capitalised word opens a sentence and is a common word in lower case that the
    /// dictionary does not list as a name (Asked, Speaking, Late): it is then no part of a name.
    /// </summary>
    public bool CommonAtSentenceStart { get; init; }

    /// <summary>
    /// Whether this capitalised number word or adverb ends a name inside a sentence (Kestrel One, Channel Four, Radio Two, Fair Fees
    /// Now, Britain First): a word the lexicon otherwise gives as no name.
    /// </summary>
    public bool EndsName { get; init; }

    /// <summary>
    /// Whether this capitalised word, hyphenated with a lowercase last part, is a given name written after a family name (Baek
    /// Sang-hoon, Choi Yeon-hee: Korean order) or before a surname (Tae-jun Whitfield), not a description of a person
    /// (Mother-of-two, Ex-miner).
    /// </summary>
    public bool HyphenedGivenName { get; init; }

    /// <summary>
    /// Whether this capitalised word is a title the article itself shows to be one (Opanin Kwame Adusei, then Opanin Adusei): a
    /// word no list holds, kept before the surname when the given name is dropped.
    /// </summary>
    public bool TitleByUse { get; init; }

    /// <summary>
    /// Whether this listed title is a surname in the article, which writes it last after a given name (Devendra Acharya, then
    /// "said Acharya"): no title there.
    /// </summary>
    public bool SurnameByUse { get; init; }

    /// <summary>
    /// Whether this word in capitals after a person's name is the letters of a fellowship or a membership of a body the article
    /// names (Leonie du Plessis FIVLS, of the Institution of Valuers and Land Surveyors): no part of the name.
    /// </summary>
    public bool PostNominalByUse { get; init; }

    /// <summary>
    /// Whether this possessive is a word inside a name, not its owner: a saint's before a body's noun (St Anselm's Church, St Mary's
    /// Hospital) or a place's before the noun that ends it (Tanner's Row, Chandler's Ford).
    /// </summary>
    public bool PossessiveInName { get; init; }

    /// <summary>
    /// Whether this word is part of a pseudonym a decision gives a person, a capitalised person noun and a capital letter (Patient A,
    /// Witness B): the two are one name, the noun no title.
    /// </summary>
    public bool Pseudonym { get; init; }

    /// <summary>
    /// Whether this capitalised word names the portfolio of an office written before a name (Deputy Minister for the Maritime
    /// Economy Essowè Kpatcha-Banna): a title's word, though capitalised as the name after it is.
    /// </summary>
    public bool OfficeWord { get; init; }

    /// <summary>
    /// Whether this lowercase word is a company's legal ending written after its capitalised name (Vesturferjur ehf., Almwerk
    /// s.r.o.): part of the name, read as a capitalised word is.
    /// </summary>
    public bool LegalEndingOfName { get; init; }

    /// <summary>The lowercase form compared against the lexicon.</summary>
    public string Lower => Raw.ToLowerInvariant();

    /// <summary>Whether this is a word rather than punctuation.</summary>
    public bool IsWord => char.IsLetterOrDigit(Raw[0]) || Raw == "'t"; // ('t, the Dutch article elided before a surname)

    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalized => char.IsUpper(Raw[0]) || LegalEndingOfName;

    /// <summary>The words and punctuation marks of <paramref name="text"/> between two offsets.</summary>
    public static List<CueToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<CueToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            // Lieke ’t Hooft, Jan van ’t Hek: the Dutch article elided to "’t" before a surname is one word of the name.
            if (IsDutchElidedArticle(text, i, start, end))
            {
                tokens.Add(new CueToken(i, i + 2, "'t"));
                i += 2;
                continue;
            }

            // Major (retd) Giles Pennock: the bracketed mark of a retired rank between the rank and the name is read past, so that
            // the rank stays a title and the name follows it as written elsewhere (Major Pennock).
            if (c == '(' && RetiredMarkLength(text, i, end) is var mark and > 0 && tokens.Count > 0 && tokens[^1].IsCapitalized)
            {
                i += mark;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new CueToken(i, i + 1, c.ToString()));
                i++;
                continue;
            }

            var s = i;
            // (Iĝlax̂ Qasaaĝ: a combining mark that no precomposed letter holds, x̂, is written after its letter and is part of the word;
            // blind309.)
            while (i < end && (char.IsLetterOrDigit(text[i]) || IsCombiningMark(text[i])
                || (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                || IsThousandsSeparator(text, i, end)))
            {
                i++;
            }

            // The Supporters' Trust: a capitalised plural keeps the apostrophe of its possessive when a capitalised word follows,
            // so that the name it belongs to is written as given.
            if (i + 2 < end && text[i] is '\'' or '’' && text[i - 1] == 's' && char.IsUpper(text[s]) && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                i++;
            }

            // The Yelmenkasy parents’ committee, the villagers' association: so does a plural before a body's noun (blind259).
            if (i + 2 < end && text[i] is '\'' or '’' && text[i - 1] == 's' && text[i + 1] == ' ' && char.IsLower(text[i + 2]) && NextWord(text, i + 2, end) is var next
                && QuoteLexicon.OrganisationNouns.Contains(next) && !QuoteLexicon.RoleNouns.Contains(next))
            {
                i++;
            }

            // Donnchadh Mac a’ Phearsain: the elided article of a Gaelic surname after Mac, Nic or Mhic keeps its apostrophe.
            if (i < end && i - s == 1 && IsGaelicElidedArticle(text, i, end))
            {
                i++;
            }

            // Ma’lla’ Nuru Budaqov, "the ma’lla’ said": a word-final apostrophe after a word that holds one already (a transliterated
            // glottal stop or ayn) is the word's last letter, not a closing mark (blind335).
            if (IsFinalGlottalMark(text, s, i, end))
            {
                i++;
            }

            // An abbreviation keeps its final period (U.S., Mr.), so that it is not read as a sentence end.
            if (i < end && text[i] == '.' && IsAbbreviation(text, s, i))
            {
                i++;
            }

            tokens.Add(new CueToken(s, i, text[s..i].Replace('’', '\'')));
        }

        return tokens;
    }

    /// <summary>
    /// Whether the mark at <paramref name="apostrophe"/> elides the article "a" of a Scottish Gaelic surname after Mac, Nic or Mhic
    /// (Donnchadh Mac a’ Phearsain, Ealasaid Nic a’ Phì): an apostrophe, not a closing quotation mark.
    /// </summary>
    public static bool IsGaelicElidedArticle(string text, int apostrophe, int end) =>
        text[apostrophe] is '\'' or '’' && apostrophe >= 5 && apostrophe + 2 < end && text[apostrophe - 1] == 'a' && text[apostrophe - 2] == ' '
        && text[apostrophe + 1] == ' ' && char.IsUpper(text[apostrophe + 2]) && text.AsSpan(0, apostrophe - 2) is var before
        && (EndsWithWord(before, "Mac") || EndsWithWord(before, "Nic") || EndsWithWord(before, "Mhic"));

    // Whether the apostrophe at `at`, straight after the word text[start..at], is a letter of it: the word holds an apostrophe within
    // it, after two letters at least and before no English contraction (Ma’lla’; not won’t’ or O’Neill’ closing a quote inside a
    // quote), the word does not end in s (the Al’amins’ goats: a plural possessive), and no letter follows the mark.
    private static bool IsFinalGlottalMark(string text, int start, int at, int end)
    {
        if (at >= end || text[at] is not ('\'' or '’') || (at + 1 < end && char.IsLetterOrDigit(text[at + 1])) || text[at - 1] is 's' or 'S')
        {
            return false;
        }

        var inner = text.AsSpan(start, at - start).LastIndexOfAny('\'', '’');
        return inner >= 2 && !Contractions.Contains(text[(start + inner + 1)..at].ToLowerInvariant());
    }

    // The endings an apostrophe joins to an English word (can't, I'm, we're, they've, we'll, she'd; it's ends in s, ruled out above).
    private static readonly System.Collections.Frozen.FrozenSet<string> Contractions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["t", "m", "re", "ve", "ll", "d"], StringComparer.Ordinal);

    private static bool IsDutchElidedArticle(string text, int apostrophe, int start, int end) =>
        text[apostrophe] is '\'' or '’' && apostrophe + 3 < end && text[apostrophe + 1] == 't' && text[apostrophe + 2] == ' ' && char.IsUpper(text[apostrophe + 3])
        && (apostrophe == start || char.IsWhiteSpace(text[apostrophe - 1]));

    // The length of a bracketed retired mark at `open` ("(retd)", "(rtd)", "(ret'd)", "(ret.)", "(retired)") followed by a space and
    // a capitalised word; 0 otherwise.
    private static int RetiredMarkLength(string text, int open, int end)
    {
        var close = text.IndexOf(')', open);
        if (close < 0 || close - open > MaximumRetiredMark || close + 2 >= end || text[close + 1] != ' ' || !char.IsUpper(text[close + 2]))
        {
            return 0;
        }

        return RetiredMarks.Contains(text[(open + 1)..close].Replace('’', '\'').ToLowerInvariant()) ? close + 1 - open : 0;
    }

    private const int MaximumRetiredMark = 9; // "(retired)", the longest mark

    private static readonly System.Collections.Frozen.FrozenSet<string> RetiredMarks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["retd", "retd.", "rtd", "rtd.", "ret'd", "ret.", "ret", "retired"], StringComparer.Ordinal);

    // Whether the text before ends with the whole word (Mac, not Isaac's "ac").
    private static bool EndsWithWord(ReadOnlySpan<char> before, string word) =>
        before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));

    // The letters of the word starting at `from`, up to `end` or the first character that is not a letter.
    private static string NextWord(string text, int from, int end)
    {
        var to = from;
        while (to < end && char.IsLetter(text[to]))
        {
            to++;
        }

        return text[from..to];
    }

    /// <summary>Whether the word ending at <paramref name="end"/>, followed by a period, is an abbreviation.</summary>
    public static bool IsAbbreviation(string text, int start, int end)
    {
        var word = text[start..end];
        if (word.Contains('.', StringComparison.Ordinal) && word.Length <= MaximumDottedAbbreviation)
        {
            return true; // U.S, e.g
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: John F. Kennedy
        }

        // No. 5312, Nos. 4 and 5: "number" before a figure.
        if (word is "No" or "no" or "Nos" or "nos" && end + 2 < text.Length && text[end + 1] == ' ' && char.IsDigit(text[end + 2]))
        {
            return true;
        }

        // Ma. Teresa dela Peña, Ma. Lourdes Ocampo-Tiu: the Philippine shortening of María before a given name the lists hold
        // (blind262, blind275); "Ma." before any other word ends a sentence about someone's mother.
        if (word == "Ma" && end + 2 < text.Length && text[end + 1] == ' ' && GivenNameGenders.Shared.IsGivenName(NextWord(text, end + 2, text.Length)))
        {
            return true;
        }

        // Vertiga Mobile Climbing Ltd. Decision: approved; … by Harrow Lane Ltd. The company said: a company's legal ending closes its
        // name, so a capitalised word after it opens the next sentence or field (in every fixture, blind65–325); "Co." may be
        // followed by more of the name (Tanaka Co. Ltd), so it stays an abbreviation.
        if (CompanyEndings.Contains(word.ToLowerInvariant()) && end + 2 < text.Length && text[end + 1] == ' ' && char.IsUpper(text[end + 2]))
        {
            return false;
        }

        return Abbreviations.Contains(word.ToLowerInvariant());
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CompanyEndings = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["inc", "ltd", "corp"], StringComparer.Ordinal);

    // Dotted abbreviations (U.S.A., e.g., a.m.) are short; a longer dotted run is a joined sentence.
    private const int MaximumDottedAbbreviation = 6;

    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "cllr", "det", "insp", "supt", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "vs", "inc", "ltd", "co", "corp",
         "rev", "revd", "fr", "hon", "maj", "cmdr", "msgr", "ven", "eng", "engr", "brig", "adm", "ing", "avv", "dott", "geom", "ir", "drs", "zrt", "nyrt", "kft", "ehf", "hf",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        StringComparer.Ordinal);

    // 4,000 ewes, £1,250,000: a comma between a digit and three more digits groups thousands; it ends no clause.
    private static bool IsThousandsSeparator(string text, int i, int end) =>
        text[i] == ',' && i > 0 && char.IsDigit(text[i - 1]) && i + 3 < end
        && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && (i + 4 >= end || !char.IsDigit(text[i + 4]));

    // A&E, P&O: an ampersand between letters joins one name, as a hyphen does.
    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '‐' or '&';

    // A mark written over or under the letter before it (U+0302 in x̂), which Unicode keeps as a character of its own.
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
}
