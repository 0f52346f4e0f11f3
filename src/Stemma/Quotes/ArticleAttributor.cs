using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <summary>
/// Finds the quotes of one article and gives each its speaker from the cue around it, resolving
/// pronouns and roles to the people the article introduced. Works through the article in reading
/// order, keeping the speakers met so far.
/// </summary>
internal sealed partial class ArticleAttributor
{
    // Statements shorter than this (after the speech verb) carry nothing to compare with a quote.
    private const int MinimumStatementWords = 3;

    // An appositive after a name (", president of the Harbor Workers' Union Local 14,") is read for title words up to this many words.
    private const int MaximumAppositiveWords = 10;

    // came the (terse) reply, came his curt response: the verb, a determiner, at most one adjective and the noun; set by hand.
    private const int MaximumReplyCueWords = 4;

    // A label is a name or a modifier: the longest in our fixtures ("the Biscuit Tin", "come and play") has
    // three words; five leaves room for longer names while partial quotes of six words or more stay quotes.
    private const int MaximumLabelWords = 5;

    // who gave his name only as …, who would give her name only as …: "as" comes within this many words of "who"; set by hand.
    private const int MaximumGivenNameClauseWords = 7;

    // but was "…", and remained "…", but was still "…": the joining word, at most two adverbs and the copula; set by hand.
    private const int MaximumCoordinatedComplementWords = 4;

    // known to his victims as "…": at most this many words between "known" and "as" (known to the older traders on the
    // estate as has six); set by hand, not tuned on any set.
    private const int MaximumKnownToWords = 6;

    // "call the plan the 'thirteen-hour day'": the object between a naming verb and "the" runs to at most this many words.
    private const int MaximumNamedObjectWords = 5;

    // A dateline (CALDERWICK, March 4 (Northgate Wire) –) ends with its dash within this many tokens;
    // the longest in our fixtures and the held-out set has nine.
    private const int MaximumDatelineTokens = 14;

    // Plural words of four letters or fewer (Voss, Ross) are too often surnames to mark an organisation; set by hand, not tuned on any set.
    private const int MinimumPluralLength = 4;

    // "That was the (blunt) verdict of X": the noun and at most one adjective come before "of".
    private const int MaximumVerdictWords = 3;

    // "That was Colliers captain Liam Broadbent's verdict": at most this many words, a side's or a body's name, a role and a
    // person's name, come before the owner's possessive. Set by hand from how match reports name a speaker.
    private const int MaximumVerdictOwnerWords = 6;

    // "The lifeboat coxswain's reply": at most this many lowercase words (a service, a side) stand between "the" and the role
    // whose possessive owns a verdict noun. Set by hand: a role is named by one or two nouns before its head in news copy.
    private const int MaximumRoleVerdictModifiers = 3;

    // An unnamed source with a postmodifier (a person familiar with the investigation) runs to at
    // most this many words before its verb; longer stretches in our fixtures were whole clauses.
    private const int MaximumUnnamedSourceWords = 10;

    // Words that open the postmodifier of an unnamed source (a spokesperson for the port, an aide close to the minister).
    private static readonly FrozenSet<string> SourcePostmodifiers = FrozenSet.ToFrozenSet(
        ["familiar", "close", "for", "from", "of", "at", "with", "in", "on", "who", "whose", "outside", "inside", "near", "behind"],
        StringComparer.Ordinal);

    // Prepositions that, inside a source's postmodifier and after a lowercase word, open a second phrase (an estate in Brackley,
    // one of Europe's largest); "to" and "with" complete "close"/"familiar" and are not counted, nor "of" inside a name.
    private static readonly FrozenSet<string> NestedPrepositions = FrozenSet.ToFrozenSet(
        ["of", "in", "on", "at", "near", "outside", "across", "inside", "within", "from"], StringComparer.Ordinal);

    // Nouns whose object is a name (the slogan "…", under the name "…", the hashtag "…"), not a statement.
    private static readonly FrozenSet<string> NameNouns = FrozenSet.ToFrozenSet(
        ["name", "slogan", "motto", "hashtag", "codename", "nickname", "banner", "catchphrase", "tagline", "brand", "moniker", "tag", "label",
            "handle", "caption", "heading"], StringComparer.Ordinal);

    // Prepositions that place a source (an official at the centre, a nurse in the ward) rather than say whom they speak for.
    private static readonly FrozenSet<string> LocatingPrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "on", "inside", "within", "near", "outside", "behind"], StringComparer.Ordinal);

    // Words that open an adverbial before a sentence's subject (Outside the court, In the camp at Velka, After the hearing).
    // (By the bothy she had lost count, Within a week he had, Throughout the night she kept: prepositions of place and time that
    // open such a phrase as "in" and "at" do; blind250.)
    private static readonly FrozenSet<string> OpeningAdverbials = FrozenSet.ToFrozenSet(
        ["outside", "inside", "in", "at", "on", "after", "before", "during", "near", "later", "earlier", "yesterday", "today", "afterwards", "back", "across",
            "by", "within", "throughout", "when", "while", "once", "as",
            // (Up the valley, Mirzə Qafarlı was moving 300 sheep: a place phrase of direction or distance opens a sentence too; blind335.)
            "up", "down", "along", "over", "above", "below", "beyond", "behind", "around", "further", "farther", "elsewhere", "meanwhile"],
        StringComparer.Ordinal);

    // "In the camp at Velka, on the Serovian bank," runs to eight words before its comma; set by hand.
    private const int MaximumOpeningAdverbialWords = 8;

    // "On Sunday", "Later that afternoon": an opening adverbial without its comma is short; set by hand.
    private const int MaximumUncommaedOpeningWords = 4;

    // "on Monday", "last night", "earlier this week": a time phrase between a verdict noun and "from"; set by hand.
    private const int MaximumTimePhraseWords = 3;

    // "Asked afterwards in the corridor whether the day had gone well," carries a reported question: ten words in blind13, and
    // nineteen in blind184 ("Asked whether this was the end of an era for a team that had won six of the last eight titles,"),
    // so a participle's clause may run to a sentence's length; set by hand above that.
    private const int MaximumOpeningParticipleClauseWords = 24;

    // Words skipped between a subject and its speech verb (has now said, said on Monday); an adverb that ends a name (Fair Fees Now
    // said) is the subject's, not one to skip: see CueToken.EndsName.
    private static readonly FrozenSet<string> SkippableBeforeVerb = FrozenSet.ToFrozenSet(
        ["also", "then", "later", "repeatedly", "once", "again", "has", "had", "have", "would", "will", "previously", "recently",
         "publicly", "privately", "on", "last", "this", "week", "night", "morning", "afternoon", "evening", "earlier", "in",
         "yesterday", "today", "flatly", "bluntly", "simply", "firmly", "quickly", "immediately", "further", "finally", "only",
         .. QuoteLexicon.DayNames, .. QuoteLexicon.MonthNames, "year", "month", "so", "far", "already", "since",
         "never", "still", "now", "even", "clearly", "openly"],
        StringComparer.Ordinal);

    private readonly Article _article;
    private readonly QuoteOptions _options;
    private readonly QuoteDictionary? _dictionary;
    private readonly string _text;

    // The headline is read as a first paragraph before the text; offsets at or past this one are in
    // the text (shifted back by it), offsets before it are in the title.
    private readonly int _bodyOffset;
    private readonly List<CueToken> _tokens;
    private readonly List<TextSpan> _paragraphs;
    private readonly List<MarkedQuote> _marked;
    private readonly List<int> _breaks = [];
    private readonly List<Person> _persons = [];
    private readonly List<(int Position, SpeakerIdentity Identity)> _events = [];

    // How many sentences' subjects are being read, one inside another (see SubjectOf).
    private int _subjectNesting;
    private readonly List<(string Name, int Position)> _organisations = [];

    // The capitalised words of the quote whose speaker a pronoun is being resolved for, set only for that call (Fits reads it); no
    // person named by one is that speaker.
    private HashSet<string> _namedInQuote = [];

    // Read by BodyInApposition once the article's bodies are all found; null until then.
    private List<(string Head, int Position, string Body)>? _bodiesInApposition;
    private readonly List<int> _entryStarts;

    // The marks read so far that hold no speech (a label, a scare quote): a paragraph with only these quotes no one.
    private readonly HashSet<int> _labels = [];
    // The spans of nicknames in marks between the words of a name (Rafael "El Chiqui" Montoro): read past as no word of a cue.
    private readonly List<(int Start, int End)> _nicknames = [];

    // The quotes built so far with the paragraph each opens in, for the turns of an interview.
    private readonly List<(int Paragraph, int MarkStart, AttributedQuote Quote)> _turns = [];

    // What the article tells of a person's gender (true for a man), by name; a name with conflicting evidence is left out.
    private readonly Dictionary<string, bool> _genders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _genderConflicts = new(StringComparer.Ordinal);

    // The gender a given name tells, for a person the article gives none.
    private readonly GivenNameGenders _givenNames = GivenNameGenders.Shared;

    private ArticleAttributor(Article article, QuoteOptions options, QuoteDictionary? dictionary)
    {
        _article = article;
        _options = options;
        _dictionary = dictionary;
        var title = HeadlineOf(article);
        _bodyOffset = title.Length == 0 ? 0 : title.Length + 2;
        _text = title.Length == 0 ? article.Text : title + "\n\n" + article.Text;
        _tokens = WithoutDatelines(CueToken.Tokenize(_text, 0, _text.Length));
        _paragraphs = WithoutParagraphNumbers(QuoteMarkScanner.Paragraphs(_text));
        _marked = ScanMarks();
        FindSentenceBreaks();
        _nicknames.AddRange(_marked.Where(IsNicknameInName).Select(m => (m.MarkStart, m.MarkEnd)));
        MarkCommonSentenceOpeners();
        MarkTitlesByUse();
        var declaredTitles = MarkDeclaredTitles();
        MarkPostNominalsByBody();
        MarkPossessivesInNames();
        MarkOfficeWords();
        MarkPseudonyms();
        FindPersons();
        GiveDeclaredTitles(declaredTitles);
        FindConnectedOrganisations();
        FindAppositiveOrganisations();
        FindAmpersandOrganisations();
        FindSpelledOrganisations();
        FindBodiesDescribedByWhich();
        FindGenders();
        FindBodiesTakenUpByIt();
        _entryStarts = EntryStarts(article);
    }

    // "6. I asked how far …", "(8) “Worn. …”": a decision's numbered paragraph opens after its number, which is no word of its
    // sentence; a quote right after the number opens the paragraph as a turn does.
    // "4. The hearing. Mr Aydın-Price attended …": a run-in heading after the number (a few words and a full stop, with no verb)
    // names the part of the decision; the paragraph's first sentence is the one after it.
    private List<TextSpan> WithoutParagraphNumbers(List<TextSpan> paragraphs) =>
        paragraphs.Select(p => p.Start >= _bodyOffset && ParagraphNumber.Match(_text, p.Start, p.End - p.Start) is { Success: true } number
            ? new TextSpan(p.Start + number.Length + RunInHeadingLength(p.Start + number.Length, p.End), p.End)
            : p).ToList();

    // Whether a paragraph's number (or its run-in heading) was left out before its start.
    private bool IsNumbered(TextSpan paragraph) =>
        _text.LastIndexOf('\n', Math.Max(paragraph.Start - 1, 0)) is var line && !_text.AsSpan(line + 1, paragraph.Start - line - 1).IsWhiteSpace();

    private int RunInHeadingLength(int start, int end)
    {
        if (RunInHeading.Match(_text, start, end - start) is not { Success: true } heading)
        {
            return 0;
        }

        var words = heading.Groups["words"].Value.Split(' ');
        return words.Any(w => QuoteLexicon.Pronouns.Contains(w.ToLowerInvariant()) || RunInHeadingVerbs.Contains(w.ToLowerInvariant())) ? 0 : heading.Length;
    }

    // A run-in heading: one to three words, the first capitalised, a full stop, a space, then the paragraph's first capital or
    // opening mark (Representations., Decision and reasons., Applicant's response.). Calibrated on the numbered decisions and
    // notices of blind5–297, where the headings run to three words and "The appeal is allowed." (four) is a sentence.
    private static readonly System.Text.RegularExpressions.Regex RunInHeading = new(
        @"\G(?<words>\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,2})\.[ \t]+(?=[\p{Lu}“‘""'])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // The verbs that make three words a sentence rather than a heading (Appeal is dismissed., He was questioned.).
    private static readonly FrozenSet<string> RunInHeadingVerbs = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "has", "have", "had", "did", "does", "do", "said", "says", "wrote", "writes", "gave",
            "agreed", "accepted", "refused", "declined", "allowed", "dismissed", "granted", "noted", "found", "finds"], StringComparer.Ordinal);

    // A paragraph number: one to three digits with a full stop or a closing bracket, or in brackets, or a numbered part's sub-number
    // (3.2, 3.2.1, 4.1.), then a space and a capital or an opening mark (so "3.5 per cent" and "2 pm" are not numbers; blind354).
    private static readonly System.Text.RegularExpressions.Regex ParagraphNumber = new(
        @"\G\(?(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)])\)?[ \t]+(?=[\p{Lu}“‘""'])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // A live blog's timestamps (08:05, 11.30am, 14:02 GMT) on lines of their own.
    private static readonly System.Text.RegularExpressions.Regex Timestamp = new(
        @"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local)?\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Two timestamps make a live blog: one may be a dateline's or a caption's time. Set by hand.
    private const int MinimumEntryTimestamps = 2;

    /// <summary>
    /// Where the entries of a live blog start (each entry is its own context: a role or a pronoun does not reach back past it),
    /// or an empty list for an article that is no live blog. Entries start after timestamp paragraphs left in the text; when
    /// cleaning took the timestamps out as metadata, each paragraph is taken for an entry.
    /// </summary>
    private List<int> EntryStarts(Article article)
    {
        var stamps = _paragraphs.Select((p, k) => (Paragraph: p, Index: k)).Where(x => Timestamp.IsMatch(_text[x.Paragraph.Start..x.Paragraph.End])).ToList();
        if (stamps.Count >= MinimumEntryTimestamps)
        {
            return stamps.Where(x => x.Index + 1 < _paragraphs.Count).Select(x => _paragraphs[x.Index + 1].Start).ToList();
        }

        var removed = article.Removed.Count(r => r.Kind == RemovalKinds.Metadata && Timestamp.IsMatch(r.Text));
        return removed >= MinimumEntryTimestamps ? _paragraphs.Where(p => p.Start >= _bodyOffset).Select(p => p.Start).ToList() : [];
    }

    // The start of the live-blog entry holding a position, or 0 when the article has no entries (all of it is one context).
    private int EntryStart(int position) => _entryStarts.LastOrDefault(s => s <= position);

    // The title on one line, or empty; a quote in it is scanned apart from the text so that it cannot run on into the first paragraph.
    private static string HeadlineOf(Article article)
    {
        var title = article.Metadata.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        // Line breaks become spaces one for one, so that offsets into it are offsets into the title.
        return title.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
    }

    private List<MarkedQuote> ScanMarks()
    {
        if (_bodyOffset == 0)
        {
            return QuoteMarkScanner.Scan(_text, _paragraphs);
        }

        var inTitle = QuoteMarkScanner.Scan(_text, _paragraphs.Take(1).ToList());
        var inBody = QuoteMarkScanner.Scan(_text, _paragraphs.Skip(1).ToList())
            .Select(m => m with { FirstParagraph = m.FirstParagraph + 1, LastParagraph = m.LastParagraph + 1 });
        return [.. inTitle, .. inBody];
    }

    // A dateline (CALDERWICK, May 3 (Agency) –) opens a paragraph with a capitalised place and ends
    // with a dash; its words are never a speaker, so they are left out of the cue tokens.
    private List<CueToken> WithoutDatelines(List<CueToken> tokens)
    {
        var dropped = new HashSet<int>();
        foreach (var p in QuoteMarkScanner.Paragraphs(_text))
        {
            var first = tokens.FindIndex(t => t.Start >= p.Start);
            if (first < 0 || tokens[first].Start >= p.End)
            {
                continue;
            }

            // 18:21 – Opposition leader Gareth Minshull is on his feet: a live blog's time and its dash open the entry, outside its
            // sentence.
            if (InlineTimestamp.Match(_text, p.Start, p.End - p.Start) is { Success: true } stamp)
            {
                dropped.UnionWith(Enumerable.Range(first, tokens.Count - first).TakeWhile(k => tokens[k].Start < stamp.Index + stamp.Length));
                continue;
            }

            if (!IsAllCapsWord(tokens[first]))
            {
                continue;
            }

            var next = first + 1;
            while (next < tokens.Count && IsAllCapsWord(tokens[next]))
            {
                next++;
            }

            if (next >= tokens.Count || tokens[next].Raw is not ("," or "(" or "–" or "—" or "-"))
            {
                continue;
            }

            for (var k = next; k < tokens.Count && k - first <= MaximumDatelineTokens && tokens[k].Start < p.End; k++)
            {
                if (tokens[k].Raw is "–" or "—" or "-" && !(k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End))
                {
                    dropped.UnionWith(Enumerable.Range(first, k - first + 1));
                    break;
                }
            }
        }

        return dropped.Count == 0 ? tokens : tokens.Where((_, k) => !dropped.Contains(k)).ToList();
    }

    // A time and a dash opening a paragraph (18:21 –, 9.05am -).
    private static readonly System.Text.RegularExpressions.Regex InlineTimestamp = new(
        @"\G\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[–—-]\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsAllCapsWord(CueToken t) =>
        t.IsWord && t.Raw.Length > 1 && t.Raw.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && t.Raw.Any(char.IsLetter);

    /// <summary>The attributed quotes and reported statements of <paramref name="article"/>.</summary>
    public static ArticleQuotes Attribute(Article article, QuoteOptions options, QuoteDictionary? dictionary, CancellationToken cancellationToken)
    {
        var attributor = new ArticleAttributor(article, options, dictionary);
        return attributor.Run(cancellationToken);
    }

    private ArticleQuotes Run(CancellationToken cancellationToken)
    {
        var cues = FindReportedCues();
        var quotes = new List<AttributedQuote>();
        var statements = new List<ReportedStatement>();
        var q = 0;
        var c = 0;
        AttributedQuote? previousInParagraph = null;
        var previousParagraph = -1;
        var bodyLabels = new HashSet<string>(StringComparer.Ordinal);
        while (q < _marked.Count || c < cues.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (q < _marked.Count && (c >= cues.Count || _marked[q].MarkStart <= cues[c].VerbStart))
            {
                var marked = _marked[q++];
                if (marked.FirstParagraph != previousParagraph)
                {
                    previousInParagraph = null;
                    previousParagraph = marked.FirstParagraph;
                }

                if (BuildQuote(marked, previousInParagraph) is { } quote)
                {
                    quotes.Add(quote);
                    previousInParagraph = quote;
                    _turns.Add((marked.FirstParagraph, marked.MarkStart, quote));
                    if (quote.Identity is { } who)
                    {
                        _events.Add((marked.MarkStart, who));
                    }
                }
                else
                {
                    _labels.Add(marked.MarkStart);
                    if (marked.MarkStart >= _bodyOffset)
                    {
                        bodyLabels.Add(LabelWords(string.Join(' ', marked.Segments.Select(x => _text[x.Start..x.End]))));
                    }
                }

                previousParagraph = marked.LastParagraph;
                continue;
            }

            var cue = cues[c++];
            // (The occupier of the adjoining house, known as …, said that …: a reported speaker is named as a quote's would be.)
            if (Resolve(RelationOf(cue.Mention) ?? cue.Mention, cue.VerbStart) is { } speaker)
            {
                _events.Add((cue.VerbStart, speaker));
                LearnGender(cue.Mention, speaker);
                if (cue.Statement is { } span && span.Start >= _bodyOffset && Words(span.Start, span.End) >= MinimumStatementWords)
                {
                    var text = StripMarks(_text[span.Start..span.End]);
                    statements.Add(new ReportedStatement(_article.Id, speaker, text, span.Start - _bodyOffset, span.End - _bodyOffset));
                }
            }
        }

        // CAGED: 'Ladder Man' conman …, over a body that calls him known as "the Ladder Man": the headline uses the label too.
        quotes.RemoveAll(x => x.Quote.InTitle && bodyLabels.Contains(LabelWords(x.Quote.Text)));
        return new ArticleQuotes(UncuedQuotesFromBody(quotes).Select(WithElisionMark).ToList(), statements);
    }

    // "…," said ’Mamosa Lerotholi: a Sesotho woman's name opens with the mark of an elided vowel, which the tokens leave off; the
    // speaker is named as the article writes her.
    private AttributedQuote WithElisionMark(AttributedQuote q)
    {
        if (q.Identity is not { Kind: MentionKind.Name } identity)
        {
            return q;
        }

        var at = _text.IndexOf("’" + identity.Name, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && !char.IsWhiteSpace(_text[at - 1])))
        {
            return q;
        }

        var written = "’" + identity.Name;
        return new AttributedQuote(q.Quote with { Speaker = written }, identity with { Name = written });
    }

    // A label's words without a leading article, so the headline's 'Ladder Man' matches the body's "the Ladder Man".
    private static string LabelWords(string text)
    {
        var words = ComparableWords(text);
        return words.StartsWith(" the ", StringComparison.Ordinal) ? words[4..] : words;
    }

    /// <summary>
    /// A headline quote with no cue of its own ('You lied to people who trusted you': dealer jailed), or a body quote with no speaker
    /// (a live page's entry heading), is the words of whoever the text quotes saying them: a body quote holding its words, the first
    /// such in reading order.
    /// </summary>
    // A headline quote of one word ('Devastated') may be anyone's; from two words on it is a fragment of one body quote. Set by hand.
    private const int MinimumHeadlineQuoteWords = 2;

    private static List<AttributedQuote> UncuedQuotesFromBody(List<AttributedQuote> quotes)
    {
        var result = new List<AttributedQuote>(quotes.Count);
        foreach (var q in quotes)
        {
            // 18:52 - Rest centre "full but coping" ¶ The council wrote: "The rest centre is now full but coping.": so too a body quote
            // with no speaker of its own (a live page's entry heading) whose words another quote of the article holds.
            // Gran savaged by dog: "It was like a horror film" ¶ "It was like a horror film," the widow told …: a headline's speaker
            // who says nothing in the body (a role, the band rather than its singer) gives way to the speaker of the body quote it
            // repeats word for word. (A fragment credited to a group, 'We were not told,' say parents, stays the group's.)
            var stranger = q.Quote.InTitle && q.Identity is { } headlined && !quotes.Any(b => !b.Quote.InTitle && b.Identity?.Name == headlined.Name);
            var words = q.Identity is null || stranger ? ComparableWords(q.Quote.Text) : "";
            if (words.Count(c => c == ' ') > MinimumHeadlineQuoteWords)
            {
                var source = quotes.FirstOrDefault(b => b != q && !b.Quote.InTitle && b.Identity is not null
                    && (stranger ? ComparableWords(b.Quote.Text) == words : ComparableWords(b.Quote.Text).Contains(words, StringComparison.Ordinal)));
                if (source is not null)
                {
                    result.Add(new AttributedQuote(q.Quote with { Speaker = source.Identity!.Name, Attribution = AttributionKind.Carried }, source.Identity));
                    continue;
                }
            }

            result.Add(q);
        }

        return result;
    }

    // Lowercase words joined by single spaces and framed by spaces, so that one text holds another only at word boundaries.
    private static string ComparableWords(string text) =>
        " " + string.Join(' ', text.Replace('’', '\'').ToLowerInvariant().Split((char[])[' ', '\n', ',', '.', ';', ':', '!', '?', '"', '“', '”', '‘', '—', '–'], StringSplitOptions.RemoveEmptyEntries)) + " ";

    // Nouns of a charge or a rumour whose "of" names what is alleged (accusations of "throwing", claims of "bias").
    private static readonly FrozenSet<string> ChargeNouns = FrozenSet.ToFrozenSet(["accusation", "accusations", "allegation", "allegations", "claim",
        "claims", "charge", "charges", "cries", "rumour", "rumours", "rumor", "rumors", "suspicion", "suspicions", "talk"], StringComparer.Ordinal);

    private static bool IsChargedTerm(List<CueToken> prefix) =>
        prefix.Count >= 2 && prefix[^1].Lower == "of" && ChargeNouns.Contains(prefix[^2].Lower);

    // placards reading "Fuel no be luxury" and "Ebi n pa wa": words in marks joined by "and" or "or" to written words or a title
    // right before them are written words too.
    private bool ConjoinedToWrittenWords(MarkedQuote marked, List<CueToken> prefix)
    {
        if (prefix.Count < 2 || prefix[^1].Lower is not ("and" or "or"))
        {
            return false;
        }

        var previous = _marked.LastOrDefault(m => m.Closed && m.MarkEnd <= prefix[^1].Start && m.MarkStart >= prefix[0].Start);
        if (previous is null || _text.AsSpan(previous.MarkEnd, prefix[^1].Start - previous.MarkEnd).Trim().Length > 0)
        {
            return false;
        }

        var previousText = string.Join(' ', Trim(previous.Segments).Select(s => _text[s.Start..s.End]));
        var previousPrefix = prefix.TakeWhile(t => t.End <= previous.MarkStart).ToList();
        return IsInscription(previousPrefix) || (!IsCompleteSentence(previousText) && IsTitleLabel(previousPrefix));
    }

    // Asked whether the school bus would be delayed: "No. …": a question reported by a participle with no subject after it, right
    // before the colon, is put to the one who answers, whom the quotes around it name; the nouns of the question name no speaker.
    private static bool IsSubjectlessQuestion(List<CueToken> prefix) =>
        prefix.Count >= 3 && prefix[0].Lower is "asked" or "pressed" or "questioned" && prefix[^1].Raw == ":"
        && prefix[1].Lower is "whether" or "if" or "about" or "why" or "how" or "what" or "when" or "where" or "who" or "which" or "on"
        && !prefix.Any(t => t.Raw == ",");

    private AttributedQuote? BuildQuote(MarkedQuote marked, AttributedQuote? previousInParagraph)
    {
        var spans = Trim(marked.Segments);
        if (spans.Count == 0)
        {
            return null;
        }

        var text = string.Join(' ', spans.Select(s => _text[s.Start..s.End]));
        var words = spans.Sum(s => Words(s.Start, s.End));
        if (words == 0)
        {
            return null;
        }

        var firstParagraph = _paragraphs[marked.FirstParagraph];
        var lastParagraph = _paragraphs[marked.LastParagraph];
        var prefixStart = Math.Max(SentenceStart(marked.MarkStart, firstParagraph.Start), PreviousQuoteEnd(marked, firstParagraph.Start));
        var prefix = TokensIn(prefixStart, marked.MarkStart);
        var remainder = new List<CueToken>();
        // (“… at around 4 a.m.,” said a member of the team: a comma after the stop inside the marks runs the sentence on.)
        var endsSentence = (text.EndsWith('.') || text.EndsWith('…')) && !ClosesWithComma(marked);
        if (marked.Closed && !endsSentence)
        {
            remainder = TokensIn(marked.MarkEnd, Math.Min(SentenceEnd(marked.MarkEnd, lastParagraph.End), NextQuoteStart(marked, lastParagraph.End)));
            // “You accept you never fenced it?” He answered: “…”: a new sentence after a question, ending in a colon, introduces the
            // next quote and is no cue of this one.
            if (text.EndsWith('?') && remainder is [{ IsWord: true, IsCapitalized: true }, .., { Raw: ":" }])
            {
                remainder = [];
            }

            // Councillor Barraclough asked: "…?" The planning officer, Ms Rao, said a condition would "…": after a question a colon
            // introduced, a new sentence that runs on into the next quote is that quote's cue (blind381).
            if ((text.EndsWith('?') || text.EndsWith('!')) && prefix is [.., { IsWord: true }, { Raw: ":" }] && remainder is [{ IsWord: true, IsCapitalized: true }, ..]
                && NextQuoteStart(marked, lastParagraph.End) < SentenceEnd(marked.MarkEnd, lastParagraph.End))
            {
                remainder = [];
            }
        }

        var labelSized = words <= MaximumLabelWords && !IsCompleteSentence(text);
        // … would be named "in due course": a phrase opening with a lowercase preposition is no name, whatever verb it follows.
        if (labelSized && ((IsNamedLabel(prefix) && !OpensWithPreposition(text)) || IsCalledProperName(prefix, text) || IsNameAfterItsNoun(prefix, text)))
        {
            return null; // known locally as "the Biscuit Tin", a group called "…": a name, not speech
        }

        if (!IsCompleteSentence(text) && IsTitleLabel(prefix))
        {
            return null; // a paper titled "…", a report headlined "…": a title, of any length
        }

        if (words == 1 && IsChargedTerm(prefix))
        {
            return null; // drawn accusations of "throwing", amid claims of "bias": the word a charge is made in, no one's statement
        }

        if (words == 1 && IsInThingRelativeClause(prefix))
        {
            // … showed the Clarion the replies, which thanked students for their "feedback": one word in a clause about a thing,
            // after the speaker's verb, is the writer's scare quote, neither the speaker's words nor the thing's.
            return null;
        }

        // (the pony "Biscuit" had been worked, the wreck of the "Galeb", a coaster: one capitalised word in running text, an article or
        // a lowercase word before it and a lowercase word or a comma and an article after it, is a name; blind296, blind369.)
        if (words == 1 && char.IsUpper(text[0]) && text.All(char.IsLetter) && prefix.Count > 0 && prefix[^1].IsWord && char.IsLower(prefix[^1].Raw[0])
            && !QuoteLexicon.SpeechVerbs.Contains(prefix[^1].Lower) && marked.Closed && TokensIn(marked.MarkEnd, lastParagraph.End) is [var following, .. var rest]
            && following.Start >= marked.MarkEnd
            && ((following.IsWord && char.IsLower(following.Raw[0]) && !QuoteLexicon.SpeechVerbs.Contains(following.Lower))
                || (following.Raw == "," && rest is [{ Lower: "a" or "an" or "the" }, ..])))
        {
            return null;
        }

        if (IsInscription(prefix) || ConjoinedToWrittenWords(marked, prefix) || ReadsAsSignBefore(prefix))
        {
            return null; // placards reading "Where is my vote?", a sign that read "No sailings today": written words, even a sentence
        }

        if (!IsCompleteSentence(text) && IsWorkTitle(prefix, text))
        {
            return null; // a touring exhibition, "Bronze and Memory", …: the title of a work in apposition to it
        }

        if (IsPlaceNickname(prefix, text))
        {
            return null; // the boulder field, an area the team calls "the Dustbin.": the name a noun phrase before the clause goes by
        }

        if (IsNicknameInName(marked))
        {
            return null; // Sheriff Raymond "Buddy" Tolliver: a nickname between a given name and a surname is part of how he is named
        }

        if (marked.MarkStart >= _bodyOffset && IsTitleCaseName(text))
        {
            return null; // "Project Meridian", "Save Our 47", "Grist to the Mill": a name in title case, whoever uses it
        }

        // What Ms Flood called "a stitch-up" was, he said, …: a verb right before the quote takes it as its object, so its subject spoke it.
        var mention = AskedBy(prefix) ?? OnBehalfOf(prefix) ?? QuotingDocumentOwner(prefix) ?? OwnedDocumentBeforeColon(prefix) ?? RulebookOwner(prefix) ?? PronounDocumentOwner(prefix) ?? OwnAccount(prefix) ?? ImmediateCue(prefix) ?? BodyAsIt(prefix, prefixStart, firstParagraph.Start) ?? ItOfDocumentBefore(prefix) ?? ItCue(prefix, marked.MarkStart) ?? DashCredit(marked, lastParagraph) ?? CueAfter(BeforeSubordinateClause(remainder)) ?? ItCueAfter(remainder, marked.MarkStart)
            ?? (IsSubjectlessQuestion(prefix) ? null : CueBefore(prefix, prefixStart, firstParagraph.Start))
            ?? StatementCue(remainder, marked.MarkStart) ?? StatementCue(prefix, marked.MarkStart)
            ?? (marked.MarkStart < _bodyOffset ? HeadlineRole(remainder, marked.MarkStart) : null) ?? ColonIntroduction(marked)
            ?? (marked.Closed && endsSentence ? SaidItAfter(marked, lastParagraph) : null);
        mention = RelationOf(mention);
        if (mention is null && HeadingRoleHolder(prefix, marked, lastParagraph) is { } holder)
        {
            mention = holder;
        }

        // It does not accept Mr Kessler-Lund's evidence that the release was "…": the owner of a claim the quote's clause reports.
        if (mention is null && PossessiveClaimOwner(prefix) is { } claimant)
        {
            mention = claimant;
        }

        // (The company argued that its "acceptable use" policy …: a quote between "its" or "their" and a noun names the thing, whoever speaks.)
        if (labelSized && ((mention is null || (prefix.Count > 0 && prefix[^1].Lower is "its" or "their")) && IsModifierLabel(marked, prefix, lastParagraph)
            || (mention is null && marked.MarkStart >= _bodyOffset && IsUncuedNounPhraseLabel(prefix, text))))
        {
            // Free "come and play" sessions: with no one named as its speaker, a phrase modifying the noun after it is a label;
            // with a speaker (she warned of "catastrophic" consequences) it is their word.
            return null;
        }
        // A quote that is its paragraph's whole text (a turn of an exchange, an answer, a quote paragraph of its own).
        var ownParagraph = marked.MarkStart == firstParagraph.Start && marked.Closed && TokensIn(marked.MarkEnd, lastParagraph.End).All(t => !t.IsWord);

        // "Ask Kai's mum." Then, with a raised eyebrow, she went on: "…": a turn of an exchange may open a paragraph whose later
        // sentences carry a cue of their own for what follows; with no cue of its own it is a turn all the same.
        var opensAsTurn = ownParagraph || (mention is null && marked.MarkStart == firstParagraph.Start && marked.Closed && (endsSentence || text.EndsWith('?') || text.EndsWith('!'))
            && TokensIn(marked.MarkEnd, lastParagraph.End).FirstOrDefault(t => t.IsWord) is { } next && char.IsUpper(next.Raw[0])
            && CueInNextSentence(marked, lastParagraph) is not { Explicit: true }); // (… That was how Renata Villalobos summed it up: hers)
        SpeakerIdentity? identity = null;
        var attribution = AttributionKind.None;
        var coordinated = false;
        // A role cue that resolves to no one (a widow when the only candidate is a man, a live blog's minister from entries ago) was
        // turned down on purpose: no speaker is carried in its place.
        var refusedRole = false;
        var byExchange = false;
        var carriedFromBefore = false;
        // (PC Rooke told the panel …. Questioned by the presenting officer, Inspector Joanne Pryce, he was taken through the footage:
        // ¶ "Did …?": a cue the introduction's paragraph gives yields to the exchange it introduces, read below.)
        if (ownParagraph && prefix.Count == 0 && mention is not null && mention.Start < firstParagraph.Start && ExchangePartiesBefore(marked.FirstParagraph) is not null)
        {
            mention = null;
        }

        // ("Bilal saved us. I only finished it off," he said: a person the quote names by a given name or a surname, of the sentence
        // or addressed, is not the one the pronoun stands for; blind332.)
        SpeakerIdentity? resolvedIdentity;
        _namedInQuote = mention is { Kind: MentionKind.Pronoun } ? WordsOfQuote(marked) : [];
        try
        {
            resolvedIdentity = mention is null ? null
                : Resolve(mention, OpensEarlierSentence(mention, marked.MarkStart, firstParagraph.Start) ? mention.Start : marked.MarkStart);
        }
        finally
        {
            _namedInQuote = [];
        }
        if (mention is not null && resolvedIdentity is { } resolved)
        {
            identity = resolved;
            attribution = mention.Kind switch
            {
                MentionKind.Pronoun => AttributionKind.Pronoun,
                MentionKind.Role when mention.Definite => AttributionKind.Role,
                _ => AttributionKind.Name,
            };
        }
        else if (mention is { Kind: MentionKind.Role } || IsAnotherSpeakerCue(prefix) || IsAnotherSpeakerCue(remainder))
        {
            // (A source said it was "frank". Another said: "…" — another is someone else, so the last speaker is not carried.)
            refusedRole = true;
        }
        else if (marked.MarkStart > firstParagraph.Start && marked.Closed && AnswererOfQuestionsInParagraph(firstParagraph.Start, marked) is { } questionedPerson)
        {
            // Members questioned Mr van der Hoek. Was any of the old bell lost? "About four kilograms.": the reporter's question
            // after a sentence saying who was questioned, or who faced the questions, is answered by that person.
            identity = questionedPerson;
            attribution = AttributionKind.Carried;
        }
        else if (previousInParagraph?.Identity is { } other && ReportingSubjectBefore(marked.MarkStart) is { } reporting && reporting.Name != other.Name)
        {
            // "He doesn't know yet," she said. Her brother, Rhodri Bevan, said he had guessed. "She's been waxing it since Thursday.": a
            // sentence between the quotes whose named subject reports speech hands the next bare quote to that subject (blind292).
            identity = reporting;
            attribution = AttributionKind.Carried;
        }
        else if (previousInParagraph?.Identity is { } carried)
        {
            identity = carried;
            attribution = AttributionKind.Carried;

            // … said the result was "a clear mandate" and promised to "listen harder": a speech verb of the same subject cues the quote.
            coordinated = prefix.Where((t, k) => k > 0 && prefix[k - 1].Lower is "and" or "but" && IsActiveQuoteVerb(prefix, k)).Any()
                || IsCoordinatedComplement(prefix) || IsCoordinatedThatClause(prefix, marked, firstParagraph.Start);
        }
        else if (marked.MarkStart == firstParagraph.Start && char.IsUpper(text[0]) && CueInNextSentence(marked, lastParagraph) is { Explicit: true, Mention: { } named }
            && Resolve(named, marked.MarkStart) is { } namedLater)
        {
            // A quote paragraph followed by "That was how X put it" is X's, whoever spoke in the paragraph before, and though it
            // follows the turns of an exchange.
            mention = named;
            identity = namedLater;
            attribution = AttributionKind.Name;
        }
        else if (ownParagraph && prefix.Count == 0 && ExchangePartiesBefore(marked.FirstParagraph) is { } parties)
        {
            // Under questioning by Dr Achterberg, the exchange went as follows: ¶ "Did you see …?" ¶ "No. …": in an exchange whose
            // introduction names who questions whom, a bare turn is one of the two.
            identity = ExchangeTurn(marked.FirstParagraph, text, parties);
            attribution = AttributionKind.Carried;
            byExchange = true;
        }
        else if (opensAsTurn
            && InterviewTurn(marked.FirstParagraph, text) is { } turn)
        {
            // "Will you …?" he asked. ¶ "No," she replied. ¶ "So who is accountable?": uncued turns of an exchange alternate.
            identity = turn;
            attribution = AttributionKind.Carried;
        }
        else if (marked.MarkStart == firstParagraph.Start && text.EndsWith('!') && marked.Closed && TokensIn(marked.MarkEnd, lastParagraph.End).All(t => !t.IsWord)
            && CueInNextSentence(marked, lastParagraph) is { Mention: { Kind: MentionKind.Name } introducing } && Resolve(introducing, marked.MarkStart) is { } newcomer
            && _persons.Any(p => p.Key == newcomer.Name && p.First > marked.MarkEnd))
        {
            // "Vance in, Pike out!" ¶ Lifelong fan Janet Moss, 58, who …, said …: a cry on its own line is the person the next
            // paragraph introduces as speaking, not the last speaker.
            mention = introducing;
            identity = newcomer;
            attribution = AttributionKind.Name;
        }
        else if (marked.MarkStart > firstParagraph.Start && marked.Closed && AnswerToReportedQuestion(firstParagraph.Start, marked) is { } reportedAnswerer)
        {
            // Would he appeal? "Of course I am.": a question the reporter puts in the third person, then the answer in quotes, is
            // answered by whom its pronoun stands for.
            identity = reportedAnswerer;
            attribution = AttributionKind.Pronoun;
        }
        else if (marked.MarkStart > firstParagraph.Start && marked.Closed && PersonWeAsked(firstParagraph.Start, marked) is { } weAsked)
        {
            // We asked the rally secretary, Colin Dray, whether the route could have been shortened. "We looked at it.": the answer
            // to the question the writer reports putting is the person it was put to.
            identity = weAsked;
            attribution = AttributionKind.Carried;
        }
        else if (ownParagraph
            && AnswerToUnquotedQuestion(marked.FirstParagraph, marked.MarkStart) is { } answerer)
        {
            // X was asked repeatedly about the penalty. ¶ Was it a penalty? ¶ "You saw it.": the reporter's questions, unquoted, put
            // to the person the paragraph before them is about, are answered by that person, turn after turn.
            identity = answerer;
            attribution = AttributionKind.Carried;
        }
        else if (prefix.Count > 0 && prefix[0].Start == firstParagraph.Start && IsSubjectlessQuestion(prefix) && marked.FirstParagraph > 0
            && LastEventSince(_paragraphs[marked.FirstParagraph - 1].Start, marked.MarkStart) is { IsPerson: true } askedBefore)
        {
            // Mrs Thwaite-Oduya was asked whether …. She said: "…" ¶ Asked whether the family wished to attend: "Two of us, yes.":
            // a paragraph opening with a question put to no one named is answered by whoever answered the paragraph before.
            identity = askedBefore;
            attribution = AttributionKind.Carried;
        }
        else if (LastEventSince(marked.MarkStart == firstParagraph.Start && marked.FirstParagraph > 0
            ? _paragraphs[marked.FirstParagraph - 1].Start : firstParagraph.Start, marked.MarkStart) is { } recent)
        {
            // A quote with no cue of its own continues the speaker just introduced: the sentence
            // before it in the paragraph, or the paragraph before when it opens its paragraph.
            identity = recent;
            attribution = AttributionKind.Carried;
            carriedFromBefore = true;
        }
        else if (prefix.Count == 0 && marked.MarkStart > firstParagraph.Start && PreviousSentenceSubject(marked.MarkStart) is { } subject)
        {
            // Okonjo-Haig walked the panel through the photographs. "It was …": the person the sentence before was about.
            identity = subject;
            attribution = AttributionKind.Carried;
        }
        else if (ownParagraph
            && PreviousParagraphSubject(marked.FirstParagraph, marked.MarkStart) is { } paragraphSubject)
        {
            // A quote that is its own paragraph, after a paragraph about one person, is theirs; the next
            // paragraph's speaker would be a guess (That was how X put it was read above).
            identity = paragraphSubject;
            attribution = AttributionKind.Carried;
            carriedFromBefore = true;
        }

        if (attribution is AttributionKind.Carried or AttributionKind.None && prefix.Count == 0 && opensAsTurn && !byExchange
            && QuestionAnswerTurn(marked.FirstParagraph, text) is { } exchange)
        {
            // "Did you know?" ¶ "We were aware of a range of risks." ¶ "Did you know?": across a question and its answer the
            // turn passes to the other party, so a bare turn is never the previous turn's speaker; it is the speaker two turns
            // back when that is someone else, and no one when the exchange does not show who (a guess would be a wrong speaker).
            identity = exchange.Speaker;
            attribution = identity is null ? AttributionKind.None : AttributionKind.Carried;
        }

        // (RT's mother wrote: "…" ¶ "…" That point was made by the care coordinator, X: a quote opening its paragraph, carried over
        // from the paragraph before, is the one the next sentence of its own paragraph names.)
        var carriedOver = carriedFromBefore && marked.MarkStart == firstParagraph.Start && TokensIn(marked.MarkEnd, lastParagraph.End).Any(t => t.IsWord);
        if ((identity is null || carriedOver) && !refusedRole && char.IsUpper(text[0]) && (endsSentence || !marked.Closed || remainder.Count == 0)
            && CueInNextSentence(marked, lastParagraph) is { Mention: { } ahead } && Resolve(ahead, marked.MarkStart) is { } later)
        {
            // "…" — and only the next sentence names who said it (That was how X put it; X said later).
            mention = ahead;
            identity = later;
            attribution = ahead.Kind switch
            {
                MentionKind.Pronoun => AttributionKind.Pronoun,
                MentionKind.Role when ahead.Definite => AttributionKind.Role,
                _ => AttributionKind.Name,
            };
        }

        if ((identity is null || carriedFromBefore) && !refusedRole && prefix.Count == 0 && marked.MarkStart == firstParagraph.Start && endsSentence
            && NewcomerAfter(marked, lastParagraph, nextParagraph: identity is null) is { } newcomerAfter)
        {
            // "The windows rattle at five in the morning." Maureen Pask has lived on Mill Road for 31 years.: a quote opening a
            // paragraph with no cue, followed by a sentence that introduces someone by name, is theirs.
            identity = newcomerAfter;
            attribution = AttributionKind.Carried;
        }

        if (identity is not null && IsClauseDescription(identity))
        {
            // Most of the pieces hang in open frames, a choice she defended …. "…," she said: a phrase holding its own clause's
            // subject (a choice she defended) describes a thing, never a person who speaks.
            identity = null;
            attribution = AttributionKind.None;
        }

        if (mention is { Kind: MentionKind.Pronoun } && identity is { IsPerson: false })
        {
            // "…," he said, when no person fits: he is no organisation, whoever spoke last.
            identity = null;
            attribution = AttributionKind.None;
        }

        if (mention is { Kind: MentionKind.Pronoun } && identity is { IsPerson: true } && !Fits(identity, mention.Name == "he"))
        {
            // However the pronoun was reached (a turn, a later cue), "he" is never a person the article shows is a woman, nor "she" a man.
            identity = null;
            attribution = AttributionKind.None;
        }

        LearnGender(mention, identity);

        // "Absolutely not," came the reply: the reply of the person the sentence before was about, however short.
        var cued = attribution is AttributionKind.Name or AttributionKind.Pronoun or AttributionKind.Role || coordinated
            || (identity is not null && IsReplyCue(remainder));
        if (!cued && words < _options.MinimumUncuedWords && !IsCompleteSentence(text))
        {
            return null; // a scare quote or a title
        }

        var embedded = (prefix.Count > 0 && prefix[^1].IsWord) || char.IsLower(text[0]);
        var inTitle = marked.MarkStart < _bodyOffset;
        var quote = new Quote
        {
            DocumentId = _article.Id,
            Text = text,
            Spans = inTitle ? spans : spans.Select(x => new TextSpan(x.Start - _bodyOffset, x.End - _bodyOffset)).ToList(),
            InTitle = inTitle,
            Speaker = identity?.Name,
            SpeakerMention = mention?.Text,
            Attribution = attribution,
            IsPartial = embedded,
        };
        return new AttributedQuote(quote, identity);
    }

    // At most this many words of the noun phrase and its clause's subject before "call" (an area the team calls); set by hand.
    private const int MaximumNamedPhraseWords = 6;

    // an area the team calls "the Dustbin.", the stretch riders call "the Oven": "the" and capitalised words, right after "call" or
    // "calls" whose object is the noun phrase the clause hangs on (a determiner, lowercase words, no verb), name a place or thing.
    private static bool IsPlaceNickname(List<CueToken> prefix, string text)
    {
        var words = text.TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] == "the" && words.Skip(1).All(w => char.IsUpper(w[0])) && IsNamingCall(prefix, prefix.Count - 1);
    }

    // Whether "call" or "calls" at v closes a clause whose object is the noun phrase it hangs on (an area the team calls, the
    // stretch riders call): a determiner and lowercase words, with no verb, back to the clause's start.
    private static bool IsNamingCall(List<CueToken> tokens, int v)
    {
        if (v < 3 || tokens[v].Lower is not ("call" or "calls"))
        {
            return false;
        }

        var start = tokens.FindLastIndex(v - 1, t => !t.IsWord) + 1;
        var phrase = tokens.GetRange(start, v - start);
        return phrase.Count is >= 3 and <= MaximumNamedPhraseWords && phrase[0].Lower is "a" or "an" or "the"
            && phrase.All(t => char.IsLower(t.Raw[0]) && !QuoteLexicon.SpeechVerbs.Contains(t.Lower) && !FiniteVerbs.Contains(t.Lower) && !Auxiliaries.Contains(t.Lower));
    }

    private static bool OpensWithPreposition(string text)
    {
        var first = text.Split(' ', 2)[0];
        return first.Length > 0 && char.IsLower(first[0]) && OpeningPrepositions.Contains(first);
    }

    private static readonly FrozenSet<string> OpeningPrepositions = FrozenSet.ToFrozenSet(
        ["in", "within", "by", "at", "on", "after", "before", "over", "under", "until", "without", "with", "for"], StringComparer.Ordinal);

    // came the reply, was the answer, came his terse response: a reply noun after the quote says it answers what was put to someone.
    private static bool IsReplyCue(List<CueToken> remainder)
    {
        var words = remainder.Where(t => t.IsWord).Take(MaximumReplyCueWords).ToList();
        return words.Count >= 2 && words[0].Lower is "came" or "was" && words.Skip(1).Any(w => w.Lower is "reply" or "answer" or "response" or "retort");
    }

    // … said it was "too early to say" and that talks "remain open": a second that-clause joined straight after a quote of the
    // same sentence is another object of the same speech verb, so the first quote's speaker spoke it, however short.
    private bool IsCoordinatedThatClause(List<CueToken> prefix, MarkedQuote marked, int paragraphStart) =>
        prefix.Count >= 3 && prefix[0].Lower is "and" or "but" or "or" && prefix[1].Lower == "that"
            && PreviousQuoteEnd(marked, paragraphStart) > SentenceStart(marked.MarkStart, paragraphStart)
            && !prefix.Skip(2).Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower));

    // … said it "welcomes any expansion" but was "deeply concerned": a second complement joined to the same subject by
    // "and"/"but" and a copula carries the first quote's speaker, however short.
    private static bool IsCoordinatedComplement(List<CueToken> prefix)
    {
        var join = prefix.FindLastIndex(t => t.Lower is "and" or "but");
        if (join < 0 || join >= prefix.Count - 1 || prefix.Count - join > MaximumCoordinatedComplementWords)
        {
            return false;
        }

        if (prefix.Skip(join + 1).SkipLast(1).All(t => t.IsWord && IsVerbAdverb(t.Lower)) && QuoteLexicon.Copulas.Contains(prefix[^1].Lower))
        {
            return true;
        }

        // … said it was "relieved" and had since "completely overhauled" its controls: an auxiliary (and an adverb) whose verb
        // phrase the quote goes on with is the same subject's predicate.
        var words = prefix.Skip(join + 1).ToList();
        return words.All(t => t.IsWord && (IsVerbAdverb(t.Lower) || Auxiliaries.Contains(t.Lower))) && Auxiliaries.Contains(words[0].Lower);
    }

    // Adverbs that stand between a subject's auxiliary and its verb (had since, was still, would never).
    private static bool IsVerbAdverb(string lower) =>
        lower.EndsWith("ly", StringComparison.Ordinal) || lower is "still" or "also" or "not" or "now" or "since" or "already" or "never" or "then" or "even" or "just";

    // Auxiliaries that open a verb phrase a quote may complete.
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "would", "will", "could", "should", "might", "may", "can", "must"], StringComparer.Ordinal);

    // The words came from Clare Havelock / That stark warning came from the coach: a verdict noun (one adjective may
    // stand before it) that came from its speaker; null when the sentence is not so built.
    private static SpeakerMention? VerdictSource(List<CueToken> tokens)
    {
        var noun = tokens.Count > 5 && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0]) && !IsVerdictWord(tokens[1].Lower) ? 2 : 1;
        // (The words, shouted through a megaphone on Tuesday morning, came from Milica Radonjić: a lowercase phrase between commas
        // may stand between the noun and its verb.)
        var verb = AfterInsertedPhrase(tokens, noun + 1, t => t.IsWord || t.Raw == "-");

        // (Those words belong to Lorna Veitch: "belong to" names the owner as "came from" does.)
        // (That claim was made by the Herald's editor, X: a passive "made", "voiced" or "raised" by names the owner too.)
        var passive = tokens.Count > verb + 3 && tokens[verb].Lower is "was" or "were" && tokens[verb + 1].Lower is "made" or "voiced" or "raised" or "given" or "offered"
            && tokens[verb + 2].Lower == "by";
        // (The question, asked all week along the harbour, came on Sunday from Pina Scalia: a day or a time between the verb and
        // "from"; blind349.)
        var cameFrom = tokens.Count > verb + 2 && tokens[verb].Lower is "came" or "comes" or "come" ? TimeBeforeFrom(tokens, verb + 1) : -1;
        if (tokens.Count > verb + 2 && tokens[0].Lower is "the" or "that" or "this" or "those" or "these" or "such" && IsVerdictWord(tokens[noun].Lower)
            && (cameFrom > verb
                || (tokens[verb].Lower is "belong" or "belongs" or "belonged" && tokens[verb + 1].Lower == "to") || passive))
        {
            var from = passive ? verb + 3 : cameFrom > verb ? cameFrom + 1 : verb + 2;
            var end = ClauseEnd(tokens, from);
            // (came from Gulls starter Ben Achterberg: a team and a role before a full name describe the person it names.)
            // (came from the senior gardener at Hollins Green, Keziah Mbatha-Rowe: a role at a body, then the name after a comma.)
            return DocumentAuthor(tokens, from) ?? (IsRoleOfBody(tokens, from, end) ? NameInApposition(tokens, end) : null) ?? NameGivenAs(tokens, from)
                ?? DescribedNameAt(tokens, from) ?? MentionParser.StartingAt(tokens, from) ?? FirstMention(tokens.GetRange(from, end - from));
        }

        return null;
    }

    // The index of "from" at `at`, or after a short phrase of time (on Sunday, later that day, yesterday) that starts there; -1
    // when there is none.
    private static int TimeBeforeFrom(List<CueToken> tokens, int at)
    {
        for (var k = at; k < tokens.Count && k - at <= MaximumTimeWordsBeforeFrom && tokens[k].IsWord; k++)
        {
            if (tokens[k].Lower == "from")
            {
                return k == at || Enumerable.Range(at, k - at).Any(j => TimeWords.Contains(tokens[j].Lower) || QuoteLexicon.DayNames.Contains(tokens[j].Lower)) ? k : -1;
            }
        }

        return -1;
    }

    // The words of time between "came" and "from" (came later that evening from); set by hand.
    private const int MaximumTimeWordsBeforeFrom = 3;

    // A phrase between commas after a verdict's noun (The words, shouted through a megaphone on Tuesday morning, came from) runs to
    // about a dozen words; set by hand.
    private const int MaximumInsertedPhraseWords = 12;

    // Those words come from a letter sent to the ward last spring by one patient's daughter: the author "by" names after a document.
    private static SpeakerMention? DocumentAuthor(List<CueToken> tokens, int from)
    {
        if (from + 1 >= tokens.Count || tokens[from].Lower is not ("a" or "an" or "the" or "one")
            || tokens.Skip(from + 1).Take(MaximumDocumentModifiers + 1).TakeWhile(t => t.IsWord).All(t => !QuoteLexicon.DocumentNouns.Contains(t.Lower)))
        {
            return null;
        }

        var end = ClauseEnd(tokens, from);
        var by = tokens.FindIndex(from + 1, end - from - 1, t => t.Lower == "by");
        if (by < 0 || by + 1 >= end)
        {
            return null;
        }

        // (by one patient's daughter: an indefinite author with an owner is named by the whole phrase, up to its clause's end.)
        var phraseEnd = ClauseEnd(tokens, by + 1);
        if (tokens[by + 1].Lower is "a" or "an" or "one" or "another" && phraseEnd - by - 1 is >= 2 and <= MaximumUnnamedSourceWords
            && tokens.Skip(by + 2).Take(phraseEnd - by - 2).All(t => t.IsWord && char.IsLower(t.Raw[0])))
        {
            return UnnamedSource(tokens, by + 1, phraseEnd) ?? UnnamedRole(tokens, by + 1, phraseEnd);
        }

        return MentionParser.StartingAt(tokens, by + 1);
    }

    // The most words between "gave" and the name in "who gave his name only as Kipeno"; set by hand.
    private const int MaximumNameGivenWords = 5;

    // A young herder, who gave his name only as Kipeno / a trader identified only as Maria: the name the unnamed source goes by,
    // which is how the source is known; null when the words after `from` give none. ("known as" is left out: it gives nicknames.)
    private static SpeakerMention? NameGivenAs(List<CueToken> tokens, int from)
    {
        for (var k = from; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower is not ("gave" or "gives" or "giving" or "identified" or "named"))
            {
                continue;
            }

            var ask = tokens[k].Lower is "gave" or "gives" or "giving";
            for (var a = k + 1; a < tokens.Count - 1 && a - k <= MaximumNameGivenWords && tokens[a].IsWord; a++)
            {
                if (tokens[a].Lower == "as" && (!ask || tokens.Skip(k + 1).Take(a - k - 1).Any(t => t.Lower is "name" or "first")))
                {
                    return MentionParser.StartingAt(tokens, a + 1) is { Kind: MentionKind.Name } named ? named : null;
                }
            }
        }

        return null;
    }

    private static bool IsVerdictWord(string lower) =>
        QuoteLexicon.VerdictNouns.Contains(lower) || lower is "remark" or "remarks" or "comments" or "comment" or "warnings" or "words";

    /// <summary>
    /// The speaker whose turn a quote paragraph with no cue is in an exchange: the two paragraphs before it open with quotes of
    /// two different people, and this quote or the first of them asks a question; the first of them speaks again.
    /// </summary>
    private SpeakerIdentity? InterviewTurn(int paragraph, string text)
    {
        if (paragraph < 2)
        {
            return null;
        }

        // (The defendant asked: "Can I pay it weekly, sir?" ¶ Mr Fane-Whitcombe replied: "…" ¶ "I'm only asking.": a turn may close a
        // paragraph that opens with its cue.)
        var asker = Turn(paragraph - 2);
        var answer = Turn(paragraph - 1);
        if (asker?.Identity is not { IsPerson: true } first || answer is null)
        {
            return null;
        }

        // "Did you know?" ¶ "We were aware …" (a turn left without a speaker because the exchange did not show whose) ¶ "…":
        // a turn with no speaker still stands between the two turns of the other party.
        if (answer.Identity is { } second ? !second.IsPerson || first.Name == second.Name : answer.Quote.Attribution != AttributionKind.None)
        {
            return null;
        }

        // "No," she replied. ¶ "You never said …?" ¶ "I said …": an uncued question of the other party is answered by the one before it.
        // "Did you know …?" Professor Halvorsen asked. ¶ "I knew …," Mr Rostami said. ¶ "That is not what I asked." ¶ "Then yes.": the
        // question may stand further back, in the run of turns the two have taken by turns.
        return text.EndsWith('?') || asker.Quote.Text.EndsWith('?') || answer.Quote.Text.EndsWith('?')
            || AlternatingQuestionBefore(paragraph - 3, answer.Identity, first) ? first : null;
    }

    // Whose a bare turn opening `paragraph` is in an exchange between two known parties.
    private SpeakerIdentity ExchangeTurn(int paragraph, string text, (SpeakerIdentity Asker, SpeakerIdentity Asked) parties)
    {
        // (“Were you scared?” ¶ “Not then. … Is that allowed in the report?” ¶ “It is now.”: the turn after a question the exchange
        // gave its party is the other party's, whether or not it asks one back. A question cued on its own is left to the rules
        // below: its cue may name the wrong party.)
        if (OpeningQuote(paragraph - 1) is { Identity: { } previousTurn, Quote: { Attribution: AttributionKind.Carried } previous } && previous.Text.EndsWith('?'))
        {
            if (previousTurn.Name == parties.Asker.Name)
            {
                return parties.Asked;
            }

            if (previousTurn.Name == parties.Asked.Name)
            {
                return parties.Asker;
            }
        }

        // (“How many did you carry out yourself?” ¶ “All of them.” ¶ “The booth logs show the door was never closed.” ¶ “The logs are
        // wrong.”: after a bare answer the exchange gave the one questioned, the next bare turn is the questioner's, a statement put
        // to the witness as much as a question; an answer that went on would have stayed in its paragraph, blind301.)
        if (OpeningQuote(paragraph - 1) is { Identity: { } answeredTurn, Quote: { Attribution: AttributionKind.Carried } answered } && !answered.Text.EndsWith('?')
            && answeredTurn.Name == parties.Asked.Name
            && (OpeningQuote(paragraph - 2) is { Identity: { } askedTurn } ? askedTurn.Name == parties.Asker.Name : QuestionBeforeIntroduction(paragraph - 2, parties.Asker)))
        {
            return parties.Asker;
        }

        // (Asked whether she knew …, she replied: "I knew. …" ¶ "But the note gives no sign …": so after the answer that closes the
        // exchange's introduction, given to the one questioned; blind316.)
        if (paragraph >= 1 && OpeningQuote(paragraph - 1) is null && _turns.LastOrDefault(t => t.Paragraph == paragraph - 1).Quote is { Identity: { } introAnswerer, Quote: { } introAnswer }
            && !introAnswer.Text.EndsWith('?') && introAnswerer.Name == parties.Asked.Name && !text.EndsWith('?'))
        {
            return parties.Asker;
        }

        // (… took questions from the floor. ¶ "Why …?" asked Pieter Haagsma. ¶ "…," Mr Roozendaal replied. ¶ "Two evenings, …": after a
        // question and an answer each cued to its party, a bare turn that asks nothing is the questioner's rejoinder; the one
        // questioned would have gone on in the paragraph cued to him.)
        if (!text.EndsWith('?') && IsCuedAnswerToCuedQuestion(paragraph, parties))
        {
            return parties.Asker;
        }

        // Otherwise a bare question is the questioner's and a bare answer the one questioned.
        return text.EndsWith('?') ? parties.Asker : parties.Asked;
    }

    // Whether the paragraph `intro`, which opens no turn (The exchange continued:), follows a paragraph whose last quote is a question
    // of the questioner's (In cross-examination Ms Laurent asked: "…?"); blind341.
    private bool QuestionBeforeIntroduction(int intro, SpeakerIdentity asker) =>
        intro >= 1 && !_turns.Any(t => t.Paragraph == intro) && _turns.LastOrDefault(t => t.Paragraph == intro - 1).Quote is { Identity: { } questioner, Quote: { } question }
        && questioner.Name == asker.Name && question.Text.EndsWith('?');

    // Whether the paragraph before `paragraph` opens with an answer cued by name or pronoun to the exchange's questioned party, and
    // the one before that with a question cued the same way to its questioner.
    private bool IsCuedAnswerToCuedQuestion(int paragraph, (SpeakerIdentity Asker, SpeakerIdentity Asked) parties) =>
        paragraph >= 2 && OpeningQuote(paragraph - 1) is { Identity: { } answerer, Quote: { Attribution: AttributionKind.Name or AttributionKind.Pronoun } answer }
        && answerer.Name == parties.Asked.Name && !answer.Text.EndsWith('?')
        && OpeningQuote(paragraph - 2) is { Identity: { } asker, Quote: { Attribution: AttributionKind.Name or AttributionKind.Pronoun } question }
        && asker.Name == parties.Asker.Name && question.Text.EndsWith('?');

    // Whether the turns before an exchange's last two go on taking turns between the same two people (the second of them first)
    // back to a question, within a few paragraphs.
    private bool AlternatingQuestionBefore(int paragraph, SpeakerIdentity? expected, SpeakerIdentity other)
    {
        for (var p = paragraph; p >= 0 && paragraph - p < MaximumExchangeTurns && expected is { IsPerson: true }; p--)
        {
            if (Turn(p) is not { Identity: { } speaker } turn || speaker.Name != expected.Name)
            {
                return false;
            }

            if (turn.Quote.Text.EndsWith('?'))
            {
                return true;
            }

            (expected, other) = (other, expected);
        }

        return false;
    }

    /// <summary>
    /// For a bare quote paragraph right after a paragraph that opens with a quote, when one of the two is a question and the
    /// other is not (a question and its answer): the speaker of the turn two paragraphs back if that is a person other than the
    /// previous turn's speaker, else a null speaker. Null (no exchange) when the paragraph before opens with no quote or neither
    /// or both are questions.
    /// </summary>
    private (SpeakerIdentity? Speaker, bool Found)? QuestionAnswerTurn(int paragraph, string text)
    {
        if (paragraph < 1 || Turn(paragraph - 1) is not { } previous || text.EndsWith('?') == previous.Quote.Text.EndsWith('?'))
        {
            return null;
        }

        var before = paragraph >= 2 ? Turn(paragraph - 2) : null;
        if (text.EndsWith('?') && previous.Identity is { IsPerson: true } answerer && AskerOf(paragraph - 1, answerer) is { } askedBy)
        {
            // Ms Haverstock asked the Respondent whether …. His answer was: "…" ¶ "Why not?": a bare question after an answer is
            // asked by whom the answer's paragraph says asked its speaker, whoever spoke two turns back.
            return (askedBy, true);
        }

        if (previous.Quote.Text.EndsWith('?') && previous.Identity is { IsPerson: true } questioning && AddresseeOf(paragraph - 1, questioning) is { } put)
        {
            // "Did you know what they were planning?" I asked him over tea. ¶ "Not a clue.": the answer to a question whose own
            // paragraph says whom its asker asked is that person's.
            return (put, true);
        }

        if (before is null && previous.Quote.Text.EndsWith('?') && previous.Identity is { } asking && paragraph >= 2
            && PersonAskedBy(paragraph - 2, asking) is { } addressee)
        {
            // The most pointed exchange came when Owen Tregarthen asked Ms Marchbanks whether …. ¶ "Were you told?" ¶ "I was told
            // …": the answer to the question that opens the exchange is the one its asker was just said to ask.
            return (addressee, true);
        }

        if (before is null && previous.Quote.Text.EndsWith('?') && previous.Identity is { IsPerson: true } caller && Addressee(paragraph - 1, caller) is { } called)
        {
            // "Mr Ashdown-Pryce, is there a medical report in this case or not?" the Recorder asked. ¶ "There is no report, sir.": the
            // answer to a question that calls someone by name is that person's.
            return (called, true);
        }

        if (before is null && previous.Quote.Text.EndsWith('?') && previous.Identity is { } opener
            && PreviousParagraphSubject(paragraph - 1, _paragraphs[paragraph - 1].Start) is { IsPerson: true } introduced && introduced.Name != opener.Name)
        {
            // Mrs van der Kolk brought photographs to the meeting, where members had questions. ¶ "Did you …?" asked the secretary.
            // ¶ "Nothing at all.": the answer to a question that opens an exchange is the person the paragraph before it is about
            // (The Respondent was cross-examined.), whoever spoke last.
            return (introduced, true);
        }

        if (before is null && previous.Quote.Text.EndsWith('?') && previous.Identity is { } questioner
            && LastSpeakerBefore(_paragraphs[paragraph - 1].Start, Math.Max(0, paragraph - 1 - QuestionedSpeakerReach), questioner) is { } questioned)
        {
            // "I heard the engine," he told the court. ¶ He was then questioned by counsel. ¶ "Had you …?" Ms Devlin asked. ¶ "Once,
            // maybe.": the answer to a question that opens an exchange is the one who spoke just before it, the one questioned.
            return (questioned, true);
        }

        return before?.Identity is { IsPerson: true } other && other.Name != previous.Identity?.Name ? (other, true) : (null, true);
    }

    // The person other than the asker whom the question opening a paragraph calls by name, at its start or its end (Mr
    // Ashdown-Pryce, is there …?; Is there a report, Mr Ashdown-Pryce?), when the article names them elsewhere; null otherwise.
    private SpeakerIdentity? Addressee(int paragraph, SpeakerIdentity asker)
    {
        if (_marked.FirstOrDefault(m => m.FirstParagraph == paragraph && !_labels.Contains(m.MarkStart)) is not { Segments: [var segment, ..] })
        {
            return null;
        }

        var tokens = TokensIn(segment.Start, segment.End);
        var called = MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Name } opening && opening.Start == tokens[0].Start
            && tokens.FindIndex(t => t.Start >= opening.Start + opening.Text.Length) is var next && next > 0 && tokens[next].Raw == ","
                ? opening
                : tokens.Count > 3 && tokens[^1].Raw == "?" && MentionParser.EndingAt(tokens, tokens.Count - 1, 0) is { Kind: MentionKind.Name } closing
                    && tokens.FindLastIndex(t => t.Start < closing.Start) is var comma && comma > 0 && tokens[comma].Raw == ","
                    ? closing
                    : null;
        return called is not null && ResolveName(called, called.Start) is { IsPerson: true } person && person.Name != asker.Name
            && _persons.Any(p => p.Key == person.Name && p.Positions.Any(x => x < segment.Start || x > segment.End))
                ? person
                : null;
    }

    // The person a paragraph with no quote says the asker asked (Owen Tregarthen asked Ms Marchbanks whether …), or null.
    private SpeakerIdentity? PersonAskedBy(int paragraph, SpeakerIdentity asker)
    {
        var (start, end) = (_paragraphs[paragraph].Start, _paragraphs[paragraph].End);
        if (start < _bodyOffset || _marked.Any(m => m.MarkStart >= start && m.MarkStart < end && !_labels.Contains(m.MarkStart) && Words(m.MarkStart, m.MarkEnd) > MaximumLabelWords))
        {
            return null;
        }

        var tokens = Unquoted(TokensIn(start, end));
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            // Rakul Nolsøe put the question to him directly: a question put to someone is asked of them; "him" or "her" is the last
            // person of that gender named before it other than the asker.
            if (IsQuestionPut(tokens, k) && tokens.FindIndex(k + 1, t => t.Lower == "to") is var to && to + 1 < tokens.Count
                && MentionParser.EndingAt(tokens, k, ClauseStart(tokens, k)) is { Kind: MentionKind.Name } putter && Resolve(putter, tokens[k].Start) is { } putBy
                && putBy.Name == asker.Name)
            {
                if (tokens[to + 1].Lower is "him" or "her")
                {
                    return PersonCalled(tokens[to + 1], asker);
                }

                return MentionParser.StartingAt(tokens, to + 1) is { Kind: MentionKind.Name } putTo && Resolve(putTo, tokens[to + 1].Start) is { IsPerson: true } addressed
                    && addressed.Name != asker.Name ? addressed : null;
            }

            if (Asking(tokens, k) is ({ } who, { Kind: MentionKind.Name } addressee) && who.Name == asker.Name)
            {
                return addressee;
            }
        }

        return null;
    }

    // The person whom, a paragraph says, `asker` asked, or null; the paragraph may hold the question itself.
    private SpeakerIdentity? AddresseeOf(int paragraph, SpeakerIdentity asker) =>
        AskingsIn(paragraph).FirstOrDefault(a => a.Asker.Name == asker.Name).Addressee;

    private IEnumerable<(SpeakerIdentity Asker, SpeakerIdentity Addressee)> AskingsIn(int paragraph)
    {
        var tokens = Unquoted(TokensIn(_paragraphs[paragraph].Start, _paragraphs[paragraph].End));
        return Enumerable.Range(1, Math.Max(0, tokens.Count - 2)).Select(k => Asking(tokens, k)).OfType<(SpeakerIdentity, SpeakerIdentity)>();
    }

    // The person who, a paragraph says, asked `addressee` (In cross-examination, Ms Haverstock asked the Respondent whether ….
    // His answer was: "…"), or null; the paragraph may hold the answer itself.
    private SpeakerIdentity? AskerOf(int paragraph, SpeakerIdentity addressee)
        => AskingsIn(paragraph).FirstOrDefault(a => a.Addressee.Name == addressee.Name).Asker ?? PassiveAskerIn(paragraph, addressee);

    // Asked by the chair of the Panel, Ms Ruth Abernethy-Shaw, when he first saw the notice, Mr MacIver said: "…": a sentence that
    // opens "Asked by X" says X asked the one who answers in it (blind351).
    private SpeakerIdentity? PassiveAskerIn(int paragraph, SpeakerIdentity addressee)
    {
        var tokens = Unquoted(TokensIn(_paragraphs[paragraph].Start, _paragraphs[paragraph].End));
        return Enumerable.Range(0, Math.Max(0, tokens.Count - 2))
            .Where(k => tokens[k].Raw == "Asked" && tokens[k + 1].Lower == "by" && (k == 0 || tokens[k - 1].Raw is "." or ":" or ";"))
            .Select(k => QuestionerAfterBy(tokens, k + 1)).FirstOrDefault(asker => asker is not null && asker.Name != addressee.Name);
    }

    // The person asked, named right after the asking verb, or a case party or the witness (the Respondent, capitalised as decisions
    // write it).
    private static SpeakerMention? AskedAt(List<CueToken> tokens, int k) =>
        MentionParser.StartingAt(tokens, k) is { Kind: MentionKind.Name or MentionKind.Role } named && named.Start == tokens[k].Start
            ? named
            : IsPartyOrWitness(tokens, k) ? PartyMention(tokens, k) : null;

    // The one questioned or put to at `k`: a case party or the witness (the respondent, the Registrant) as the role it is, else the
    // source the words there name (blind342, blind344).
    private static SpeakerMention? PartyOrSourceAt(List<CueToken> tokens, int k) =>
        IsPartyOrWitness(tokens, k) ? PartyMention(tokens, k) : SourceStartingAt(tokens, k);

    // "The Respondent" at `k`, a party to the case as decisions capitalise it, read as the role it is.
    private static SpeakerMention PartyMention(List<CueToken> tokens, int k) =>
        new(MentionKind.Role, $"the {tokens[k + 1].Lower}", $"the {tokens[k + 1].Lower}", [tokens[k + 1].Lower], tokens[k + 1].Lower, true, tokens[k].Start);

    // "X asked Y" at `k`: the asker, named, a pronoun that stands for a person or the writer's "I" (I asked him over tea), and
    // the person asked, named, a role that stands for a named person (the Respondent) or "him" or "her"; null when the words at
    // `k` are not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Addressee)? Asking(List<CueToken> tokens, int k) =>
        AskingVerbs.Contains(tokens[k].Lower)
        && (tokens[k - 1].Raw == "I" ? WriterMention(tokens[k - 1].Start) : MentionParser.EndingAt(tokens, k, ClauseStart(tokens, k))) is { Kind: MentionKind.Name or MentionKind.Pronoun } subject
        && Resolve(subject, tokens[k].Start) is { IsPerson: true } who
        && (tokens[k + 1].Lower is "him" or "her"
            ? PersonCalled(tokens[k + 1], who)
            : AskedAt(tokens, k + 1) is { } asked ? Resolve(asked, tokens[k + 1].Start) : null) is { Kind: MentionKind.Name } addressee
        && addressee.Name != who.Name
            ? (who, addressee)
            : null;

    // The person "him" or "her" at `pronoun` stands for when someone else (the asker) speaks to them: the last person of that
    // gender named before it other than the asker.
    private SpeakerIdentity? PersonCalled(CueToken pronoun, SpeakerIdentity asker) =>
        _persons.Where(p => p.Identity.IsPerson && p.Identity.Name != asker.Name && p.First < pronoun.Start && Fits(p.Identity, pronoun.Lower == "him"))
            .OrderByDescending(p => p.LastBefore(pronoun.Start)).Select(p => p.Identity).FirstOrDefault();

    // Paragraphs before a question that opens an exchange in which its addressee is looked for as the last one to speak: their
    // own quote and a sentence saying they were questioned. Set by hand from blind63's inquest report.
    private const int QuestionedSpeakerReach = 2;

    // The last person other than someone to speak between two offsets; null when the last speaker there is that someone or
    // no one spoke.
    private SpeakerIdentity? LastSpeakerBefore(int position, int fromParagraph, SpeakerIdentity other)
    {
        var floor = _paragraphs[fromParagraph].Start;
        return _events.LastOrDefault(e => e.Position >= floor && e.Position < position) is { Identity: { IsPerson: true } last } && last.Name != other.Name ? last : null;
    }

    // The person a reported question's pronoun stands for, when the quote's paragraph opens with that question alone (Would he
    // appeal? "…"); null otherwise.
    private SpeakerIdentity? AnswerToReportedQuestion(int paragraphStart, MarkedQuote marked)
    {
        var before = TokensIn(paragraphStart, marked.MarkStart);
        if (before.Count < 3 || before.Count(t => t.IsWord) > MaximumQuestionWords || before[^1].Raw != "?" || before.Take(before.Count - 1).Any(t => !t.IsWord)
            || _marked.Any(m => m.MarkStart >= paragraphStart && m.MarkStart < marked.MarkStart))
        {
            return null;
        }

        var pronoun = before.FindIndex(t => QuoteLexicon.Pronouns.Contains(t.Lower) && t.Lower is not ("you" or "i" or "we"));
        if (pronoun > 0)
        {
            return ResolvePronoun(before[pronoun].Raw, before[pronoun].Lower == "he", before[pronoun].Start) is { IsPerson: true } person ? person : null;
        }

        // We put three questions to X. ¶ Was the satellite insured? "Yes …" ¶ Will you fly again? "…": a question put to someone
        // directly is answered by the person the questions were put to, turn after turn.
        return QuestionedBefore(marked.FirstParagraph) ?? AnswerAboutNamedPerson(before, marked.FirstParagraph);
    }

    /// <summary>
    /// The person questioned in a paragraph whose reporter puts the questions unquoted and quotes the answers (At the press conference
    /// he faced a string of questions. Should the heat have been stopped? "We stopped it …"; members questioned Mr van der Hoek. Was
    /// any of the bell lost? "About four kilograms."): for a quote right after such a question, the object of a questioning verb or
    /// the subject of "faced", "fielded", "took" or "answered" … "questions" in the paragraph before its first question. Null otherwise.
    /// </summary>
    private SpeakerIdentity? AnswererOfQuestionsInParagraph(int paragraphStart, MarkedQuote marked)
    {
        var previous = _marked.LastOrDefault(m => m.MarkStart >= paragraphStart && m.MarkEnd <= marked.MarkStart);
        var before = TokensIn(previous?.MarkEnd ?? paragraphStart, marked.MarkStart);
        // ("Why not fix the gate?" asked one resident. "Because …": so after a quoted question and its cue.)
        var afterQuotedQuestion = previous is not null && _text.AsSpan(previous.Segments[^1].Start, previous.Segments[^1].Length).TrimEnd().EndsWith("?", StringComparison.Ordinal)
            && before.Count > 1 && before[^1].Raw == "." && before.Count(t => t.Raw is "." or "?" or "!") == 1;
        if (before.Count < 2 || (before[^1].Raw != "?" && !afterQuotedQuestion))
        {
            return null;
        }

        // The introduction runs to the paragraph's first question, unquoted or quoted.
        var unquoted = Unquoted(TokensIn(paragraphStart, marked.MarkStart));
        var firstUnquoted = unquoted.FindIndex(t => t.Raw == "?");
        var introEnd = Math.Min(firstUnquoted < 0 ? marked.MarkStart : SentenceStart(unquoted[firstUnquoted].Start, paragraphStart),
            afterQuotedQuestion ? SentenceStart(previous!.MarkStart, paragraphStart) : marked.MarkStart);
        var intro = Unquoted(TokensIn(paragraphStart, introEnd));
        // (members questioned Mr van der Hoek, reporters pressed the minister: the one questioned is the verb's object; he faced a
        // string of questions: the one who faces them answers them.)
        var verb = QuestioningVerb(intro);
        return (verb > 0 && verb + 1 < intro.Count ? QuestionedAfter(intro, verb, null) : null) ?? FacingQuestions(intro);
    }

    // faced a string of questions, took more questions: at most this many words between the verb and "questions". Set by hand.
    private const int MaximumWordsBeforeQuestions = 4;

    // Oosterhuis said: "…" ¶ And Kasal's knee? "He shouldn't have played.": a question about someone it names, in the third person,
    // is answered by the last person heard in the paragraph before, when that is someone else; null otherwise.
    private SpeakerIdentity? AnswerAboutNamedPerson(List<CueToken> question, int paragraph)
    {
        var named = question.Where(t => t.IsWord && t.IsCapitalized)
            .Select(t => MentionParser.IsPossessive(t) ? t.Raw[..^2] : t.Raw)
            .Where(w => _persons.Any(p => p.Parts.Contains(w, StringComparer.Ordinal))).ToList();
        if (paragraph < 1 || named.Count != 1)
        {
            return null;
        }

        var floor = _paragraphs[paragraph - 1].Start;
        return _events.LastOrDefault(e => e.Position >= floor && e.Position < _paragraphs[paragraph].Start).Identity is { IsPerson: true } last
            && !_persons.Any(p => p.Key == last.Name && p.Parts.Contains(named[0], StringComparer.Ordinal))
                ? last
                : null;
    }

    /// <summary>
    /// The person the writer asked (We asked the rally secretary, Colin Dray, whether …), when that one sentence, opening with
    /// "We" or "I", is all the quote's paragraph holds before the quote: the first person it names after its asking verb; null
    /// otherwise.
    /// </summary>
    private SpeakerIdentity? PersonWeAsked(int paragraphStart, MarkedQuote marked)
    {
        var before = TokensIn(paragraphStart, marked.MarkStart);
        if (before.Count < 4 || before[0].Lower is not ("we" or "i") || before[^1].Raw != "." || SentenceStart(before[^1].Start, paragraphStart) != paragraphStart
            || _marked.Any(m => m.MarkStart >= paragraphStart && m.MarkStart < marked.MarkStart))
        {
            return null;
        }

        var asking = before.FindIndex(t => AskingVerbs.Contains(t.Lower));
        if (asking is not (> 0 and <= 2))
        {
            return null;
        }

        // (I asked how far before the gate the van had been. "Twenty metres.": a question put to no one named goes on to the one
        // the writer asked last.)
        return asking + 1 < before.Count && ReportedQuestionWords.Contains(before[asking + 1].Lower)
            ? PersonWriterAskedBefore(_paragraphs.FindIndex(p => p.Start == paragraphStart))
            : _persons.Select(p => (p.Identity, At: p.Positions.Where(x => x > before[asking].Start && x < marked.MarkStart).DefaultIfEmpty(int.MaxValue).Min()))
                .Where(x => x.At < int.MaxValue && x.Identity.IsPerson).OrderBy(x => x.At).Select(x => x.Identity).FirstOrDefault();
    }

    // The words that open a reported question in place of an object (I asked how far …, we asked whether …).
    private static readonly FrozenSet<string> ReportedQuestionWords = FrozenSet.ToFrozenSet(
        ["how", "what", "whether", "why", "when", "where", "who", "which", "if"], StringComparer.Ordinal);

    // A writer's questions go on to the one they asked for a few paragraphs of answers; set by hand on the first-person decisions of
    // blind166 and blind190, whose questions come one or two paragraphs after the one naming whom the writer asked.
    private const int WriterQuestionReach = 3;

    // The person the writer last asked by name (At the hearing I asked Mr Asante-Darko whether …) in the few paragraphs before
    // `paragraph`; null when the writer asked no one named there.
    private SpeakerIdentity? PersonWriterAskedBefore(int paragraph)
    {
        for (var p = paragraph - 1; p >= Math.Max(0, paragraph - WriterQuestionReach) && _paragraphs[p].Start >= _bodyOffset; p--)
        {
            var tokens = Unquoted(TokensIn(_paragraphs[p].Start, _paragraphs[p].End));
            for (var k = tokens.Count - 3; k >= 0; k--)
            {
                if (tokens[k].Raw is "I" or "We" or "we" && AskingVerbs.Contains(tokens[k + 1].Lower)
                    && MentionParser.StartingAt(tokens, k + 2) is { Kind: MentionKind.Name } asked && asked.Start == tokens[k + 2].Start
                    && Resolve(asked, tokens[k + 2].Start) is { IsPerson: true } person)
                {
                    return person;
                }
            }
        }

        return null;
    }

    // The person a run of question-and-answer paragraphs is put to: the one the paragraph before the run names last, or what it
    // is about; null when the run opens the article or no one is named there.
    private SpeakerIdentity? QuestionedBefore(int paragraph)
    {
        var first = paragraph;
        while (first - 1 >= 0 && _paragraphs[first - 1].Start >= _bodyOffset && OpensWithUnquotedQuestion(first - 1))
        {
            first--;
        }

        if (first < 1 || _paragraphs[first - 1].Start < _bodyOffset)
        {
            return null;
        }

        // (… nicknamed "Tess" …. OrbitLine put three questions to Brightfold's founder, Tomasz Reiner: a person named after the
        // paragraph's last marks, which may be a label's, is whom the questions are put to.)
        var (start, end) = (_paragraphs[first - 1].Start, _paragraphs[first - 1].End);
        var afterMarks = _marked.Where(m => m.MarkStart >= start && m.MarkStart < end).Select(m => m.MarkEnd).DefaultIfEmpty(start).Max();
        return _persons.Select(p => (Person: p, Last: p.Positions.Where(x => x >= afterMarks && x < end).DefaultIfEmpty(-1).Max()))
                .Where(x => x.Last >= 0 && x.Person.Identity.IsPerson).OrderByDescending(x => x.Last).Select(x => x.Person.Identity).FirstOrDefault()
            ?? (PreviousParagraphSubject(first, _paragraphs[first].Start) is { IsPerson: true } asked ? asked : null)
            // (We asked Colin Dray whether …. "…" ¶ And will the rally be back? "…": the questions go on to the one the writer asked.)
            ?? (_marked.FirstOrDefault(m => m.MarkStart > start && m.MarkStart < end) is { Closed: true } answer ? PersonWeAsked(start, answer) : null);
    }

    // Whether a paragraph opens with a short question without marks and a quote right after it.
    private bool OpensWithUnquotedQuestion(int paragraph)
    {
        var (start, end) = (_paragraphs[paragraph].Start, _paragraphs[paragraph].End);
        var quote = _marked.FirstOrDefault(m => m.MarkStart > start && m.MarkStart < end);
        if (quote is null)
        {
            return false;
        }

        var before = TokensIn(start, quote.MarkStart);
        return before.Count >= 3 && before[^1].Raw == "?" && before.Count(t => t.IsWord) <= MaximumQuestionWords && before.Take(before.Count - 1).All(t => t.IsWord);
    }

    // The person the sentence right after a quote opens with, in the quote's paragraph, when that is where the article first names them.
    private SpeakerIdentity? NewcomerAfter(MarkedQuote marked, TextSpan paragraph, bool nextParagraph)
    {
        if (!marked.Closed)
        {
            return null;
        }

        // "Forty-seven years old, two new knees …" ¶ Gareth Lunn, the Stingers' veteran back, has played …: a quote that is its
        // paragraph's whole text, followed by a paragraph that opens by introducing someone, is theirs when no one before it
        // speaks on (a speaker's quote paragraphs run on, whoever the next paragraph introduces).
        var from = marked.MarkEnd;
        if (TokensIn(marked.MarkEnd, paragraph.End).All(t => !t.IsWord))
        {
            if (!nextParagraph || marked.LastParagraph + 1 >= _paragraphs.Count)
            {
                return null;
            }

            paragraph = _paragraphs[marked.LastParagraph + 1];
            from = paragraph.Start;
        }

        var tokens = TokensIn(from, SentenceEnd(from, paragraph.End));
        if (tokens.Count <= 2)
        {
            return null;
        }

        // "…" Maureen Pask has lived on Mill Road for 31 years / The Pendeen manager, Colin Moyle, did not hide his anger: the
        // sentence's subject is a person named there for the first time.
        var identity = MentionParser.IsNameWord(tokens[0]) && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Name } named && named.Start == tokens[0].Start
            ? ResolveName(named, tokens[0].Start)
            : tokens[0].Lower == "the" && tokens.FindIndex(t => t.Raw == ",") is var comma and > 1 && comma <= MaximumRoleVerdictModifiers + 2
                && char.IsLower(tokens[comma - 1].Raw[0]) && QuoteLexicon.PersonHeads.Contains(tokens[comma - 1].Lower)
                && AppositiveName(tokens) is { } apposed ? ResolveName(apposed, tokens[0].Start) : null;
        return identity is { IsPerson: true } && _persons.Any(p => p.Key == identity.Name && p.First >= marked.MarkEnd)
            ? identity
            : null;
    }

    // A reporter's question is a short paragraph with no quotation marks that ends in a question mark, alone or after a sentence
    // setting the scene; set by hand from interview write-ups ("Will the club complain?", "Was it a knock-on?"), well above any
    // such question's length.
    private const int MaximumQuestionWords = 30;

    // The person who answers the quote paragraph at `paragraph` when the paragraph before is a reporter's question without
    // marks: the speaker of the answer before that question when the exchange is under way, else the person the paragraph
    // before the first question is about.
    private SpeakerIdentity? AnswerToUnquotedQuestion(int paragraph, int position)
    {
        if (!IsUnquotedQuestion(paragraph - 1))
        {
            return null;
        }

        if (IsUnquotedQuestion(paragraph - 3) && OpeningQuote(paragraph - 2) is { Identity: { IsPerson: true } previous })
        {
            return previous;
        }

        // (…, when Kieran sat down with us for a cover shoot. Was marriage on the cards? ¶ "…": the person the question's own
        // paragraph names. I grabbed Kavanagh's trainer, Mick Toal, on his way out. ¶ Did it get to him? ¶ "…": with the writer as
        // subject, the person the paragraph before names last.)
        // (We asked him the question everyone is asking. Was it Holt's call or his?: a person named in the question itself is what
        // it asks about, not whom it is put to.)
        var question = _paragraphs[paragraph - 1];
        var words = TokensIn(question.Start, question.End);
        var put = words.FindIndex(t => t.Lower is "him" or "her");
        if (put > 0 && words[put - 1].Lower is "asked" or "ask" or "put" or "pressed" or "told" && ObjectPronounPerson(words[put], question.Start) is { } objectPerson)
        {
            return objectPerson; // We asked him the question everyone is asking: the person "him" stands for answers.
        }

        return LastPersonNamedWithoutQuotes(paragraph - 1, SentenceStart(Math.Max(question.Start, question.End - 2), question.Start))
            ?? (PreviousParagraphSubject(paragraph - 1, position) is { IsPerson: true } asked ? asked : LastPersonNamedWithoutQuotes(paragraph - 2));
    }

    // The person named last in a paragraph that quotes no one (before `before` when given), or null.
    private SpeakerIdentity? LastPersonNamedWithoutQuotes(int paragraph, int? before = null)
    {
        var (start, end) = (_paragraphs[paragraph].Start, before ?? _paragraphs[paragraph].End);
        return _marked.Any(m => m.MarkStart >= start && m.MarkStart < end) ? null
            : _persons.Select(p => (Person: p, Last: p.Positions.Where(x => x >= start && x < end).DefaultIfEmpty(-1).Max()))
                .Where(x => x.Last >= 0 && x.Person.Identity.IsPerson).OrderByDescending(x => x.Last).Select(x => x.Person.Identity).FirstOrDefault();
    }

    private bool IsUnquotedQuestion(int paragraph)
    {
        if (paragraph < 1 || _paragraphs[paragraph].Start < _bodyOffset)
        {
            return false;
        }

        var (start, end) = (_paragraphs[paragraph].Start, _paragraphs[paragraph].End);
        var words = TokensIn(start, end);
        return _text[start..end].TrimEnd().EndsWith('?') && words.Count(t => t.IsWord) <= MaximumQuestionWords
            && !_marked.Any(m => m.MarkStart >= start && m.MarkStart < end);
    }

    // When the paragraph before is an uncued question (a turn carried from the exchange) and the paragraph before that a turn
    // of someone else who fits the pronoun, that someone; otherwise null.
    private SpeakerIdentity? AnswererOfQuestionTurn(int paragraph, bool male)
    {
        if (paragraph < 2 || OpeningQuote(paragraph - 1) is not { Quote.Attribution: AttributionKind.Carried or AttributionKind.None, Identity: var asker } question
            || !question.Quote.Text.EndsWith('?') || _turns.Count(t => t.Paragraph == paragraph - 1) != 1)
        {
            return null;
        }

        return _turns.LastOrDefault(t => t.Paragraph == paragraph - 2).Quote?.Identity is { IsPerson: true } other && other.Name != asker?.Name && Fits(other, male)
            ? other
            : null;
    }

    // A paragraph's last quote followed by no more than this many words, its cue (she asked, Ms Marchbanks replied), still
    // takes a turn in an exchange. Set by hand: a pronoun or a title and a surname, and the verb.
    private const int MaximumTrailingCueWords = 3;

    // The turn a paragraph takes in an exchange: the quote opening it, else its last quote when the paragraph ends with it
    // (He tried again. "How many?"); null otherwise.
    private AttributedQuote? Turn(int paragraph)
    {
        if (OpeningQuote(paragraph) is { } opening)
        {
            return opening;
        }

        // (… put the question to him directly. "Did you send them?" she asked.: so is a last quote followed only by its short cue.)
        var inParagraph = _turns.Where(t => t.Paragraph == paragraph).ToList();
        return inParagraph.Count > 0 && inParagraph[^1] is var last && _marked.FirstOrDefault(m => m.MarkStart == last.MarkStart) is { } marked
            && TokensIn(marked.MarkEnd, _paragraphs[paragraph].End) is var after
            && (after.All(t => !t.IsWord) || (after.Count(t => t.IsWord) <= MaximumTrailingCueWords && last.Quote.Quote.Attribution is AttributionKind.Name or AttributionKind.Pronoun
                && after.Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower)) && after.Count(t => t.Raw is "." or "?" or "!") <= 1))
            ? last.Quote
            : null;
    }

    /// <summary>
    /// The two parties of the exchange a run of quote paragraphs ending before <paramref name="paragraph"/> belongs to, when the
    /// paragraph that opens the run ends in a colon and says who does the questioning: "under questioning by X", "in
    /// cross-examination by X", "Y was questioned by X". The one questioned is the other person that paragraph names, or, when it
    /// names no one else, the one the paragraph before is about. An introduction without a colon is read by
    /// <see cref="AskedWhileSpeakingTo"/>. Null when there is no such introduction or either party is unknown.
    /// </summary>
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? ExchangePartiesBefore(int paragraph)
    {
        var intro = paragraph - 1;
        while (intro >= 0 && OpeningQuote(intro) is not null)
        {
            intro--;
        }

        if (intro < 0 || paragraph - intro > MaximumExchangeTurns + 1 || _paragraphs[intro].Start < _bodyOffset)
        {
            return null;
        }

        var (start, end) = (_paragraphs[intro].Start, _paragraphs[intro].End);
        var inIntro = _marked.Where(m => m.MarkStart >= start && m.MarkStart < end && !_labels.Contains(m.MarkStart)).ToList();
        if (inIntro is [var question] && question.Closed && TokensIn(question.MarkEnd, end).All(t => !t.IsWord)
            && _text.AsSpan(start, question.MarkStart - start).TrimEnd().EndsWith(":"))
        {
            // Mr Oduya asked Mr Demirtaş: "When did you last …?" ¶ "Every Monday.": the introduction may end in the first question.
            // (In cross-examination, Mr Marchbank-Oduya was asked by Ms Temperance Vowles, for the prosecution: "Did you …?": so in
            // the passive.)
            // (She was questioned by the presenting officer, Tobias Grell, about …. ¶ Asked whether she knew …, she replied: "…": an
            // introduction that is an answer to a question no one is named as asking leaves the paragraph before to say who questions
            // whom; blind316.)
            return QuestionedInClosingSentence(start, question.MarkStart) ?? SubjectQuestionedBy(start, question.MarkStart)
                ?? (TokensIn(start, question.MarkStart) is [{ Lower: "asked" or "pressed" or "questioned" }, { Lower: not "by" }, ..] ? QuestionedInParagraphBefore(intro) : null)
                // (6. The case presenter, Mr Anand Keshavjee, questioned the registrant about the missing notes. ¶ 7. He asked: "…?": so a
                // pronoun asking, when it stands for the one the paragraph before says questions; blind375.)
                ?? (TokensIn(start, question.MarkStart) is [{ Lower: "he" or "she" } asking, { Lower: "asked" or "pressed" }, { Raw: ":" }]
                    && QuestionedInParagraphBefore(intro) is { } before && ResolvePronoun(asking.Raw, asking.Lower == "he", asking.Start) is { } pronounAsker
                    && pronounAsker.Name == before.Asker.Name ? before : ((SpeakerIdentity, SpeakerIdentity)?)null)
                ?? QuestionedBeforeClosingReply(start, SentenceStart(question.MarkStart, start), question);
        }

        // (In a written statement, Mr Holroyd-Baines said the crack had been "superficial". At the hearing he was questioned by the
        // Committee's chair, Rosalind Achterberg, …: quotes in the introduction's earlier sentences leave its closing sentence to
        // say who questions whom; blind290.)
        var closingStart = ClosingSentence(start, end).Start;
        if (inIntro is [var closingReply] && closingReply.Closed && closingReply.MarkEnd >= closingStart && !_text.AsSpan(start, end - start).TrimEnd().EndsWith(":")
            && TokensIn(closingReply.MarkEnd, end).Count(t => t.IsWord) <= MaximumTrailingCueWords)
        {
            return QuestionedBeforeClosingReply(start, SentenceStart(closingReply.MarkStart, start), closingReply);
        }

        if (inIntro.Count > 0 && inIntro.Any(m => !m.Closed || m.MarkEnd > closingStart))
        {
            return null;
        }

        var tokens = TokensIn(start, end);
        if (!_text.AsSpan(start, end - start).TrimEnd().EndsWith(":"))
        {
            // Cross-examined by Ms Okonkwo-Reyes for the Council, the Respondent was asked when he first read the draft.: without a
            // colon, the closing sentence alone may say who questions; the one questioned is its main clause's subject, whoever
            // else it names (Under cross-examination by X, representing Mr Y, the owner was asked …).
            // (Questioned by the presenting officer, Ms Tarrant-Leigh, he accepted …. The transcript records the following exchange.: a
            // closing sentence that announces the exchange and names no one leaves the sentence before it to say who questions whom;
            // blind352, blind356.)
            return AskedWhileSpeakingTo(tokens) ?? QuestionedInClosingSentence(start, end) ?? QuestionsFacedBy(intro, start, end) ?? QuestionsPutTo(intro, start, end)
                ?? SubjectQuestionedBy(start, end)
                ?? (closingStart > start && AnnouncesExchange(closingStart, end)
                    ? QuestionedInClosingSentence(start, closingStart) ?? SubjectQuestionedBy(start, closingStart) ?? AskerOfFirstTurnAndOther(intro, start, end)
                    : QuestioningBegunBy(start, end));
        }

        var by = QuestioningBy(tokens);
        if (by < 0)
        {
            return ExchangeWithUnnamed(tokens) ?? ExchangeBetween(tokens) ?? QuestionsPutTo(intro, start, end) ?? QuestionedInClosingSentence(start, end)
                ?? QuestionedBeforeExchange(intro, tokens) ?? ExchangeContinued(tokens, start)
                ?? (closingStart > start && AnnouncesExchange(closingStart, end) ? SubjectTakingObject(start, closingStart) : null);
        }

        if (QuestionerAfterBy(tokens, by) is not { } asker)
        {
            return null;
        }

        var others = _persons.Where(p => p.Identity.IsPerson && p.Identity.Name != asker.Name && p.Positions.Any(x => x >= start && x < end))
            .Select(p => p.Identity).ToList();
        var asked = others.Count switch
        {
            1 => others[0],
            // (5. At the hearing he was questioned by the Board's presenting officer, Ms Harriet Okonedo: the pronoun the one questioned
            // is given by stands for whom it stands for in any sentence; blind358.)
            // (4. In cross-examination by the presenting officer, Callum Frew, the following exchange took place: one cross-examined, named
            // nowhere in the introduction, is the person the decision's heading names, not the Board's own witness the paragraph before
            // is about; blind384.)
            // (6. The registrant accepted in evidence that she had not visited …. In cross-examination by Ms Sandhu the following
            // exchange took place: with no person named but the asker, the one the introduction's first sentence is about; blind404.)
            0 => (PronounQuestionedBy(tokens, by) ?? (tokens.Any(t => t.Lower is "cross-examination" or "cross-examined") ? HeadlinePerson(asker.Name) : null)
                ?? (SubjectOf(start, SentenceEnd(start, end), start) is { IsPerson: true } opening && opening.Name != asker.Name ? opening : null)
                ?? PassiveQuestioned(tokens, by)
                ?? PreviousParagraphSubject(intro, start)) is { IsPerson: true } subject && subject.Name != asker.Name ? subject : null,
            _ => null,
        };
        return asked is null ? null : (asker, asked);
    }

    // 6. The Panel was chaired by Dr Amira Haddad-Lowe. Mrs Pryce-Tallis attended in person …. The chair began by asking when the pond
    // had been dug.: a closing sentence whose subject begins by asking a reported question of no one named says who asks; the one
    // asked is the one other person the introduction names (blind378). Null when the sentence is not so, or the introduction names
    // no one else or more than one.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestioningBegunBy(int start, int end)
    {
        var (sentenceStart, tokens) = ClosingSentence(start, end);
        var asking = tokens.FindIndex(t => t.Lower is "asking" or "questioning");
        if (asking < 2 || asking + 1 >= tokens.Count || !ReportedQuestionWords.Contains(tokens[asking + 1].Lower) || tokens[asking - 1].Lower != "by"
            || !BeginningVerbs.Contains(tokens[asking - 2].Lower)
            || SubjectOf(sentenceStart, end, tokens[asking - 2].Start) is not { Kind: MentionKind.Name } asker || !asker.IsPerson)
        {
            return null;
        }

        return _persons.Where(p => p.Identity.IsPerson && p.Key != asker.Name && p.Positions.Any(x => x >= start && x < end)).ToList() is [var asked]
            ? (asker, asked.Identity)
            : null;
    }

    // 4. The panel heard evidence from the licensee's sole director, Mr Leonard Fairweather-Nash …. The Authority was represented by
    // Ms Rosalind Cardew. The relevant part of the exchange is reproduced below. ¶ "…?" asked Ms Cardew.: an introduction announcing
    // the exchange that names two people, one of them the asker the first turn's own cue names, has the other answer (blind383).
    // Null when the first turn is no question cued to one of them, or the introduction names someone else too.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? AskerOfFirstTurnAndOther(int intro, int start, int end)
    {
        // (… answered questions from the presiding judge, Olivier Rancourt. … ¶ "…?" the judge asked. ¶ "…," Mr Maillefer replied.: turns
        // that go on cued leave the turns after them to alternation by their cues; blind91.)
        if (intro + 1 >= _paragraphs.Count || OpeningQuote(intro + 1) is not { Quote.Text: var question, Identity: { IsPerson: true } asker } || !question.EndsWith('?')
            || (intro + 2 < _paragraphs.Count && OpeningQuote(intro + 2) is { Quote.Attribution: not (AttributionKind.Carried or AttributionKind.None) }))
        {
            return null;
        }

        var named = _persons.Where(p => p.Identity.IsPerson && p.Positions.Any(x => x >= start && x < end)).ToList();
        return named.Count == 2 && named.Any(p => p.Key == asker.Name) && named.First(p => p.Key != asker.Name) is var other
            ? (asker, other.Identity)
            : null;
    }

    // The verbs a questioner begins by asking with (began by asking, opened by asking).
    private static readonly FrozenSet<string> BeginningVerbs = FrozenSet.ToFrozenSet(
        ["began", "begins", "started", "starts", "opened", "opens"], StringComparer.Ordinal);

    // The one person the headline names (a decision's "in the case of Sandra Kowalczyk-Ede"), other than `other`; null when it names
    // no one else or more than one.
    private SpeakerIdentity? HeadlinePerson(string other) =>
        _persons.Where(p => p.Identity.IsPerson && p.Key != other && p.Positions.Any(x => x < _bodyOffset)).ToList() is [var named] ? named.Identity : null;

    // The person the pronoun subject of "was questioned by" stands for (he was questioned by …), resolved where it stands; null when
    // the words before "by" are not so.
    private SpeakerIdentity? PronounQuestionedBy(List<CueToken> tokens, int by)
    {
        var pronoun = tokens.FindLastIndex(by, t => t.Lower is "he" or "she");
        return pronoun >= 0 && pronoun + 1 < by && tokens[pronoun + 1].Lower is "was" or "is" or "had" or "has"
            && tokens.Skip(pronoun + 1).Take(by - pronoun - 1).All(t => t.IsWord && char.IsLower(t.Raw[0]))
                ? ResolvePronoun(tokens[pronoun].Raw, tokens[pronoun].Lower == "he", tokens[pronoun].Start)
                : null;
    }

    // 4. The Authority's presenting officer, Ms Nadia Okonjo-Hale, took him to the certificate. The exchange is recorded as follows:
    // the sentence before the one announcing the exchange, its subject a person and "him" or "her" its object, says who questions
    // whom: the subject asks (blind361). Null when it is not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? SubjectTakingObject(int start, int end)
    {
        var sentenceStart = ClosingSentence(start, end).Start;
        var tokens = Unquoted(TokensIn(sentenceStart, end));
        var pronoun = tokens.FindIndex(t => t.Lower is "him" or "her" && t.IsWord);
        if (pronoun < 2 || (tokens[pronoun].Lower == "her" && pronoun + 1 < tokens.Count && tokens[pronoun + 1].IsWord && char.IsLower(tokens[pronoun + 1].Raw[0])
                && tokens[pronoun + 1].Lower is not ("to" or "about" or "through" or "on" or "over")))
        {
            return null;
        }

        return SubjectOf(sentenceStart, end, tokens[pronoun].Start) is { Kind: MentionKind.Name } asker && _persons.Any(p => p.Key == asker.Name)
            && !tokens.Take(pronoun).Any(t => t.Lower is "by" or "he" or "she")
            && ObjectPronounPerson(tokens[pronoun], start) is { Kind: MentionKind.Name } asked && asked.Name != asker.Name
                ? (asker, asked)
                : null;
    }

    // Whether the sentence from `start` to `end` names the exchange (The transcript records the following exchange.) and no person.
    private bool AnnouncesExchange(int start, int end) =>
        TokensIn(start, end).Any(t => ExchangeNouns.Contains(t.Lower)) && !_persons.Any(p => p.Positions.Any(x => x >= start && x < end));

    // Ms Dufresne … asked Mr Penhallow-Rees whether he had inspected the balconies. He replied: "I had not." ¶ The exchange that
    // followed is recorded as follows: ¶ "Not once?": an introduction about the exchange that names no one leaves the paragraph
    // before to say who questions whom, by its closing sentence or by the sentence before the reply that closes it; blind345.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionedBeforeExchange(int intro, List<CueToken> tokens)
    {
        if (intro < 1 || !tokens.Any(t => ExchangeNouns.Contains(t.Lower)) || _paragraphs[intro - 1].Start < _bodyOffset
            || _persons.Any(p => p.Positions.Any(x => x >= _paragraphs[intro].Start && x < _paragraphs[intro].End)))
        {
            return null;
        }

        var (start, end) = (_paragraphs[intro - 1].Start, _paragraphs[intro - 1].End);
        return _marked.Where(m => m.MarkStart >= start && m.MarkStart < end && !_labels.Contains(m.MarkStart)).ToList() switch
        {
            [] => QuestionedInClosingSentence(start, end),
            [var reply] when reply.Closed && TokensIn(reply.MarkEnd, end).All(t => !t.IsWord) => QuestionedBeforeReply(start, reply),
            _ => null,
        };
    }

    // Who questions whom by the sentence before a reply that closes an introduction (… asked Mr Penhallow-Rees whether …. He
    // replied: "…"), when the reply is cued to the one that sentence has questioned; null otherwise.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionedBeforeReply(int start, MarkedQuote reply)
    {
        var (cueStart, cue) = ClosingSentence(start, reply.MarkStart);
        return cueStart > start && cue.Any(t => ReplyVerbs.Contains(t.Lower))
            && QuestionedInClosingSentence(start, cueStart) is { } parties
            && _turns.LastOrDefault(t => t.MarkStart == reply.MarkStart).Quote is { Identity: { } replier } && replier.Name == parties.Asked.Name
                ? parties
                : null;
    }

    // … questioned Larkspur's former compliance officer, Mr Callum MacBride, about the reconciliations. Mr Fairweather asked how often
    // they had been carried out. "Monthly, as a rule," Mr MacBride replied. ¶ "As a rule?": an introduction whose one quote is the
    // reply in its closing sentence says who questions whom in a sentence before that reply, the nearest that says so, and the reply
    // must be the questioned one's (blind370, blind371). Null otherwise.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionedBeforeClosingReply(int start, int replySentence, MarkedQuote reply)
    {
        if (_turns.LastOrDefault(t => t.MarkStart == reply.MarkStart).Quote is not { Identity: { IsPerson: true } replier })
        {
            return null;
        }

        var end = replySentence;
        for (var sentence = 0; sentence < MaximumSentencesBeforeReply && end > start; sentence++)
        {
            if ((SubjectQuestionedBy(start, end) ?? QuestionedInClosingSentence(start, end)) is { } parties)
            {
                return parties.Asked.Name == replier.Name ? parties : null;
            }

            end = ClosingSentence(start, end).Start;
        }

        return null;
    }

    // The sentences before an introduction's closing reply that may say who questions whom (the questioning, then the question put
    // in reported speech); set by hand.
    private const int MaximumSentencesBeforeReply = 2;

    // Who questions whom by the paragraph before `intro`, which quotes no one: its closing sentence's subject questioned by the one
    // after "by", or its subject putting questions to another; null when it is not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionedInParagraphBefore(int intro)
    {
        if (intro < 1 || _paragraphs[intro - 1].Start < _bodyOffset)
        {
            return null;
        }

        var (start, end) = (_paragraphs[intro - 1].Start, _paragraphs[intro - 1].End);
        return _marked.Any(m => m.MarkStart >= start && m.MarkStart < end) ? null : SubjectQuestionedBy(start, end) ?? QuestionedInClosingSentence(start, end);
    }

    // The transcript records this exchange between Her Honour Judge Delphine Marchetti-Ross and the Respondent: the two named
    // after "between" in a sentence about an exchange (the first may follow a style, Her Honour). The first asks, unless the
    // first is a party to the case or the witness, whom the questions are put to. Null when the sentence is not so or either is
    // not a known person.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? ExchangeBetween(List<CueToken> tokens)
    {
        var between = tokens.FindIndex(t => t.Lower == "between");
        var and = between < 0 ? -1 : tokens.FindIndex(between + 1, t => t.Lower == "and");
        if (between < 1 || and < between + 2 || and + 1 >= tokens.Count || !tokens.Take(between).Any(t => ExchangeNouns.Contains(t.Lower))
            // (between the chair and Ms Doyle: a role before "and" is read back from it, as read forward it runs on to the name after.)
            || (AskedAt(tokens, between + 1)
                ?? (MentionParser.StartingAt(tokens, between + 1) is { } forward && forward.Start < tokens[and].Start ? forward : MentionParser.EndingAt(tokens, and, between + 1)))
                is not { Kind: MentionKind.Name or MentionKind.Role } a
            || a.Start >= tokens[and].Start || AskedAt(tokens, and + 1) is not { } b
            || Resolve(a, a.Start) is not { Kind: MentionKind.Name } first || Resolve(b, b.Start) is not { Kind: MentionKind.Name } second
            || first.Name == second.Name)
        {
            return null;
        }

        return IsPartyOrWitness(tokens, between + 1) && !IsPartyOrWitness(tokens, and + 1) ? (second, first) : (first, second);
    }

    private static bool IsPartyOrWitness(List<CueToken> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Lower == "the" && (QuoteLexicon.CaseParties.Contains(tokens[k + 1].Lower) || tokens[k + 1].Lower == "witness");

    // Speaking to TrackWorld minutes after climbing off, Castell was already being asked about another attempt: an introduction
    // without a colon that says whom the subject was speaking to and that they were asked; the questions are the outlet's or the
    // person's they spoke to, the answers the subject's. Null when the sentence is not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? AskedWhileSpeakingTo(List<CueToken> tokens)
    {
        var comma = tokens.FindIndex(t => t.Raw == ",");
        var asked = tokens.FindIndex(t => t.Lower is "asked" or "questioned");
        return tokens.Count > 6 && tokens[0].Lower == "speaking" && tokens[1].Lower == "to" && comma > 2 && asked > comma + 2
            && tokens[asked - 1].Lower is "was" or "were" or "being" or "been"
            && MentionParser.StartingAt(tokens, 2) is { Kind: MentionKind.Name or MentionKind.Organisation } spokenTo && spokenTo.Start == tokens[2].Start
            && Resolve(spokenTo, tokens[2].Start) is { } asker
            && MentionParser.StartingAt(tokens, comma + 1) is { Kind: MentionKind.Name } subject && subject.Start == tokens[comma + 1].Start
            && Resolve(subject, tokens[comma + 1].Start) is { IsPerson: true } answering && answering.Name != asker.Name
                ? (asker, answering)
                : null;
    }

    // The index of the "by" after a word of questioning (under questioning by, in cross-examination by, was pressed by), or -1.
    private static int QuestioningBy(List<CueToken> tokens)
    {
        var by = tokens.Count < 2 ? -1 : tokens.FindIndex(1, t => t.Lower == "by");
        while (by > 0 && !IsQuestioningWord(tokens[by - 1]) && !QuestionedAboutBefore(tokens, by)) // (was asked by)
        {
            by = by + 1 < tokens.Count ? tokens.FindIndex(by + 1, t => t.Lower == "by") : -1;
        }

        return by;
    }

    // Her investigation report found …. The report described the site as "…": whether a pronoun mention opens an earlier sentence of the
    // quote's paragraph, as the owner of the document that speaks; it stands for whom it stands for where it is written (blind398). Not
    // In her report, the conservation officer, Ms Wadhwa-Ellis, said …, whose pronoun looks ahead to the name (blind372).
    private bool OpensEarlierSentence(SpeakerMention mention, int quoteStart, int paragraphStart) =>
        mention.Kind == MentionKind.Pronoun && mention.Start >= paragraphStart && mention.Start < SentenceStart(quoteStart, paragraphStart)
        && TokensIn(SentenceStart(mention.Start, paragraphStart), mention.Start).All(t => !t.IsWord);

    // When the registrant was questioned about his insurance by …: the one named or described right before "was" and the questioning
    // word, resolved where it stands (blind408); null when the words are not so.
    private SpeakerIdentity? PassiveQuestioned(List<CueToken> tokens, int by)
    {
        var questioning = tokens.FindLastIndex(by - 1, t => IsQuestioningWord(t));
        return questioning >= 2 && tokens[questioning - 1].Lower is "was" or "were"
            && MentionParser.EndingAt(tokens, questioning - 1, 0) is { Kind: MentionKind.Name or MentionKind.Role } questioned
            ? Resolve(questioned, questioned.Start)
            : null;
    }

    private static bool IsQuestioningWord(CueToken token) => QuestioningWords.Contains(token.Lower) || AskingVerbs.Contains(token.Lower);

    // (When the registrant was questioned about his insurance by the presenting officer, …: the topic, "about" or "on" and a few
    // words, may stand between the questioning word and "by"; blind408.)
    private static bool QuestionedAboutBefore(List<CueToken> tokens, int by)
    {
        for (var j = by - 2; j >= 1 && by - j <= MaximumQuestionTopicWords + 1 && tokens[j].IsWord; j--)
        {
            if (tokens[j].Lower is "about" or "on" && IsQuestioningWord(tokens[j - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a questioning's topic before its "by" (about his insurance, on the missing records); set by hand.
    private const int MaximumQuestionTopicWords = 4;

    // Cross-examined by Ms Okonkwo-Reyes, the Respondent was asked …; …, where she was questioned by the assistant commissioner, X:
    // the closing sentence's subject is questioned by the one after its "by" of questioning; null when the sentence is not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? SubjectQuestionedBy(int start, int end)
    {
        var (closing, tokens) = ClosingSentence(start, end);
        return SubjectOf(closing, end, end) is { IsPerson: true } subject && QuestionerAfterBy(tokens, QuestioningBy(tokens)) is { } questioner
            && questioner.Name != subject.Name
                ? (questioner, subject)
                : null;
    }

    // The person named or described after the "by" at `by`, who puts the questions; null when there is none.
    private SpeakerIdentity? QuestionerAfterBy(List<CueToken> tokens, int by) =>
        by >= 0 && by + 1 < tokens.Count && SourceStartingAt(tokens, by + 1) is { Kind: MentionKind.Name or MentionKind.Role } questioner
        && Resolve(questioner, tokens[by + 1].Start) is { IsPerson: true } asker
            ? asker
            : null;

    /// <summary>
    /// MLA Teresa Goss, who chairs the committee, pressed her on the figures. / At the review meeting, the Chair, Professor Helga
    /// Lindgren-Moss, questioned Dr Ó Briain directly.: an introduction without a colon whose closing sentence has a subject put
    /// questions to someone; the questions that follow are the subject's, the answers the one questioned. "Her" or "him" is whom
    /// the pronoun stands for as a subject, or, when that is the asker, the last other person of its gender named before it. Null
    /// when the sentence is not so.
    /// </summary>
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionedInClosingSentence(int start, int end)
    {
        var tokens = QuestioningSentence(start, end);
        var verb = QuestioningVerb(tokens);
        if (verb < 1 || verb + 1 >= tokens.Count
            || ((tokens[verb - 1].Raw == "I" ? WriterMention(tokens[verb - 1].Start) : MentionBefore(tokens, verb, ClauseStart(tokens, verb)))
                is not { Kind: MentionKind.Name or MentionKind.Role } subject)
            || Resolve(subject, tokens[verb].Start) is not { IsPerson: true } asker)
        {
            return null;
        }

        return QuestionedAfter(tokens, verb, asker.Name) is { } asked ? (asker, asked) : null;
    }

    // The first verb of questioning in a sentence's words (members questioned, the Chair pressed her), -1 when there is none or it
    // is passive or an infinitive (was questioned, to ask).
    // (Counsel for the Revenue Service, Philippa Dray, took him through the reminder letters: taking or walking someone through
    // something before an exchange is putting questions to them; so is taking them to something in a sentence that says it is
    // questioning, In cross-examination, Ms Okonjo-Strand took Dr Varga-Whitlock to the first prescription.)
    private static int QuestioningVerb(List<CueToken> tokens) =>
        (tokens.Count < 2 ? -1 : Enumerable.Range(1, tokens.Count - 1).FirstOrDefault(k => IntroducingQuestionVerbs.Contains(tokens[k].Lower)
            || (tokens[k].Lower is "took" or "takes" or "walked" or "walks" && k + 1 < tokens.Count && TakesSomeone(tokens[k + 1])
                && (tokens.Skip(k + 1).Take(MaximumWordsTakenThrough + 1).Any(w => w.Lower == "through") || tokens.Any(w => QuestioningWords.Contains(w.Lower)))), -1))
        is var verb and > 0
        && tokens[verb - 1].Lower is not ("was" or "were" or "been" or "being" or "be" or "to")
            ? verb
            : -1;

    // The object of "took" or "walked" when it takes someone somewhere: a person's pronoun, a determiner, or a capitalised name (so
    // not "The following exchange took place when Ms Strachan cross-examined him:", blind301).
    private static bool TakesSomeone(CueToken next) =>
        next.Lower is "him" or "her" or "them" or "the" or "a" or "an" or "his" or "our" or "their" || next.IsCapitalized;

    // The words between "took" and "through" (took him through, took the witness through): the one taken, a name of a few
    // words at most; set by hand.
    private const int MaximumWordsTakenThrough = 4;

    /// <summary>
    /// The person questioned by the verb at <paramref name="verb"/>: its object, a name or a role (named after its comma when a
    /// determiner opens it), or "him" or "her" for the last other person of that gender; never the one named
    /// <paramref name="askerName"/>. Null when the object is none of these.
    /// </summary>
    private SpeakerIdentity? QuestionedAfter(List<CueToken> tokens, int verb, string? askerName)
    {
        var objectWord = tokens[verb + 1];
        SpeakerIdentity? asked;
        if (objectWord.Lower is "him" or "her")
        {
            var male = objectWord.Lower == "him";
            asked = ResolvePronoun(objectWord.Raw, male, objectWord.Start) is { IsPerson: true } resolved && resolved.Name != askerName
                ? resolved
                : _persons.Where(p => p.Identity.IsPerson && p.Identity.Name != askerName && Fits(p.Identity, male) && p.LastBefore(objectWord.Start) >= 0)
                    .OrderByDescending(p => p.LastBefore(objectWord.Start)).Select(p => p.Identity).FirstOrDefault();
        }
        else
        {
            // (questioned the Authority's senior officer, Lowenna Treloar: a role after a determiner may be named after its comma; so
            // after an owner, questioned Larkspur's former compliance officer, Mr Callum MacBride; blind370.)
            asked = PartyOrSourceAt(tokens, verb + 1) is { Kind: MentionKind.Name or MentionKind.Role } questioned
                && (questioned.Start == objectWord.Start || (questioned.Start > objectWord.Start
                    && (QuoteLexicon.Determiners.Contains(objectWord.Lower) || (MentionParser.IsPossessive(objectWord) && objectWord.IsCapitalized))))
                ? Resolve(questioned, objectWord.Start)
                : null;
        }

        return asked is { IsPerson: true } && asked.Name != askerName ? asked : null;
    }

    /// <summary>
    /// The operations manager, Dougie Harcus, faced questions from the floor. ¶ "Did anyone …?" asked one resident. ¶ "We had the
    /// clinic list, yes.": an introduction whose closing sentence has its subject face, take or field questions, and whose first
    /// turn is a question someone is cued as asking; the questions are that someone's, the answers the subject's. Null otherwise.
    /// </summary>
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionsFacedBy(int intro, int start, int end) =>
        FacingQuestions(ClosingSentence(start, end).Tokens) is { } asked
        && intro + 1 < _paragraphs.Count && OpeningQuote(intro + 1) is { Identity: { } asker } first && first.Quote.Text.EndsWith('?') && asker.Name != asked.Name
            ? (asker, asked)
            : null;

    /// <summary>
    /// A younger member put his questions to the president directly. ¶ "Did you read the annex?" he asked. ¶ "I read every page.";
    /// counsel put the chronology to Mrs Aldous in cross-examination: an introduction whose closing sentence has someone put a few
    /// words' worth of questions or case to a person; the answers are that person's, the questions those of whoever the first turn,
    /// a question, is cued to or, when it is cued to no one, the sentence's subject's. Null otherwise.
    /// </summary>
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? QuestionsPutTo(int intro, int start, int end)
    {
        var tokens = QuestioningSentence(start, end);
        var put = tokens.Count < 4 ? -1 : tokens.FindIndex(1, t => t.Lower is "put" or "puts");
        var to = put < 0 ? -1 : tokens.FindIndex(put + 1, Math.Min(MaximumWordsPut + 1, tokens.Count - put - 1), t => t.Lower == "to");
        if (to < put + 2 || to + 1 >= tokens.Count || tokens.Skip(put + 1).Take(to - put - 1).Any(t => !t.IsWord))
        {
            return null;
        }

        // (The applicant told the Sub-Committee she had trained for six years. The Chair put two questions to her.: "her" or "him"
        // is the person it stands for; blind262.)
        // (put the poster to the Registrant: a party to the case, as decisions capitalise it; blind344.)
        var asked = tokens[to + 1].Lower is "him" or "her"
            ? ObjectPronounPerson(tokens[to + 1], start)
            : PartyOrSourceAt(tokens, to + 1) is { Kind: MentionKind.Name or MentionKind.Role } putTo
                && putTo.Start == tokens[to + 1].Start
                && Resolve(putTo, tokens[to + 1].Start) is { IsPerson: true } named
                ? named
                : null;
        if (asked is null)
        {
            return null;
        }

        // (The Clarion put those worries to …. ¶ "Will anyone be evicted?" we asked: the first question's cue names the asker as the
        // article names it.)
        var asker = intro + 1 < _paragraphs.Count && OpeningQuote(intro + 1) is { Identity: { } firstAsker, Quote.Text: var first } && first.EndsWith('?')
            ? firstAsker
            : MentionBefore(tokens, put, ClauseStart(tokens, put)) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } subject
                && Resolve(subject, tokens[put].Start) is { } subjectIdentity ? subjectIdentity : null; // (The Clarion put …: an outlet may ask)
        return asker is not null && asker.Name != asked.Name ? (asker, asked) : null;
    }

    // What someone puts to a person before an exchange is a few words (his questions, the chronology, those worries); set by hand
    // from how copy says it, not tuned on any set.
    private const int MaximumWordsPut = 4;

    // he faced a string of questions, the manager took questions from the floor: the person who faces, takes, fields or answers
    // questions, the subject of such a verb with "questions" at most MaximumWordsBeforeQuestions words after it; null when none.
    private SpeakerIdentity? FacingQuestions(List<CueToken> tokens)
    {
        for (var v = 1; v + 1 < tokens.Count; v++)
        {
            if (tokens[v].Lower is "faced" or "fielded" or "took" or "answered"
                && tokens.Skip(v + 1).Take(MaximumWordsBeforeQuestions + 1).Any(t => t.Lower == "questions")
                && MentionBefore(tokens, v, ClauseStart(tokens, v)) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Pronoun } subject
                && Resolve(subject, tokens[v].Start) is { IsPerson: true } facing)
            {
                return facing;
            }
        }

        return null;
    }

    // The sentence of an exchange's introduction that says who questions whom: its closing sentence, or the one before when the
    // closing sentence only announces the exchange (… questioned the Authority's senior enforcement officer, Lowenna Treloar. The
    // exchange was noted as follows.; At the hearing the Registrar put questions to the appellant directly. The relevant exchange
    // was as follows:, blind286).
    private List<CueToken> QuestioningSentence(int start, int end)
    {
        var (closing, tokens) = ClosingSentence(start, end);
        return closing > start && tokens.Any(t => ExchangeNouns.Contains(t.Lower)) && !tokens.Any(t => IntroducingQuestionVerbs.Contains(t.Lower) || t.Lower is "put" or "puts")
            ? ClosingSentence(start, closing).Tokens
            : tokens;
    }

    // The last sentence between two offsets, as an exchange's introduction closes: its start and its words outside quotes.
    private (int Start, List<CueToken> Tokens) ClosingSentence(int start, int end)
    {
        var sentenceStart = SentenceStart(Math.Max(start, end - 2), start);
        return (sentenceStart, Unquoted(TokensIn(sentenceStart, end)));
    }

    // Verbs by which a sentence has its subject put questions to the person after it (pressed her on the figures, questioned Dr
    // Ó Briain directly, asked the appellant about the damp; Our editor, Hal Prothero, rang her the morning after).
    private static readonly FrozenSet<string> IntroducingQuestionVerbs = FrozenSet.ToFrozenSet(
        ["questioned", "pressed", "quizzed", "cross-examined", "grilled", "asked", "challenged", "interviewed", "examined", "probed", "rang", "phoned",
            "telephoned"], StringComparer.Ordinal);

    // Her exchange with one member went like this: an exchange a named person has with someone the article leaves unnamed (one
    // member, a resident) is the unnamed one's questions and the named one's answers; null when the words are not so.
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? ExchangeWithUnnamed(List<CueToken> tokens)
    {
        var noun = tokens.FindIndex(t => ExchangeNouns.Contains(t.Lower));
        if (noun < 1 || noun + 2 >= tokens.Count || tokens[noun + 1].Lower != "with" || tokens[noun + 2].Lower is not ("a" or "an" or "one")
            || SourceStartingAt(tokens, noun + 2) is not { Kind: MentionKind.Role, Definite: false } partner
            || Resolve(partner, tokens[noun + 2].Start) is not { Kind: MentionKind.Role } unnamed)
        {
            return null;
        }

        // (the owner of the exchange: a possessive pronoun, or a name's possessive, right before the noun or one adjective before it)
        var owner = tokens[noun - 1].IsWord && char.IsLower(tokens[noun - 1].Raw[0]) && tokens[noun - 1].Lower is not ("his" or "her") && noun >= 2 ? noun - 2 : noun - 1;
        SpeakerIdentity? named = tokens[owner].Lower is "his" or "her"
            ? ResolvePronoun(tokens[owner].Raw, tokens[owner].Lower == "his", tokens[owner].Start)
            : MentionParser.IsPossessive(tokens[owner]) && tokens[owner].IsCapitalized
                && MentionParser.EndingAt(StemmedTokens(tokens, 0, owner), owner + 1, 0) is { Kind: MentionKind.Name } ownerName
                ? ResolveName(ownerName, tokens[owner].Start)
                : null;
        return named is { Kind: MentionKind.Name } ? (unnamed, named) : null;
    }

    // Asked by Ms Kinsella why …, she replied: "…" ¶ 6. The exchange continued: ¶ "Complete, or correct?": an exchange said to go
    // on (continued, went on, resumed) is between the last two people quoted before it, the one who asked and the one who answered;
    // whoever spoke last asked when the last quote was a question, else answered. Null when the words are not so or the article
    // quotes fewer than two people before (blind306).
    private (SpeakerIdentity Asker, SpeakerIdentity Asked)? ExchangeContinued(List<CueToken> tokens, int start)
    {
        var noun = tokens.FindIndex(t => ExchangeNouns.Contains(t.Lower) || QuestioningWords.Contains(t.Lower));
        if (noun < 0 || noun + 1 >= tokens.Count || !(tokens[noun + 1].Lower is "continued" or "resumed"
                || (tokens[noun + 1].Lower == "went" && noun + 2 < tokens.Count && tokens[noun + 2].Lower == "on"))
            || _events.LastOrDefault(e => e.Position < start && e.Position >= EntryStart(start) && e.Identity.IsPerson).Identity is not { Kind: MentionKind.Name } last
            || _marked.LastOrDefault(m => m.MarkEnd <= start && !_labels.Contains(m.MarkStart)) is not { } lastQuote)
        {
            return null;
        }

        var question = _text.AsSpan(lastQuote.MarkStart, lastQuote.MarkEnd - lastQuote.MarkStart).TrimEnd().TrimEnd("\"'’”").EndsWith("?");
        if (!question && QuestionerBefore(lastQuote.MarkStart) is { } questioner && questioner.Name != last.Name)
        {
            return (questioner, last);
        }

        return _events.LastOrDefault(e => e.Position < start && e.Position >= EntryStart(start) && e.Identity.IsPerson && e.Identity.Name != last.Name).Identity
            is { Kind: MentionKind.Name } other
                ? question ? (last, other) : (other, last)
                : null;
    }

    // Cross-examined by Mr Tobias Achterberg, for the registrar, she was asked why …. She replied: "…" / Asked by the case
    // presenter, Mr Oluwaseun Adebayo, whether …, she replied: "…": the one named after a "by" of questioning in the paragraph
    // of an answer, before it, who put the question; an exchange said to go on after the answer is theirs with the one who
    // answered, whether or not they were quoted themselves and whoever else was (blind318, blind319, blind321). Null when the
    // paragraph names no such questioner.
    private SpeakerIdentity? QuestionerBefore(int position)
    {
        var paragraph = _paragraphs.FindLast(p => p.Start <= position);
        var tokens = Unquoted(TokensIn(paragraph.Start, position));
        return QuestionerAfterBy(tokens, QuestioningBy(tokens));
    }

    // The tokens from `from` to a possessive, its ending taken off (Farr's as Farr), with the offsets they had.
    private static List<CueToken> StemmedTokens(List<CueToken> tokens, int from, int possessive)
    {
        var run = tokens.GetRange(from, possessive - from);
        run.Add(tokens[possessive] with { End = tokens[possessive].End - 2, Raw = tokens[possessive].Raw[..^2] });
        return run;
    }

    // An exchange's turns run on for at most this many paragraphs after its introduction; the longest exchange in our fixtures
    // has eight. Set by hand.
    private const int MaximumExchangeTurns = 12;

    // The words before "by" that name who puts the questions (under questioning by, in cross-examination by, was pressed by).
    private static readonly FrozenSet<string> QuestioningWords = FrozenSet.ToFrozenSet(
        ["questioning", "questioned", "cross-examination", "cross-examined", "examination", "examined", "re-examination", "pressed", "quizzed", "interviewed"],
        StringComparer.Ordinal);

    // The quote that opens a paragraph, or null.
    private AttributedQuote? OpeningQuote(int paragraph)
    {
        var start = _paragraphs[paragraph].Start;
        foreach (var turn in _turns)
        {
            if (turn.Paragraph == paragraph && turn.MarkStart == start)
            {
                return turn.Quote;
            }
        }

        return null;
    }
}
