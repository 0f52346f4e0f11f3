using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <summary>
/// Finds the quotes of one article and gives each its speaker from the cue around it, resolving
/// pronouns and roles to the people the article introduced. Works through the article in reading
/// order, keeping the speakers met so far.
/// </summary>
internal sealed class ArticleAttributor
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

    // An unnamed source with a postmodifier (a person familiar with the investigation) runs to at
    // most this many words before its verb; longer stretches in our fixtures were whole clauses.
    private const int MaximumUnnamedSourceWords = 10;

    // Words that open the postmodifier of an unnamed source (a spokesperson for the port, an aide close to the minister).
    private static readonly FrozenSet<string> SourcePostmodifiers = FrozenSet.ToFrozenSet(
        ["familiar", "close", "for", "from", "of", "at", "with", "in", "on", "who", "whose"],
        StringComparer.Ordinal);

    // Prepositions that, inside a source's postmodifier and after a lowercase word, open a second phrase (an estate in Brackley,
    // one of Europe's largest); "to" and "with" complete "close"/"familiar" and are not counted, nor "of" inside a name.
    private static readonly FrozenSet<string> NestedPrepositions = FrozenSet.ToFrozenSet(
        ["of", "in", "on", "at", "near", "outside", "across", "inside", "within", "from"], StringComparer.Ordinal);

    // Nouns whose object is a name (the slogan "…", under the name "…", the hashtag "…"), not a statement.
    private static readonly FrozenSet<string> NameNouns = FrozenSet.ToFrozenSet(
        ["name", "slogan", "motto", "hashtag", "codename", "nickname", "banner", "catchphrase", "tagline", "brand", "moniker"], StringComparer.Ordinal);

    // Prepositions that place a source (an official at the centre, a nurse in the ward) rather than say whom they speak for.
    private static readonly FrozenSet<string> LocatingPrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "on", "inside", "within", "near"], StringComparer.Ordinal);

    // Words that open an adverbial before a sentence's subject (Outside the court, In the camp at Velka, After the hearing).
    private static readonly FrozenSet<string> OpeningAdverbials = FrozenSet.ToFrozenSet(
        ["outside", "inside", "in", "at", "on", "after", "before", "during", "near", "later", "earlier", "yesterday", "today", "afterwards", "back", "across",
            "when", "while", "once", "as"],
        StringComparer.Ordinal);

    // "In the camp at Velka, on the Serovian bank," runs to eight words before its comma; set by hand.
    private const int MaximumOpeningAdverbialWords = 8;

    // "on Monday", "last night", "earlier this week": a time phrase between a verdict noun and "from"; set by hand.
    private const int MaximumTimePhraseWords = 3;

    // "Asked afterwards in the corridor whether the day had gone well," carries a reported question: ten words in blind13, so a
    // participle's clause may run to a sentence's length; set by hand well above that.
    private const int MaximumOpeningParticipleClauseWords = 16;

    private static readonly FrozenSet<string> SkippableBeforeVerb = FrozenSet.ToFrozenSet(
        ["also", "then", "later", "repeatedly", "once", "again", "has", "had", "have", "would", "will", "previously", "recently",
         "publicly", "privately", "on", "last", "this", "week", "night", "morning", "afternoon", "evening", "earlier", "in",
         "yesterday", "today", "flatly", "bluntly", "simply", "firmly", "quickly", "immediately", "further", "finally", "only",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
         "may", "june", "july", "august", "september", "october", "november", "december", "year", "month"],
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
    private readonly List<(string Name, int Position)> _organisations = [];
    private readonly List<int> _entryStarts;

    // The marks read so far that hold no speech (a label, a scare quote): a paragraph with only these quotes no one.
    private readonly HashSet<int> _labels = [];

    // The quotes built so far with the paragraph each opens in, for the turns of an interview.
    private readonly List<(int Paragraph, int MarkStart, AttributedQuote Quote)> _turns = [];

    // What the article tells of a person's gender (true for a man), by name; a name with conflicting evidence is left out.
    private readonly Dictionary<string, bool> _genders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _genderConflicts = new(StringComparer.Ordinal);

    private ArticleAttributor(Article article, QuoteOptions options, QuoteDictionary? dictionary)
    {
        _article = article;
        _options = options;
        _dictionary = dictionary;
        var title = HeadlineOf(article);
        _bodyOffset = title.Length == 0 ? 0 : title.Length + 2;
        _text = title.Length == 0 ? article.Text : title + "\n\n" + article.Text;
        _tokens = WithoutDatelines(CueToken.Tokenize(_text, 0, _text.Length));
        _paragraphs = QuoteMarkScanner.Paragraphs(_text);
        _marked = ScanMarks();
        FindSentenceBreaks();
        MarkCommonSentenceOpeners();
        FindPersons();
        FindConnectedOrganisations();
        FindAmpersandOrganisations();
        FindGenders();
        _entryStarts = EntryStarts(article);
    }

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
            if (first < 0 || tokens[first].Start >= p.End || !IsAllCapsWord(tokens[first]))
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
            if (Resolve(cue.Mention, cue.VerbStart) is { } speaker)
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
        return new ArticleQuotes(HeadlineQuotesFromBody(quotes), statements);
    }

    // A label's words without a leading article, so the headline's 'Ladder Man' matches the body's "the Ladder Man".
    private static string LabelWords(string text)
    {
        var words = ComparableWords(text);
        return words.StartsWith(" the ", StringComparison.Ordinal) ? words[4..] : words;
    }

    /// <summary>
    /// A headline quote with no cue of its own ('You lied to people who trusted you': dealer jailed) is the words of whoever the
    /// text quotes saying them: a body quote holding its words, the first such in reading order.
    /// </summary>
    // A headline quote of one word ('Devastated') may be anyone's; from two words on it is a fragment of one body quote. Set by hand.
    private const int MinimumHeadlineQuoteWords = 2;

    private static List<AttributedQuote> HeadlineQuotesFromBody(List<AttributedQuote> quotes)
    {
        var result = new List<AttributedQuote>(quotes.Count);
        foreach (var q in quotes)
        {
            if (q.Quote.InTitle && q.Identity is null)
            {
                var words = ComparableWords(q.Quote.Text);
                var source = quotes.FirstOrDefault(b => !b.Quote.InTitle && b.Identity is not null && words.Count(c => c == ' ') > MinimumHeadlineQuoteWords && ComparableWords(b.Quote.Text).Contains(words, StringComparison.Ordinal));
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
        var endsSentence = text.EndsWith('.') || text.EndsWith('…');
        if (marked.Closed && !endsSentence)
        {
            remainder = TokensIn(marked.MarkEnd, Math.Min(SentenceEnd(marked.MarkEnd, lastParagraph.End), NextQuoteStart(marked, lastParagraph.End)));
        }

        var labelSized = words <= MaximumLabelWords && !IsCompleteSentence(text);
        if (labelSized && (IsNamedLabel(prefix) || IsCalledProperName(prefix, text)))
        {
            return null; // known locally as "the Biscuit Tin", a group called "…": a name, not speech
        }

        if (!IsCompleteSentence(text) && IsTitleLabel(prefix))
        {
            return null; // a paper titled "…", a report headlined "…": a title, of any length
        }

        if (words == 1 && IsInThingRelativeClause(prefix))
        {
            // … showed the Clarion the replies, which thanked students for their "feedback": one word in a clause about a thing,
            // after the speaker's verb, is the writer's scare quote, neither the speaker's words nor the thing's.
            return null;
        }

        if (IsInscription(prefix))
        {
            return null; // placards reading "Where is my vote?", a sign that read "No sailings today": written words, even a sentence
        }

        if (labelSized && IsWorkTitle(prefix, text))
        {
            return null; // a touring exhibition, "Bronze and Memory", …: the title of a work in apposition to it
        }

        // What Ms Flood called "a stitch-up" was, he said, …: a verb right before the quote takes it as its object, so its subject spoke it.
        var mention = ImmediateCue(prefix) ?? BodyAsIt(prefix, prefixStart, firstParagraph.Start) ?? DashCredit(marked, lastParagraph) ?? CueAfter(BeforeSubordinateClause(remainder)) ?? CueBefore(prefix, prefixStart, firstParagraph.Start)
            ?? StatementCue(remainder, marked.MarkStart) ?? StatementCue(prefix, marked.MarkStart)
            ?? (marked.MarkStart < _bodyOffset ? HeadlineRole(remainder, marked.MarkStart) : null);
        mention = RelationOf(mention);
        if (mention is null && HeadingRoleHolder(prefix, marked, lastParagraph) is { } holder)
        {
            mention = holder;
        }

        if (labelSized && mention is null && (IsModifierLabel(marked, prefix, lastParagraph)
            || (marked.MarkStart >= _bodyOffset && IsUncuedNounPhraseLabel(prefix, text))))
        {
            // Free "come and play" sessions: with no one named as its speaker, a phrase modifying the noun after it is a label;
            // with a speaker (she warned of "catastrophic" consequences) it is their word.
            return null;
        }
        SpeakerIdentity? identity = null;
        var attribution = AttributionKind.None;
        var coordinated = false;
        // A role cue that resolves to no one (a widow when the only candidate is a man, a live blog's minister from entries ago) was
        // turned down on purpose: no speaker is carried in its place.
        var refusedRole = false;
        if (mention is not null && Resolve(mention, marked.MarkStart) is { } resolved)
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
        else if (previousInParagraph?.Identity is { } carried)
        {
            identity = carried;
            attribution = AttributionKind.Carried;

            // … said the result was "a clear mandate" and promised to "listen harder": a speech verb of the same subject cues the quote.
            coordinated = prefix.Where((t, k) => k > 0 && prefix[k - 1].Lower is "and" or "but" && IsActiveQuoteVerb(prefix, k)).Any()
                || IsCoordinatedComplement(prefix) || IsCoordinatedThatClause(prefix, marked, firstParagraph.Start);
        }
        else if (marked.MarkStart == firstParagraph.Start && marked.Closed && TokensIn(marked.MarkEnd, lastParagraph.End).All(t => !t.IsWord)
            && InterviewTurn(marked.FirstParagraph, text) is { } turn)
        {
            // "Will you …?" he asked. ¶ "No," she replied. ¶ "So who is accountable?": uncued turns of an exchange alternate.
            identity = turn;
            attribution = AttributionKind.Carried;
        }
        else if (marked.MarkStart == firstParagraph.Start && char.IsUpper(text[0]) && CueInNextSentence(marked, lastParagraph) is { Explicit: true, Mention: { } named }
            && Resolve(named, marked.MarkStart) is { } namedLater)
        {
            // A quote paragraph followed by "That was how X put it" is X's, whoever spoke in the paragraph before.
            mention = named;
            identity = namedLater;
            attribution = AttributionKind.Name;
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
        else if (LastEventSince(marked.MarkStart == firstParagraph.Start && marked.FirstParagraph > 0
            ? _paragraphs[marked.FirstParagraph - 1].Start : firstParagraph.Start, marked.MarkStart) is { } recent)
        {
            // A quote with no cue of its own continues the speaker just introduced: the sentence
            // before it in the paragraph, or the paragraph before when it opens its paragraph.
            identity = recent;
            attribution = AttributionKind.Carried;
        }
        else if (prefix.Count == 0 && marked.MarkStart > firstParagraph.Start && PreviousSentenceSubject(marked.MarkStart) is { } subject)
        {
            // Okonjo-Haig walked the panel through the photographs. "It was …": the person the sentence before was about.
            identity = subject;
            attribution = AttributionKind.Carried;
        }
        else if (marked.MarkStart == firstParagraph.Start && marked.Closed && TokensIn(marked.MarkEnd, lastParagraph.End).All(t => !t.IsWord)
            && PreviousParagraphSubject(marked.FirstParagraph, marked.MarkStart) is { } paragraphSubject)
        {
            // A quote that is its own paragraph, after a paragraph about one person, is theirs; the next
            // paragraph's speaker would be a guess (That was how X put it was read above).
            identity = paragraphSubject;
            attribution = AttributionKind.Carried;
        }

        if (attribution is AttributionKind.Carried or AttributionKind.None && prefix.Count == 0 && marked.MarkStart == firstParagraph.Start && marked.Closed
            && TokensIn(marked.MarkEnd, lastParagraph.End).All(t => !t.IsWord) && QuestionAnswerTurn(marked.FirstParagraph, text) is { } exchange)
        {
            // "Did you know?" ¶ "We were aware of a range of risks." ¶ "Did you know?": across a question and its answer the
            // turn passes to the other party, so a bare turn is never the previous turn's speaker; it is the speaker two turns
            // back when that is someone else, and no one when the exchange does not show who (a guess would be a wrong speaker).
            identity = exchange.Speaker;
            attribution = identity is null ? AttributionKind.None : AttributionKind.Carried;
        }

        if (identity is null && !refusedRole && char.IsUpper(text[0]) && (endsSentence || !marked.Closed || remainder.Count == 0)
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
        if (tokens.Count > noun + 3 && tokens[0].Lower is "the" or "that" or "this" or "those" or "these" or "such" && IsVerdictWord(tokens[noun].Lower)
            && tokens[noun + 1].Lower is "came" or "comes" && tokens[noun + 2].Lower == "from")
        {
            var from = noun + 3;
            return MentionParser.StartingAt(tokens, from) ?? FirstMention(tokens.GetRange(from, ClauseEnd(tokens, from) - from));
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

        var asker = OpeningQuote(paragraph - 2);
        var answer = OpeningQuote(paragraph - 1);
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
        return text.EndsWith('?') || asker.Quote.Text.EndsWith('?') || answer.Quote.Text.EndsWith('?') ? first : null;
    }

    /// <summary>
    /// For a bare quote paragraph right after a paragraph that opens with a quote, when one of the two is a question and the
    /// other is not (a question and its answer): the speaker of the turn two paragraphs back if that is a person other than the
    /// previous turn's speaker, else a null speaker. Null (no exchange) when the paragraph before opens with no quote or neither
    /// or both are questions.
    /// </summary>
    private (SpeakerIdentity? Speaker, bool Found)? QuestionAnswerTurn(int paragraph, string text)
    {
        if (paragraph < 1 || OpeningQuote(paragraph - 1) is not { } previous || text.EndsWith('?') == previous.Quote.Text.EndsWith('?'))
        {
            return null;
        }

        var before = paragraph >= 2 ? OpeningQuote(paragraph - 2) : null;
        return before?.Identity is { IsPerson: true } other && other.Name != previous.Identity?.Name ? (other, true) : (null, true);
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

    /// <summary>
    /// Whether a short quoted phrase names something rather than reporting speech: it comes straight after a
    /// naming word (known as, so-called, a group called, a transfer labelled, call the plan the …). A partial
    /// quote that is the object or complement of the sentence (called the talks "very productive", said it was
    /// "finely balanced") is speech.
    /// </summary>
    private static bool IsNamedLabel(List<CueToken> prefix)
    {
        var words = prefix.Where(t => t.IsWord).ToList();
        if (words.Count > 0 && prefix[^1].IsWord)
        {
            var last = words.Count - 1;
            if (words[last].Lower is "the" or "a" or "an" && last > 0)
            {
                last--;
            }

            var verb = words[last].Lower;

            // known as, known locally as, better known as, known to his neighbours as
            if (verb == "as" && last > 0 && (words[last - 1].Lower == "known" || (last > 1 && words[last - 2].Lower == "known" && words[last - 1].Lower.EndsWith("ly", StringComparison.Ordinal))
                || KnownToSomeoneAs(words, last)))
            {
                return true;
            }

            // a group called "…", a so-called "…": a naming word used of a thing, not what he called "a betrayal".
            if (QuoteLexicon.NamingWords.Contains(verb) && (last == 0 || !IsSpeakerWord(words[last - 1])))
            {
                return true;
            }

            // under the name "…", the slogan "…", its motto "…": a noun for a name, straight after its determiner, holds a name, not speech.
            if (words.Count >= 2 && NameNouns.Contains(words[^1].Lower)
                && words[^2].Lower is "the" or "a" or "its" or "their" or "his" or "her" or "our" or "new" or "official")
            {
                return true;
            }

            // a group calling itself "…", which it calls its "…": a name given to oneself or to one's own scheme is a label,
            // whoever gives it ("his"/"her" are left out: what he called her "a liar" is his word about someone else).
            if (last > 0 && verb is "itself" or "themselves" or "himself" or "herself" or "its" or "their" or "our"
                && IsNamingVerb(words[last - 1].Lower))
            {
                return true;
            }

            // The union, which calls the new shift pattern the "thirteen-hour day": a name given to an object.
            if (words[^1].Lower == "the")
            {
                for (var k = words.Count - 2; k >= 0 && words.Count - 2 - k <= MaximumNamedObjectWords; k--)
                {
                    if (words[k].Lower is "call" or "calls" or "called" or "dubbed" or "nicknamed" or "christened")
                    {
                        return true;
                    }

                    if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || QuoteLexicon.Copulas.Contains(words[k].Lower))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    // call, calls, calling, styles itself, bills itself, dubs: a verb that gives a name, in any form.
    private static bool IsNamingVerb(string lower) =>
        QuoteLexicon.NamingWords.Contains(lower) || lower is "calling" or "styles" or "styling" or "bills" or "billing" or "brands" or "branding"
            or "dubs" or "dubbing" or "names" or "naming";

    // known to his victims as, known among traders as: "known", a preposition and a short noun phrase before "as".
    private static bool KnownToSomeoneAs(List<CueToken> words, int asIndex)
    {
        for (var k = asIndex - 1; k >= 1 && asIndex - k <= MaximumKnownToWords; k--)
        {
            if (words[k].Lower is "to" or "among" or "amongst" or "by" && words[k - 1].Lower == "known")
            {
                return true;
            }

            if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || !char.IsLower(words[k].Raw[0]))
            {
                return false;
            }
        }

        return false;
    }

    // officials are calling "the Brisk Protocol", what the union calls "the Long Walk": a quote that is itself a proper name
    // (a determiner and capitalised words) straight after a naming verb names something, whoever gives the name.
    private static bool IsCalledProperName(List<CueToken> prefix, string text)
    {
        var words = prefix.Where(t => t.IsWord).ToList();
        if (prefix.Count == 0 || !prefix[^1].IsWord)
        {
            return false;
        }

        // calling "the …", or calling the trial "the …" (the object named between the verb and the name).
        var verb = words.Count - 1;
        while (verb >= 0 && words.Count - 1 - verb <= MaximumNamedObjectWords && words[verb].Lower is not ("call" or "calls" or "called" or "calling" or "dubbed" or "dubbing" or "nicknamed"))
        {
            if (QuoteLexicon.SpeechVerbs.Contains(words[verb].Lower) || QuoteLexicon.Copulas.Contains(words[verb].Lower))
            {
                return false;
            }

            verb--;
        }

        if (verb < 0 || words.Count - 1 - verb > MaximumNamedObjectWords)
        {
            return false;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[0] is "the" or "The" && parts.Skip(1).All(w => char.IsUpper(w[0]) || QuoteLexicon.NameConnectors.Contains(w))
            && char.IsUpper(parts[^1][0]);
    }

    /// <summary>
    /// Whether a short quote in the body nobody is cued as speaking is a name for a thing rather than speech (a headline
    /// writes every word capitalised, so it is left out): a phrase in title case
    /// (a badge for "Justice for the Brenna Six"), a definite or indefinite noun phrase given after "as" (mocked the offer as
    /// "the umbrella fund", refer to it as "the northern lands"), or a thing counted by a number (three "quiet study hours").
    /// </summary>
    private static bool IsUncuedNounPhraseLabel(List<CueToken> prefix, string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (prefix.Count == 0 || !prefix[^1].IsWord || parts.Length == 0)
        {
            return false;
        }

        // (the Rabbit Hutch: a proper name may open with a lowercase "the".)
        if (parts.Length >= 2 && (char.IsUpper(parts[0][0]) || parts[0] == "the") && char.IsUpper(parts[^1][0])
            && parts.All(w => char.IsUpper(w[0]) || QuoteLexicon.NameConnectors.Contains(w)))
        {
            return true;
        }

        var before = prefix[^1].Lower;
        var lowercase = parts.All(w => char.IsLower(w[0]));
        // Critics describe the scheme as "a tax on the poor": after a verb of speech or evaluation the phrase is someone's words.
        var spoken = prefix.Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower) || QuoteLexicon.EvaluationVerbs.Contains(t.Lower) || t.Lower.StartsWith("describ", StringComparison.Ordinal));
        if (before == "as" && !spoken && lowercase && parts.Length >= 2 && parts[0] is "the" or "a" or "an")
        {
            return true;
        }

        return lowercase && (before.All(char.IsDigit) || (QuoteLexicon.NumberWords.Contains(before) && !OrdinalNumberWords.Contains(before)));
    }

    // Number words that order or divide (the first "…", half "…") rather than count.
    private static readonly FrozenSet<string> OrdinalNumberWords = FrozenSet.ToFrozenSet(["first", "second", "third", "fourth", "fifth", "half", "double", "triple"], StringComparer.Ordinal);

    // a paper titled "…", a report headlined "…", published as "…": words that give a work its title, which may run to any length.
    private static bool IsTitleLabel(List<CueToken> prefix)
    {
        if (prefix.Count == 0 || !prefix[^1].IsWord)
        {
            return false;
        }

        var last = prefix[^1].Lower;
        // a badge reading "…", a banner that read "…": the words written on a thing, not anyone's speech.
        return last is "titled" or "entitled" or "headlined" or "subtitled" or "reading"
            || (last == "as" && prefix.Count > 1 && prefix[^2].Lower is "published" or "released" or "issued" or "printed");
    }

    // Things words are written on: what they read is a notice or a slogan, whoever wrote it.
    private static readonly FrozenSet<string> InscribedNouns = FrozenSet.ToFrozenSet(
        ["sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "billboard", "billboards", "notice", "notices",
            "plaque", "plaques", "sticker", "stickers", "t-shirt", "t-shirts", "shirt", "shirts", "badge", "badges", "graffiti", "headstone", "inscription",
            "noticeboard", "hoarding", "hoardings", "sash", "sashes"], StringComparer.Ordinal);

    // A sign on the ticket office read "…": the verb of what is written comes within this many words after the thing it is written on.
    private const int MaximumInscriptionWords = 6;

    // Works whose title a quote in apposition gives (a touring exhibition, "Bronze and Memory",).
    private static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
        ["exhibition", "show", "play", "film", "album", "book", "novel", "series", "programme", "program", "documentary", "song", "single", "musical",
            "opera", "ballet", "memoir", "collection", "installation", "retrospective", "podcast", "sitcom", "drama", "production", "festival", "tour", "poem",
            "newsletter", "magazine", "journal", "newspaper", "blog", "column", "website"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a quote is what a sign, placard or banner reads (<c>placards reading "…"</c>, <c>a sign on the ticket office
    /// read "…"</c>, <c>banners that said "…"</c>): written words are no one's speech, even when they form a sentence.
    /// </summary>
    private static bool IsInscription(List<CueToken> prefix)
    {
        var words = prefix.Where(t => t.IsWord).ToList();
        if (prefix.Count == 0 || !(prefix[^1].IsWord || prefix[^1].Raw is ":" or ",") || words.Count < 2)
        {
            return false;
        }

        if (words[^1].Lower is not ("reading" or "read" or "reads" or "said" or "says" or "saying" or "declaring" or "proclaiming" or "bearing"))
        {
            return false;
        }

        for (var k = words.Count - 2; k >= 0 && words.Count - 1 - k <= MaximumInscriptionWords; k--)
        {
            // The noun heads the subject: the verb follows it, or a place or relative clause does (a sign on the door, a banner that);
            // a banner firm said is the firm.
            if (InscribedNouns.Contains(words[k].Lower))
            {
                return k == words.Count - 2 || words[k + 1].Lower is "on" or "in" or "at" or "outside" or "above" or "over" or "by" or "near" or "behind"
                    or "across" or "along" or "that" or "which";
            }

            // A protest spokesman said, a banner firm's owner said: a person nearer the verb is its subject (a sign on the
            // ticket office read: the place a sign hangs is not).
            if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || QuoteLexicon.Pronouns.Contains(words[k].Lower) || MentionParser.IsNameWord(words[k])
                || QuoteLexicon.RoleNouns.Contains(words[k].Lower) || MentionParser.IsPossessive(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    // A work noun, then a comma (or nothing), then the quote in title case: the work's title.
    private static bool IsWorkTitle(List<CueToken> prefix, string text)
    {
        var k = prefix.Count - 1;
        if (k >= 0 && prefix[k].Raw == ",")
        {
            k--;
        }

        if (k < 0 || !prefix[k].IsWord || !WorkNouns.Contains(prefix[k].Lower))
        {
            return false;
        }

        var parts = text.TrimEnd(',', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && char.IsUpper(parts[0][0]) && char.IsUpper(parts[^1][0])
            && parts.All(w => char.IsUpper(w[0]) || QuoteLexicon.NameConnectors.Contains(w) || w is "and" or "or" or "of" or "the" or "a" or "in" or "on" or "for");
    }

    /// <summary>
    /// Whether a short quoted phrase modifies the noun right after it (free "come and play" sessions) rather than
    /// completing a verb (was "a box-ticking exercise", praised "patience and nerve" during …).
    /// </summary>
    private bool IsModifierLabel(MarkedQuote marked, List<CueToken> prefix, TextSpan lastParagraph)
    {
        var after = TokensIn(marked.MarkEnd, lastParagraph.End);
        if (after.Count == 0 || !after[0].IsWord || !char.IsLower(after[0].Raw[0]) || !string.IsNullOrWhiteSpace(_text[marked.MarkEnd..after[0].Start]))
        {
            return false;
        }

        var next = after[0].Lower;
        if (QuoteLexicon.StopWords.Contains(next) || QuoteLexicon.ClauseWords.Contains(next) || QuoteLexicon.SpeechVerbs.Contains(next)
            || next.EndsWith("ly", StringComparison.Ordinal) || next.EndsWith("ing", StringComparison.Ordinal) || next.EndsWith("ed", StringComparison.Ordinal)
            || IsReplyCue(after))
        {
            return false;
        }

        // A quote that completes a verb (was "a box-ticking exercise" …) is speech whatever follows it.
        return prefix.Count == 0 || !prefix[^1].IsWord || !(QuoteLexicon.Copulas.Contains(prefix[^1].Lower) || QuoteLexicon.SpeechVerbs.Contains(prefix[^1].Lower)
            || QuoteLexicon.EvaluationVerbs.Contains(prefix[^1].Lower) || QuoteLexicon.Pronouns.Contains(prefix[^1].Lower));
    }

    // A word that can be the subject of a naming verb used as speech (what he called, what Ortiz called).
    private static bool IsSpeakerWord(CueToken t) =>
        QuoteLexicon.Pronouns.Contains(t.Lower) || t.Lower is "they" or "we" or "i" or "you" || MentionParser.IsNameWord(t) || QuoteLexicon.RoleNouns.Contains(t.Lower);

    // A quoted complete sentence (capital start, its own terminal mark inside the quote) is speech
    // however short: "That's football." is not a scare quote.
    private static bool IsCompleteSentence(string text) =>
        char.IsUpper(text[0]) && text[^1] is '.' or '!' or '?' or '…';

    /// <summary>
    /// The speaker named by the sentence after a quote that has no cue of its own: the next sentence
    /// of its paragraph, or the first of the next paragraph when the quote closes its own; explicit
    /// when that sentence only names who said it (That was how X put it).
    /// </summary>
    private (SpeakerMention? Mention, bool Explicit) CueInNextSentence(MarkedQuote marked, TextSpan lastParagraph)
    {
        var start = marked.MarkEnd;
        var restOfParagraph = TokensIn(start, lastParagraph.End);
        if (restOfParagraph.All(t => !t.IsWord))
        {
            if (marked.LastParagraph + 1 >= _paragraphs.Count)
            {
                return (null, false);
            }

            start = _paragraphs[marked.LastParagraph + 1].Start;
        }
        else
        {
            // A quote that ends its own sentence ("… life." Those were the words of …) is followed by the next sentence at once.
            var inner = marked.MarkEnd - 1;
            while (inner > marked.MarkStart && (IsQuoteMark(_text[inner]) || char.IsWhiteSpace(_text[inner])))
            {
                inner--;
            }

            var firstWord = restOfParagraph.First(t => t.IsWord);
            start = _text[inner] is '.' or '!' or '?' or '…' && firstWord.IsCapitalized && restOfParagraph[0].IsWord ? marked.MarkEnd : SentenceEnd(start, lastParagraph.End);
        }

        var paragraph = _paragraphs.First(p => p.Start <= start && start <= p.End);
        var opening = start;
        while (opening < paragraph.End && char.IsWhiteSpace(_text[opening]))
        {
            opening++;
        }

        if (opening < paragraph.End && IsQuoteMark(_text[opening]))
        {
            return (null, false); // the next sentence is a quote of its own: its cue names its speaker, not this one's
        }

        var tokens = Unquoted(TokensIn(start, SentenceEnd(start, paragraph.End)));
        if (tokens.Count == 0 || !tokens[0].IsWord)
        {
            return (null, false);
        }

        // That was how Marit Solberg put it / This is how the mayor summed it up: the sentence exists to name the speaker.
        if (tokens.Count > 3 && tokens[0].Lower is "that" or "this" && tokens[1].Lower is "was" or "is" && tokens[2].Lower == "how")
        {
            return (MentionParser.StartingAt(tokens, 3), true);
        }

        // That was the verdict of Mikey Fairclough / Such was the blunt view of the coach / Those were the words of X.
        if (tokens.Count > 5 && tokens[0].Lower is "that" or "this" or "such" or "those" or "these" && tokens[1].Lower is "was" or "is" or "were" or "are"
            && tokens[2].Lower == "the")
        {
            var of = tokens.FindIndex(3, Math.Min(MaximumVerdictWords, tokens.Count - 3), t => t.Lower is "of" or "from");
            if (of > 3 && (QuoteLexicon.VerdictNouns.Contains(tokens[of - 1].Lower) || tokens[of - 1].Lower is "words" or "thoughts" or "verdicts"))
            {
                // That was the cry from supporters' trust chairman Dave Kettley: a title the parser cannot open with may come before the name.
                return (MentionParser.StartingAt(tokens, of + 1) ?? FirstMention(tokens.GetRange(of + 1, ClauseEnd(tokens, of + 1) - of - 1)), true);
            }

            // That was the message on Monday from Kwame Osei: a short time phrase may stand between the noun and "from".
            var noun = tokens.FindIndex(3, Math.Min(MaximumVerdictWords, tokens.Count - 3), t => QuoteLexicon.VerdictNouns.Contains(t.Lower));
            if (noun > 2 && noun + 2 < tokens.Count && tokens[noun + 1].Lower is "on" or "at" or "in" or "last" or "this" or "yesterday" or "earlier"
                && tokens.FindIndex(noun + 1, Math.Min(MaximumTimePhraseWords + 1, tokens.Count - noun - 1), t => t.Lower == "from") is var from && from > noun
                && tokens.Skip(noun + 1).Take(from - noun - 1).All(t => t.IsWord) && from + 1 < tokens.Count)
            {
                return (MentionParser.StartingAt(tokens, from + 1), true);
            }
        }

        if (VerdictSource(tokens) is { } source)
        {
            return (source, true);
        }

        // So said Moira Quentin.
        if (tokens.Count > 2 && tokens[0].Lower == "so" && tokens[1].Lower is "said" or "says")
        {
            return (MentionParser.StartingAt(tokens, 2), true);
        }

        // Fairclough's verdict was blunt.
        if (VerdictOwner(tokens) is { } owner)
        {
            return (owner, true);
        }

        return (CueAfter(tokens), false);
    }

    private SpeakerIdentity? LastEventSince(int from, int before)
    {
        for (var k = _events.Count - 1; k >= 0; k--)
        {
            if (_events[k].Position < before)
            {
                return _events[k].Position >= from ? _events[k].Identity : null;
            }
        }

        return null;
    }

    private List<TextSpan> Trim(IReadOnlyList<TextSpan> segments)
    {
        var spans = new List<TextSpan>();
        for (var k = 0; k < segments.Count; k++)
        {
            var (s, e) = (segments[k].Start, segments[k].End);
            while (s < e && char.IsWhiteSpace(_text[s]))
            {
                s++;
            }

            // A trailing comma or colon belongs to the writer's sentence, not to the speaker.
            while (e > s && (char.IsWhiteSpace(_text[e - 1]) || (k == segments.Count - 1 && _text[e - 1] is ',' or ';' or ':')))
            {
                e--;
            }

            if (e > s)
            {
                spans.Add(new TextSpan(s, e));
            }
        }

        return spans;
    }

    /// <summary>
    /// 'We will not back down,' says union leader: a headline drops the article before a role, which stands for
    /// the person the text gives that title; null when nobody in the text holds it.
    /// </summary>
    private SpeakerMention? HeadlineRole(List<CueToken> remainder, int position)
    {
        var v = remainder.FindIndex(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower));
        if (v < 0)
        {
            return null;
        }

        var end = v + 1;
        while (end < remainder.Count && end - v <= MaximumRoleModifiersBeforeSource && remainder[end].IsWord && char.IsLower(remainder[end].Raw[0]))
        {
            end++;
        }

        var head = end - 1;
        if (head <= v || !QuoteLexicon.RoleNouns.Contains(remainder[head].Lower))
        {
            return null;
        }

        var text = JoinTokens(remainder, v + 1, end);
        var role = new SpeakerMention(MentionKind.Role, text, text, Enumerable.Range(v + 1, end - v - 1).Select(k => MentionParser.Simplify(remainder[k].Lower)).ToList(),
            remainder[head].Lower, true, remainder[v + 1].Start);
        return _persons.Any(p => HeadMatches(role, p.ExplicitTitles)) ? role : null;
    }

    // A relative clause on a thing (", which …") after a speech verb, with no speech verb of its own, before the quote.
    private static bool IsInThingRelativeClause(List<CueToken> prefix)
    {
        var which = prefix.FindLastIndex(t => t.Lower == "which");
        return which > 1 && prefix[which - 1].Raw == "," && prefix.Take(which).Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower))
            && !prefix.Skip(which + 1).Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower) || QuoteLexicon.EvaluationVerbs.Contains(t.Lower)
                || QuoteLexicon.NamingWords.Contains(t.Lower));
    }

    /// <summary>
    /// 15:28 – Governor: "Do not go outside" / Minister: "We will act": a heading line of a title word, a colon and a quote is the
    /// words of the one person the text after it gives that title outright (Governor Elena Marquez-Dunn); null when the line is
    /// not so built or no single person holds the title there.
    /// </summary>
    private SpeakerMention? HeadingRoleHolder(List<CueToken> prefix, MarkedQuote marked, TextSpan lastParagraph)
    {
        var words = prefix.Where(t => t.IsWord).ToList();
        if (prefix.Count < 2 || prefix[^1].Raw != ":" || !prefix[^2].IsWord || !prefix[^2].IsCapitalized || !QuoteLexicon.RoleNouns.Contains(prefix[^2].Lower)
            || words.SkipLast(1).Any(t => !char.IsDigit(t.Raw[0])) || TokensIn(marked.MarkEnd, lastParagraph.End).Any(t => t.IsWord))
        {
            return null;
        }

        var head = prefix[^2];
        var role = new SpeakerMention(MentionKind.Role, head.Raw, head.Raw, [head.Lower], head.Lower, true, head.Start);

        // In the body, the person is named in the paragraph after the heading; a headline's is named anywhere in the text.
        var next = _paragraphs.FindIndex(p => p.Start > marked.MarkEnd);
        var until = marked.MarkStart < _bodyOffset ? _text.Length : next >= 0 ? _paragraphs[next].End : -1;
        var holders = _persons.Where(p => p.First > marked.MarkEnd && p.First < until && HeadMatches(role, p.ExplicitTitles)).Take(2).ToList();
        return holders is [var holder] ? new SpeakerMention(MentionKind.Name, holder.Key, holder.Key, [], null, true, holder.First) : null;
    }

    // … had been "too stunned to speak" when she told him: the speech verb of a subordinate clause after a quote is not its cue.
    private static List<CueToken> BeforeSubordinateClause(List<CueToken> remainder)
    {
        var subordinate = remainder.FindIndex(t => t.Lower is "when" or "after" or "before" or "because" or "until" or "since" or "if" or "although" or "though");
        return subordinate >= 0 ? remainder.GetRange(0, subordinate) : remainder;
    }

    // "…" — Ingrid Hale, director of the institute: a dash after a quote credits the name that follows it.
    private SpeakerMention? DashCredit(MarkedQuote marked, TextSpan lastParagraph)
    {
        var after = TokensIn(marked.MarkEnd, lastParagraph.End);
        return marked.Closed && after.Count > 1 && after[0].Raw is "—" or "–" && MentionParser.StartingAt(after, 1) is { Kind: MentionKind.Name or MentionKind.Role } credited
            && credited.Start == after[1].Start ? credited : null;
    }

    private static SpeakerMention? ImmediateCue(List<CueToken> prefix) =>
        prefix.Count > 1 && IsActiveQuoteVerb(prefix, prefix.Count - 1) ? MentionBefore(prefix, prefix.Count - 1, ClauseStart(prefix, prefix.Count - 1)) : null;

    // The Harbour Board fined two firms, in what it called "…": "it" right before the verb is the body the sentence opens with.
    // (what it described as "…": the verb may take "as" before the quote.)
    private SpeakerMention? BodyAsIt(List<CueToken> prefix, int prefixStart, int paragraphStart)
    {
        var verb = prefix.Count > 0 && prefix[^1].Lower == "as" ? prefix.Count - 2 : prefix.Count - 1;
        return verb > 1 && prefix[verb - 1].Lower == "it" && (IsActiveQuoteVerb(prefix, verb) || prefix[verb].Lower is "described" or "describes")
            && FirstMention(Unquoted(TokensIn(SentenceStart(prefixStart, paragraphStart), prefix[verb - 1].Start))) is { Kind: MentionKind.Organisation or MentionKind.Name } body
                ? body with { Kind = MentionKind.Organisation } // "it" is no person: the Food Standards Panel is a body, whatever its last word
                : null;
    }

    /// <summary>
    /// "…," the statement said: the author of the statement the article named before (a statement from the
    /// council, the council said in a statement, the council's statement).
    /// </summary>
    private SpeakerMention? StatementCue(List<CueToken> tokens, int position)
    {
        var cued = false;
        for (var v = 1; v < tokens.Count && !cued; v++)
        {
            cued = IsActiveSpeechVerb(tokens, v) && tokens[v - 1].Lower == "statement" && (v < 2 || tokens[v - 2].Lower is "the" or "its" or "their");
        }

        if (!cued)
        {
            return null;
        }

        for (var k = _tokens.Count - 1; k >= 0; k--)
        {
            if (_tokens[k].Start >= position || _tokens[k].Lower != "statement" || _tokens[k].Start < _bodyOffset)
            {
                continue;
            }

            // a statement from / by Dunhallow Borough Council
            if (k + 2 < _tokens.Count && _tokens[k + 1].Lower is "from" or "by" && MentionParser.StartingAt(_tokens, k + 2) is { Kind: not MentionKind.Pronoun } author)
            {
                return author;
            }

            // Dunhallow Borough Council said in a statement: whoever spoke in that sentence.
            var sentence = SentenceStart(_tokens[k].Start, 0);
            var end = SentenceEnd(_tokens[k].Start, _text.Length);
            var spoke = _events.FindLastIndex(e => e.Position >= sentence && e.Position < end);
            if (spoke >= 0)
            {
                var identity = _events[spoke].Identity;
                // An unnamed source is taken as it stands (not definite, so not read back to anyone else).
                return new SpeakerMention(identity.Kind, identity.Name, identity.Name, identity.Titles, null, identity.Kind != MentionKind.Role, _tokens[k].Start);
            }
        }

        return null;
    }

    private SpeakerMention? CueAfter(List<CueToken> tokens)
    {
        // "…", while Ada Mensah called them "…": a clause after a comma and a contrasting conjunction has a speaker of its own.
        var cut = tokens.Count < 2 ? -1 : tokens.FindIndex(1, t => t.Lower is "while" or "whilst" or "whereas" or "but");
        if (cut > 0 && tokens[cut - 1].Raw == ",")
        {
            tokens = tokens.GetRange(0, cut);
        }


        for (var v = 0; v < tokens.Count; v++)
        {
            var w = tokens[v].Lower;
            if (w == "according" && v + 1 < tokens.Count && tokens[v + 1].Lower == "to" && !IsSourcelessDocument(tokens, v + 2))
            {
                return UnnamedSource(tokens, v + 2, ClauseEnd(tokens, v + 2)) ?? MentionParser.StartingAt(tokens, v + 2);
            }

            // (After the quote only: a retort before its quote, a source close to X hit back:, is read as other cues are.)
            if (!IsActiveQuoteVerb(tokens, v) && !(IsRetortVerb(tokens, v) && IsActive(tokens, v)))
            {
                continue;
            }

            var floor = ClauseStart(tokens, v);
            var mention = MentionBefore(tokens, v, floor)
                ?? (v == floor ? UnnamedSource(tokens, v + 1, ClauseEnd(tokens, v + 1)) ?? MentionParser.StartingAt(tokens, v + 1) ?? NameAfterModifiers(tokens, v + 1)
                    ?? IndefinitePersonAfter(tokens, v + 1) : null);
            if (mention is not null && mention.Start > tokens[v].Start && OpensClause(tokens, mention))
            {
                continue; // "…", said the company had now secured …: the words after the verb are the subject of what was said
            }

            if (mention is not null)
            {
                return mention;
            }
        }

        return null;
    }

    // "…," said a woman who gave her name as Rosa / said one elderly man: after the verb, an indefinite noun phrase of
    // lowercase words ending the clause is the speaker, whatever noun it has (the lexicon lists roles, not people).
    private static SpeakerMention? IndefinitePersonAfter(List<CueToken> tokens, int from)
    {
        if (from >= tokens.Count || tokens[from].Lower is not ("a" or "an" or "one" or "another"))
        {
            return null;
        }

        var end = from + 1;
        while (end < tokens.Count && end - from <= MaximumRoleModifiersBeforeSource + 1 && tokens[end].IsWord && char.IsLower(tokens[end].Raw[0])
               && tokens[end].Lower is not ("who" or "whose" or "that" or "and" or "but"))
        {
            end++;
        }

        var head = end - 1;
        if (head <= from || (end < tokens.Count && tokens[end].IsWord && tokens[end].Lower is not ("who" or "whose")) || !IndefinitePersonNouns.Contains(tokens[head].Lower))
        {
            return null;
        }

        var text = JoinTokens(tokens, from, end);
        return new SpeakerMention(MentionKind.Role, text, text, [tokens[head].Lower], tokens[head].Lower, false, tokens[from].Start);
    }

    // Nouns for a person that are no role or office (said a woman, said one young mother); set by hand.
    private static readonly FrozenSet<string> IndefinitePersonNouns = FrozenSet.ToFrozenSet(
        ["man", "woman", "mother", "father", "girl", "boy", "grandmother", "grandfather", "pensioner", "local", "passer-by", "mum", "dad", "widow", "refugee", "migrant", "villager", "onlooker"],
        StringComparer.Ordinal);

    // said front-of-house manager Lorna Pike: hyphenated lowercase modifiers before the title and name the parser does not read.
    private static SpeakerMention? NameAfterModifiers(List<CueToken> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count && k - from <= 2 * MaximumRoleModifiersBeforeSource; k++)
        {
            var previous = tokens[k - 1];
            if (!(previous.Raw == "-" || (previous.IsWord && char.IsLower(previous.Raw[0]))) || QuoteLexicon.SpeechVerbs.Contains(previous.Lower) || previous.Lower is "that" or "the" or "a" or "an")
            {
                return null;
            }

            if (MentionParser.StartingAt(tokens, k) is { Kind: MentionKind.Name } named && named.Start == tokens[k].Start && tokens.Skip(from).Take(k - from).Any(t => t.Raw == "-" || t.Raw.Contains('-', StringComparison.Ordinal)))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether "according to" is followed by a document not said to be from anyone (<c>a transcript released by the court</c>,
    /// <c>court documents</c>): it names no speaker, so the quote is the main clause's subject's. A statement from or by a body
    /// names its author.
    /// </summary>
    private static bool IsSourcelessDocument(List<CueToken> tokens, int start)
    {
        var k = start;
        if (k < tokens.Count && (QuoteLexicon.Determiners.Contains(tokens[k].Lower) || MentionParser.IsPossessive(tokens[k])))
        {
            k++;
        }

        for (var end = Math.Min(tokens.Count, k + MaximumDocumentModifiers + 1); k < end && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]); k++)
        {
            var noun = tokens[k].Lower;
            if (QuoteLexicon.DocumentNouns.Contains(noun) || (noun.EndsWith('s') && QuoteLexicon.DocumentNouns.Contains(noun[..^1])))
            {
                return !(k + 1 < tokens.Count && tokens[k + 1].Lower is "from" or "by" or "of");
            }
        }

        return false;
    }

    // A document noun follows its determiner within this many modifiers (a newly released court transcript); set by hand.
    private const int MaximumDocumentModifiers = 3;

    // Whether a mention after a speech verb is followed by a verb of its own (said the company had …): it is then the subject
    // of a reported clause, not the speaker put after the verb.
    private static bool OpensClause(List<CueToken> tokens, SpeakerMention mention)
    {
        var first = tokens.FindIndex(t => t.Start == mention.Start);
        var next = first < 0 ? -1 : first + mention.Text.Split(' ').Length;
        return next > 0 && next < tokens.Count && tokens[next].IsWord && FiniteVerbs.Contains(tokens[next].Lower);
    }

    // Auxiliaries and common finite verbs that open the predicate of a reported clause.
    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "must", "might", "may", "can", "did", "does", "do"],
        StringComparer.Ordinal);

    private SpeakerMention? CueBefore(List<CueToken> tokens, int prefixStart, int paragraphStart)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to" && !IsSourcelessDocument(tokens, k + 2)
                && (UnnamedSource(tokens, k + 2, ClauseEnd(tokens, k + 2)) ?? MentionParser.StartingAt(tokens, k + 2)) is { } according)
            {
                return according;
            }
        }

        var participle = false;
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            participle |= QuoteLexicon.SpeechParticiples.Contains(tokens[v].Lower);
            if (IsActiveQuoteVerb(tokens, v) && MentionBefore(tokens, v, ClauseStart(tokens, v)) is { } mention)
            {
                return mention;
            }
        }

        // …, saying "…": the quote hangs on the subject of the sentence.
        if (participle && FirstMention(Unquoted(TokensIn(SentenceStart(prefixStart, paragraphStart), tokens[^1].End))) is { } subject)
        {
            return subject;
        }

        if (tokens[^1].Raw != ":")
        {
            return null;
        }

        // Fairclough's verdict on the referee was blunt: "…"
        if (VerdictOwner(tokens) is { } owner)
        {
            return owner;
        }

        // Her verdict on the crew was simpler: "…" — as she said.
        if (tokens.Count > 1 && tokens[0].Lower is "his" or "her" && QuoteLexicon.VerdictNouns.Contains(tokens[1].Lower))
        {
            var pronoun = tokens[0].Lower == "his" ? "he" : "she";
            return new SpeakerMention(MentionKind.Pronoun, tokens[0].Raw, pronoun, [], null, true, tokens[0].Start);
        }

        // Asked whether Harrowby would appeal, the coach was defiant: "…" — the subject follows the opening participle's clause.
        if (tokens[0].CommonAtSentenceStart && (tokens[0].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            var comma = tokens.FindIndex(t => t.Raw == ",");
            if (comma > 0)
            {
                return FirstMention(tokens.Skip(comma + 1).ToList());
            }
        }

        // …, while the stage-door keeper, Bill Tranter, put it more simply: "…": the clause the conjunction opens has its own subject.
        var opened = tokens.FindLastIndex(t => t.Lower is "while" or "whilst" or "whereas");
        if (opened > 0 && tokens[opened - 1].Raw == "," && FirstMention(tokens.Skip(opened + 1).ToList()) is { } ownSubject)
        {
            return AppositiveName(tokens.Skip(opened + 1).ToList()) ?? ownSubject;
        }

        // Its chair, retired surveyor Hugh Bellis, fumed: "…" — a role opening the sentence, then a name in apposition: the name.
        if (RoleWithAppositiveName(tokens) is { } named)
        {
            return named;
        }

        // Oduya was blunt: "…" — a colon after the speaker's clause.
        return FirstMention(tokens);
    }

    // A sentence opening with a role and a name between commas after it (Its chair, retired surveyor Hugh Bellis,): the name;
    // lowercase title words may stand before it, a relative clause may not.
    private static SpeakerMention? RoleWithAppositiveName(List<CueToken> tokens)
    {
        var first = tokens.FindIndex(t => t.Raw == ",");
        var second = first < 0 ? -1 : tokens.FindIndex(first + 1, t => t.Raw == ",");
        if (second < 0 || MentionParser.EndingAt(tokens, first, 0) is not { Kind: MentionKind.Role } role || role.Start != tokens[0].Start)
        {
            return null;
        }

        return MentionParser.EndingAt(tokens, second, first + 1) is { Kind: MentionKind.Name } named
            && OnlyTitleWordsBefore(tokens, first + 1, IndexAt(tokens, named.Start, first + 1, second)) ? named : null;
    }

    /// <summary>
    /// The person whose verdict, view or reply opens a sentence (<c>Mikey Fairclough's verdict was
    /// blunt</c>): a possessive name before a verdict noun.
    /// </summary>
    private static SpeakerMention? VerdictOwner(List<CueToken> tokens)
    {
        var k = 0;
        while (k < tokens.Count && (MentionParser.IsNameWord(tokens[k]) || MentionParser.IsHonorific(tokens[k])))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !MentionParser.IsPossessive(tokens[k]) || !tokens[k].IsCapitalized || !QuoteLexicon.VerdictNouns.Contains(tokens[k + 1].Lower))
        {
            return null;
        }

        var owner = tokens[k] with { End = tokens[k].End - 2, Raw = tokens[k].Raw[..^2] };
        if (!MentionParser.IsNameWord(owner))
        {
            return null;
        }

        List<CueToken> name = [.. tokens.Take(k), owner];
        return MentionParser.EndingAt(name, name.Count, 0) is { Kind: MentionKind.Name } mention ? mention : null;
    }

    private List<CueToken> Unquoted(List<CueToken> tokens) =>
        tokens.Where(t => !_marked.Any(m => m.MarkStart <= t.Start && t.End <= m.MarkEnd)).ToList();

    private static SpeakerMention? FirstMention(List<CueToken> tokens)
    {
        for (var k = 0; k < tokens.Count && tokens[k].Raw != ":"; k++)
        {
            // But a source close to Vance hit back: "…" — a friend of, an aide to X is an unnamed source, not X.
            if (SourceWithNamedObject(tokens, k) is { } source)
            {
                return source;
            }

            if (MentionParser.StartingAt(tokens, k) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    // A quote also hangs on a verb of evaluation (praised her side's "patience"); a reported statement does not.
    private static bool IsActiveQuoteVerb(List<CueToken> tokens, int v) =>
        IsActiveSpeechVerb(tokens, v) || (QuoteLexicon.EvaluationVerbs.Contains(tokens[v].Lower) && IsActive(tokens, v));

    private static bool IsActiveSpeechVerb(List<CueToken> tokens, int v) =>
        QuoteLexicon.SpeechVerbs.Contains(tokens[v].Lower) && IsActive(tokens, v);

    // "…," Ms Amankwah shot back / the minister hit back: a verb of striking with "back" is a retort, a speech verb of its own.
    private static bool IsRetortVerb(List<CueToken> tokens, int v) =>
        v + 1 < tokens.Count && tokens[v + 1].Lower == "back" && tokens[v].Lower is "shot" or "hit" or "fired" or "snapped" or "shoots" or "hits" or "fires";

    private static bool IsActive(List<CueToken> tokens, int v) =>
        !(v > 0 && QuoteLexicon.PassiveMarkers.Contains(tokens[v - 1].Lower))
        && !(v > 1 && tokens[v - 1].Lower is "not" or "n't" && QuoteLexicon.PassiveMarkers.Contains(tokens[v - 2].Lower));

    private static int ClauseStart(IReadOnlyList<CueToken> tokens, int v)
    {
        for (var k = v - 1; k >= 0; k--)
        {
            if (!tokens[k].IsWord && tokens[k].Raw != "-")
            {
                return k + 1;
            }

            // … was jailed as a judge branded him "…": a subordinate clause opened by a conjunction has its own subject.
            if (k > 0 && k + 1 < v && ClauseConjunctions.Contains(tokens[k].Lower) && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0])
                && (QuoteLexicon.Determiners.Contains(tokens[k + 1].Lower) || MentionParser.IsNameWord(tokens[k + 1])))
            {
                return k + 1;
            }
        }

        return 0;
    }

    // Conjunctions that open a clause with a subject of its own (as a judge told him, while a neighbour said).
    private static readonly FrozenSet<string> ClauseConjunctions = FrozenSet.ToFrozenSet(["as", "while", "when", "after", "because", "before", "since", "although", "though", "whereas"], StringComparer.Ordinal);

    private static SpeakerMention? MentionBefore(IReadOnlyList<CueToken> tokens, int v, int floor)
    {
        var end = v;
        while (end - 1 >= floor && SkippableBeforeVerb.Contains(tokens[end - 1].Lower))
        {
            end--;
        }

        // Brandt, who said …; the Federation of Coastal Communities, which said …: the speaker stands before the relative pronoun.
        if (end - 1 == floor && tokens[end - 1].Lower is "who" or "which" && floor >= 2 && tokens[floor - 1].Raw == ",")
        {
            return MentionBefore(tokens, floor - 1, ClauseStart(tokens, floor - 1));
        }

        // chargeback, a process she described as "…": a subject pronoun right before the verb, after a noun, opens a reduced
        // relative clause; the pronoun speaks, and the noun phrase before it is what was described.
        if (end - 1 > floor && QuoteLexicon.Pronouns.Contains(tokens[end - 1].Lower) && tokens[end - 2].IsWord
            && MentionParser.EndingAt(tokens, end, end - 1) is { Kind: MentionKind.Pronoun } pronoun)
        {
            return pronoun;
        }

        // A person close to the food board said: the whole subject, not the organisation at its end.
        if (UnnamedSource(tokens, floor, end) is { } source)
        {
            return source;
        }

        // One paramedic based at Kellin said: an indefinite role opening the subject is the speaker, not the place after it.
        if (end - floor >= 2 && tokens[floor].Lower is "a" or "an" or "one" or "another")
        {
            for (var h = floor + 1; h < end && h <= floor + 1 + MaximumRoleModifiersBeforeSource && tokens[h].IsWord && char.IsLower(tokens[h].Raw[0]); h++)
            {
                if (QuoteLexicon.RoleNouns.Contains(tokens[h].Lower) && MentionParser.EndingAt(tokens, h + 1, floor) is { Kind: MentionKind.Role, Definite: false } head)
                {
                    return head;
                }

                // "…," one picket said: an indefinite noun phrase the lexicon does not know, right before the verb, is a person.
                if (h == end - 1 && !QuoteLexicon.DocumentNouns.Contains(tokens[h].Lower) && !QuoteLexicon.Quantities.Contains(tokens[h].Lower)
                    && !SkippableBeforeVerb.Contains(tokens[h].Lower))
                {
                    var phrase = JoinTokens(tokens, floor, end);
                    return new SpeakerMention(MentionKind.Role, phrase, phrase, [tokens[h].Lower], tokens[h].Lower, false, tokens[floor].Start);
                }

                // One conductor based at Ellingham: a noun the lexicon does not know, followed by a postmodifier, is a person all the same.
                if (h + 1 < end && OpensPostmodifier(tokens[h + 1]) && !OpensPostmodifier(tokens[h]) && !QuoteLexicon.DocumentNouns.Contains(tokens[h].Lower))
                {
                    var phrase = JoinTokens(tokens, floor, h + 1);
                    return new SpeakerMention(MentionKind.Role, phrase, phrase, [tokens[h].Lower], tokens[h].Lower, false, tokens[floor].Start);
                }
            }
        }

        if (MentionParser.EndingAt(tokens, end, floor) is { } mention)
        {
            // Governor Maeve Dunleavy of Lakeshire: the person, not the place after "of"; after "of the" only a named person
            // (Maureen Achebe of the Small Investors' Circle), as the chairman of the Harbour Trust may be no one the article names.
            var first = IndexAt(tokens, mention.Start, floor, end);
            var preposition = PrepositionBefore(tokens, first, floor);
            if (mention.Kind is MentionKind.Name or MentionKind.Organisation && preposition > floor
                && MentionParser.EndingAt(tokens, preposition, floor) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } owner
                && (owner.Kind == MentionKind.Name || preposition + 2 != first))
            {
                // A spokesperson for the port: an unnamed source keeps the whole phrase that identifies it.
                if (owner is { Kind: MentionKind.Role, Definite: false })
                {
                    var phrase = JoinTokens(tokens, IndexAt(tokens, owner.Start, floor, end), end);
                    return owner with { Text = phrase, Name = phrase, Titles = [.. owner.Titles, .. mention.Titles] };
                }

                return owner;
            }

            return mention;
        }

        // Vasquez, who chairs the authority, said / the governor, Maeve Dunleavy, said: an appositive
        // between commas; a name there is the speaker, otherwise the words before it.
        if (end == floor && floor >= 2 && tokens[floor - 1].Raw == ",")
        {
            var comma = floor - 1;
            var appositiveStart = ClauseStart(tokens, comma);
            if (comma > appositiveStart && MentionParser.EndingAt(tokens, comma, appositiveStart) is { Kind: MentionKind.Name } named
                && OnlyTitleWordsBefore(tokens, appositiveStart, IndexAt(tokens, named.Start, appositiveStart, comma)))
            {
                return named; // The first witness, the auditor Naomi Brack, told …
            }

            if (NameBeforeAppositive(tokens, appositiveStart) is { } person)
            {
                return person; // Oskar Lindqvist, a partner at Harrow Vane, said: the person, not the body they work for
            }

            if (appositiveStart >= 2 && tokens[appositiveStart - 1].Raw == "," && comma > appositiveStart)
            {
                var outerEnd = appositiveStart - 1;
                var outer = ClauseStart(tokens, outerEnd);

                // Doreen Platt, 66, who …, said: an age between commas stands between the name and the relative clause.
                if (outer >= 2 && outerEnd - outer == 1 && tokens[outer].Raw.All(char.IsDigit) && tokens[outer - 1].Raw == ",")
                {
                    outerEnd = outer - 1;
                    outer = ClauseStart(tokens, outerEnd);
                }

                return NameBeforeAppositive(tokens, outer) ?? MentionBefore(tokens, outerEnd, outer);
            }
        }

        return null;
    }

    /// <summary>
    /// The person named as a whole clause right before an appositive that describes them (<c>Tobias Wren, a fund manager at
    /// Greyfield Capital,</c>; <c>Fiona Castellane, the company's chief executive,</c>; <c>X, of the Small Investors' Circle,</c>).
    /// </summary>
    private static SpeakerMention? NameBeforeAppositive(IReadOnlyList<CueToken> tokens, int appositiveStart)
    {
        if (appositiveStart < 2 || appositiveStart >= tokens.Count || tokens[appositiveStart - 1].Raw != ",")
        {
            return null;
        }

        var opener = tokens[appositiveStart];
        if (!(opener.Lower is "a" or "an" or "the" or "of" or "at" or "from" or "for" || MentionParser.IsPossessive(opener)))
        {
            return null;
        }

        var start = ClauseStart(tokens, appositiveStart - 1);
        return MentionParser.EndingAt(tokens, appositiveStart - 1, start) is { Kind: MentionKind.Name } named && named.Start == tokens[start].Start ? named : null;
    }

    // The index of the preposition (of, at, from, for) that joins a name to the person before it, over a
    // lowercase descriptor that opens with a determiner (Greg Talbot of the broker Penrose Hill); -1 when none.
    private static int PrepositionBefore(IReadOnlyList<CueToken> tokens, int first, int floor)
    {
        var k = first - 1;
        if (k > floor && QuoteLexicon.Determiners.Contains(tokens[k].Lower) is false)
        {
            var descriptor = k;
            while (descriptor > floor && descriptor > first - 1 - MaximumRoleModifiersBeforeSource && tokens[descriptor].IsWord && char.IsLower(tokens[descriptor].Raw[0])
                   && !QuoteLexicon.Determiners.Contains(tokens[descriptor].Lower) && tokens[descriptor].Lower is not ("of" or "at" or "from" or "for"))
            {
                descriptor--;
            }

            if (descriptor < k && descriptor > floor && tokens[descriptor].Lower is "the" or "a" or "an")
            {
                k = descriptor - 1;
            }
        }

        // Maureen Achebe of the Small Investors' Circle: the article before the body's name.
        if (k > floor + 1 && k == first - 1 && tokens[k].Lower == "the" && tokens[k - 1].Lower is "of" or "at" or "from" or "for")
        {
            k--;
        }

        return k > floor && tokens[k].Lower is "of" or "at" or "from" or "for" ? k : -1;
    }

    // The report's author, chief finance officer Declan Frayne, told: lowercase title words may stand
    // before a name in apposition, but not a relative clause (who chairs the Kell Trust).
    private static bool OnlyTitleWordsBefore(IReadOnlyList<CueToken> tokens, int from, int to)
    {
        if (from < to && tokens[from].Lower is "who" or "whose" or "which" or "that")
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            // chief executive of Brackwater Ferries: a name after a preposition is where the person works, not who they are.
            if (!tokens[k].IsWord || !char.IsLower(tokens[k].Raw[0]) || QuoteLexicon.SpeechVerbs.Contains(tokens[k].Lower)
                || tokens[k].Lower is "of" or "at" or "for" or "from" or "in" or "with" or "on" or "to" or "by")
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyDeterminersBefore(IReadOnlyList<CueToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!QuoteLexicon.Determiners.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An unnamed source that is the whole subject before the verb: an indefinite role noun with a
    /// postmodifier (<c>a person familiar with the investigation</c>, <c>an aide close to the mayor</c>).
    /// </summary>
    private static SpeakerMention? UnnamedSource(IReadOnlyList<CueToken> tokens, int floor, int end)
    {
        if (end - floor < 3 || end - floor > MaximumUnnamedSourceWords || tokens[floor].Lower is not ("a" or "an" or "one" or "another"))
        {
            return null;
        }

        for (var h = floor + 1; h < end - 1 && h <= floor + 1 + MaximumRoleModifiersBeforeSource; h++)
        {
            // A father whose daughter was hurt, a woman who lives opposite: a person noun with a relative clause is a source too,
            // named by the noun phrase alone.
            if (IndefinitePersonNouns.Contains(tokens[h].Lower) && tokens[h + 1].Lower is "who" or "whose"
                && Enumerable.Range(floor + 1, h - floor - 1).All(j => tokens[j].IsWord && char.IsLower(tokens[j].Raw[0])))
            {
                var person = JoinTokens(tokens, floor, h + 1);
                return new SpeakerMention(MentionKind.Role, person, person, [tokens[h].Lower], tokens[h].Lower, false, tokens[floor].Start);
            }

            if (QuoteLexicon.RoleNouns.Contains(tokens[h].Lower) && SourcePostmodifiers.Contains(tokens[h + 1].Lower)
                && MentionParser.EndingAt(tokens, h + 1, floor) is { Kind: MentionKind.Role, Definite: false } head)
            {
                // A consultant who did not want to be named, a driver who has not joined the union: a relative
                // clause describes the source but is no part of how later copy refers to it.
                if (tokens[h + 1].Lower is "who" or "whose")
                {
                    return head with { Text = JoinTokens(tokens, floor, h + 1), Name = JoinTokens(tokens, floor, h + 1) };
                }

                // One neighbour on Fitch's estate in Brackley, a senior executive at one of Europe's largest makers: a postmodifier
                // that nests a second phrase locates the source rather than identifying it; later copy calls them by the head.
                // A senior official at the county's coordination centre: a genitive inside a place phrase nests the same way (one
                // analyst at a Leedsham broker, a spokesperson for the mayor's office keep theirs: those phrases say who they are).
                if (Enumerable.Range(h + 2, Math.Max(0, end - h - 2)).Any(j => NestedPrepositions.Contains(tokens[j].Lower) && tokens[j - 1].IsWord && char.IsLower(tokens[j - 1].Raw[0]))
                    || (LocatingPrepositions.Contains(tokens[h + 1].Lower)
                        && Enumerable.Range(h + 2, Math.Max(0, end - h - 2)).Any(j => tokens[j].IsWord && char.IsLower(tokens[j].Raw[0]) && TrimPossessive(tokens[j].Raw) != tokens[j].Raw)))
                {
                    var bare = JoinTokens(tokens, floor, h + 1);
                    return head with { Text = bare, Name = bare };
                }

                // A senior diplomat in Kolvar, a trader near Ostrova: "in" or "near" and a place's name only says where the source
                // was; later copy calls them "the diplomat" (an analyst at Harrow Vane, a resident of Ashgrove Road say who they are).
                if (tokens[h + 1].Lower is "in" or "near" && h + 2 < end && Enumerable.Range(h + 2, end - h - 2).All(j => MentionParser.IsNameWord(tokens[j])))
                {
                    var bare = JoinTokens(tokens, floor, h + 1);
                    return head with { Text = bare, Name = bare };
                }

                var phrase = JoinTokens(tokens, floor, end);
                return head with { Text = phrase, Name = phrase };
            }
        }

        return null;
    }

    /// <summary>
    /// An unnamed source whose postmodifier ends in a name (<c>a source close to Vance</c>, <c>a friend of Marlowe's</c>,
    /// <c>an aide to Senator Ruiz</c>) opening at a token: the whole phrase up to the end of the name, so that the name
    /// inside it is never taken for the speaker.
    /// </summary>
    private static SpeakerMention? SourceWithNamedObject(IReadOnlyList<CueToken> tokens, int k)
    {
        if (tokens[k].Lower is not ("a" or "an" or "one" or "another"))
        {
            return null;
        }

        for (var h = k + 1; h < tokens.Count - 1 && h <= k + 1 + MaximumRoleModifiersBeforeSource && tokens[h].IsWord && char.IsLower(tokens[h].Raw[0]); h++)
        {
            if (!QuoteLexicon.RoleNouns.Contains(tokens[h].Lower) || !(SourcePostmodifiers.Contains(tokens[h + 1].Lower) || tokens[h + 1].Lower == "to"))
            {
                continue;
            }

            var j = h + 1;
            while (j < tokens.Count && tokens[j].Lower is "close" or "familiar" or "to" or "with" or "of" or "for")
            {
                j++;
            }

            var nameStart = j;
            while (j < tokens.Count && (MentionParser.IsNameWord(tokens[j]) || MentionParser.IsHonorific(tokens[j])
                || (j > nameStart && MentionParser.IsPossessive(tokens[j]) && tokens[j].IsCapitalized)))
            {
                j++;
            }

            if (j == nameStart || j > h + 1 + MaximumUnnamedSourceWords)
            {
                return null;
            }

            var phrase = JoinTokens(tokens, k, j);
            return new SpeakerMention(MentionKind.Role, phrase, phrase, [tokens[h].Lower], tokens[h].Lower, false, tokens[k].Start);
        }

        return null;
    }

    // The end of the clause that starts at a token: the next punctuation mark or relative pronoun (said a person close to the board, who …).
    private static int ClauseEnd(IReadOnlyList<CueToken> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].IsWord && !(k > from && tokens[k].Lower is "who" or "whose" or "which" or "that" or "and" or "but"))
        {
            k++;
        }

        return k;
    }

    // The role noun of an unnamed source follows its determiner within this many modifiers (a senior
    // government official close to …), as MentionParser reads roles.
    private const int MaximumRoleModifiersBeforeSource = 4;

    private static string JoinTokens(IReadOnlyList<CueToken> tokens, int from, int to)
    {
        var words = new List<string>();
        for (var k = from; k < to; k++)
        {
            words.Add(tokens[k].Raw);
        }

        return string.Join(' ', words);
    }

    private static int IndexAt(IReadOnlyList<CueToken> tokens, int offset, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Start == offset)
            {
                return k;
            }
        }

        return from;
    }

    private SpeakerIdentity? Resolve(SpeakerMention mention, int position)
    {
        // the International Office for Refugees, which said: a mention that is the tail of a body's longer name where it stands is that body.
        if (mention.Kind is MentionKind.Name or MentionKind.Organisation
            && _organisations.Where(o => o.Position <= mention.Start && o.Position + o.Name.Length >= mention.Start + mention.Name.Length && o.Name.Length > mention.Name.Length
                    && o.Name.Contains(mention.Name, StringComparison.Ordinal))
                .Select(o => o.Name).FirstOrDefault() is { } whole)
        {
            return new SpeakerIdentity(whole, MentionKind.Organisation, []);
        }

        // "The university said" opening a sentence: the capital is the sentence's, and the body is the one named before.
        if (mention.Kind is MentionKind.Name or MentionKind.Organisation && !mention.Name.Contains(' ', StringComparison.Ordinal)
            && mention.Name.ToLowerInvariant() is var noun && QuoteLexicon.OrganisationNouns.Contains(noun)
            && mention.Start >= 0 && mention.Start + noun.Length <= _text.Length
            && (char.IsLower(_text[mention.Start]) || _text[..mention.Start].EndsWith("The ", StringComparison.Ordinal))
            && OrganisationBefore(noun, [noun], position) is { } introducedBody)
        {
            return new SpeakerIdentity(introducedBody, MentionKind.Organisation, []);
        }

        switch (mention.Kind)
        {
            case MentionKind.Organisation:
                // The company said, after Brannock Aggregates: the organisation named before.
                if (mention.Definite && mention.Head is { } head && char.IsLower(mention.Name[0]) && OrganisationBefore(head, mention.Titles, position) is { } organisation)
                {
                    return new SpeakerIdentity(organisation, MentionKind.Organisation, []);
                }

                return new SpeakerIdentity(mention.Name, MentionKind.Organisation, []);

            case MentionKind.Pronoun:
                var male = mention.Name == "he";

                // Fitch showed no emotion, and as he was led away he shouted: "…": a pronoun later in a sentence whose subject is a
                // named person of its gender is that person, whoever spoke last.
                if (OwnSentenceSubject(mention.Start) is { IsPerson: true } own && Fits(own, male))
                {
                    return own;
                }

                if (PreviousSentenceSubject(position) is { IsPerson: true } subject && Fits(subject, male))
                {
                    return subject;
                }

                // Dr Okafor, an engineer, was more cautious. ¶ "…," he said: a person introduced in a paragraph
                // that quotes no one is who the pronoun opening the next paragraph stands for.
                if (PronounOpensParagraph(position) is { } paragraphIndex && PreviousParagraphSubject(paragraphIndex, position) is { } introduced
                    && introduced.IsPerson && Fits(introduced, male))
                {
                    return introduced;
                }

                // For Danielle Okoro, …, the rise will add £94 to her rent. ¶ "…," she said: a paragraph that quotes no one
                // and reports no speech introduces the person a pronoun opening the next one stands for, the last one it names who fits.
                if (PronounOpensParagraph(position) is { } opened && LastPersonNamedIn(opened - 1, male, position) is { } named)
                {
                    return named;
                }

                // The jury was shown an email Mr Ellery sent to Robert Hollins. "…," he wrote: the person the sentence before names
                // first is the more salient one, the subject of its clause more often than the later object.
                if (FirstPersonOfPreviousSentence(position, male) is { } first)
                {
                    return first;
                }

                // She was pressed by presenter Callum Reid. ¶ "…?" he asked: when the subject of the sentence before cannot be
                // the pronoun, the other person that sentence names can.
                if (PronounOpensParagraph(position) is { } following && OtherPersonOfLastSentence(following - 1, male, position) is { } other)
                {
                    return other;
                }

                // "Is that a yes?" ¶ "It's a 'not yet'," she said: a reply to an uncued question turn is the other party's,
                // the person who answered the turn before it.
                if (PronounOpensParagraph(position) is { } replying && AnswererOfQuestionTurn(replying, male) is { } answerer)
                {
                    return answerer;
                }

                // … a letter sent by a mother in 1994. ¶ In it, she wrote: a woman the article leaves unnamed, met since any named
                // person who fits, is who the pronoun stands for, not a woman named before her.
                if (UnnamedPersonSinceNamed(position, male) is { } unnamed)
                {
                    return unnamed;
                }

                // The last speaker or person of the gender, within the live-blog entry when there are entries.
                var entry = EntryStart(position);
                for (var k = _events.Count - 1; k >= 0; k--)
                {
                    if (_events[k].Identity.IsPerson && _events[k].Position < position && _events[k].Position >= entry && Fits(_events[k].Identity, male))
                    {
                        return _events[k].Identity;
                    }
                }

                return _persons.Where(p => p.First < position && p.LastBefore(position) >= entry && Fits(p.Identity, male)).OrderByDescending(p => p.LastBefore(position))
                    .Select(p => p.Identity).FirstOrDefault();

            case MentionKind.Name:
                return IsOrganisationName(mention.Name) ? new SpeakerIdentity(mention.Name, MentionKind.Organisation, []) : ResolveName(mention, position);

            default:
                var resolvedRole = ResolveRole(mention, position);

                // The widow, the spokesman: a role that tells a gender never stands for a person the article shows is of the other.
                var roleGenders = mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t]).Distinct().ToList();
                if (roleGenders is [var roleMale] && resolvedRole.Kind == MentionKind.Name && !Fits(resolvedRole, roleMale))
                {
                    return null;
                }

                // 13:52 … "…," the minister told the Assembly: in a live blog a role names someone its own entry is about; a minister
                // met entries ago is a guess, and no speaker is better than a wrong one.
                return mention.Definite && resolvedRole.Kind == MentionKind.Name && EntryStart(position) is var entryStart && entryStart > 0
                    && !_persons.Any(p => p.Key == resolvedRole.Name && p.Positions.Any(x => x >= entryStart && x < position))
                    && !_events.Any(e => e.Identity.Name == resolvedRole.Name && e.Position >= entryStart && e.Position < position)
                    ? null
                    : resolvedRole;
        }
    }

    /// <summary>
    /// An indefinite noun phrase for a person of the pronoun's gender (a mother, an elderly widow) in the paragraph before the
    /// pronoun or its own, with no fitting person named or speaking between it and the pronoun; null otherwise.
    /// </summary>
    private SpeakerIdentity? UnnamedPersonSinceNamed(int position, bool male)
    {
        var index = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (index < 0)
        {
            return null;
        }

        var floor = _paragraphs[Math.Max(index - 1, 0)].Start;
        for (var k = _tokens.Count - 1; k >= 1; k--)
        {
            var token = _tokens[k];
            if (token.Start >= position)
            {
                continue;
            }

            if (token.Start < floor)
            {
                return null;
            }

            if (!token.IsWord || !char.IsLower(token.Raw[0]) || !QuoteLexicon.GenderWords.TryGetValue(token.Lower, out var gender) || gender != male)
            {
                continue;
            }

            // a mother, an elderly widow: the article and at most one lowercase adjective before the noun.
            var article = _tokens[k - 1].Lower is "a" or "an" ? k - 1
                : k >= 2 && _tokens[k - 1].IsWord && char.IsLower(_tokens[k - 1].Raw[0]) && _tokens[k - 2].Lower is "a" or "an" ? k - 2 : -1;
            if (article < 0 || (k + 1 < _tokens.Count && _tokens[k + 1].Lower == "of"))
            {
                continue; // a mother of two is still a mother, but "a sister of Ms Reid" is Ms Reid's, read elsewhere
            }

            var at = token.Start;
            var namedSince = _events.Any(e => e.Position > at && e.Position < position && e.Identity.IsPerson && Fits(e.Identity, male))
                || _persons.Any(p => p.LastBefore(position) > at && Fits(p.Identity, male));
            return namedSince ? null : new SpeakerIdentity(JoinTokens(_tokens, article, k + 1), MentionKind.Role, [token.Lower]);
        }

        return null;
    }

    // "…," he said of Marcus Delane: the article has called this person he, so a later she is someone else.
    private void LearnGender(SpeakerMention? mention, SpeakerIdentity? identity)
    {
        if (mention is { Kind: MentionKind.Pronoun } && identity is { Kind: MentionKind.Name } && _persons.Any(p => p.Key == identity.Name))
        {
            SetGender(identity.Name, mention.Name == "he");
        }
    }

    // 2 when the article shows this identity has the gender, 1 when it does not tell, 0 when it shows the other.
    private int GenderAgreement(SpeakerIdentity identity, bool male) =>
        !Fits(identity, male) ? 0 : _genders.ContainsKey(identity.Name) || TitlesTellGender(identity) ? 2 : 1;

    // Whether the titles of an identity no person record holds (Ms Fisk, met only by surname) tell its gender.
    private bool TitlesTellGender(SpeakerIdentity identity) =>
        !_persons.Any(p => p.Key == identity.Name) && identity.Titles.Any(QuoteLexicon.GenderWords.ContainsKey);

    // Whether he (male) or she can stand for this identity: no evidence of the other gender.
    private bool Fits(SpeakerIdentity identity, bool male)
    {
        if (_genders.TryGetValue(identity.Name, out var known))
        {
            return known == male;
        }

        // A named person's gender comes from the titles given outright, not from a relative clause about them (whose two sons).
        var titles = _persons.FirstOrDefault(p => p.Key == identity.Name) is { } person ? person.GenderTitles : identity.Titles;
        var fromTitles = titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t]).Distinct().ToList();
        return fromTitles.Count != 1 || fromTitles[0] == male;
    }

    /// <summary>
    /// The organisation a definite description (the council, the club, the company) stands for: one named
    /// before whose name holds the noun, then one whose name marks the noun's kind (Rovers for a club, Ltd
    /// for a company), then one named in the same paragraph, then for a noun that fits any organisation the
    /// one named most often, most recent on a tie. A court, a league or a building is never what such a noun refers back to unless it is that noun.
    /// </summary>
    private string? OrganisationBefore(string head, IReadOnlyList<string> modifiers, int position)
    {
        var generic = QuoteLexicon.GenericOrganisationNouns.Contains(head);
        var kindMarks = QuoteLexicon.OrganisationKindMarks.TryGetValue(head, out var marks) ? marks : [];

        // The campaign group after the Save Ferncombe Fields campaign: a modifier that names a kind of body is how the organisation was introduced.
        var nouns = modifiers.Where(m => m != head && QuoteLexicon.OrganisationDescriptors.Contains(m)).Prepend(head).Distinct(StringComparer.Ordinal).ToList();

        // The tech firm Quillon … the company said: a business introduced by one word for a business is the company, the firm,
        // the group of later copy.
        // (The campaign group: a descriptor of another kind of body keeps to its own introductions; "group" is no business word, as
        // campaign and pressure groups are not businesses.)
        if (BusinessNouns.Contains(head) && nouns.Count == 1)
        {
            nouns = [.. nouns, .. BusinessNouns.Where(n => !nouns.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];
        }

        var introducedNames = nouns.SelectMany(n => IntroducedAs(n, position)).ToList();
        var named = _organisations.Concat(_events.Where(e => e.Identity.Kind == MentionKind.Organisation).Select(e => (e.Identity.Name, e.Position)))
            .Concat(introducedNames)
            .Where(o => o.Position < position && !QuoteLexicon.GenericOrganisationNouns.Contains(o.Name) && o.Name != head)
            .Select(o => (o.Name, o.Position, Words: o.Name.Split(' ').Select(w => TrimPossessive(w).ToLowerInvariant()).ToArray()))
            .Where(o => o.Words[^1] == head || !QuoteLexicon.NonReferentOrganisationNouns.Contains(o.Words[^1]))
            .ToList();

        // Midwives Union read inside the Nurses and Midwives Union: a tail of a longer name where that name stands is no body of its own.
        // The Office read at the start of the Office of Rail Standards is no body of its own either.
        named.RemoveAll(o => named.Any(w => w.Name.Length > o.Name.Length && w.Name.EndsWith(" " + o.Name, StringComparison.Ordinal)
            && w.Position <= o.Position && o.Position < w.Position + w.Name.Length));
        named.RemoveAll(o => named.Any(w => w.Name.Length > o.Name.Length && w.Name.StartsWith(o.Name + " ", StringComparison.Ordinal)
            && w.Position <= o.Position && o.Position < w.Position + w.Name.Length));
        // the company wrote on its outage page, after "told the Herald": a newspaper's title is the outlet reporting the story,
        // never the business a later "the company" or "the firm" stands for.
        if (BusinessNouns.Contains(head))
        {
            named.RemoveAll(o => PressTitleNouns.Contains(o.Words[^1]));
        }

        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var introduced = introducedNames.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        // Harwick Athletic have sacked their manager … after a defeat by Castlebrook Rovers. … the club said: the body the headline or
        // opening paragraph is about is the one its definite description stands for, not the opponent named since.
        var leadEnd = LeadEnd();
        var candidates = named
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Last: g.Max(o => o.Position), Count: g.Count(), Holds: g.First().Words.Contains(head, StringComparer.Ordinal),
                Marked: g.First().Words.Any(w => kindMarks.Contains(w, StringComparer.Ordinal)) || introduced.Contains(g.Key)))
            .Where(o => o.Holds || o.Marked || generic)
            .Select(o => (o.Name, o.Last, o.Count, o.Holds, o.Marked, Near: paragraph.End > 0 && o.Last >= paragraph.Start, Lead: named.Any(n => n.Name == o.Name && n.Position < leadEnd)))
            .OrderByDescending(o => o.Holds).ThenByDescending(o => o.Marked).ThenByDescending(o => o.Near).ThenByDescending(o => o.Lead).ThenByDescending(o => o.Count).ThenByDescending(o => o.Last).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? candidates[0].Name : null;
    }

    /// <summary>
    /// The daughter of one resident said, a friend of the victim said: a role mention right after "of" and a relation noun is
    /// the relation's, named by the whole phrase, for a relation of someone is not that someone.
    /// </summary>
    private SpeakerMention? RelationOf(SpeakerMention? mention)
    {
        if (mention is not { Kind: MentionKind.Role or MentionKind.Name })
        {
            return mention;
        }

        var first = _tokens.FindIndex(t => t.Start == mention.Start);
        if (first < 0)
        {
            return mention;
        }

        // … the widow of Tom Hale told: the relation comes first and the person it ties them to after "of".
        if (mention is { Kind: MentionKind.Role, Head: { } head } && IsRelationNoun(head))
        {
            var after = first;
            while (after < _tokens.Count && _tokens[after].End <= mention.Start + mention.Text.Length)
            {
                after++;
            }

            if (after + 1 < _tokens.Count && _tokens[after].Lower == "of")
            {
                var end = after + 1;
                if (QuoteLexicon.Determiners.Contains(_tokens[end].Lower))
                {
                    end++;
                }

                var nameEnd = end;
                while (nameEnd < _tokens.Count && MentionParser.IsNameWord(_tokens[nameEnd]))
                {
                    nameEnd++;
                }

                if (nameEnd == end && end > after + 1 && end < _tokens.Count && _tokens[end].IsWord && char.IsLower(_tokens[end].Raw[0])
                    && !QuoteLexicon.SpeechVerbs.Contains(_tokens[end].Lower))
                {
                    nameEnd = end + 1; // the widow of the victim, the son of one resident
                }

                if (nameEnd > after + 1)
                {
                    var whole = JoinTokens(_tokens, first, nameEnd);
                    return mention with { Text = whole, Name = whole };
                }
            }

            return mention;
        }

        if (first < 2 || _tokens[first - 1].Lower != "of")
        {
            return mention;
        }

        var relation = _tokens[first - 2].Lower;
        if (!IsRelationNoun(relation))
        {
            return mention;
        }

        // The (eldest) daughter: a determiner, then at most a few lowercase modifiers, before the relation noun.
        var determiner = first - 3;
        while (determiner >= 0 && first - 3 - determiner < MaximumRoleModifiersBeforeSource && _tokens[determiner].IsWord && char.IsLower(_tokens[determiner].Raw[0])
               && !QuoteLexicon.Determiners.Contains(_tokens[determiner].Lower))
        {
            determiner--;
        }

        if (determiner < 0 || !(QuoteLexicon.Determiners.Contains(_tokens[determiner].Lower) || MentionParser.IsPossessive(_tokens[determiner])))
        {
            return mention;
        }

        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].End <= mention.Start + mention.Text.Length)
        {
            last++;
        }

        var phrase = JoinTokens(_tokens, determiner, last + 1);
        var definite = _tokens[determiner].Lower is not ("a" or "an" or "one" or "another");
        return new SpeakerMention(MentionKind.Role, phrase, phrase, [relation], relation, definite, _tokens[determiner].Start);
    }

    // Another said, others added, a second said: a speaker set apart from the one before, whom the cue does not name.
    private static bool IsAnotherSpeakerCue(List<CueToken> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var apart = tokens[k].Lower is "another" or "others" || (k > 0 && tokens[k - 1].Lower == "a" && tokens[k].Lower is "second" or "third" or "fourth");
            if (apart && QuoteLexicon.SpeechVerbs.Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // daughter, widow, friend, the family: a noun that names someone by their tie to another person.
    private static bool IsRelationNoun(string lower) =>
        (QuoteLexicon.GenderWords.ContainsKey(lower) && !QuoteLexicon.Honorifics.Contains(lower) && !QuoteLexicon.LeadingTitles.Contains(lower)
            && lower is not ("spokesman" or "spokeswoman" or "chairman" or "chairwoman" or "congressman" or "congresswoman"))
        || lower is "friend" or "relative" or "neighbour" or "neighbor" or "partner" or "fiance" or "fiancee" or "cousin" or "grandson" or "granddaughter"
            or "parent" or "child" or "stepfather" or "stepmother" or "family" or "parents" or "relatives" or "friends";

    // Words for a business that later copy uses for one another (the tech firm Quillon … the company said).
    // The last words of newspapers' and broadcasters' titles (the Meridian Coast Herald, the Evening Post).
    private static readonly FrozenSet<string> PressTitleNouns = FrozenSet.ToFrozenSet(
        ["herald", "times", "post", "gazette", "courier", "chronicle", "telegraph", "tribune", "echo", "mirror", "express", "argus", "clarion",
            "journal", "observer", "guardian", "examiner", "advertiser", "bulletin", "sentinel", "dispatch", "recorder"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BusinessNouns = FrozenSet.ToFrozenSet(
        ["company", "firm", "business", "corporation", "retailer", "manufacturer", "developer", "supplier", "carrier", "airline", "insurer",
            "lender", "bank", "chain", "maker", "start-up", "startup", "conglomerate", "publisher", "broker", "operator"], StringComparer.Ordinal);

    // A body paragraph of fewer words is a byline, a dateline or a standfirst label, not the story's opening; bylines in our
    // fixtures run to six words, opening paragraphs to fifteen and more. Set by hand.
    private const int MinimumLeadParagraphWords = 10;

    // Where the story's opening ends: the end of the first body paragraph long enough to be its lead (the headline comes before it).
    private int LeadEnd()
    {
        foreach (var p in _paragraphs.Where(p => p.Start >= _bodyOffset))
        {
            if (Words(p.Start, p.End) >= MinimumLeadParagraphWords)
            {
                return p.End;
            }
        }

        return _bodyOffset;
    }

    // The names the article gives this noun before a position: the haulage company Dunmore, or Veltrix, the
    // company that supplies the vehicles; a name so introduced is of the noun's kind whatever it ends with.
    private IEnumerable<(string Name, int Position)> IntroducedAs(string head, int position)
    {
        for (var k = 1; k < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Lower != head || !_tokens[k].IsWord || char.IsUpper(_tokens[k].Raw[0]))
            {
                continue;
            }

            var after = k + 1;
            while (after < _tokens.Count && MentionParser.IsNameWord(_tokens[after]) && !BreakBetween(_tokens[after - 1].End, _tokens[after].Start))
            {
                after++;
            }

            if (after > k + 1)
            {
                yield return (JoinTokens(_tokens, k + 1, after), _tokens[k + 1].Start);
                continue;
            }

            // Veltrix, the (Norbury-based payments software) company that …: the name just before ", the <modifiers> <noun>".
            var determiner = k - 1;
            while (determiner > 0 && k - determiner <= MaximumRoleModifiersBeforeSource && _tokens[determiner].IsWord
                   && (char.IsLower(_tokens[determiner].Raw[0]) || _tokens[determiner].Raw.Contains('-', StringComparison.Ordinal)) && _tokens[determiner].Lower != "the")
            {
                determiner--;
            }

            if (determiner >= 2 && _tokens[determiner].Lower == "the" && _tokens[determiner - 1].Raw == "," && MentionParser.IsNameWord(_tokens[determiner - 2]))
            {
                var first = determiner - 2;
                while (first > 0 && MentionParser.IsNameWord(_tokens[first - 1]) && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start))
                {
                    first--;
                }

                yield return (JoinTokens(_tokens, first, determiner - 1), _tokens[first].Start);
                continue;
            }

            // the Save Ferncombe Fields campaign: a capitalised name between "the" and the noun.
            var start = k;
            while (start > 0 && MentionParser.IsNameWord(_tokens[start - 1]) && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start))
            {
                start--;
            }

            if (start < k && start > 0 && _tokens[start - 1].Lower == "the")
            {
                yield return (JoinTokens(_tokens, start, k), _tokens[start].Start);
            }
        }
    }

    private static string TrimPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'', '’');

    // Brannock Aggregates, Lowmoor Holdings: a capitalised name ending in a plural common word the
    // dictionary does not list as a name, and not opening with a given name it lists (Adam Sands is a man).
    // Harwick Athletic, Dunmore Holdings: a name of two words or more ending in a word that marks a kind of body (a club, a
    // company) names that body, as no person's surname is such a word; a name a pronoun has stood for is a person's after all.
    private bool IsKindMarkedName(string name)
    {
        var parts = name.Split(' ');
        return parts.Length >= 2 && !_genders.ContainsKey(name) && parts[^1].Length > 1 && char.IsUpper(parts[^1][0])
            && KindMarks.Contains(parts[^1].ToLowerInvariant());
    }

    // Every word that marks a kind of body at the end of its name (Rovers, Athletic, Holdings, Constabulary).
    private static readonly FrozenSet<string> KindMarks = QuoteLexicon.OrganisationKindMarks.Values.SelectMany(v => v).ToFrozenSet(StringComparer.Ordinal);

    private bool IsOrganisationName(string name)
    {
        var parts = name.Split(' ');
        return parts.Length >= 2 && _dictionary is { } dictionary && parts[^1].EndsWith('s') && parts[^1].Length > MinimumPluralLength
            && dictionary.IsCommonNotName(parts[^1]) && !dictionary.IsListedName(parts[0])
            && !_genders.ContainsKey(name);
    }

    /// <summary>
    /// The person named as the subject of the sentence before the one at <paramref name="position"/>
    /// in its paragraph (Oduya, who came on…, scored. He told reporters: …), or null: a pronoun points
    /// back to that subject before the last speaker.
    /// </summary>
    private SpeakerIdentity? PreviousSentenceSubject(int position)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        if (paragraph.End == 0)
        {
            return null;
        }

        var sentence = SentenceStart(position, paragraph.Start);
        if (sentence <= paragraph.Start)
        {
            return null;
        }

        return SubjectOf(SentenceStart(sentence - 1, paragraph.Start), sentence, position);
    }

    // The named subject of the sentence a pronoun stands in, when the pronoun does not open it.
    private SpeakerIdentity? OwnSentenceSubject(int pronoun)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= pronoun && pronoun < p.End);
        if (paragraph.End == 0 || paragraph.Start < _bodyOffset)
        {
            return null;
        }

        var sentence = SentenceStart(pronoun, paragraph.Start);
        var before = TokensIn(sentence, pronoun);
        if (before.Count(t => t.IsWord) < 2 || before.Any(t => IsQuoteMark(t.Raw[0])))
        {
            return null;
        }

        var subject = SubjectOf(sentence, pronoun, pronoun);
        return subject is { Kind: MentionKind.Name } ? subject : null;
    }

    /// <summary>
    /// The person of the pronoun's gender named last in a body paragraph that holds no quote and no speech
    /// event, a known gender before an unknown one; null when the paragraph quotes or reports anyone.
    /// </summary>
    private SpeakerIdentity? LastPersonNamedIn(int paragraphIndex, bool male, int position)
    {
        if (paragraphIndex < 0)
        {
            return null;
        }

        var paragraph = _paragraphs[paragraphIndex];
        if (paragraph.Start < _bodyOffset || _marked.Any(m => m.MarkStart >= paragraph.Start && m.MarkStart < paragraph.End && !_labels.Contains(m.MarkStart))
            || _events.Any(e => e.Position >= paragraph.Start && e.Position < paragraph.End))
        {
            return null;
        }

        // A name met only after a preposition (a dinner at Corbridge Hall) may be a place; one the article gives this gender is a person.
        return _persons
            .Select(p => (Person: p, Last: p.Positions.Where(x => x >= paragraph.Start && x < paragraph.End && x < position).DefaultIfEmpty(-1).Max(),
                AsPerson: GenderAgreement(p.Identity, male) == 2 || p.Positions.Any(x => x >= paragraph.Start && x < paragraph.End && !AfterPreposition(x))))
            .Where(x => x.Last >= 0 && x.AsPerson && Fits(x.Person.Identity, male))
            .OrderByDescending(x => GenderAgreement(x.Person.Identity, male)).ThenByDescending(x => x.Last)
            .Select(x => x.Person.Identity).FirstOrDefault();
    }

    // The first person of the pronoun's gender (not known to be of the other) named in the sentence before, in the same
    // paragraph, when that sentence quotes no one and reports no speech; null otherwise.
    // The one person the sentence before a position (in its paragraph) names, or null when it names none or several.
    private SpeakerIdentity? OnlyPersonOfPreviousSentence(int position)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var sentence = SentenceStart(position, paragraph.Start);
        if (paragraph.End == 0 || sentence <= paragraph.Start)
        {
            return null;
        }

        var previous = SentenceStart(sentence - 1, paragraph.Start);
        var named = _persons.Where(p => p.Positions.Any(x => x >= previous && x < sentence)).ToList();
        return named is [var only] ? only.Identity : null;
    }

    private SpeakerIdentity? FirstPersonOfPreviousSentence(int position, bool male)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var sentence = SentenceStart(position, paragraph.Start);
        if (paragraph.End == 0 || sentence <= paragraph.Start)
        {
            return null;
        }

        var previous = SentenceStart(sentence - 1, paragraph.Start);
        if (_events.Any(e => e.Position >= previous && e.Position < sentence) || _marked.Any(m => m.MarkStart >= previous && m.MarkStart < sentence && !_labels.Contains(m.MarkStart)))
        {
            return null;
        }

        var tokens = Unquoted(TokensIn(previous, sentence));
        for (var k = 0; k < tokens.Count; k++)
        {
            if (MentionParser.IsNameWord(tokens[k]) && !(k + 1 < tokens.Count && MentionParser.IsNameWord(tokens[k + 1]))
                && MentionParser.EndingAt(tokens, k + 1, 0) is { Kind: MentionKind.Name } mention && ResolveName(mention, tokens[k].Start) is { } identity
                && _persons.Any(p => p.Key == identity.Name) && !AfterPreposition(tokens[k].Start) && Fits(identity, male))
            {
                // "…," said Ms Kerr. The ruling was welcomed by Tom Platt. "…," she added: a last speaker known to be of the
                // pronoun's gender outranks a first-named person whose gender the article does not tell.
                var speaker = _events.LastOrDefault(e => e.Position < position && e.Identity.IsPerson && Fits(e.Identity, male)).Identity;
                return GenderAgreement(identity, male) == 2 || speaker is null || GenderAgreement(speaker, male) < 2 ? identity : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The person other than the subject named in the last sentence of a body paragraph, when that subject is a person the
    /// pronoun cannot stand for (a pronoun of the other gender, or a person known to be of it); null otherwise.
    /// </summary>
    private SpeakerIdentity? OtherPersonOfLastSentence(int paragraphIndex, bool male, int position)
    {
        if (paragraphIndex < 0 || _paragraphs[paragraphIndex].Start < _bodyOffset)
        {
            return null;
        }

        var paragraph = _paragraphs[paragraphIndex];
        var sentence = SentenceStart(Math.Max(paragraph.Start, paragraph.End - 1), paragraph.Start);
        var tokens = Unquoted(TokensIn(sentence, paragraph.End));
        string? subject = null;

        // Interviewed on Eastvale Tonight, she was pressed by …: a pronoun opening the sentence or its main clause is its subject.
        var opener = tokens.FindIndex(t => QuoteLexicon.Pronouns.Contains(t.Lower));
        if (opener >= 0 && (opener == 0 || tokens[opener - 1].Raw == ","))
        {
            if ((tokens[opener].Lower == "he") == male)
            {
                return null;
            }

            if (Resolve(new SpeakerMention(MentionKind.Pronoun, tokens[opener].Raw, tokens[opener].Lower, [], null, true, tokens[opener].Start), tokens[opener].Start) is
                { Kind: MentionKind.Name } resolved && _persons.Any(p => p.Key == resolved.Name))
            {
                SetGender(resolved.Name, !male);
                subject = resolved.Name;
            }
        }
        else if (SubjectOf(sentence, paragraph.End, position) is { IsPerson: true } named && !Fits(named, male))
        {
            subject = named.Name;
        }
        else
        {
            return null;
        }

        SpeakerIdentity? other = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (MentionParser.IsNameWord(tokens[k]) && !(k + 1 < tokens.Count && MentionParser.IsNameWord(tokens[k + 1]))
                && MentionParser.EndingAt(tokens, k + 1, 0) is { Kind: MentionKind.Name } mention && ResolveName(mention, tokens[k].Start) is { } identity
                && identity.Name != subject && _persons.Any(p => p.Key == identity.Name) && Fits(identity, male))
            {
                other = identity;
            }
        }

        return other;
    }

    private bool AfterPreposition(int position)
    {
        // A person's position is that of the last word of the name: the preposition stands before its first.
        var k = _tokens.FindIndex(t => t.Start == position);
        while (k > 0 && MentionParser.IsNameWord(_tokens[k - 1]) && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
        {
            k--;
        }

        // Only prepositions of place: for, with, by and of stand before people as often (For Danielle Okoro, …).
        return k > 0 && _tokens[k - 1].Lower is "at" or "in" or "on" or "from" or "into" or "near" or "outside" or "inside" or "across" or "around" or "through";
    }

    // The index of the paragraph whose first sentence holds the position, or null.
    private int? PronounOpensParagraph(int position)
    {
        var index = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        return index > 0 && SentenceStart(position, _paragraphs[index].Start) <= _paragraphs[index].Start ? index : null;
    }

    /// <summary>
    /// The person the last sentence of the paragraph before is about, when that paragraph quotes no
    /// one: a quote paragraph with no cue after a paragraph about one person is that person's.
    /// </summary>
    private SpeakerIdentity? PreviousParagraphSubject(int paragraphIndex, int position)
    {
        if (paragraphIndex <= 0)
        {
            return null;
        }

        var previous = _paragraphs[paragraphIndex - 1];
        if (previous.Start < _bodyOffset || _marked.Any(m => m.MarkStart >= previous.Start && m.MarkStart < previous.End && !_labels.Contains(m.MarkStart)))
        {
            return null;
        }

        return SubjectOf(SentenceStart(Math.Max(previous.Start, previous.End - 1), previous.Start), previous.End, position);
    }

    private SpeakerIdentity? SubjectOf(int sentenceStart, int sentenceEnd, int position)
    {
        var tokens = Unquoted(TokensIn(sentenceStart, sentenceEnd));
        if (tokens.Count == 0)
        {
            return null;
        }

        // Outside the box office yesterday, one regular, who …, was close to tears: an opening adverbial up to its comma is no subject.
        // Asked if he was angry, he paused: an opening participle's clause up to its comma is no subject either.
        // (Acting Inspector Nadia Kerr, …: a participle before a capital is a title word.)
        var participle = IsOpeningParticiple(tokens[0]) && tokens.Count > 1 && char.IsLower(tokens[1].Raw[0]);
        if ((OpeningAdverbials.Contains(tokens[0].Lower) || participle) && tokens.FindIndex(t => t.Raw == ",") is var adverbialEnd && adverbialEnd > 0
            && adverbialEnd <= (participle ? MaximumOpeningParticipleClauseWords : MaximumOpeningAdverbialWords)
            && adverbialEnd + 1 < tokens.Count && tokens.Take(adverbialEnd).All(t => t.IsWord || t.Raw == "-"))
        {
            return SubjectOf(tokens[adverbialEnd + 1].Start, sentenceEnd, position);
        }

        // That warning came from Tom Hurrell, who chairs …: the sentence is about the speaker it names.
        if (VerdictSource(tokens) is { Kind: MentionKind.Name } verdictSource)
        {
            return ResolveName(verdictSource, position);
        }

        if (MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role } && AppositiveName(tokens) is { } renamed)
        {
            var named = ResolveName(renamed, position);
            return _persons.Any(p => p.Key == named.Name) ? named : null;
        }

        // For Marta Oyelaran, whose family …, the results came as no surprise: the person named in the opening "For …," is who the sentence is about.
        if (tokens.Count > 3 && tokens[0].Lower == "for" && MentionParser.StartingAt(tokens, 1) is { Kind: MentionKind.Name } topic && topic.Start == tokens[1].Start)
        {
            var end = 1;
            while (end < tokens.Count && (MentionParser.IsNameWord(tokens[end]) || MentionParser.IsHonorific(tokens[end])))
            {
                end++;
            }

            if (end < tokens.Count && tokens[end].Raw == ",")
            {
                var named = ResolveName(topic, position);
                if (_persons.Any(p => p.Key == named.Name))
                {
                    return named;
                }
            }
        }

        // Varga's assessment was honest. "…": the owner of a verdict is who the sentence is about.
        if (VerdictOwner(tokens) is { } owner)
        {
            return ResolveName(owner, position);
        }

        // She carried it home. "…": a pronoun subject stands for whom it resolves to there.
        if (QuoteLexicon.Pronouns.Contains(tokens[0].Lower) && tokens.Count > 1 && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0])
            && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Pronoun } pronoun)
        {
            return Resolve(pronoun, tokens[0].Start);
        }

        // One of Sir Hugh's advisers paused. "It went," she said: one of a group of people is an unnamed source of their own, never the
        // person the group belongs to nor the last woman named.
        if (PartitiveSubject(tokens) is { } member)
        {
            return member;
        }

        // Another stallholder said the council had never listened. "…," he said: an unnamed source
        // introduced as the subject is who a pronoun in the next sentence stands for.
        if (tokens[0].Lower is "a" or "an" or "one" or "another" && UnnamedSubject(tokens, sentenceStart, sentenceEnd, position) is { } source)
        {
            return source;
        }

        // Her husband, Tomas, flew back / Kittredge's co-author, Dr Maelle Okafor-Lind, spent: the name in
        // apposition to a noun phrase subject is the subject; a relation (husband) tells the gender of a first name.
        var comma = tokens.FindIndex(t => t.Raw == ",");
        if (comma > 1 && comma <= MaximumRoleModifiersBeforeSource + 1 && (QuoteLexicon.Determiners.Contains(tokens[0].Lower) || MentionParser.IsPossessive(tokens[0]))
            && tokens.Skip(1).Take(comma - 1).All(t => t.IsWord && char.IsLower(t.Raw[0])) && AppositiveName(tokens) is { } relative)
        {
            var named = ResolveName(relative, position);
            var relation = tokens[comma - 1].Lower;
            return named.Name.Contains(' ', StringComparison.Ordinal) || _persons.Any(p => p.Key == named.Name) || !QuoteLexicon.GenderWords.ContainsKey(relation)
                ? named
                : named with { Titles = [.. named.Titles, relation] };
        }

        // Acting Inspector Nadia Kerr, Area Commander Ruth Okonjo-Haig: a title word that is a common word opening the sentence
        // is not read as a name, but still opens the subject when a title or a name follows it.
        var opening = tokens.Count > 1 && tokens[0].CommonAtSentenceStart && tokens[1].IsCapitalized
            && (QuoteLexicon.RoleNouns.Contains(tokens[1].Lower) || MentionParser.IsNameWord(tokens[1])) ? 1 : 0;

        // The Rev Ann Hale, the Rt Hon Tom Vine: an honorific after "the" opens the subject.
        if (tokens.Count > 2 && tokens[0].Lower == "the" && MentionParser.IsHonorific(tokens[1]))
        {
            opening = 1;
        }

        // the presenter Joe Finch put the question to …: a title after "the" opens the subject as a title word would.
        if (tokens.Count > 3 && tokens[0].Lower == "the" && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0]) && QuoteLexicon.RoleNouns.Contains(tokens[1].Lower)
            && MentionParser.IsNameWord(tokens[2]))
        {
            opening = 1;
        }
        // At the briefing, the mayor's spokesman was asked whether …. "…," he said: a definite role opening the sentence, followed
        // by its verb, is who the sentence is about, as a name would be.
        if (opening == 0 && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role, Definite: true } role
            && (role.Start == tokens[0].Start || (tokens[0].Lower == "the" && tokens.Count > 1 && role.Start == tokens[1].Start))
            && tokens.FindIndex(t => t.Start >= role.Start + role.Text.Length) is var verb && verb > 0 && tokens[verb].IsWord && char.IsLower(tokens[verb].Raw[0])
            && !QuoteLexicon.NameConnectors.Contains(tokens[verb].Lower) && ResolveRole(role, position) is { IsPerson: true } roleSubject)
        {
            return roleSubject;
        }

        if (MentionParser.StartingAt(tokens, opening) is not { Kind: MentionKind.Name } subject || subject.Start != tokens[opening].Start)
        {
            return null;
        }

        // The name must be the subject, followed by its verb or an appositive, not a possessive's owner.
        var after = opening;
        while (after < tokens.Count && (MentionParser.IsNameWord(tokens[after]) || MentionParser.IsHonorific(tokens[after]) || QuoteLexicon.RoleNouns.Contains(tokens[after].Lower)))
        {
            after++;
        }

        if (after >= tokens.Count || !(tokens[after].Raw == "," || (tokens[after].IsWord && char.IsLower(tokens[after].Raw[0]))))
        {
            return null;
        }

        var identity = ResolveName(subject, position);
        return _persons.Any(p => p.Key == identity.Name) ? identity : null;
    }

    /// <summary>
    /// "one of Sir Hugh's advisers", "one of the residents", "another of her aides": a sentence opening with one of a group of
    /// people named by a plural role noun, as an unnamed source named by that phrase; null when the sentence does not open so.
    /// </summary>
    private static SpeakerIdentity? PartitiveSubject(List<CueToken> tokens)
    {
        if (tokens.Count < 4 || tokens[0].Lower is not ("one" or "another") || tokens[1].Lower != "of")
        {
            return null;
        }

        // the group's owner: a determiner, or title and name words ending in a possessive (Sir Hugh's, the mayor's).
        var k = 2;
        if (QuoteLexicon.Determiners.Contains(tokens[k].Lower) && !MentionParser.IsPossessive(tokens[k]))
        {
            k++;
        }

        while (k < tokens.Count && k - 2 <= MaximumRoleModifiersBeforeSource && tokens[k].IsWord && !MentionParser.IsPossessive(tokens[k])
            && (MentionParser.IsNameWord(tokens[k]) || MentionParser.IsHonorific(tokens[k])))
        {
            k++;
        }

        if (k < tokens.Count && MentionParser.IsPossessive(tokens[k]))
        {
            k++;
        }

        for (var n = k; n < tokens.Count && n - k <= MaximumRoleModifiersBeforeSource && tokens[n].IsWord && char.IsLower(tokens[n].Raw[0]); n++)
        {
            var lower = tokens[n].Lower;
            if (lower.Length > 1 && lower.EndsWith('s') && QuoteLexicon.RoleNouns.Contains(lower[..^1]))
            {
                return new SpeakerIdentity(LowerDeterminer(JoinTokens(tokens, 0, n + 1)), MentionKind.Role, []);
            }
        }

        return null;
    }

    // Asked, Speaking, Pressed: a common word ending like a participle that opens the sentence.
    // (Later, speaking outside her office, …: after an opening adverbial the participle is lowercase.)
    private static bool IsOpeningParticiple(CueToken t) =>
        (t.CommonAtSentenceStart || char.IsLower(t.Raw[0])) && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal));

    // The unnamed person a sentence opens with: the source its speech verb was credited to, or the
    // indefinite role itself when the verb was not read as a cue (a relative clause between them).
    private SpeakerIdentity? UnnamedSubject(List<CueToken> tokens, int sentenceStart, int sentenceEnd, int position)
    {
        var cued = _events.FindLastIndex(e => e.Position >= sentenceStart && e.Position < sentenceEnd && e.Position < position);
        if (cued >= 0)
        {
            return _events[cued].Identity.Kind == MentionKind.Role ? _events[cued].Identity : null;
        }

        // One regular, who …, was close to tears. "…," she said: "one" or "another" before a role singles out a vox-pop source
        // even with no speech verb; "a man was arrested" does not.
        if (!tokens.Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower)) && tokens[0].Lower is not ("one" or "another"))
        {
            return null;
        }

        if (MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role, Definite: false } role && role.Start == tokens[0].Start
            && role.Text.Split(' ').Length <= ClauseEnd(tokens, 0))
        {
            return ResolveRole(role, position);
        }

        // One paramedic based at Kellin, who …, said: the role before its postmodifier, not the place in it.
        for (var h = 1; h < tokens.Count && h <= MaximumRoleModifiersBeforeSource + 1 && tokens[h].IsWord && char.IsLower(tokens[h].Raw[0]); h++)
        {
            if (QuoteLexicon.RoleNouns.Contains(tokens[h].Lower) && MentionParser.EndingAt(tokens, h + 1, 0) is { Kind: MentionKind.Role, Definite: false } head
                && head.Start == tokens[0].Start)
            {
                return ResolveRole(head, position);
            }
        }

        // Another stallholder said: a noun the lexicon does not list as a role still names an unnamed
        // person when lowercase words run from the determiner straight to the speech verb.
        var verb = 1;
        while (verb < tokens.Count && verb <= MaximumRoleModifiersBeforeSource + 1 && tokens[verb].IsWord && char.IsLower(tokens[verb].Raw[0])
            && !QuoteLexicon.SpeechVerbs.Contains(tokens[verb].Lower) && !SkippableBeforeVerb.Contains(tokens[verb].Lower)
            && !(verb > 1 && OpensPostmodifier(tokens[verb])))
        {
            verb++;
        }

        // One conductor based at Ellingham said: a postmodifier runs on to the comma or the verb.
        var nounEnd = verb;
        if (verb > 1 && verb < tokens.Count && OpensPostmodifier(tokens[verb]))
        {
            while (verb < tokens.Count && verb - nounEnd < MaximumUnnamedSourceWords && tokens[verb].IsWord && !QuoteLexicon.SpeechVerbs.Contains(tokens[verb].Lower))
            {
                verb++;
            }
        }

        // One violinist, who has played with the orchestra for 19 years, said: a relative clause between commas
        // stands between the noun and its verb.
        if (verb > 1 && verb + 1 < tokens.Count && tokens[verb].Raw == "," && tokens[verb + 1].Lower is "who" or "whose")
        {
            var close = tokens.FindIndex(verb + 1, t => t.Raw == ",");
            verb = close > 0 ? close + 1 : tokens.Count;
        }

        var vox = tokens[0].Lower is "one" or "another" && nounEnd < tokens.Count && tokens[nounEnd].Raw == "," && nounEnd + 1 < tokens.Count && tokens[nounEnd + 1].Lower is "who" or "whose";
        return nounEnd > 1 && verb < tokens.Count && (QuoteLexicon.SpeechVerbs.Contains(tokens[verb].Lower) || vox) && !QuoteLexicon.DocumentNouns.Contains(tokens[nounEnd - 1].Lower)
            ? new SpeakerIdentity(tokens[0].Lower + " " + JoinTokens(tokens, 1, nounEnd), MentionKind.Role, [tokens[nounEnd - 1].Lower])
            : null;
    }

    // A word that opens what follows a source's noun: a preposition or a participle (based at, employed by). Unlike
    // SourcePostmodifiers, the participles are not kept in the source's name (one paramedic based at Kellin is "one paramedic").
    private static bool OpensPostmodifier(CueToken t) => SourcePostmodifiers.Contains(t.Lower) || ParticiplePostmodifiers.Contains(t.Lower);

    // Participles that open a clause after a source's noun (a senior officer involved in the case, an aide speaking on condition of
    // anonymity): later copy calls the source by the noun phrase alone, so the clause is no part of its name.
    private static readonly FrozenSet<string> ParticiplePostmodifiers = FrozenSet.ToFrozenSet(
        ["based", "employed", "stationed", "involved", "briefed", "speaking", "working", "serving", "attending"], StringComparer.Ordinal);

    // The first witness, the auditor Naomi Brack, told …: the name between the commas after a role subject.
    private static SpeakerMention? AppositiveName(List<CueToken> tokens)
    {
        var first = tokens.FindIndex(t => t.Raw == ",");
        if (first < 0)
        {
            return null;
        }

        var second = tokens.FindIndex(first + 1, t => t.Raw == ",");
        if (second < 0)
        {
            return null;
        }

        return MentionParser.EndingAt(tokens, second, first + 1) is { Kind: MentionKind.Name } named
            && OnlyDeterminersBefore(tokens, first + 1, IndexAt(tokens, named.Start, first + 1, second)) ? named : null;
    }

    private SpeakerIdentity ResolveName(SpeakerMention mention, int position)
    {
        var parts = mention.Name.Split(' ');
        if (parts.Length >= 2)
        {
            var person = _persons.FirstOrDefault(p => p.Key == mention.Name)
                ?? _persons.FirstOrDefault(p => EndsWithName(p.Parts, parts));
            return person?.Identity ?? new SpeakerIdentity(mention.Name, MentionKind.Name, mention.Titles);
        }

        var single = parts[0];

        // Mr Hartigan, not his sister Dawn Hartigan: an honorific that tells a gender picks among people of one surname.
        var genders = mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t]).Distinct().ToList();
        var match = _persons
            .Select(p => (Person: p, Score: p.Parts[^1] == single ? 2 : p.Parts[0] == single ? 1 : 0))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => genders.Count != 1 ? 1 : GenderAgreement(x.Person.Identity, genders[0]))
            .ThenByDescending(x => x.Person.LastBefore(position))
            .Select(x => x.Person).FirstOrDefault();
        if (match is not null)
        {
            return match.Identity;
        }

        // Aldmoor said, after Aldmoor Instruments: a lone word that opens an organisation's name stands for the name as first given.
        var organisation = _organisations.Where(o => o.Position < position && o.Name.StartsWith(single + " ", StringComparison.Ordinal))
            .OrderBy(o => o.Position).Select(o => o.Name).FirstOrDefault();
        return organisation is not null ? new SpeakerIdentity(organisation, MentionKind.Organisation, []) : new SpeakerIdentity(single, MentionKind.Name, mention.Titles);
    }

    // Whether a full name ends with the words of a shorter one (Anneke de Vries / De Vries, Greta van der
    // Berg / Van der Berg): the last word exactly, a particle before it in either case.
    private static bool EndsWithName(IReadOnlyList<string> full, IReadOnlyList<string> tail)
    {
        if (tail.Count >= full.Count)
        {
            return false;
        }

        for (var k = 1; k <= tail.Count; k++)
        {
            var (a, b) = (full[^k], tail[^k]);
            var same = a == b || (k > 1 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase) && MentionParser.NameParticles.Contains(a.ToLowerInvariant()));
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private SpeakerIdentity ResolveRole(SpeakerMention mention, int position)
    {
        var self = new SpeakerIdentity(LowerDeterminer(mention.Text), MentionKind.Role, mention.Titles);
        if (!mention.Definite)
        {
            // a 27-year-old teacher who gave his name only as Yusuf: the name the source gave is how the article knows them.
            if (GivenNameAfter(mention.Start) is { } given)
            {
                return new SpeakerIdentity(given, MentionKind.Name, mention.Titles);
            }

            // … a deal one union leader has called "…". ¶ That leader, Gareth Lowe, …: the source is named in the next sentence.
            if (NamedInNextSentence(mention, mention.Start) is { } renamed)
            {
                return renamed;
            }

            // … was jailed yesterday as a judge branded him "…". ¶ … Judge Rosalind Kerr told him: the opening paragraph's
            // unnamed judge is the one person the article later gives that title outright.
            var opening = _paragraphs.FindIndex(p => p.Start >= _bodyOffset);
            if (opening >= 0 && position >= _paragraphs[opening].Start && position < _paragraphs[opening].End)
            {
                var titled = _persons.Where(p => p.First > position && HeadMatches(mention, p.ExplicitTitles)).Take(2).ToList();
                if (titled.Count == 1)
                {
                    return titled[0].Identity;
                }
            }

            return self; // "a senior administration official" introduces someone new
        }

        var speakers = _events.Where(e => e.Position < position).Select(e => e.Identity.Name).ToHashSet(StringComparer.Ordinal);
        var candidates = _persons.Where(p => p.First < position).Select(p => (p.Identity, Recency: p.LastBefore(position), Explicit: HeadMatches(mention, p.ExplicitTitles)))
            .Concat(_events.Where(e => e.Position < position && e.Identity.Kind == MentionKind.Role).Select(e => (e.Identity, Recency: e.Position, Explicit: true)));

        // The person introduced with this title: the head must match (leader, president), then the
        // modifiers (Russian, union) decide, then a title given outright (the board's chair, Henrik
        // Lysaker) over one read from a clause (who chairs the council), then whether the person has
        // spoken, then recency.
        var best = candidates
            .Where(c => HeadMatches(mention, c.Identity.Titles))
            .OrderByDescending(c => ModifierMatches(mention, c.Identity))
            .ThenByDescending(c => c.Explicit)
            .ThenByDescending(c => speakers.Contains(c.Identity.Name))
            .ThenByDescending(c => c.Recency)
            .FirstOrDefault();
        if (best.Identity is not null)
        {
            return best.Identity;
        }

        // the 27-year-old singer, with no singer named before: a role given with an age is the person given that age, else the
        // person the story opened on (copy names its subject again by age and trade).
        // Adeyemi was more philosophical. "…," the 22-year-old said: a role with an age that no one was given is the person the
        // sentence before was about, before the story's first person.
        // The plant was spotted by retired postman Derek Flint. "…," the 72-year-old said: else the one person that sentence names.
        if (mention.Titles.Any(MentionParser.IsAge) && !_persons.Any(p => p.First < position && p.Titles.Intersect(mention.Titles.Where(MentionParser.IsAge)).Any())
            && (PreviousSentenceSubject(position) is { Kind: MentionKind.Name } described && _persons.Any(p => p.Key == described.Name)
                ? described : OnlyPersonOfPreviousSentence(position)) is { } aboutWhom)
        {
            return aboutWhom;
        }

        if (mention.Titles.FirstOrDefault(MentionParser.IsAge) is { } age)
        {
            var aged = _persons.Where(p => p.First < position && p.Titles.Contains(age)).ToList();
            var opener = _persons.Select(p => (Person: p, First: p.Positions.Where(x => x >= _bodyOffset).DefaultIfEmpty(int.MaxValue).Min()))
                .Where(p => p.First < position).OrderBy(p => p.First).Select(p => p.Person).FirstOrDefault();
            if (aged is [var only])
            {
                return only.Identity;
            }

            if (aged.Count == 0 && opener is not null && opener.Identity.IsPerson)
            {
                return opener.Identity;
            }
        }

        // No one introduced with this title yet: the person the article gives it to later (the regatta
        // chairman was unrepentant … The chairman, Piers Loxley-Grant, said).
        var later = _persons.Where(p => p.First > position && HeadMatches(mention, p.ExplicitTitles)).OrderBy(p => p.First).FirstOrDefault();
        if (later is not null)
        {
            return later.Identity;
        }

        // The council's spokesman, Smith's lawyer: a role owned by someone else is nobody introduced yet.
        // Her manager, his lawyer: a role a pronoun owns is someone other than the person it stands for.
        // The daughter of one resident: a relation of someone named by the phrase is nobody introduced yet either.
        if (mention.Head is { } relationHead && IsRelationNoun(relationHead) && mention.Text.Contains(" of ", StringComparison.Ordinal))
        {
            return self;
        }

        // (The Prime Minister's spokesman: the owner's name may run to several words.)
        if (mention.Text.Split(' ') is [var owner, _, ..] words && ((words[..^1].Any(w => w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))))
            || owner.ToLowerInvariant() is "his" or "her" or "their"))
        {
            return self;
        }

        // No one introduced with this title: a bare role (the author, the pensioner) that fits no one's
        // title stands for the person the story is about, the one named most often, first named on a tie;
        // a lead given another title outright (the minister, Anna Roe) is not renamed by a different role.
        var lead = _persons.Where(p => p.First >= _bodyOffset && p.First < position)
            .OrderByDescending(p => p.Positions.Count(x => x < position)).ThenBy(p => p.First).FirstOrDefault();
        if (lead is not null && lead.Identity.IsPerson && lead.ExplicitTitles.Count == 0)
        {
            return lead.Identity;
        }

        // No one named at all: the most recent named speaker.
        for (var k = _events.Count - 1; k >= 0; k--)
        {
            if (_events[k].Identity.Kind == MentionKind.Name && _events[k].Position < position)
            {
                return _events[k].Identity;
            }
        }

        return self;
    }

    /// <summary>
    /// The person named in apposition to the same role opening the sentence after an indefinite source's
    /// (<c>one union leader has called …. That leader, Gareth Lowe, said</c>): the article names the source it just introduced.
    /// </summary>
    private SpeakerIdentity? NamedInNextSentence(SpeakerMention mention, int position)
    {
        if (mention.Head is not { } head)
        {
            return null;
        }

        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph < 0)
        {
            return null;
        }

        // The next sentence: in the same paragraph, or the first of the next one.
        var next = SentenceEnd(position, _paragraphs[paragraph].End);
        if (next >= _paragraphs[paragraph].End - 1 && paragraph + 1 < _paragraphs.Count)
        {
            next = _paragraphs[paragraph + 1].Start;
        }

        var tokens = TokensIn(next, SentenceEnd(next, _text.Length));
        if (tokens.Count < 5 || tokens[0].Lower is not ("that" or "this" or "the") || tokens[1].Lower != head || tokens[2].Raw != ",")
        {
            return null;
        }

        return AppositiveName(tokens) is { } named && ResolveName(named, named.Start) is var identity && _persons.Any(p => p.Key == identity.Name) ? identity : null;
    }

    // A source who "gave his name (only) as Yusuf", "identified herself only as Mira": the name after the mention, in its clause.
    private string? GivenNameAfter(int mentionStart)
    {
        var k = _tokens.FindIndex(t => t.Start >= mentionStart);
        if (k < 0)
        {
            return null;
        }

        var end = Math.Min(_tokens.Count, k + MaximumUnnamedSourceWords + MaximumGivenNameClauseWords);
        var who = -1;
        for (var j = k; j < end; j++)
        {
            var lower = _tokens[j].Lower;
            if (who < 0 && (QuoteLexicon.SpeechVerbs.Contains(lower) || _tokens[j].Raw is "." or ";" or ":" or "“" or "\""))
            {
                return null;
            }

            if (lower is "who" or "whose")
            {
                who = j;
            }
            else if (who >= 0 && j - who > MaximumGivenNameClauseWords)
            {
                return null;
            }
            else if (who >= 0 && lower == "as" && j + 1 < _tokens.Count && _tokens[j - 1].Lower is "name" or "names" or "only" or "himself" or "herself" or "themselves"
                     && _tokens.Skip(who).Take(j - who).Any(t => t.Lower is "name" or "himself" or "herself" or "themselves") && MentionParser.IsNameWord(_tokens[j + 1]))
            {
                var last = j + 1;
                while (last + 1 < _tokens.Count && MentionParser.IsNameWord(_tokens[last + 1]) && !BreakBetween(_tokens[last].End, _tokens[last + 1].Start))
                {
                    last++;
                }

                return JoinTokens(_tokens, j + 1, last + 1);
            }
        }

        return null;
    }

    private static bool HeadMatches(SpeakerMention mention, IEnumerable<string> titles)
    {
        if (mention.Head is not { } head)
        {
            return false;
        }

        var accepted = QuoteLexicon.RoleSynonyms.TryGetValue(head, out var synonyms) ? synonyms : [head];
        return titles.Any(t => accepted.Contains(t, StringComparer.Ordinal));
    }

    private static int ModifierMatches(SpeakerMention mention, SpeakerIdentity candidate) =>
        mention.Titles.Count(word => word != mention.Head && candidate.Titles.Any(t => SameStem(t, word)));

    // Russian / russia, chairs / chair: one word a short ending away from the other.
    private static bool SameStem(string a, string b)
    {
        const int MinimumStem = 4; // shorter words (vice, head) are matched whole only
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinimumStem && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 2;
    }

    private static string LowerDeterminer(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && QuoteLexicon.Determiners.Contains(text[..space].ToLowerInvariant()))
        {
            return text[..space].ToLowerInvariant() + text[space..];
        }

        return text;
    }

    // The University of Tarnby, the International Office for Refugees: a capitalised organisation noun joined by "of" or "for"
    // to the capitalised words after it is one body, which the mention parser (reading runs of capitals) would cut at the connector.
    // Tessaly Power & Light, Hartley & Sons: capitalised words joined by an ampersand are a firm's name, never a person's.
    private void FindAmpersandOrganisations()
    {
        for (var k = 1; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].Raw != "&" || !MentionParser.IsNameWord(_tokens[k - 1]) || !MentionParser.IsNameWord(_tokens[k + 1])
                || BreakBetween(_tokens[k - 1].End, _tokens[k + 1].Start))
            {
                continue;
            }

            var start = k - 1;
            while (start > 0 && MentionParser.IsNameWord(_tokens[start - 1]) && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start))
            {
                start--;
            }

            var end = k + 2;
            while (end < _tokens.Count && MentionParser.IsNameWord(_tokens[end]) && !BreakBetween(_tokens[end - 1].End, _tokens[end].Start))
            {
                end++;
            }

            _organisations.Add((JoinTokens(_tokens, start, end), _tokens[start].Start));
        }
    }

    private void FindConnectedOrganisations()
    {
        for (var k = 0; k + 2 < _tokens.Count; k++)
        {
            var noun = _tokens[k].Lower;
            if (!MentionParser.IsNameWord(_tokens[k]) || !(QuoteLexicon.OrganisationNouns.Contains(noun) || QuoteLexicon.OrganisationDescriptors.Contains(noun)))
            {
                continue;
            }

            var end = k + 1;
            while (end + 1 < _tokens.Count && _tokens[end].Lower is "of" or "for" && MentionParser.IsNameWord(_tokens[end + 1]) && !BreakBetween(_tokens[end - 1].End, _tokens[end + 1].Start))
            {
                end += 2;
                while (end < _tokens.Count && MentionParser.IsNameWord(_tokens[end]) && !BreakBetween(_tokens[end - 1].End, _tokens[end].Start))
                {
                    end++;
                }
            }

            var start = k;
            while (start > 0 && MentionParser.IsNameWord(_tokens[start - 1]) && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start))
            {
                start--;
            }

            // The University and College Staff Union, the Fire and Rescue Service: after "the", one capitalised word joined by "and"
            // to a run ending in an organisation noun is one body (the union later means all of it, not College Staff Union).
            // (talks between the Council and Harlow Housing Association join two bodies: "between" and "both" announce a pair.)
            if (start >= 3 && _tokens[start - 1].Lower == "and" && MentionParser.IsNameWord(_tokens[start - 2]) && _tokens[start - 3].Lower == "the"
                && !BreakBetween(_tokens[start - 3].End, _tokens[start].Start) && (start < 4 || _tokens[start - 4].Lower is not ("between" or "both")))
            {
                start -= 2;
            }
            else if (end == k + 1)
            {
                continue;
            }

            _organisations.Add((JoinTokens(_tokens, start, end), _tokens[start].Start));
            k = end - 1;
        }
    }

    private void FindPersons()
    {
        var byKey = new Dictionary<string, Person>(StringComparer.Ordinal);
        var quoted = _marked.SelectMany(m => m.Segments).ToList();
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (PossessiveOrganisation(k) is { } owner)
            {
                _organisations.Add((owner, _tokens[k].Start));
                continue;
            }

            // Mbeki-Ross's publisher: a surname as an owner mentions the one person met before with it, which counts
            // towards who the story is about.
            if (MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized && (k == 0 || !MentionParser.IsNameWord(_tokens[k - 1]) || BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
                && _persons.Where(p => p.Parts[^1] == _tokens[k].Raw[..^2]).ToList() is [var owned])
            {
                owned.Positions.Add(_tokens[k].Start);
                continue;
            }

            // A name runs within one sentence: the headline's last word and the first of the text are two names.
            if (!MentionParser.IsNameWord(_tokens[k])
                || (k + 1 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 1]) && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start))
                || quoted.Any(s => s.Start <= _tokens[k].Start && _tokens[k].End <= s.End))
            {
                continue;
            }

            var floor = k;
            while (floor > 0 && _tokens[floor - 1].IsWord && !BreakBetween(_tokens[floor - 1].End, _tokens[floor].Start))
            {
                floor--;
            }

            // Tarnfield Town manager Kev Mallory, Harrowby director of rugby Gareth Lyle: a name before a title that runs on to a
            // name is the body the title is held in, not a person.
            if (IsTitleModifier(k))
            {
                if (MentionParser.EndingAt(_tokens, k + 1, floor) is { Kind: MentionKind.Name or MentionKind.Organisation } modifier)
                {
                    _organisations.Add((modifier.Name, _tokens[k].Start));
                }

                continue;
            }

            var found = MentionParser.EndingAt(_tokens, k + 1, floor);
            if (found is { Kind: MentionKind.Organisation } organisation && char.IsUpper(organisation.Name[0]))
            {
                _organisations.Add((organisation.Name, _tokens[k].Start));
                continue;
            }

            if (found is not { Kind: MentionKind.Name } mention)
            {
                continue;
            }

            var first = IndexAt(_tokens, mention.Start, floor, k + 1);
            if (mention.Titles.Count == 0 && first >= 2 && _tokens[first - 1].Lower is "of" or "at" or "for" && QuoteLexicon.OfficeNouns.Contains(_tokens[first - 2].Lower))
            {
                // Colin Ashby, chair of Kellin Patients Together: the name an office belongs to is an organisation.
                _organisations.Add((mention.Name, _tokens[k].Start));
                continue;
            }

            if (mention.Titles.Count == 0 && ((first >= 1 && _tokens[first - 1].Raw == "The" && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start))
                || QuoteLexicon.ThingNameEnds.Contains(mention.Name[(mention.Name.LastIndexOf(' ') + 1)..].ToLowerInvariant())))
            {
                continue; // The Glass Orchard, the Harland Prize: a title or a thing, not a person
            }

            // Queen Amara, King Olav: a royal title makes one name a person's, as a surname alone does not.
            var parts = mention.Name.Split(' ');
            if (parts.Length < 2 && !(mention.Titles.Any(QuoteLexicon.LeadingTitles.Contains) && !_persons.Any(p => p.Parts.Contains(parts[0], StringComparer.Ordinal))))
            {
                // A surname alone marks a person met before as mentioned again; Ms or Mr before it tells
                // the gender of the one person of that surname.
                var sharing = _persons.Count(p => p.Parts[^1] == parts[0]);
                foreach (var p in _persons.Where(p => p.Parts[^1] == parts[0] || p.Parts[0] == parts[0]))
                {
                    p.Positions.Add(_tokens[k].Start);
                    if (p.Parts[^1] == parts[0] && sharing == 1)
                    {
                        p.Titles.AddRange(mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey));
                        p.GenderTitles.AddRange(mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey));
                    }
                }

                continue;
            }

            // De Vries opening a sentence after Anneke de Vries: the capital particle names the person met before.
            if (!byKey.ContainsKey(mention.Name) && _persons.FirstOrDefault(p => p.Parts.Length > parts.Length && EndsWithName(p.Parts, parts)) is { } known)
            {
                known.Positions.Add(_tokens[k].Start);
                continue;
            }

            if (!byKey.TryGetValue(mention.Name, out var person))
            {
                person = new Person(mention.Name, parts, _tokens[k].Start);
                byKey[mention.Name] = person;
                _persons.Add(person);
            }

            person.Positions.Add(_tokens[k].Start);
            person.Titles.AddRange(mention.Titles);
            person.ExplicitTitles.AddRange(mention.Titles);
            person.GenderTitles.AddRange(mention.Titles);
            var nameStart = IndexAt(_tokens, mention.Start, floor, k + 1);
            if (nameStart >= 2 && _tokens[nameStart - 1].Raw == "," && MentionParser.EndingAt(_tokens, nameStart - 1, ClauseStart(_tokens, nameStart - 1)) is { Kind: MentionKind.Role } role)
            {
                person.Titles.AddRange(role.Titles); // Lakeshire's governor, Maeve Dunleavy
                person.ExplicitTitles.AddRange(role.Titles);
                person.GenderTitles.AddRange(role.Titles);
            }

            // Shona Petrie, 41, …: "the 41-year-old" later stands for her.
            if (k + 3 < _tokens.Count && _tokens[k + 1].Raw == "," && _tokens[k + 2].Raw.All(char.IsDigit) && _tokens[k + 3].Raw == ",")
            {
                // An age is no title given outright: the lead of a story named with an age is still who a bare role stands for.
                person.Titles.Add(_tokens[k + 2].Raw + MentionParser.AgeSuffix);
            }

            var appositive = Appositive(k + 1).ToList();
            person.Titles.AddRange(appositive);
            // Olav, a skipper who chairs the council: the words of a relative clause are no title given outright.
            person.ExplicitTitles.AddRange(appositive.TakeWhile(w => w is not ("who" or "whose" or "which" or "that")));
            person.GenderTitles.AddRange(appositive.TakeWhile(w => w is not ("who" or "whose" or "which" or "that")));
        }

        // Brannock Aggregates is a company, not a person; a name met only in the headline (Late Amadi)
        // gives way to the body's person of that surname.
        foreach (var p in _persons.ToList())
        {
            var titledAsPerson = p.Titles.Any(QuoteLexicon.GenderWords.ContainsKey);
            if (!titledAsPerson && (IsOrganisationName(p.Key) || IsKindMarkedName(p.Key)))
            {
                _persons.Remove(p);
                _organisations.AddRange(p.Positions.Select(position => (p.Key, position)));
            }
            else if (p.First < _bodyOffset && _persons.Any(o => o != p && o.First >= _bodyOffset && o.Parts[^1] == p.Parts[^1]))
            {
                _persons.Remove(p);
            }
        }
    }

    // Whether the name ending at token k is followed, in its sentence, by a lowercase role noun and at most a few more
    // lowercase words (director of rugby) and then a name: it modifies that title.
    private bool IsTitleModifier(int k)
    {
        var j = k + 1;
        if (j >= _tokens.Count || !_tokens[j].IsWord || !char.IsLower(_tokens[j].Raw[0]) || !QuoteLexicon.RoleNouns.Contains(_tokens[j].Lower))
        {
            return false;
        }

        while (j < _tokens.Count && j - k <= MaximumTitleWordsAfterModifier && _tokens[j].IsWord && char.IsLower(_tokens[j].Raw[0])
               && !QuoteLexicon.SpeechVerbs.Contains(_tokens[j].Lower) && !FiniteVerbs.Contains(_tokens[j].Lower))
        {
            j++;
        }

        return j > k + 1 && j < _tokens.Count && MentionParser.IsNameWord(_tokens[j]) && !BreakBetween(_tokens[k].End, _tokens[j].Start);
    }

    // A title after the body it is held in runs to at most this many lowercase words (director of rugby); set by hand.
    private const int MaximumTitleWordsAfterModifier = 4;

    // Corrin Health NHS Trust's board: an organisation named as an owner is named all the same (the trust said).
    private string? PossessiveOrganisation(int k)
    {
        var token = _tokens[k];
        if (!MentionParser.IsPossessive(token) || !token.IsCapitalized || k == 0 || !MentionParser.IsNameWord(_tokens[k - 1])
            || BreakBetween(_tokens[k - 1].End, token.Start))
        {
            return null;
        }

        var floor = k;
        while (floor > 0 && _tokens[floor - 1].IsWord && !BreakBetween(_tokens[floor - 1].End, _tokens[floor].Start))
        {
            floor--;
        }

        var stem = token with { End = token.End - 2, Raw = token.Raw[..^2] };
        var run = _tokens.GetRange(floor, k - floor);
        run.Add(stem);
        return MentionParser.EndingAt(run, run.Count, 0) is { Kind: MentionKind.Organisation } found && char.IsUpper(found.Name[0]) ? found.Name : null;
    }

    /// <summary>
    /// Marks a capitalised word that opens a sentence (or the headline) as no name when the dictionary
    /// lists it as a common word and not as a name (Asked, Speaking, Late), unless the article also
    /// writes it capitalised inside a sentence.
    /// </summary>
    private void MarkCommonSentenceOpeners()
    {
        if (_dictionary is null)
        {
            return;
        }

        var insideSentence = new HashSet<string>(StringComparer.Ordinal);
        var openers = new List<int>();
        for (var k = 0; k < _tokens.Count; k++)
        {
            var t = _tokens[k];
            if (!t.IsWord || !t.IsCapitalized)
            {
                continue;
            }

            var previous = k - 1;
            while (previous >= 0 && IsQuoteMark(_tokens[previous].Raw[0]))
            {
                previous--;
            }

            if (previous < 0 || BreakBetween(_tokens[previous].End, t.Start))
            {
                openers.Add(k);
            }
            else if (t.Start >= _bodyOffset)
            {
                insideSentence.Add(t.Raw);
            }
        }

        // A headline in title case capitalises every word: there any common word the text never capitalises inside a sentence is no name.
        openers.AddRange(Enumerable.Range(0, _tokens.Count).Where(k => _tokens[k].Start < _bodyOffset && _tokens[k].IsWord && _tokens[k].IsCapitalized && !openers.Contains(k)
            && !BodyCapitalises(_tokens[k].Raw)));
        foreach (var k in openers)
        {
            var raw = _tokens[k].Raw;
            if (raw.Length > 1 && !raw.All(char.IsUpper) && !insideSentence.Contains(raw) && _dictionary.IsCommonNotName(raw))
            {
                _tokens[k] = _tokens[k] with { CommonAtSentenceStart = true };
            }
        }

        // Transit Kelmsford, which runs the line, said …: a common word and a name taken up by "which" is a body's name whose
        // first word is a common noun (no person is a "which"); the pair is that name wherever else a sentence opens with it.
        var bodies = new HashSet<(string, string)>();
        foreach (var k in openers)
        {
            if (_tokens[k].CommonAtSentenceStart && k + 3 < _tokens.Count && IsNameOpeningPair(k) && _tokens[k + 2].Raw == "," && _tokens[k + 3].Lower == "which")
            {
                bodies.Add((_tokens[k].Raw, _tokens[k + 1].Raw));
            }

            // Network Rail said: a common noun opening the sentence before a common word capitalised only as part of a name (no
            // adverb, determiner, title or role: Yesterday Labour said, Mayor Reid said keep their first word out).
            var opener = _tokens[k].Lower;
            if (_tokens[k].CommonAtSentenceStart && k + 1 < _tokens.Count && IsNameOpeningPair(k) && _tokens[k + 1].Start >= _bodyOffset
                && !insideSentence.Contains(_tokens[k].Raw) && _dictionary.IsCommonNotName(_tokens[k + 1].Raw)
                && !QuoteLexicon.StopWords.Contains(opener) && !QuoteLexicon.Determiners.Contains(opener) && !OpeningAdverbials.Contains(opener)
                && !SkippableBeforeVerb.Contains(opener) && !QuoteLexicon.RoleNouns.Contains(opener) && !QuoteLexicon.Honorifics.Contains(opener)
                && !QuoteLexicon.Quantities.Contains(opener) && !QuoteLexicon.NumberWords.Contains(opener) && !opener.EndsWith("ly", StringComparison.Ordinal)
                && !QuoteLexicon.RoleNouns.Contains(_tokens[k + 1].Lower))
            {
                bodies.Add((_tokens[k].Raw, _tokens[k + 1].Raw));
            }
        }

        foreach (var k in openers)
        {
            if (_tokens[k].CommonAtSentenceStart && k + 1 < _tokens.Count && IsNameOpeningPair(k) && bodies.Contains((_tokens[k].Raw, _tokens[k + 1].Raw)))
            {
                _tokens[k] = _tokens[k] with { CommonAtSentenceStart = false };
            }
        }
    }

    // A sentence-opening word and the capitalised, uncommon word straight after it, one space apart.
    private bool IsNameOpeningPair(int k) =>
        _tokens[k + 1].IsWord && _tokens[k + 1].IsCapitalized && !_tokens[k + 1].CommonAtSentenceStart && _text[_tokens[k].End.._tokens[k + 1].Start] == " ";

    private bool BodyCapitalises(string word)
    {
        for (var k = 1; k < _tokens.Count; k++)
        {
            if (_tokens[k].Start >= _bodyOffset && _tokens[k].Raw == word && _tokens[k - 1].IsWord && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
            {
                return true;
            }
        }

        return false;
    }

    private bool BreakBetween(int from, int to)
    {
        var index = _breaks.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _breaks.Count && _breaks[index] <= to;
    }

    /// <summary>
    /// What the article tells of each person's gender: Mr or Ms and words such as sister or spokesman
    /// among their titles, and he or she (his, her) later in a sentence whose only person they are.
    /// </summary>
    private void FindGenders()
    {
        foreach (var p in _persons)
        {
            foreach (var title in p.GenderTitles.Where(QuoteLexicon.GenderWords.ContainsKey))
            {
                SetGender(p.Key, QuoteLexicon.GenderWords[title]);
            }
        }

        for (var b = 0; b + 1 < _breaks.Count; b++)
        {
            var tokens = Unquoted(TokensIn(_breaks[b], _breaks[b + 1]));
            var people = new List<(string Key, int Index)>();
            bool? pronoun = null;
            var mixed = false;

            // Described him as …, since his death: an object pronoun shows a second person of its gender in the sentence,
            // whom his or he may stand for as well.
            bool? objectGender = null;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Lower == "him" || (tokens[k].Lower == "her" && !IsGenderEvidence(tokens, k)))
                {
                    mixed |= objectGender is { } other && other != (tokens[k].Lower == "him");
                    objectGender = tokens[k].Lower == "him";
                }

                if (MentionParser.IsNameWord(tokens[k]) && !(k + 1 < tokens.Count && MentionParser.IsNameWord(tokens[k + 1]))
                    && MentionParser.EndingAt(tokens, k + 1, 0) is { Kind: MentionKind.Name } named)
                {
                    // A name after a preposition (based at Ellingham) may be a place: it is no evidence of anyone's gender.
                    var key = ResolveName(named, tokens[k].Start).Name;
                    if (_persons.Any(p => p.Key == key) && !AfterPreposition(tokens[k].Start))
                    {
                        people.Add((key, k));
                    }
                }
                else if (people.Count > 0 && IsGenderEvidence(tokens, k))
                {
                    var male = tokens[k].Lower is "he" or "his" or "himself";
                    mixed |= pronoun is { } seen && seen != male;
                    pronoun = male;
                }
            }

            if (pronoun is { } gender && !mixed && gender != objectGender && people.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                SetGender(people[0].Key, gender);
            }
        }
    }

    // A pronoun that may stand for the sentence's own person: not "him" nor an object "her" (Ciara Brennock described him as …),
    // which name someone else; "her" followed by its noun (her garden) is a possessive and may.
    private static bool IsGenderEvidence(List<CueToken> tokens, int k) => tokens[k].Lower switch
    {
        "he" or "his" or "himself" or "she" or "hers" or "herself" => true,
        "her" => k + 1 < tokens.Count && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Raw[0]) && !QuoteLexicon.StopWords.Contains(tokens[k + 1].Lower)
            && !QuoteLexicon.ClauseWords.Contains(tokens[k + 1].Lower),
        _ => false,
    };

    private void SetGender(string key, bool male)
    {
        if (_genderConflicts.Contains(key))
        {
            return;
        }

        if (_genders.TryGetValue(key, out var known) && known != male)
        {
            _genders.Remove(key);
            _genderConflicts.Add(key);
            return;
        }

        _genders[key] = male;
    }

    private IEnumerable<string> Appositive(int after)
    {
        if (after + 1 >= _tokens.Count || _tokens[after].Raw != ",")
        {
            yield break;
        }

        var first = _tokens[after + 1].Lower;
        if (!(first is "who" or "whose" || QuoteLexicon.Determiners.Contains(first) || QuoteLexicon.RoleNouns.Contains(first) || MentionParser.IsPossessive(_tokens[after + 1])))
        {
            yield break;
        }

        for (var k = after + 1; k < _tokens.Count && k <= after + MaximumAppositiveWords && _tokens[k].IsWord; k++)
        {
            var w = MentionParser.Simplify(_tokens[k].Lower);
            yield return w;
            if (w.EndsWith('s'))
            {
                yield return w[..^1]; // chairs → chair
            }
        }
    }

    private List<ReportedCue> FindReportedCues()
    {
        var cues = new List<ReportedCue>();
        var quoted = _marked.Select(m => new TextSpan(m.MarkStart, m.MarkEnd)).ToList();
        for (var b = 0; b + 1 < _breaks.Count; b++)
        {
            var (s, e) = (_breaks[b], _breaks[b + 1]);
            var tokens = TokensIn(s, e).Where(t => !quoted.Any(q => q.Start <= t.Start && t.End <= q.End)).ToList();
            for (var v = 0; v < tokens.Count; v++)
            {
                if (!IsActiveSpeechVerb(tokens, v) || MentionBefore(tokens, v, ClauseStart(tokens, v)) is not { } mention)
                {
                    continue;
                }

                var from = tokens[v].End;
                while (from < e && (char.IsWhiteSpace(_text[from]) || _text[from] is ','))
                {
                    from++;
                }

                TextSpan? statement = from < e && !IsQuoteMark(_text[from]) && !(_text[from] == ':') ? new TextSpan(from, e) : null;
                cues.Add(new ReportedCue(tokens[v].Start, mention, statement));
                break;
            }
        }

        return cues;
    }

    private void FindSentenceBreaks()
    {
        var quoted = _marked.Select(m => new TextSpan(m.MarkStart, m.MarkEnd)).ToList();
        foreach (var p in _paragraphs)
        {
            _breaks.Add(p.Start);
            for (var i = p.Start; i < p.End; i++)
            {
                // "Enquiries are ongoing." Ruth Marr urged …: a full stop closing a quote ends the sentence when a capital follows;
                // other stops inside a quote do not (a "?" or "!" before its cue, "he said", is not an end).
                if (_text[i] is not ('.' or '!' or '?')
                    || quoted.Any(q => q.Start <= i && i < q.End && !(_text[i] == '.' && Enumerable.Range(i + 1, q.End - i - 1).All(j => IsQuoteMark(_text[j])))))
                {
                    continue;
                }

                var next = i + 1;
                while (next < p.End && IsQuoteMark(_text[next]))
                {
                    next++;
                }

                var atEnd = next >= p.End;
                var followedByStart = next + 1 < p.End && char.IsWhiteSpace(_text[next]) && (char.IsUpper(_text[next + 1]) || IsQuoteMark(_text[next + 1]) || char.IsDigit(_text[next + 1]));
                if (!atEnd && !followedByStart)
                {
                    continue;
                }

                if (_text[i] == '.' && IsAbbreviationBefore(i))
                {
                    continue;
                }

                _breaks.Add(next);
            }
        }

        _breaks.Add(_text.Length);
        _breaks.Sort();
    }

    private bool IsAbbreviationBefore(int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetter(_text[s - 1]) || _text[s - 1] == '.'))
        {
            s--;
        }

        return s < period && CueToken.IsAbbreviation(_text, s, period);
    }

    private int SentenceStart(int position, int floor)
    {
        var start = floor;
        foreach (var b in _breaks)
        {
            if (b > position)
            {
                break;
            }

            start = Math.Max(start, b);
        }

        return start;
    }

    private int SentenceEnd(int position, int ceiling)
    {
        foreach (var b in _breaks)
        {
            if (b > position)
            {
                return Math.Min(b, ceiling);
            }
        }

        return ceiling;
    }

    private int PreviousQuoteEnd(MarkedQuote quote, int floor)
    {
        var end = floor;
        foreach (var m in _marked)
        {
            if (m.MarkEnd <= quote.MarkStart && m.MarkEnd > end)
            {
                end = m.MarkEnd;
            }
        }

        return end;
    }

    private int NextQuoteStart(MarkedQuote quote, int ceiling)
    {
        foreach (var m in _marked)
        {
            if (m.MarkStart >= quote.MarkEnd)
            {
                return Math.Min(m.MarkStart, ceiling);
            }
        }

        return ceiling;
    }

    private List<CueToken> TokensIn(int start, int end)
    {
        var lo = 0;
        var hi = _tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var list = new List<CueToken>();
        for (var k = lo; k < _tokens.Count && _tokens[k].End <= end; k++)
        {
            if (!IsQuoteMark(_tokens[k].Raw[0]))
            {
                list.Add(_tokens[k]);
            }
        }

        return list;
    }

    private int Words(int start, int end) => TokensIn(start, end).Count(t => t.IsWord);

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’';

    private static string StripMarks(string s) =>
        string.Concat(s.Where((c, i) => !(IsQuoteMark(c) && !(c is '\'' or '’' && i > 0 && char.IsLetter(s[i - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1])))));

    private sealed record ReportedCue(int VerbStart, SpeakerMention Mention, TextSpan? Statement);

    private sealed class Person(string key, string[] parts, int first)
    {
        public string Key { get; } = key;

        public string[] Parts { get; } = parts;

        public int First { get; } = first;

        public List<int> Positions { get; } = [];

        public List<string> Titles { get; } = [];

        public List<string> ExplicitTitles { get; } = [];

        // Titles given outright and the honorifics of the surname alone (Ms Akinola): what tells the person's gender,
        // unlike the words of a relative clause (Kelly Marsh, whose two sons …) that Titles also keeps for role matching.
        public List<string> GenderTitles { get; } = [];

        public SpeakerIdentity Identity => new(Key, MentionKind.Name, Titles.Distinct(StringComparer.Ordinal).ToList());

        public int LastBefore(int position) => Positions.Where(p => p < position).DefaultIfEmpty(-1).Max();
    }
}
