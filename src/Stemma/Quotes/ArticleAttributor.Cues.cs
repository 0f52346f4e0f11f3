using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <content>The cue around a quote: speech verbs, the mention before or after them, statements, turns and credits.</content>
internal sealed partial class ArticleAttributor
{
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
        // ("Then we would look again." ¶ 5. The Footpaths Society objected.: a decision's numbered paragraph opens a point of its
        // own, never the cue of the quote before it; blind221.)
        if (start > lastParagraph.End && IsNumbered(paragraph))
        {
            return (null, false);
        }

        if (QuoteOpensAfter(start, paragraph.End))
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

        // "Beacon!" That was Tashi Lhendup, the most experienced of our guides: the sentence names who cried out.
        // ("Can we do the big loop next time?" That was Ffion, before her helmet was off: so one word, when the name lists hold it as a
        // given name; resolving it finds the person the article named in full; blind250.)
        if (tokens.Count > 2 && tokens[0].Lower is "that" or "this" && tokens[1].Lower is "was" or "is" && MentionParser.StartingAt(tokens, 2) is { Kind: MentionKind.Name } who
            && who.Start == tokens[2].Start && (who.Name.Contains(' ', StringComparison.Ordinal) || GivenNameGenders.Shared.IsGivenName(who.Name)))
        {
            return (who, true);
        }

        // "…" The speaker was Januário Lopes, a cattle farmer: the sentence names the speaker outright.
        if (tokens.Count > 3 && tokens[0].Lower == "the" && tokens[1].Lower is "speaker" or "speakers" or "voice" or "writer" or "author"
            && tokens[2].Lower is "was" or "is" && (MentionParser.StartingAt(tokens, 3) ?? DescribedNameAt(tokens, 3)) is { } speaker)
        {
            return (speaker, true);
        }

        // That was Kestrels goal shooter Priya Ramdhanie, moments after the whistle: a team's name and a lowercase role before the name.
        if (tokens.Count > 4 && tokens[0].Lower is "that" or "this" && tokens[1].Lower is "was" or "is" && DescribedNameAt(tokens, 2) is { } described)
        {
            return (described, true);
        }

        // That was the verdict of Mikey Fairclough / Such was the blunt view of the coach / Those were the words of X.
        if (tokens.Count > 5 && tokens[0].Lower is "that" or "this" or "such" or "those" or "these" && tokens[1].Lower is "was" or "is" or "were" or "are"
            && tokens[2].Lower == "the")
        {
            var of = tokens.FindIndex(3, Math.Min(MaximumVerdictWords, tokens.Count - 3), t => t.Lower is "of" or "from");
            if (of > 3 && (QuoteLexicon.VerdictNouns.Contains(tokens[of - 1].Lower) || tokens[of - 1].Lower is "words" or "thoughts" or "verdicts"))
            {
                // That was the cry from supporters' trust chairman Dave Kettley: a title the parser cannot open with may come before the name.
                return (SourceStartingAt(tokens, of + 1) ?? FirstMention(tokens.GetRange(of + 1, ClauseEnd(tokens, of + 1) - of - 1)), true);
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

        // That was Colliers captain Liam Broadbent's verdict on Moana: the owner of the verdict noun after the copula, whatever
        // words describe the owner before the name.
        if (tokens.Count > 4 && tokens[0].Lower is "that" or "this" or "such" && tokens[1].Lower is "was" or "is"
            && tokens.FindIndex(2, Math.Min(MaximumVerdictOwnerWords, tokens.Count - 2), t => MentionParser.IsPossessive(t) && t.IsCapitalized) is var owned and >= 2)
        {
            var nameStart = owned;
            while (nameStart > 2 && (MentionParser.IsNameWord(tokens[nameStart - 1]) || MentionParser.IsHonorific(tokens[nameStart - 1])))
            {
                nameStart--;
            }

            if (VerdictOwner(tokens.GetRange(nameStart, tokens.Count - nameStart)) is { } verdictOwner)
            {
                return (verdictOwner, true);
            }
        }

        // "…" That was her answer when asked the secret of her winning pan: the copula before a pronoun's verdict noun (blind277).
        if (tokens.Count > 3 && tokens[0].Lower is "that" or "this" or "such" && tokens[1].Lower is "was" or "is" && VerdictPronoun(tokens.GetRange(2, tokens.Count - 2)) is { } pronounOwner)
        {
            return (pronounOwner, true);
        }

        // "…" That was the retired foreman again, speaking by telephone: the copula before a definite role the sentence ends with, or
        // that "again" or a comma closes, names who said it, as a name there does (blind273).
        if (tokens.Count > 3 && tokens[0].Lower is "that" or "this" && tokens[1].Lower is "was" or "is"
            && MentionParser.StartingAt(tokens, 2) is { Kind: MentionKind.Role, Definite: true } role && role.Start == tokens[2].Start
            && tokens.FindIndex(2, t => t.Start >= role.Start + role.Text.Length) is var afterRole
            && (afterRole < 0 || tokens[afterRole].Lower is "again" or "," || !tokens[afterRole].IsWord))
        {
            return (role, true);
        }

        // The words were those of one senior player / The view is that of the club's captain: the copula and "those of" or "that of".
        if (tokens.Count > 5 && tokens[0].Lower == "the" && (QuoteLexicon.VerdictNouns.Contains(tokens[1].Lower) || tokens[1].Lower is "words" or "comments" or "remarks")
            && tokens[2].Lower is "was" or "is" or "were" or "are" && tokens[3].Lower is "those" or "that" && tokens[4].Lower == "of")
        {
            return (SourceStartingAt(tokens, 5), true);
        }

        if (VerdictSource(tokens) is { } source)
        {
            return (source, true);
        }

        // "…" That estimate, from Dr Neiar Kabua, a fisheries scientist, is double the official figure: the verdict's source set off
        // by commas after it.
        if (tokens.Count > 4 && tokens[0].Lower is "that" or "this" or "the" && IsVerdictWord(tokens[1].Lower) && tokens[2].Raw == ","
            && tokens[3].Lower is "from" or "by" && MentionParser.StartingAt(tokens, 4) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } commaSource)
        {
            return (commaSource, true);
        }

        // So said Moira Quentin.
        if (tokens.Count > 2 && tokens[0].Lower == "so" && tokens[1].Lower is "said" or "says")
        {
            return (MentionParser.StartingAt(tokens, 2), true);
        }

        // Fairclough's verdict was blunt.
        // ("He was helping my father." ¶ 4. Mr Penhallow's witness statement reads: ¶ "…": not when its colon opens the quote after
        // it, which the owner's words are; blind275.)
        if (VerdictOwner(tokens) is { } owner && !(tokens[^1].Raw == ":" && QuoteOpensAfter(tokens[^1].End, _text.Length)))
        {
            return (owner, true);
        }

        // "…" With those words, spoken from the stage …, director Mirela Dascălu walked out: the sentence's subject said them.
        if (tokens.Count > 5 && tokens[0].Lower == "with" && tokens[1].Lower is "those" or "these" or "that" or "this"
            && (tokens[2].Raw == "," || IsVerdictWord(tokens[2].Lower)))
        {
            var comma = tokens.FindLastIndex(t => t.Raw == ",");
            if (comma > 1 && comma + 1 < tokens.Count
                && (MentionParser.StartingAt(tokens, comma + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } subject ? subject : NameAfterModifiers(tokens, comma + 1)) is { } withWords)
            {
                return (withWords, true);
            }
        }

        // The production's director, Tobias Wendt, was speaking to the Morning Register: the sentence tells where the words were said.
        if (SpeakingTo(tokens) is { } speaking)
        {
            return (speaking, true);
        }

        // "…" ¶ The respondent accepts that the will was properly executed.: a paragraph that opens by reporting what someone says
        // (a speech verb and its that-clause) is a new statement of theirs, no cue of the quote before it.
        if (start > lastParagraph.End && Enumerable.Range(1, Math.Max(0, tokens.Count - 2)).Any(v => tokens[v + 1].Lower == "that" && IsActiveSpeechVerb(tokens, v)))
        {
            return (null, false);
        }

        return (CueAfter(tokens), false);
    }

    // Whether a quotation mark opens the text from `at`, past white space (and the paragraph breaks in it), before `end`.
    private bool QuoteOpensAfter(int at, int end)
    {
        while (at < end && char.IsWhiteSpace(_text[at]))
        {
            at++;
        }

        return at < end && IsQuoteMark(_text[at]);
    }

    // The subject of "was speaking to …", "had been talking at …", "spoke to …" in a sentence after a quote with no cue of its own.
    private static SpeakerMention? SpeakingTo(List<CueToken> tokens)
    {
        for (var v = 1; v + 1 < tokens.Count; v++)
        {
            // (spoke by telephone from the deck, spoke over the phone: how the words were given.)
            if (tokens[v + 1].Lower is not ("to" or "at" or "on" or "after" or "from" or "in" or "by" or "over" or "via"))
            {
                continue;
            }

            var aux = v;
            if (tokens[v].Lower is "speaking" or "talking")
            {
                while (aux - 1 > 0 && tokens[aux - 1].Lower is "was" or "were" or "is" or "are" or "been" or "had" or "has")
                {
                    aux--;
                }

                if (aux == v)
                {
                    continue;
                }
            }
            else if (tokens[v].Lower is not ("spoke" or "talked"))
            {
                continue;
            }

            return MentionBefore(tokens, aux, ClauseStart(tokens, aux)) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } subject ? subject : null;
        }

        return null;
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
            && !prefix.Skip(which + 1).Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower) || (QuoteLexicon.EvaluationVerbs.Contains(t.Lower) && !QuoteLexicon.ThankingVerbs.Contains(t.Lower))
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

    /// <summary>
    /// In a passage likely to be quoted for years, Justice Carmody went further: ¶ "…": a paragraph that ends in a colon introduces
    /// the quote opening the next one, whatever its verb (went further, was blunt, wrote to parents); the cue is read in its last
    /// sentence as a colon before a quote is read in the quote's own sentence. Null when the quote does not open its paragraph or the
    /// paragraph before does not end in a colon or names no one.
    /// </summary>
    private SpeakerMention? ColonIntroduction(MarkedQuote marked)
    {
        if (marked.FirstParagraph == 0 || _paragraphs[marked.FirstParagraph].Start != marked.MarkStart)
        {
            return null;
        }

        var previous = _paragraphs[marked.FirstParagraph - 1];
        if (previous.Start < _bodyOffset || _text.AsSpan(previous.Start, previous.End - previous.Start).TrimEnd().EndsWith(":") is false)
        {
            return null;
        }

        var sentenceStart = Math.Max(SentenceStart(Math.Max(previous.Start, previous.End - 2), previous.Start), PreviousQuoteEnd(marked, previous.Start));
        var tokens = TokensIn(sentenceStart, previous.End);

        // The exchange with the member, Callum Reddy, went like this: an exchange has two parties; its turns are read as turns.
        if (tokens.Count < 2 || tokens.Any(t => ExchangeNouns.Contains(t.Lower)))
        {
            return null;
        }

        // A statement from the trust's chair, the Rt Rev Martin Ellery, was read to reporters. It said: "it" is the document the sentence
        // before names, and its words are its author's.
        // (It read, in part: so with a word on how much is quoted; blind175.)
        if (tokens.Count >= 3 && tokens[0].Lower == "it" && tokens[1].Lower is "said" or "says" or "read" or "reads" or "stated" or "states" && tokens[^1].Raw == ":"
            && tokens.Skip(2).SkipLast(1).All(t => t.Lower is "," or "in" or "part" or "full" or "partly")
            && sentenceStart > previous.Start && AuthorOfDocumentIn(SentenceStart(sentenceStart - 1, previous.Start), sentenceStart) is { } author)
        {
            return author;
        }

        // In a written statement, translated from Russian by its press office, it said: "it" is the body heard from, as in one paragraph.
        if (ItCue(tokens, marked.MarkStart) is { } body)
        {
            return body;
        }

        // (The panel ignored the appellant's written statement, which reads in part: the document's owner, wherever it stands. Her
        // report concluded: the one a possessive pronoun owning the document stands for; blind355.)
        if ((QuotingDocumentOwner(tokens) ?? PronounDocumentOwner(tokens) ?? AuthorClosingSentence(tokens)) is { } writer)
        {
            return writer;
        }

        // The email read, in part: the written statement the sentence before named, as "…," the email said is read.
        if (StatementCue(tokens, sentenceStart) is { } statement)
        {
            return statement;
        }

        // The secretary read out her letter, in which she wrote: the subject of a relative clause on the document, who wrote it, not
        // the one reading it out (blind372).
        if (tokens.Count > 6 && tokens[^1].Raw == ":" && tokens[^6].Raw == "," && tokens[^5].Lower == "in" && tokens[^4].Lower == "which"
            && tokens[^3].Lower is "he" or "she" && QuoteLexicon.SpeechVerbs.Contains(tokens[^2].Lower) && IsDocumentNoun(tokens[^7].Lower))
        {
            return new SpeakerMention(MentionKind.Pronoun, tokens[^3].Raw, tokens[^3].Lower, [], null, true, tokens[^3].Start);
        }

        // (In a letter read out by the secretary, Deborah Fenwick-Shaw, our archivist, Margriet van der Hoek, who could not make the
        // journey, wrote: a speech verb right before the colon has its subject read as a cue's is, past the names an opening phrase
        // holds; blind371.)
        if (tokens.Count > 3 && IsActiveQuoteVerb(tokens, tokens.Count - 2) && CueBefore(tokens, sentenceStart, previous.Start) is { Kind: MentionKind.Name } cued)
        {
            return cued;
        }

        // In a written statement, translated from Arabic by the media office, Ms Khatib went further: the subject after the opening
        // adverbial and participle clauses, as a pronoun's subject is read, before the first name in the sentence.
        if (SubjectOf(sentenceStart, previous.End, marked.MarkStart) is { } subject && subject.Kind is MentionKind.Name or MentionKind.Organisation)
        {
            return new SpeakerMention(subject.Kind, subject.Name, subject.Name, subject.Titles, null, true, sentenceStart);
        }

        return CueBefore(tokens, sentenceStart, previous.Start);
    }

    /// <summary>
    /// Ms Oyelaran read into the record an email sent to Dr Carragher by the lead nurse, Grace Adebayo: / The Tribunal read a
    /// statement from Patient A's daughter: the words a sentence ending in a colon introduces are the document's author's, named
    /// after "by" or "from" at the sentence's end, not the reader's. Null when the sentence is not so.
    /// </summary>
    private static SpeakerMention? AuthorClosingSentence(List<CueToken> tokens)
    {
        // (a written statement, translated from Portuguese: "from" after "translated" gives the language, not the author.)
        var document = tokens.FindIndex(t => IsDocumentNoun(t.Lower));
        var author = document < 0 ? -1 : Enumerable.Range(document + 1, tokens.Count - document - 1)
            .FirstOrDefault(j => (tokens[j].Lower == "by" && !IsReadOutBy(tokens, j)) || (tokens[j].Lower == "from" && tokens[j - 1].Lower != "translated"), -1);
        return author > 0 && author + 1 < tokens.Count - 1
            && (MentionParser.EndingAt(tokens, tokens.Count - 1, author + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } named
                && (named.Start == tokens[author + 1].Start || tokens[IndexAt(tokens, named.Start, author + 1, tokens.Count) - 1].Raw == ",")
                ? named
                : SourceStartingAt(tokens, author + 1)) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } writer
            && ClauseEnd(tokens, IndexAt(tokens, writer.Start, author + 1, tokens.Count)) is var writerEnd
            && (writerEnd + 2 >= tokens.Count
                // (a letter from Jane Holt, the practice manager: a role in apposition may close the sentence after the author.)
                || (tokens[writerEnd].Raw == "," && ClauseEnd(tokens, writerEnd + 1) + 2 >= tokens.Count
                    && MentionParser.StartingAt(tokens, writerEnd + 1) is { Kind: MentionKind.Role } appositive && appositive.Start == tokens[writerEnd + 1].Start))
                ? writer
                : null;
    }

    // (Jo Kettering, who could not attend, wrote in a letter read out by the secretary: "by" after reading out names the reader, not
    // the author; blind293.)
    private static bool IsReadOutBy(List<CueToken> tokens, int by) =>
        by >= 1 && (tokens[by - 1].Lower == "read" || (by >= 2 && tokens[by - 1].Lower is "out" or "aloud" && tokens[by - 2].Lower == "read"));

    // The author of the document a sentence names: the first person named after "a statement from" or "a letter by", or whom the
    // pronoun stands for in "the letter he had sent"; null when the sentence names no document so.
    private SpeakerMention? AuthorOfDocumentIn(int start, int end)
    {
        var tokens = Unquoted(TokensIn(start, end));
        var document = tokens.FindIndex(t => IsDocumentNoun(t.Lower));
        if (document < 0 || document + 2 >= tokens.Count)
        {
            return null;
        }

        // (an email of 4 March 2024 from Linfield's managing director, Nikhil Desrosiers: a date given with "of" may stand between the
        // noun and "from"; blind175.)
        var from = document + 1;
        if (tokens[from].Lower == "of")
        {
            from = tokens.FindIndex(from + 1, Math.Min(MaximumDateWords + 1, tokens.Count - from - 1), t => !IsDateWord(t));
            from = from < 0 ? document + 1 : from;
        }

        if (tokens[from].Lower is "from" or "by")
        {
            var after = tokens[from].End;
            // (a written submission from the Northern branch, whose delegates could not travel. "…," it read: with no person named after
            // it, the body named right after "from"; blind402.)
            return _persons.Select(p => (Person: p, At: p.Positions.Where(x => x > after && x < end).DefaultIfEmpty(int.MaxValue).Min()))
                .Where(x => x.At < int.MaxValue && x.Person.Identity.IsPerson).OrderBy(x => x.At)
                .Select(x => new SpeakerMention(MentionKind.Name, x.Person.Key, x.Person.Key, [], null, true, x.At)).FirstOrDefault()
                ?? (MentionParser.StartingAt(tokens, from + 1) is { Kind: MentionKind.Organisation } body && body.Start == tokens[from + 1].Start ? body : null);
        }

        // (Derek Pomfrey opened by reading the letter he had sent to the council: the pronoun that sent or wrote it.)
        if (tokens[document + 1].Lower is "he" or "she" && tokens[document + 2].Lower is "had" or "has" or "sent" or "wrote")
        {
            return MentionParser.StartingAt(tokens, document + 1);
        }

        // (Her written statement was read to the Panel by …: a possessive pronoun opening the sentence owns the document; blind402.)
        if (PossessivePronounOwner(tokens, document) is { } opener && opener.Start == tokens[0].Start)
        {
            return opener;
        }

        // (Founder member Fergus MacAlister could not attend, but sent a letter that the secretary, Rosalind O'Hare, read aloud. It
        // said: the named person who sent or wrote it, whoever read it out; blind394.)
        var sent = tokens.FindLastIndex(document, t => t.Lower is "a" or "an");
        return sent >= 2 && SendingVerbs.Contains(tokens[sent - 1].Lower) && DocumentNounAfter(tokens, sent) == document
            && FirstMention(tokens.Take(sent - 1).ToList()) is { Kind: MentionKind.Name } sender
                ? sender
                : null;
    }

    // A date as copy writes one after a document's "of" (4 March 2024, 12 June, Tuesday): a number or a day's or month's name.
    private static bool IsDateWord(CueToken t) =>
        t.Raw.All(char.IsAsciiDigit) || QuoteLexicon.DayNames.Contains(t.Lower) || QuoteLexicon.MonthNames.Contains(t.Lower);

    // The words of such a date: day, month and year; set by hand.
    private const int MaximumDateWords = 3;

    private static readonly FrozenSet<string> ExchangeNouns = FrozenSet.ToFrozenSet(
        ["exchange", "exchanges", "conversation", "dialogue", "interview", "questioning", "cross-examination", "back-and-forth", "transcript"], StringComparer.Ordinal);

    // The conjunctions that open a clause of time, cause, condition or contrast after a quote's cue.
    private static bool OpensSubordinateClause(CueToken token) => token.Lower is "when" or "after" or "before" or "because" or "until" or "since" or "if"
        or "although" or "though" or "while" or "whereas";

    // … had been "too stunned to speak" when she told him: the speech verb of a subordinate clause after a quote is not its cue.
    private static List<CueToken> BeforeSubordinateClause(List<CueToken> remainder)
    {
        // (… he was "fine, just a bit sore," while Lusk, speaking outside, said: so are "while" and "whereas", which open a contrast.)
        // (… Župnik Ivo Radić, who has served the island parish since 2009, told: before a year or a number these words are
        // prepositions, no clause's opening; blind374.)
        var subordinate = remainder.FindIndex(OpensSubordinateClause);
        while (subordinate >= 0 && subordinate + 1 < remainder.Count && remainder[subordinate].Lower is "after" or "before" or "until" or "since"
               && remainder[subordinate + 1].Raw.All(char.IsDigit))
        {
            subordinate = remainder.FindIndex(subordinate + 1, OpensSubordinateClause);
        }

        // (… asked one spectator as Ferreira lined up at the top: so is "as" opening a clause of its own, a subject after it, but
        // not "as" after a word it completes: known as Buddy, described as the best; blind287, blind290, blind292.)
        var temporalAs = remainder.Count < 4 ? -1 : remainder.FindIndex(2, remainder.Count - 3, t => t.Lower == "as");
        if (temporalAs > 0 && (subordinate < 0 || temporalAs < subordinate) && remainder[temporalAs - 1].IsWord && !AsCompletes.Contains(remainder[temporalAs - 1].Lower)
            && remainder[temporalAs + 1] is { IsWord: true } opener && (QuoteLexicon.Pronouns.Contains(opener.Lower) || opener.Lower is "the" or "his" or "her" or "their"
                || MentionParser.IsNameWord(opener) || MentionParser.IsHonorific(opener)))
        {
            subordinate = temporalAs;
        }

        // (… "just against the mess", to which Mrs Pryce replied: "…": a relative clause opened by a preposition and "which" is a
        // reply to the quote, so its speech verb cues the quote after it.)
        var relative = remainder.FindIndex(t => t.Lower == "which");
        if (relative > 0 && remainder[relative - 1].Lower is "to" or "at" or "upon" or "on" && (subordinate < 0 || relative - 1 < subordinate))
        {
            subordinate = relative - 1;
        }

        // (He said the loss would cost him "…" and that his insurer had told him …: a that-clause joined by "and" or "but" goes on
        // with the reporting verb before the quote, so a speech verb inside it is another's, reported.)
        var joinedThat = remainder.Count < 2 ? -1 : remainder.FindIndex(1, t => t.Lower == "that");
        if (joinedThat > 0 && remainder[joinedThat - 1].Lower is "and" or "but" && (subordinate < 0 || joinedThat - 1 < subordinate))
        {
            subordinate = joinedThat - 1;
        }

        return subordinate >= 0 ? remainder.GetRange(0, subordinate) : remainder;
    }

    // The words "as" completes rather than opens a clause after (known as, described as, such as, the same as, seen as, acting as);
    // set by hand from English usage.
    private static readonly FrozenSet<string> AsCompletes = FrozenSet.ToFrozenSet(
        ["known", "described", "such", "so", "same", "referred", "regarded", "seen", "served", "serving", "acting", "working", "doubles", "doubling",
            "joined", "named", "listed", "identified", "introduced", "billed", "styled", "dubbed", "just", "much", "well", "soon", "long", "far"],
        StringComparer.Ordinal);

    // "…" — Ingrid Hale, director of the institute: a dash after a quote credits the name that follows it.
    private SpeakerMention? DashCredit(MarkedQuote marked, TextSpan lastParagraph)
    {
        var after = TokensIn(marked.MarkEnd, lastParagraph.End);
        return marked.Closed && after.Count > 1 && after[0].Raw is "—" or "–" && MentionParser.StartingAt(after, 1) is { Kind: MentionKind.Name or MentionKind.Role } credited
            && credited.Start == after[1].Start ? credited : null;
    }

    /// <summary>
    /// A statement was read on his behalf: "…"; A statement was issued on behalf of Mrs Okafor: "…": words someone else reads or
    /// issues for a person are that person's, when the clause before the quote gives no speaker of its own (a passive verb).
    /// </summary>
    private static SpeakerMention? OnBehalfOf(List<CueToken> prefix)
    {
        for (var k = 2; k + 1 < prefix.Count; k++)
        {
            if (prefix[k].Lower != "on" || prefix[k - 2].Lower is not ("was" or "were" or "been") || !PassiveStatementVerbs.Contains(prefix[k - 1].Lower)
                || prefix.Skip(k).Any(t => t.Raw is "." or "!" or "?"))
            {
                continue;
            }

            if (k + 2 < prefix.Count && prefix[k + 1].Lower is "his" or "her" && prefix[k + 2].Lower == "behalf")
            {
                var male = prefix[k + 1].Lower == "his";
                return new SpeakerMention(MentionKind.Pronoun, prefix[k + 1].Raw, male ? "he" : "she", [], null, true, prefix[k + 1].Start);
            }

            if (k + 3 < prefix.Count && prefix[k + 1].Lower == "behalf" && prefix[k + 2].Lower == "of"
                && MentionParser.StartingAt(prefix, k + 3) is { Kind: MentionKind.Name } principal && principal.Start == prefix[k + 3].Start)
            {
                return principal;
            }
        }

        return null;
    }

    /// <summary>
    /// "Not one person from Vienna came to look us in the eye." Štefan Hric, a maintenance fitter, said it twice: a sentence after
    /// the quote whose subject, a name or a role, says "it" or "this" (or "those words") speaks the quote.
    /// </summary>
    private SpeakerMention? SaidItAfter(MarkedQuote marked, TextSpan paragraph)
    {
        var end = SentenceEnd(marked.MarkEnd, paragraph.End);
        if (_marked.Any(m => m.MarkStart >= marked.MarkEnd && m.MarkStart < end))
        {
            return null;
        }

        var tokens = TokensIn(marked.MarkEnd, end);
        for (var v = 1; v + 1 < tokens.Count; v++)
        {
            if (!QuoteLexicon.SpeechVerbs.Contains(tokens[v].Lower) || !IsActiveSpeechVerb(tokens, v)
                || !(tokens[v + 1].Lower is "it" or "this" || (v + 2 < tokens.Count && tokens[v + 1].Lower is "those" or "the" && tokens[v + 2].Lower == "words")))
            {
                continue;
            }

            // (the subject opens the sentence: its name, then perhaps an appositive between commas, then the verb.)
            return MentionBefore(tokens, v, ClauseStart(tokens, v)) is { Kind: MentionKind.Name or MentionKind.Role } subject && subject.Start == tokens[0].Start
                ? subject : null;
        }

        return null;
    }

    // According to the administrators, Corwen Birch Restructuring, the company collapsed …: "the" and a role in the plural, then a
    // name between commas before the clause's own subject opens, is the firm the role stands for; null otherwise.
    private static SpeakerMention? FirmAfterPluralRole(List<CueToken> tokens, int from)
    {
        var comma = from + 2;
        if (comma + 1 >= tokens.Count || tokens[from].Lower != "the" || !tokens[from + 1].IsWord || !char.IsLower(tokens[from + 1].Raw[0])
            || !tokens[from + 1].Lower.EndsWith('s') || tokens[comma].Raw != ","
            || MentionParser.StartingAt(tokens, comma + 1) is not { Kind: MentionKind.Name or MentionKind.Organisation } firm || firm.Start != tokens[comma + 1].Start)
        {
            return null;
        }

        var closing = tokens.FindIndex(comma + 1, t => t.Start >= firm.Start + firm.Text.Length);
        return closing > 0 && tokens[closing].Raw == "," && closing + 1 < tokens.Count && tokens[closing + 1].Lower is "the" or "its" or "their"
            ? firm with { Kind = MentionKind.Organisation }
            : null;
    }

    // One Lower Brede resident told the session: "…" Another said …: "another" alone is one more of the unnamed source heard just
    // before in this paragraph or the one before (another resident); null when no such source was heard there.
    private SpeakerMention? AnotherOfLastUnnamedSource(int position)
    {
        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        var floor = paragraph > 0 ? _paragraphs[paragraph - 1].Start : 0;
        if (_events.LastOrDefault(e => e.Position < position && e.Position >= floor).Identity is not { Kind: MentionKind.Role } source
            || source.Name.Split(' ') is not [var determiner, .., var noun] || determiner is not ("a" or "an" or "one" or "another")
            || !QuoteLexicon.PersonHeads.Contains(noun))
        {
            return null;
        }

        var name = "another " + noun;
        return new SpeakerMention(MentionKind.Role, name, name, [noun], noun, false, position);
    }

    // The verbs of a statement someone else delivers for its author (was read, was issued on his behalf).
    private static readonly FrozenSet<string> PassiveStatementVerbs = FrozenSet.ToFrozenSet(
        ["read", "issued", "released", "delivered", "given", "published", "made", "posted"], StringComparer.Ordinal);

    // (a name she now finds "a bit too on the nose": a verb of judging takes the quote as its object only right before it.)
    private static SpeakerMention? ImmediateCue(List<CueToken> prefix) =>
        prefix.Count > 1 && (IsActiveQuoteVerb(prefix, prefix.Count - 1) || prefix[^1].Lower is "finds" or "considers" or "deems")
            ? MentionBefore(prefix, prefix.Count - 1, ClauseStart(prefix, prefix.Count - 1)) : null;

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

    // The one person the article's byline names (By Stacey Vaughan, Showbiz Editor: the name before a job title after a comma),
    // or null for none or several.
    private string? Writer() =>
        _article.Metadata.Byline?.Split(',')[0].Trim() is { } name && IsWriterName(name) ? name : DecisionWriter();

    // "I" as the writer, named; null when the article does not say who wrote it.
    private SpeakerMention? WriterMention(int position) =>
        Writer() is { } writer ? new SpeakerMention(MentionKind.Name, writer, writer, [], null, true, position) : null;

    // (Decision of Harrowfield City Council: a body's name, its last word a body's noun, writes no "I".)
    private static bool IsWriterName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 4 } words && words.All(w => char.IsUpper(w[0]))
        && !QuoteLexicon.OrganisationNouns.Contains(words[^1].ToLowerInvariant());

    // A decision written in the first person names its writer in its heading, not a byline: "Adjudicator: Eleri Castellanos-Pugh" as
    // a field of the case heading, or "Decision of Eleanor Vantreight, Traffic Commissioner for …". The heading is the text before the
    // first paragraph of running prose, which is where the decisions in our quote sets (blind166, blind190) put it.
    private string? DecisionWriter()
    {
        var heading = _paragraphs.Where(p => p.Start >= _bodyOffset).TakeWhile(p => !IsRunningProse(p.Start, p.End))
            .Take(MaximumHeadingParagraphs + 1).ToList();
        var lines = heading.Select(p => _text[p.Start..p.End])
            .Concat(_paragraphs.Where(p => p.Start >= _bodyOffset).Skip(heading.Count).Take(1).Select(p => _text[p.Start..p.End].Split('\n')[0]))
            .SelectMany(p => p.Split('\n')).Select(l => l.Trim());
        return lines.Select(l => DecisionWriterLine.Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value.Trim())
            .Where(IsWriterName).Distinct(StringComparer.Ordinal).ToList() is [var writer] ? writer : null;
    }

    // A paragraph of running prose has a full stop after a lowercase word; heading fields and a case title have none.
    private bool IsRunningProse(int start, int end) =>
        _text.AsSpan(start, end - start).IndexOf(". ") is var stop and > 0 && char.IsLower(_text[start + stop - 1])
        && _text.AsSpan(start, end - start).Count(' ') >= MinimumProseWords;

    // The heading of a decision runs to a few fields (service, case number, parties, the writer, the outcome), on lines of one
    // paragraph or on paragraphs of their own; set by hand on the headings of the decisions in blind166 and blind190 (one to seven
    // fields), with room.
    private const int MaximumHeadingParagraphs = 10;

    // Fewer words than this, even with a full stop, is a heading field (Decision: Appeal allowed. Costs reserved.), not a paragraph
    // of the decision; set by hand: the first paragraphs of the decisions in blind166 and blind190 run to more than twelve words.
    private const int MinimumProseWords = 12;

    private static readonly System.Text.RegularExpressions.Regex DecisionWriterLine = new(
        @"^(?:(?:Adjudicator|Ombudsman|Deputy Ombudsman|Investigator|Decision maker|Decided by|Reviewer|Commissioner|Traffic Commissioner|Inspector|Tribunal Judge|Employment Judge|Judge|Arbitrator|Assessor)\s*:\s*|Decision of\s+|Decision by\s+)"
        + @"(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Judge)\.?\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:,.*)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The survey report by Kyma Marine Engineering was blunter. It found that the face had "…": "It" opening the sentence after
    /// one whose subject is a document given with its author after "by" or "of", or opened by its owner's possessive, is that
    /// document, and its words are the author's or the owner's. Null when the words are not so.
    /// </summary>
    private SpeakerMention? ItOfDocumentBefore(List<CueToken> prefix)
    {
        // (… found the records “clinically meaningless”. It concluded …: the close of a quote before "It" is no word of its sentence.)
        prefix = [.. prefix.SkipWhile(t => !t.IsWord)];
        // (The report of the case officer, Ms Harriet Oduya, recommended refusal. Its conclusion: the part of the document a colon
        // opens, with no verb, is the document's words as much as what "it" said, so it is read as "It said"; blind362.)
        var part = prefix is [{ Raw: "Its" }, .., { Raw: ":" }] && prefix.Count - 2 <= MaximumDocumentModifiers
            && prefix.Skip(1).SkipLast(1).All(t => t.IsWord && char.IsLower(t.Raw[0])) && DocumentPartNouns.Contains(prefix[^2].Lower);
        if (part)
        {
            prefix = [prefix[0] with { Raw = "It" }, prefix[^2] with { Raw = "said" }];
        }

        if (prefix.Count < 2 || prefix[0].Raw != "It" || !IsDocumentVerb(prefix, 1)
            || _paragraphs.FirstOrDefault(p => p.Start <= prefix[0].Start && prefix[0].Start < p.End) is not { End: > 0 } paragraph
            || prefix[0].Start - 2 < paragraph.Start)
        {
            return null;
        }

        var before = Unquoted(TokensIn(SentenceStart(prefix[0].Start - 2, paragraph.Start), prefix[0].Start));
        if (before.Count >= 4 && before[0].Lower == "the" && MentionParser.IsPossessive(before[1]) && DocumentNounAfter(before, 1) is > 0 and var owned)
        {
            // (The Trust's investigation report was before the panel. It concluded that …: a document its owner's possessive opens
            // is the owner's, as it would be were the document the subject of the verb; blind321.)
            return DocumentOwner([.. before.Take(owned + 1), .. prefix.Skip(1)]);
        }

        // (An expert report prepared for the Council by Dr Helena Marchetti-Boyle found …. It concluded: a document "a" or "an" opens
        // and gives with its author is as much the subject "it" takes up; blind354, blind357.)
        return before.Count >= 4 && before[0].Lower is "the" or "a" or "an" && DocumentNounAfter(before, 0) is > 0 and var noun ? DocumentAuthorAfter(before, noun).Author : null;
    }

    // The parts of a document a colon after "Its" opens (Its conclusion:, Its closing paragraph:); set by hand.
    private static readonly FrozenSet<string> DocumentPartNouns = FrozenSet.ToFrozenSet(
        ["conclusion", "conclusions", "summary", "recommendation", "recommendations", "verdict", "finding", "findings", "paragraph", "passage", "wording",
            "message", "advice", "opening", "ending", "preamble", "introduction", "foreword"], StringComparer.Ordinal);

    /// <summary>
    /// Glasshouse Media said in a statement: "…" It added that a successor would be named "in due course": "it" as the subject of
    /// a speech verb is the last body that spoke, in this paragraph or the one before; else the last body named there, or one heard
    /// under a one-word name no person holds; null when there is none.
    /// </summary>
    private SpeakerMention? ItCue(List<CueToken> prefix, int position)
    {
        var v = 1;
        while (v < prefix.Count && !IsActiveQuoteVerb(prefix, v))
        {
            v++;
        }

        // (Last week it wrote to the cooperative that …: a short opening of time with no comma may stand before "it" too.)
        var timeOpening = v >= 2 && v - 1 <= MaximumUncommaedOpeningWords && prefix.Take(v - 1).All(t => t.IsWord)
            && (OpeningAdverbials.Contains(prefix[0].Lower) || (prefix[0].Lower is "last" or "this" or "next" or "that" or "on" or "earlier" or "later"
                && prefix.Skip(1).Take(v - 2).Any(t => TimeWords.Contains(t.Lower))));
        if (v >= prefix.Count || prefix[v - 1].Lower != "it" || (v >= 2 && prefix[v - 2].IsWord && prefix[v - 2].Lower is not ("and" or "but") && !timeOpening))
        {
            return null;
        }

        // Her written statement was read to the Panel by the presenting officer, Mr Kwame Adjei-Brennan. It said: "it" opening the
        // sentence after one about a document is the document, its words its author's, not the body it was read to (blind402).
        if (v == 1 && PreviousSentenceIn(position) is var (previousSentence, itSentence) && AuthorOfDocumentIn(previousSentence, itSentence) is { } author)
        {
            return author;
        }

        // In a post on its website, it urged: an opening adverbial up to its comma may stand before "it", nothing else (In a written
        // statement, translated from Russian by its press office, it said: a participle phrase between commas inside it too).
        if (v >= 2 && prefix[v - 2].Raw == "," && !(OpeningAdverbials.Contains(prefix[0].Lower) && prefix.Take(v - 2).All(t => t.IsWord || t.Raw == ",")))
        {
            return null;
        }

        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        var floor = paragraph > 0 ? _paragraphs[paragraph - 1].Start : 0;
        // (Ms Marsh, the team's deputy leader, said …. It urged: "it" is never the person who spoke since.)
        var last = _events.LastOrDefault(e => e.Position < position && e.Position >= floor && e.Identity.Kind == MentionKind.Organisation);
        // … a body calling itself the Port Hands Committee has issued a statement. In its English version, it said: with no body
        // heard from yet, the last one named there; failing that, one who spoke under a one-word name no person holds (The state gas
        // company, Vostgaz, insisted …. …, it said).
        // (Brannock Aggregates issued a statement. "…," it said: a body opening a sentence of this paragraph since the last one heard
        // from is the one "it" takes up.)
        var paragraphStart = paragraph >= 0 ? _paragraphs[paragraph].Start : 0;
        var opener = _organisations.Where(o => o.Position < position && o.Position >= paragraphStart && o.Position > (last.Identity is null ? -1 : last.Position)
                && !IsTailOfLongerName(o) && SentenceStart(o.Position, paragraphStart) is var opens
                && TokensIn(opens, o.Position).All(t => t.Lower == "the" || t.Raw == "&" || MentionParser.IsNameWord(t)))
            .OrderBy(o => o.Position).Select(o => o.Name).LastOrDefault();
        // (The older people's charity Silver Thread said in a statement that …. "…," it said: a speaker of this paragraph whom nothing
        // shows to be a person, whom the person registry does not hold, whose name opens with no given name or whom a body's
        // noun introduced (the charity Silver Thread), is the one "it" takes up, before any body heard earlier.)
        var heard = _events.LastOrDefault(e => e.Position < position && e.Position >= paragraphStart).Identity;
        // (Bright Gate Migration Services said …. It said …: a name a body's kind word ends is a body's, whatever its first word.)
        var bodyLike = heard is { Kind: MentionKind.Name } && heard.Name.Contains(' ', StringComparison.Ordinal) && !_genders.ContainsKey(heard.Name)
            && (!_persons.Any(p => p.Key == heard.Name) || !_givenNames.IsGivenName(heard.Name[..heard.Name.IndexOf(' ', StringComparison.Ordinal)])
                || IsKindMarkedName(heard.Name)
                || QuoteLexicon.OrganisationNouns.Where(n => !QuoteLexicon.RoleNouns.Contains(n)).Any(n => IntroducedAs(n, position).Any(o => o.Name == heard.Name)))
                ? heard.Name : null;
        var name = opener ?? bodyLike ?? BodyNounOpeningSince(Math.Max(paragraphStart, last.Identity is null ? 0 : last.Position + 1), prefix[v - 1].Start)
            ?? (last.Identity is { } body ? body.Name
            : _organisations.Where(o => o.Position < position && o.Position >= floor && !IsTailOfLongerName(o)).OrderBy(o => o.Position).Select(o => o.Name).LastOrDefault()
            ?? _events.Where(e => e.Position < position && e.Position >= floor && e.Identity.Kind == MentionKind.Name && !e.Identity.Name.Contains(' ', StringComparison.Ordinal)
                    && !_persons.Any(p => p.Key == e.Identity.Name || p.Parts.Contains(e.Identity.Name, StringComparer.Ordinal)))
                .Select(e => e.Identity.Name).LastOrDefault()
            ?? BodyDescribedSince(floor, position));
        // (The Commission has fined Mr Coulthard. It will not …: a body's noun alone, capitalised, is the body named in full before.)
        if (name is not null && !name.Contains(' ', StringComparison.Ordinal) && name.ToLowerInvariant() is var noun && QuoteLexicon.OrganisationNouns.Contains(noun)
            && OrganisationBefore(noun, [noun], position) is { } full)
        {
            name = full;
        }

        return name is null ? null : new SpeakerMention(MentionKind.Organisation, name, name, [], null, true, prefix[v - 1].Start);
    }

    // The association wants paid night watchers on the plateau. It said in a letter …: a sentence since `floor` opened by "the", a
    // body's noun and its verb names the body a later "it" takes up, by the name it was introduced under (blind365), or by the noun
    // when it was given none.
    private string? BodyNounOpeningSince(int floor, int position)
    {
        foreach (var start in _breaks.Where(b => b >= floor && b < position).Reverse())
        {
            if (TokensIn(start, position) is [{ Lower: "the" }, var noun, var verb, ..] && char.IsLower(noun.Raw[0]) && QuoteLexicon.OrganisationNouns.Contains(noun.Lower)
                && !QuoteLexicon.NonReferentOrganisationNouns.Contains(noun.Lower) && verb.IsWord && char.IsLower(verb.Raw[0]) && verb.Lower is not ("of" or "and" or "or"))
            {
                // (The committee has agreed to raise the subscription. It said …: a body no name was given is its noun; blind385.)
                return OrganisationBefore(noun.Lower, [noun.Lower], noun.Start) ?? noun.Lower;
            }
        }

        return null;
    }

    // "The decision was not taken lightly," it said: "it" and its speech verb right after the quote are the body "it" stands for,
    // read as the same words before a quote are.
    private SpeakerMention? ItCueAfter(List<CueToken> remainder, int position)
    {
        var clause = remainder.SkipWhile(t => t.Raw == ",").ToList();
        // ("…," it read: a document that reads is read as one that said; blind402.)
        if (clause.Count >= 2 && clause[0].Lower == "it" && clause[1].Lower is "read" or "reads")
        {
            clause[1] = clause[1] with { Raw = "said" };
        }

        return clause.Count >= 2 && clause[0].Lower == "it" && IsActiveQuoteVerb(clause, 1) ? ItCue(clause, position) : null;
    }

    // In a statement, the company blamed energy prices …. "…," it said: the body the last definite description of one since
    // `floor` (the company, the council) stands for, when no body is named there; null when none.
    private string? BodyDescribedSince(int floor, int position)
    {
        var tokens = Unquoted(TokensIn(floor, position));
        for (var k = tokens.Count - 1; k >= 1; k--)
        {
            // (The fund's letter was generous. It described …: so the body's noun as the owner of the document that speaks; the
            // council's estates department, the trust's chair own no words.)
            var owner = MentionParser.IsPossessive(tokens[k]);
            var noun = owner ? tokens[k].Lower[..^2] : tokens[k].Lower;
            if (owner && (k + 1 >= tokens.Count || !IsDocumentNoun(tokens[k + 1].Lower)))
            {
                continue;
            }

            if (tokens[k - 1].Lower == "the" && char.IsLower(tokens[k].Raw[0]) && QuoteLexicon.OrganisationNouns.Contains(noun)
                && !QuoteLexicon.NonReferentOrganisationNouns.Contains(noun) && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || char.IsLower(tokens[k + 1].Raw[0]))
                && !(k + 1 < tokens.Count && tokens[k + 1].Lower == "of"))
            {
                return OrganisationBefore(noun, [noun], tokens[k].Start);
            }
        }

        return null;
    }

    // Gaming Standards Council read inside the Betting and Gaming Standards Council: a tail of a longer body's name where that name
    // stands is no body of its own.
    private bool IsTailOfLongerName((string Name, int Position) organisation) => IsTailOf(organisation.Name, organisation.Position, _organisations);

    // Whether a body's name met at `position` is the tail of a longer one among `names` that stands where it does.
    private static bool IsTailOf(string name, int position, IEnumerable<(string Name, int Position)> names) =>
        names.Any(w => w.Name.Length > name.Length && w.Name.EndsWith(" " + name, StringComparison.Ordinal) && w.Position <= position && position < w.Position + w.Name.Length);

    // Verbs that put a document out (published its report, issued a statement); the verb stands at most this many words before
    // the document's noun (published its 42-page report, issued a long written statement). Set by hand.
    private static readonly FrozenSet<string> PublishingVerbs = FrozenSet.ToFrozenSet(["published", "publishes", "issued", "issues", "released", "releases",
        "produced", "produces", "presented", "presents", "submitted", "submits", "delivered", "delivers"], StringComparer.Ordinal);

    private const int MaximumPublishedDocumentWords = 4;

    // The verbs that send a written statement of each kind, whose subject wrote it (emailed the manager: the email).
    private static readonly FrozenDictionary<string, string[]> SentVerbs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["email"] = ["emailed", "e-mailed"], ["e-mail"] = ["emailed", "e-mailed"], ["post"] = ["posted"], ["message"] = ["messaged"], ["tweet"] = ["tweeted"],
        // (The Harbour Commissioners have also written to the council. The letter said: met in blind219. Only "to" someone: wrote
        // alone is any writing.)
        ["letter"] = ["wrote to", "written to"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Whether the words of `phrase` (one or more, lowercase) stand in the article from token `k` on.
    private bool IsPhraseAt(int k, string phrase) =>
        phrase.Split(' ') is var words && k + words.Length <= _tokens.Count && Enumerable.Range(0, words.Length).All(i => _tokens[k + i].Lower == words[i]);

    // Who sent a document by the verb at token `k`: the subject before it in its sentence; when that is "it", the body "it" stands
    // for (On 14 March it wrote to Mr X); a phrase owned by a possessive (the society's committee) gives no name. Null otherwise.
    private SpeakerMention? SenderBefore(int k, int position)
    {
        var sending = TokensIn(SentenceStart(_tokens[k].Start, 0), _tokens[k].Start);
        return (sending.Count > 0 && sending[^1].Lower == "it" ? ItCue([.. sending, _tokens[k]], position) : MentionBefore(sending, sending.Count, 0))
            is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } sender
            && !sending.Any(t => t.Start >= sender.Start && t.Start < sender.Start + sender.Text.Length && MentionParser.IsPossessive(t))
                ? sender
                : null;
    }

    // A participle's clause between commas after a document's noun (signed by 46 heads of families) runs to this many words; set
    // by hand.
    private const int MaximumDocumentClauseWords = 8;

    // Verbs whose object is a written statement sent to someone (sent a letter, wrote an email to the club).
    private static readonly FrozenSet<string> SendingVerbs = FrozenSet.ToFrozenSet(["sent", "sends", "wrote", "writes", "emailed", "posted"], StringComparer.Ordinal);

    /// <summary>
    /// "…," the statement said; The email continued: "…": the author of the statement, email or letter the article named before
    /// (a statement from the council, the council said in a statement, In an email to staff, chief executive X wrote).
    /// </summary>
    private SpeakerMention? StatementCue(List<CueToken> tokens, int position)
    {
        // Haddow Parish Council objects. Its response states that …: the document's owner "its" names is the body "it" would; the
        // document's noun and "its" are read as "it".
        // (Its written submission said: one lowercase word may stand before the noun; blind277.)
        // (Its open letter, signed by 46 heads of families, reads in part: a participle's clause between commas may follow the noun, and
        // a document reads; blind341.)
        var itsNoun = tokens.Count > 3 && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0]) && !IsDocumentNoun(tokens[1].Lower) ? 2 : 1;
        var itsVerb = itsNoun + 1 < tokens.Count && tokens[itsNoun + 1].Raw == "," && tokens.FindIndex(itsNoun + 2, t => t.Raw == ",") is var closing and > 0
            && closing - itsNoun - 2 <= MaximumDocumentClauseWords && tokens[itsNoun + 2].Lower.EndsWith("ed", StringComparison.Ordinal)
            && tokens.Skip(itsNoun + 2).Take(closing - itsNoun - 2).All(t => t.IsWord)
                ? closing + 1 : itsNoun + 1;
        // (A document that reads is read as one that said, the verb "it" takes for a body's words.)
        var itsSpeech = tokens.Count > itsVerb && IsActiveSpeechVerb(tokens, itsVerb);
        if (tokens.Count > itsVerb && tokens[0].Lower == "its" && IsDocumentNoun(tokens[itsNoun].Lower) && (itsSpeech || ReadingVerbs.Contains(tokens[itsVerb].Lower))
            && ItCue([new CueToken(tokens[0].Start, tokens[0].End, "it"), itsSpeech ? tokens[itsVerb] : tokens[itsVerb] with { Raw = "said" }, .. tokens.Skip(itsVerb + 1)], position) is { } owner)
        {
            return owner;
        }

        // ("…," the assessment states, after "A noise assessment submitted by the installer, Brightwater Heat Ltd, predicts …": a
        // document named again as the clause's subject is the words of the author it was named with; blind369.)
        // (On privacy, the report finds that …: after an opening phrase of topic; blind379.)
        var subjectAt = tokens.Count > 3 && tokens[0].Lower is "on" or "as" or "for" && tokens.FindIndex(t => t.Raw == ",") is var topicEnd and > 1
            && topicEnd <= MaximumOpeningPhraseWords ? topicEnd + 1 : 0;
        if (tokens.Count >= subjectAt + 3 && tokens[subjectAt].Lower == "the" && DocumentNounAfter(tokens, subjectAt) is > 0 and var documentNoun
            && IsDocumentVerb(tokens, documentNoun + 1) && AuthorOfDocumentNamedBefore(tokens[documentNoun].Lower, position) is { } documentAuthor)
        {
            return documentAuthor;
        }

        string? noun = null;
        for (var v = 1; v < tokens.Count && noun is null; v++)
        {
            if ((IsActiveSpeechVerb(tokens, v) || tokens[v].Lower is "continued" or "continues" or "read" or "reads" || (tokens[v].Lower is "went" or "goes" && v + 1 < tokens.Count && tokens[v + 1].Lower == "on"))
                && (WrittenStatementNouns.Contains(tokens[v - 1].Lower) || IsFindingsNoun(tokens[v - 1].Lower))
                && (v < 2 || tokens[v - 2].Lower is "the" or "its" or "their" or "his" or "her"))
            {
                noun = tokens[v - 1].Lower;
            }
        }

        if (noun is null)
        {
            return null;
        }

        for (var k = _tokens.Count - 1; k >= 0; k--)
        {
            // On 21 June the claimant emailed the regional manager. The email read: the one who emailed, posted or messaged wrote it.
            // (a sending verb whose subject is no one named, "it was emailed", leaves the search to go on back.)
            if (_tokens[k].Start < position && _tokens[k].Start >= _bodyOffset && SentVerbs.TryGetValue(noun, out var sent) && sent.Any(verb => IsPhraseAt(k, verb))
                && SenderBefore(k, position) is { } sentBy)
            {
                return sentBy;
            }

            if (_tokens[k].Start >= position || _tokens[k].Lower != noun || _tokens[k].Start < _bodyOffset)
            {
                continue;
            }

            if (PossessivePronounOwner(_tokens, k) is { } pronounOwner)
            {
                return pronounOwner;
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

            // The federation's Fair Play Panel … published its 42-page report on Monday: the subject of the sentence that says who
            // published the document is its author.
            // (chaired by Professor Marit Olsen: a name after "by" is no subject; the first body or person before the verb is.)
            var published = Enumerable.Range(Math.Max(0, k - MaximumPublishedDocumentWords), Math.Min(MaximumPublishedDocumentWords, k))
                .Where(j => PublishingVerbs.Contains(_tokens[j].Lower)).DefaultIfEmpty(-1).First();
            if (published > 0 && _organisations.Select(o => (o.Name, o.Position, Kind: MentionKind.Organisation))
                    .Concat(_persons.Select(p => (Name: p.Key, Position: p.Positions.FirstOrDefault(x => x >= sentence), Kind: MentionKind.Name)))
                    .Where(o => o.Position >= sentence && o.Position < _tokens[published].Start && WordBeforeName(o.Position) is not ("by" or "with"))
                    .OrderBy(o => o.Position).FirstOrDefault() is { Name: { } publisher } first)
            {
                return new SpeakerMention(first.Kind, publisher, publisher, [], null, true, _tokens[k].Start);
            }

            // The appellant's probation officer, Ms Tamsin Yeo, assessed his risk as low in a letter dated 2 March. The letter said: the
            // subject of a sentence that did something "in a letter" wrote it, read past a role to the name apposed to it. (The
            // sentence-opening name below stays for "by letter": read so, blind190's council letters lose their author.)
            if (k > 1 && _tokens[k - 1].Lower is "a" or "an" && _tokens[k - 2].Lower == "in" && SubjectOf(sentence, end, _tokens[k].Start) is { Kind: MentionKind.Name or MentionKind.Organisation } writer)
            {
                return new SpeakerMention(writer.Kind, writer.Name, writer.Name, writer.Titles, null, true, _tokens[k].Start);
            }

            // The council rejected those representations by letter on 3 February. The letter said …: a body or person that answered,
            // replied or wrote "by letter" or sent one is the document's author, the subject of that sentence.
            if (k > 0 && (_tokens[k - 1].Lower == "by" || (_tokens[k - 1].Lower is "a" or "an" && k > 1 && SendingVerbs.Contains(_tokens[k - 2].Lower)))
                && TokensIn(sentence, end) is var sentenceTokens && MentionParser.StartingAt(sentenceTokens, 0) is { } senderMention
                && senderMention.Start == sentenceTokens[0].Start && Resolve(senderMention, _tokens[k].Start) is { Kind: MentionKind.Name or MentionKind.Organisation } sender)
            {
                return new SpeakerMention(sender.Kind, sender.Name, sender.Name, sender.Titles, null, true, _tokens[k].Start);
            }

            // Independent Inspectorate of Prisons – report summary; Broadcast Standards Panel | Ruling summary: a short line naming a
            // body and then the document is the document's label, and the body its author.
            if (_paragraphs.FirstOrDefault(p => p.Start <= _tokens[k].Start && _tokens[k].Start < p.End) is { End: > 0 } line
                && Words(line.Start, line.End) <= MaximumDocumentLabelWords
                && _organisations.Select(o => o.Name).Where(n => _text.AsSpan(line.Start, line.End - line.Start).StartsWith(n, StringComparison.Ordinal))
                    .OrderByDescending(n => n.Length).FirstOrDefault() is { } issuer)
            {
                return new SpeakerMention(MentionKind.Organisation, issuer, issuer, [], null, true, _tokens[k].Start);
            }
        }

        // The Coastal Accident Investigation Branch has found that …. "…," the report states: a report no earlier sentence gives an
        // author is the one whose findings the article reports, the last body heard from.
        return IsFindingsNoun(noun) && _events.LastOrDefault(e => e.Position < position && e.Identity.Kind == MentionKind.Organisation).Identity is { } body
            ? new SpeakerMention(MentionKind.Organisation, body.Name, body.Name, [], null, true, tokens[0].Start)
            : null;
    }

    // Documents in which a body sets down what it found or decided (the report states, the ruling said), whose author is a body.
    private static bool IsFindingsNoun(string lower) => lower is "report" or "findings" or "ruling" or "judgment" or "judgement" or "determination" or "adjudication";

    // A line that labels a document under its author's name (Independent Inspectorate of Prisons – report summary, published 3 May)
    // runs to a dozen words at most in our sets; set by hand, with room.
    private const int MaximumDocumentLabelWords = 15;

    /// <summary>
    /// was the verdict of one season-ticket holder outside the club shop: after a verdict's "of" the indefinite phrase is a speaker
    /// whatever its noun, named by its words up to a preposition, a relative or the clause's end; null when no such phrase opens there.
    /// </summary>
    private static SpeakerMention? IndefiniteVerdictSource(List<CueToken> tokens, int from)
    {
        if (from >= tokens.Count || tokens[from].Lower is not ("a" or "an" or "one" or "another"))
        {
            return null;
        }

        var end = from + 1;
        while (end < tokens.Count && end - from <= MaximumUnnamedSourceWords && tokens[end].IsWord && char.IsLower(tokens[end].Raw[0])
               && !SourcePostmodifiers.Contains(tokens[end].Lower) && !NestedPrepositions.Contains(tokens[end].Lower) && tokens[end].Lower is not ("that" or "which"))
        {
            end++;
        }

        if (end - from < 2)
        {
            return null;
        }

        return UnnamedRole(tokens, from, end);
    }

    // Things written by one author that copy goes on quoting as the subject of a speech verb (the email continued, the letter added).
    private static readonly FrozenSet<string> WrittenStatementNouns = FrozenSet.ToFrozenSet(
        ["statement", "email", "e-mail", "letter", "memo", "post", "message", "note", "tweet", "blog"], StringComparer.Ordinal);

    // One neighbour … described Mill Lane as "…", said a unit running through the night would "…": "said" after the quote whose object is
    // a clause, a noun phrase and then its finite verb with no comma between, goes on with the sentence's own subject; no inverted
    // cue names a speaker there (blind385).
    private static bool OpensReportedClause(List<CueToken> tokens)
    {
        var said = tokens is [{ Raw: "," }, { Lower: "said" or "says" }, ..] ? 1 : tokens is [{ Lower: "said" or "says" }, ..] ? 0 : -1;
        if (said < 0)
        {
            return false;
        }

        for (var k = said + 1; k < tokens.Count && k <= said + 1 + MaximumReportedSubjectWords; k++)
        {
            // (…," said one long-standing member as the vote was called: a clause of its own after the speaker; blind378.)
            if (!tokens[k].IsWord || tokens[k].Lower is "who" or "whose" or "which" or "that" or "as" or "when" or "while" or "after" or "before" or "because"
                or "if" or "since" or "until" or "where" or "once")
            {
                return false;
            }

            if (FiniteVerbs.Contains(tokens[k].Lower))
            {
                return k > said + 1;
            }
        }

        return false;
    }

    // The words of a reported clause's subject before its verb (a unit running through the night); set by hand.
    private const int MaximumReportedSubjectWords = 8;

    private SpeakerMention? CueAfter(List<CueToken> tokens)
    {
        if (OpensReportedClause(tokens))
        {
            return null;
        }

        // "Were you invited in the end?" I asked: in a first-person piece the writer speaks, the one person the byline names.
        var i = tokens.Count > 0 && tokens[0].Raw == "," ? 1 : 0;
        if (i + 1 < tokens.Count && tokens[i].Raw == "I" && QuoteLexicon.SpeechVerbs.Contains(tokens[i + 1].Lower) && WriterMention(tokens[i].Start) is { } writer)
        {
            return writer;
        }

        // "Will anyone be evicted?" we asked: the writers speak for the outlet the article is from.
        if (i + 1 < tokens.Count && tokens[i].Raw == "we" && QuoteLexicon.SpeechVerbs.Contains(tokens[i + 1].Lower) && Outlet() is { } outlet)
        {
            return new SpeakerMention(MentionKind.Organisation, outlet, outlet, [], null, true, tokens[i].Start);
        }

        // "…," was the verdict of one season-ticket holder, "…" is the view from the dressing room: the copula, a verdict noun and
        // "of" or "from" name the speaker after the quote, as "That was the verdict of" does before it.
        var verdict = tokens.FindIndex(t => IsVerdictWord(t.Lower));
        if (verdict >= 2 && verdict <= MaximumVerdictWords + 1 && tokens.Count > verdict + 2 && QuoteLexicon.Copulas.Contains(tokens[0].Lower) && tokens[1].Lower == "the"
            && tokens.Skip(2).Take(verdict - 2).All(t => t.IsWord && char.IsLower(t.Raw[0])) && tokens[verdict + 1].Lower is "of" or "from")
        {
            var from = verdict + 2;
            return UnnamedSource(tokens, from, ClauseEnd(tokens, from)) ?? IndefiniteVerdictSource(tokens, from) ?? MentionParser.StartingAt(tokens, from);
        }

        // "…", as she put it / as Mr Lund put it: the speaker of the words is named in the comparison.
        if (tokens.Count > 4 && tokens[0].Raw == "," && tokens[1].Lower == "as")
        {
            var put = tokens.FindIndex(2, t => t.Lower is "put" or "puts");
            if (put > 2 && put + 1 < tokens.Count && tokens[put + 1].Lower == "it" && MentionParser.EndingAt(tokens, put, 2) is { } asPut && asPut.Start == tokens[2].Start)
            {
                return asPut;
            }
        }

        // "In," the spectator decided a moment later: a verdict given aloud right after the quote, its subject inverted as a speech
        // verb's is; not a decision to do something or that something is so (blind380).
        if (tokens.Count > i + 1 && tokens.FindIndex(t => t.Lower == "decided") is var decided && decided > i
            && (decided + 1 == tokens.Count || tokens[decided + 1].Lower is not ("to" or "that" or "on" or "against" or "it" or "whether"))
            && MentionParser.EndingAt(tokens, decided, i) is { Kind: not MentionKind.Organisation } decider && decider.Start == tokens[i].Start)
        {
            return decider;
        }

        // "…", while Ada Mensah called them "…": a clause after a comma and a contrasting conjunction has a speaker of its own.
        // "…", and a university spokesperson said …: so does one after "and" whose subject is a new noun phrase or name.
        var cut = tokens.Count < 2 ? -1 : Enumerable.Range(1, tokens.Count - 1).FirstOrDefault(k => tokens[k - 1].Raw == ","
            && (tokens[k].Lower is "while" or "whilst" or "whereas" or "but"
                || (tokens[k].Lower == "and" && k + 1 < tokens.Count && (QuoteLexicon.Determiners.Contains(tokens[k + 1].Lower) || MentionParser.IsNameWord(tokens[k + 1])
                    || MentionParser.IsHonorific(tokens[k + 1])))), -1);
        if (cut > 0)
        {
            tokens = tokens.GetRange(0, cut);
        }


        for (var v = 0; v < tokens.Count; v++)
        {
            var w = tokens[v].Lower;
            if (w == "according" && v + 1 < tokens.Count && tokens[v + 1].Lower == "to" && !IsSourcelessDocument(tokens, v + 2))
            {
                return SourceStartingAt(tokens, v + 2);
            }

            // "…", in the words of the blogger's barrister: the words' owner, as "according to" names a source.
            if (w == "words" && v >= 2 && tokens[v - 1].Lower == "the" && tokens[v - 2].Lower == "in" && v + 2 < tokens.Count && tokens[v + 1].Lower == "of")
            {
                return SourceStartingAt(tokens, v + 2);
            }

            // (After the quote only: a retort before its quote, a source close to X hit back:, is read as other cues are.)
            if (!IsActiveQuoteVerb(tokens, v) && !(IsRetortVerb(tokens, v) && IsActive(tokens, v)))
            {
                continue;
            }

            var floor = ClauseStart(tokens, v);
            var mention = MentionBefore(tokens, v, floor) ?? (v == floor ? SourceAfterVerb(tokens, v + 1) : null);
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

    /// <summary>
    /// The speaker a speech verb after its quote names from <paramref name="from"/> on: one of a group, an unnamed person or source,
    /// a titled role, or a name. An unnamed person followed by their name between commas (asked one resident, Chiara
    /// Benedetti-Moll, who …; said a neighbour, Tobiah Grennan) is the named person.
    /// </summary>
    private static SpeakerMention? SourceAfterVerb(List<CueToken> tokens, int from)
    {
        var source = PartitiveAfter(tokens, from) ?? IndefinitePersonAfter(tokens, from) ?? UnnamedSource(tokens, from, ClauseEnd(tokens, from))
            ?? TitledRoleThenName(tokens, from) ?? DepartmentRoleThenName(tokens, from) ?? MentionParser.StartingAt(tokens, from) ?? NameAfterModifiers(tokens, from);
        return source is { Kind: MentionKind.Role, Definite: false } && source.Start == tokens[from].Start
            && NameInApposition(tokens, tokens.FindIndex(from, t => t.Start >= source.Start + source.Text.Length)) is { } named && named.Name.Contains(' ', StringComparison.Ordinal)
            ? named with { Titles = [.. source.Titles, .. named.Titles] }
            : source;
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
        var postmodified = false;
        while (end < tokens.Count && end - from <= MaximumRoleModifiersBeforeSource + 1 && tokens[end].IsWord && char.IsLower(tokens[end].Raw[0])
               && tokens[end].Lower is not ("who" or "whose" or "that" or "and" or "but" or "outside" or "near" or "inside" or "beside" or "behind"))
        {
            // (said one boater moored above the lock, who asked not to be named: a participle after the noun opens where they were.)
            if (end > from + 1 && IsParticipleAfterNoun(tokens, end))
            {
                postmodified = true;
                break;
            }

            end++;
        }

        // (said one first-year outside the library: a person noun, or a hyphenated one the lexicon does not know, before where they
        // stood; one analyst at a Leedsham broker keeps "at", which says who they are.)
        var head = end - 1;
        var placed = end < tokens.Count && tokens[end].Lower is "outside" or "near" or "inside" or "beside" or "behind";
        var personNoun = head > from && (IndefinitePersonNouns.Contains(tokens[head].Lower) || QuoteLexicon.PersonHeads.Contains(tokens[head].Lower)
            || (tokens[head].Raw.Contains('-', StringComparison.Ordinal) && !QuoteLexicon.DocumentNouns.Contains(tokens[head].Lower)));
        // (said one walker who had watched from the path: whatever the noun, one a "who" clause describes is a person.)
        personNoun |= head > from && end < tokens.Count && tokens[end].Lower is "who" or "whose";
        // (… moored above the lock, who asked not to be named: so is one the clause after the participle's phrase describes.)
        personNoun |= head > from && postmodified && tokens.Skip(end).Take(MaximumAppositiveWords).TakeWhile(t => t.Raw is not ("." or ";")).Any(t => t.Lower is "who" or "whose");
        placed |= postmodified;
        if (head <= from || (end < tokens.Count && tokens[end].IsWord && tokens[end].Lower is not ("who" or "whose") && !placed) || !personNoun)
        {
            return null;
        }

        return UnnamedRole(tokens, from, end);
    }

    // "…," said one of the stewards who waded in: one of a group after the verb is an unnamed source of their own.
    private static SpeakerMention? PartitiveAfter(List<CueToken> tokens, int from) =>
        from < tokens.Count && PartitiveSubject(tokens.GetRange(from, tokens.Count - from)) is { } member
            ? new SpeakerMention(MentionKind.Role, member.Name, member.Name, member.Titles, member.Titles.LastOrDefault(), false, tokens[from].Start)
            : null;

    // Whether the word at `k`, after a source's noun, opens a participle's phrase: a participle the lexicon knows (based, speaking),
    // a word in -ed (moored, stranded), or one in -ing after a person's noun (one woman selling churchkhela; a string player's
    // "string" before a noun is none).
    private static bool IsParticipleAfterNoun(List<CueToken> tokens, int k) =>
        ParticiplePostmodifiers.Contains(tokens[k].Lower)
        || (tokens[k].Lower.Length > MinimumParticipleLetters && (tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)
            || (tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal)
                && (IndefinitePersonNouns.Contains(tokens[k - 1].Lower) || QuoteLexicon.PersonHeads.Contains(tokens[k - 1].Lower)))));

    // A lowercase word ending in -ed or -ing is read as a participle only when longer than this (moored, selling; not "red", "bed"
    // or "king"); set by hand.
    private const int MinimumParticipleLetters = 4;

    // Nouns for a person that are no role or office (said a woman, said one young mother); set by hand.
    private static readonly FrozenSet<string> IndefinitePersonNouns = FrozenSet.ToFrozenSet(
        ["man", "woman", "mother", "father", "girl", "boy", "grandmother", "grandfather", "pensioner", "local", "passer-by", "mum", "dad", "widow", "refugee", "migrant", "villager", "onlooker",
            "child", "youngster", "teenager"],
        StringComparer.Ordinal);

    /// <summary>
    /// A full name after words that describe the person (Kestrels goal shooter Priya Ramdhanie, club captain Jo Hale) from
    /// <paramref name="from"/>: at most <see cref="MaximumRoleModifiersBeforeSource"/> + 1 words, no article or function word among
    /// them, the last lowercase; null when the words are not that shape.
    /// </summary>
    private static SpeakerMention? DescribedNameAt(List<CueToken> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count && k - from <= MaximumRoleModifiersBeforeSource + 1 && tokens[k - 1].IsWord; k++)
        {
            if (QuoteLexicon.StopWords.Contains(tokens[k - 1].Lower) || QuoteLexicon.ClauseWords.Contains(tokens[k - 1].Lower) || QuoteLexicon.Determiners.Contains(tokens[k - 1].Lower))
            {
                return null;
            }

            if (char.IsLower(tokens[k - 1].Raw[0]) && MentionParser.StartingAt(tokens, k) is { Kind: MentionKind.Name } named && named.Start == tokens[k].Start && named.Name.Contains(' ', StringComparison.Ordinal))
            {
                return named;
            }
        }

        return null;
    }

    // said front-of-house manager Lorna Pike: hyphenated lowercase modifiers, or modifiers and a role noun, before the name the parser does not read.
    private static SpeakerMention? NameAfterModifiers(List<CueToken> tokens, int from)
    {
        for (var k = from + 1; k < tokens.Count && k - from <= 2 * MaximumRoleModifiersBeforeSource; k++)
        {
            var previous = tokens[k - 1];
            if (!(previous.Raw == "-" || (previous.IsWord && char.IsLower(previous.Raw[0]))) || QuoteLexicon.SpeechVerbs.Contains(previous.Lower) || previous.Lower is "that" or "the" or "a" or "an")
            {
                return null;
            }

            // said retired postman Alf Mercer, said fellow islander Dion Castellanos: lowercase modifiers and a noun (no preposition) right before the name.
            if (MentionParser.StartingAt(tokens, k) is { Kind: MentionKind.Name } named && named.Start == tokens[k].Start
                && (tokens.Skip(from).Take(k - from).Any(t => t.Raw == "-" || t.Raw.Contains('-', StringComparison.Ordinal)) || (previous.IsWord && !QuoteLexicon.StopWords.Contains(previous.Lower) && !QuoteLexicon.ClauseWords.Contains(previous.Lower)
                    && !QuoteLexicon.NameConnectors.Contains(previous.Lower))))
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

        // (an English translation issued by his office: a capitalised modifier, a language or a place, may stand before the noun.)
        for (var end = Math.Min(tokens.Count, k + MaximumDocumentModifiers + 1); k < end && tokens[k].IsWord && (char.IsLower(tokens[k].Raw[0]) || k + 1 < end); k++)
        {
            var noun = tokens[k].Lower;
            if (QuoteLexicon.DocumentNouns.Contains(noun) || (noun.EndsWith('s') && QuoteLexicon.DocumentNouns.Contains(noun[..^1])))
            {
                return !(k + 1 < tokens.Count && tokens[k + 1].Lower is "from" or "by" or "of");
            }
        }

        return false;
    }

    // The words of a phrase or clause of place or time that opens a colon's sentence before its subject, its comma excluded (When she
    // finally knelt with the callipers: seven); set by hand.
    private const int MaximumOpeningPhraseWords = 10;

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

    // One member of the panel would have imposed a longer suspension, describing the account as "…": an unnamed source that is
    // the sentence's subject, up to its first auxiliary, rather than the body its postmodifier names; blind342.
    private static SpeakerMention? IndefiniteSubject(List<CueToken> sentence) =>
        sentence.Count > 3 && sentence[0].Lower is "a" or "an" or "one" or "another"
        && sentence.FindIndex(1, t => FiniteVerbs.Contains(t.Lower)) is var verb and > 2 && sentence.Take(verb).All(t => t.IsWord)
            ? UnnamedSource(sentence, 0, verb)
            : null;

    // "him" or "her" right before the "saying" (or "as saying") that closes a cue, as a pronoun mention of the one it stands for.
    private static SpeakerMention? ObjectPronounSaying(List<CueToken> tokens)
    {
        var saying = tokens.Count - (tokens[^1].IsWord ? 1 : 2);
        var pronoun = saying - (saying >= 1 && tokens[saying - 1].Lower == "as" ? 2 : 1);
        return pronoun >= 1 && tokens[saying].Lower == "saying" && tokens[pronoun].Lower is "him" or "her" && tokens[pronoun - 1].IsWord
            ? new SpeakerMention(MentionKind.Pronoun, tokens[pronoun].Raw, tokens[pronoun].Lower == "him" ? "he" : "she", [], null, true, tokens[pronoun].Start)
            : null;
    }

    // Asked by presenter Lloyd Barraclough, "Aren't you …?", she replied: the quote right after "Asked by X," is X's question, whoever
    // the words after it name.
    private static SpeakerMention? AskedBy(List<CueToken> tokens) =>
        tokens.Count >= 4 && tokens[0].Lower == "asked" && tokens[1].Lower == "by" && tokens[^1].Raw == "," && ClauseEnd(tokens, 2) == tokens.Count - 1
        && (UnnamedSource(tokens, 2, tokens.Count - 1) ?? MentionParser.StartingAt(tokens, 2)) is { Kind: not MentionKind.Pronoun } asker
            ? asker
            : null;

    private SpeakerMention? CueBefore(List<CueToken> tokens, int prefixStart, int paragraphStart)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        // … has been, in the words of one crofter, "a ferry in name only": the words' owner right before the quote.
        var words = tokens.FindLastIndex(t => t.Lower == "words");
        if (words >= 2 && words + 2 < tokens.Count && tokens[words - 1].Lower == "the" && tokens[words - 2].Lower == "in" && tokens[words + 1].Lower == "of"
            && tokens[^1].Raw is "," or ":" && ClauseEnd(tokens, words + 2) == tokens.Count - 1)
        {
            return UnnamedSource(tokens, words + 2, tokens.Count - 1) ?? MentionParser.StartingAt(tokens, words + 2);
        }

        // The council considers that the supply was, in Dr Raghunathan-Lowe's words, "…": so in someone's words, the owner's (blind302).
        if (tokens.Count >= 4 && tokens[^1].Raw is "," or ":" && tokens[^2].Lower == "words" && MentionParser.IsPossessive(tokens[^3])
            && tokens.FindLastIndex(tokens.Count - 3, Math.Min(MaximumStyleWords + 2, tokens.Count - 2), t => t.Lower == "in") is var inWords and >= 0
            && StemmedTokens(tokens, inWords + 1, tokens.Count - 3) is var ownerWords
            && MentionParser.EndingAt(ownerWords, ownerWords.Count, 0) is { Kind: MentionKind.Name } wordsOwner && wordsOwner.Start == tokens[inWords + 1].Start)
        {
            return wordsOwner;
        }

        // Mayor Dinko Šimunović read out a letter from the cooperative thanking residents … and promising that work would "…": what a
        // document read out says, in a participle's clause after its author, is its author's, named after "from" (blind375).
        if (tokens.FindIndex(t => t.Lower == "read") is var read and >= 0 && read + 4 < tokens.Count
            && (tokens[read + 1].Lower is "out" or "aloud" ? read + 2 : read + 1) is var readObject && tokens[readObject].Lower is "a" or "an" or "the"
            && DocumentNounAfter(tokens, readObject) is > 0 and var readDocument && readDocument + 2 < tokens.Count && tokens[readDocument + 1].Lower == "from"
            && SourceStartingAt(tokens, readDocument + 2) is { Kind: MentionKind.Name or MentionKind.Organisation or MentionKind.Role } readAuthor
            && tokens.Skip(readDocument + 2).Any(t => QuoteLexicon.SpeechParticiples.Contains(t.Lower)))
        {
            return readAuthor;
        }

        // "…," said Ellie Tranter, though her trainer, Gerry Oduya, was more cautious: "…" — a contrasting clause that introduces
        // the quote with a colon has a subject of its own, who speaks it.
        if (tokens[^1].Raw == ":" && Enumerable.Range(1, tokens.Count - 2).LastOrDefault(k => tokens[k - 1].Raw == ","
                && tokens[k].Lower is "though" or "although" or "while" or "whilst" or "whereas" or "but") is var contrast and > 0
            && MentionParser.StartingAt(tokens, contrast + 1) is { Kind: not MentionKind.Pronoun } contrasted)
        {
            return contrasted;
        }

        // Sikkema called the final "…", while Van der Kooi preferred "…": a contrasting clause of a named subject and one verb right
        // before the quote gives that subject's own words for the same thing (blind376).
        if (tokens.Count > 3 && tokens[^1] is { IsWord: true } contrastVerb && char.IsLower(contrastVerb.Raw[0]) && contrastVerb.Lower.EndsWith("ed", StringComparison.Ordinal)
            && Enumerable.Range(1, tokens.Count - 2).LastOrDefault(k => tokens[k - 1].Raw == "," && tokens[k].Lower is "while" or "whilst" or "whereas") is var preferring and > 0
            && MentionParser.StartingAt(tokens, preferring + 1) is { Kind: MentionKind.Name } preferrer && preferrer.Start >= tokens[preferring + 1].Start
            && tokens.Skip(preferring + 1).TakeWhile(t => t.Start < preferrer.Start).All(t => MentionParser.NameParticles.Contains(t.Lower)) // (Van der Kooi)
            && tokens.FindIndex(preferring + 1, t => t.Start >= preferrer.Start + preferrer.Text.Length) == tokens.Count - 1)
        {
            return preferrer;
        }

        // "…," Mr Vranjican said, before Mr Perković cut in: "…" — so a clause of time after the cue whose named subject does
        // something before the colon, the quote's own speaker (blind378).
        if (tokens[^1].Raw == ":" && Enumerable.Range(1, tokens.Count - 2).LastOrDefault(k => tokens[k - 1].Raw == "," && tokens[k].Lower is "before" or "until") is var later and > 0
            && MentionParser.StartingAt(tokens, later + 1) is { Kind: MentionKind.Name or MentionKind.Role } laterSubject
            && tokens.FindIndex(later + 1, t => t.Start >= laterSubject.Start + laterSubject.Text.Length) is var afterSubject and > 0
            && tokens[afterSubject] is { IsWord: true } laterVerb && char.IsLower(laterVerb.Raw[0]) && !QuoteLexicon.Determiners.Contains(laterVerb.Lower))
        {
            return laterSubject;
        }

        // ("…," she said, and a sawyer standing beside her, Tjyöld Ersson, nodded: "…": so a clause joined by "and" whose subject, an
        // unnamed source with a name in apposition, is someone new; blind369.)
        if (tokens[^1].Raw == ":" && Enumerable.Range(1, tokens.Count - 2).LastOrDefault(k => tokens[k - 1].Raw == "," && tokens[k].Lower == "and"
                && k + 1 < tokens.Count && tokens[k + 1].Lower is "a" or "an" or "one") is var joined and > 0
            && AppositiveName(tokens.Skip(joined + 1).ToList()) is { Kind: MentionKind.Name } joinedSubject)
        {
            return joinedSubject;
        }

        // The Tribunal read a statement from Patient A's daughter: "…": so within the quote's own paragraph.
        if (tokens[^1].Raw == ":" && AuthorClosingSentence(tokens) is { } author)
        {
            return author;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to" && FirmAfterPluralRole(tokens, k + 2) is { } firm)
            {
                return firm;
            }

            // (according to the skilled person's report prepared by Rowanfield Assurance: the document's author; blind371.)
            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to" && k + 2 < tokens.Count && tokens[k + 2].Lower is "the" or "a" or "an"
                && DocumentNounAfter(tokens, k + 2) is > 0 and var document
                && DocumentAuthorAfter(tokens, document).Author is { Kind: MentionKind.Name or MentionKind.Organisation } documentAuthor)
            {
                return documentAuthor;
            }

            if (tokens[k].Lower == "according" && tokens[k + 1].Lower == "to" && !IsSourcelessDocument(tokens, k + 2)
                && SourceStartingAt(tokens, k + 2) is { } according)
            {
                // According to Ms Welby, Ryan Coates boasted that …: the clause after the source has a speaker of its own, whose
                // words the quote gives; the source only reports them.
                var comma = ClauseEnd(tokens, k + 2);
                for (var v = tokens.Count - 1; v > comma + 1 && comma < tokens.Count && tokens[comma].Raw == ","; v--)
                {
                    // (according to Joanne Whitlow, a partner at …, who said: an appositive after the source describes the source.)
                    if (IsActiveQuoteVerb(tokens, v) && MentionBefore(tokens, v, comma + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } own
                        && own.Start == tokens[comma + 1].Start && !QuoteLexicon.Determiners.Contains(tokens[comma + 1].Lower))
                    {
                        return own;
                    }
                }

                return according;
            }
        }

        // He complained and was told by the dealer that the car was "operating as designed": a speech verb in the passive names
        // its speaker after "by".
        for (var v = tokens.Count - 2; v >= 1; v--)
        {
            // (In cross-examination, he was asked by Ms Vowles, for the prosecution: "Did you …?": so a verb of asking.)
            if ((tokens[v].Lower is "told" or "assured" or "informed" or "advised" || AskingVerbs.Contains(tokens[v].Lower) || tokens[v].Lower == "cross-examined")
                && tokens[v + 1].Lower == "by" && tokens[v - 1].Lower is "was" or "were" or "been" or "being"
                && SourceStartingAt(tokens, v + 2) is { Kind: not MentionKind.Pronoun } agent
                // (Archivist Joan Delacroix-Hale was asked by Mr ap Rhys whether …, and she replied: a later clause with a speech verb
                // and its own subject gives the quote to that subject; blind372.)
                && !Enumerable.Range(v + 3, Math.Max(0, tokens.Count - v - 3)).Any(w => tokens[w - 1].Lower is "he" or "she" or "they" && tokens[w - 2].Lower is "and" or "but"
                    && IsActiveQuoteVerb(tokens, w)))
            {
                // (the dealer, met here first, is someone other than the person told: not the story's lead a bare role may stand for.)
                return agent is { Kind: MentionKind.Role, Definite: true } ? agent with { Definite = false } : agent;
            }
        }

        // The company's letter to staff, sent on Friday, described the plan as "…": the owner of a written statement that speaks.
        if (DocumentOwner(tokens) is { } documentOwner)
        {
            return documentOwner;
        }

        // Vice Chairman Trần Văn Lộc ordered local officials to "leave no household behind": a verb of command, its object and "to"
        // right before the quote give the words of the command to the subject.
        if (tokens.Count >= 3 && tokens[^1].Lower == "to")
        {
            for (var v = tokens.Count - 2; v >= 1 && v >= tokens.Count - 2 - MaximumCommandObjectWords; v--)
            {
                if (CommandVerbs.Contains(tokens[v].Lower) && IsActive(tokens, v) && MentionBefore(tokens, v, ClauseStart(tokens, v)) is { } commander)
                {
                    return commander;
                }
            }
        }

        var participle = false;
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            participle |= QuoteLexicon.SpeechParticiples.Contains(tokens[v].Lower)
                || (QuoteLexicon.FindingParticiples.Contains(tokens[v].Lower) && v > 0 && tokens[v - 1].Raw == ",");
            // Mr Haworth said the school had admitted 60 pupils and that a 61st child would cause "…": a verb inside what an earlier
            // speech verb reports, followed by "and that", is no cue; the second "that" clause is the earlier verb's too.
            if (IsActiveQuoteVerb(tokens, v) && IsInsideCoordinatedReport(tokens, v))
            {
                continue;
            }

            if (IsActiveQuoteVerb(tokens, v) && v >= 1 && tokens[v - 1].Lower == "another" && (v == 1 || !tokens[v - 2].IsWord || tokens[v - 2].Lower is "and" or "but")
                && AnotherOfLastUnnamedSource(tokens[v - 1].Start) is { } another)
            {
                return another;
            }

            if (IsActiveQuoteVerb(tokens, v) && (CoordinatedSubject(tokens, v) ?? MentionBefore(tokens, v, ClauseStart(tokens, v))) is { } mention)
            {
                // Ruth Aldane, known to the fans as "the Octopus", wrote: a name inside marks is a label, never the speaker; the
                // subject is read again without the quoted words.
                if (mention.Kind is MentionKind.Name or MentionKind.Organisation && _marked.Any(m => m.MarkStart < mention.Start && mention.Start < m.MarkEnd)
                    && Unquoted(tokens) is var unquoted && unquoted.FindIndex(t => t.Start == tokens[v].Start) is var verb and > 0)
                {
                    return MentionBefore(unquoted, verb, ClauseStart(unquoted, verb));
                }

                return mention;
            }
        }

        // The court's audio, which the panel has heard, has him saying: "…": a verb that reports its object saying the quote (has him
        // saying, records her as saying) gives it to the one "him" or "her" stands for, not to the sentence's subject; blind342.
        if (ObjectPronounSaying(tokens) is { } sayer)
        {
            return sayer;
        }

        // …, with chairman Leonard Pryce insisting the striker was "…": the participle's own subject after "with" speaks.
        var speaking = tokens.FindLastIndex(t => QuoteLexicon.SpeechParticiples.Contains(t.Lower));
        if (speaking > 2)
        {
            var with = tokens.FindLastIndex(speaking - 1, Math.Min(speaking, MaximumRoleModifiersBeforeSource + 3), t => t.Lower == "with");
            if (with >= 0 && MentionBefore(tokens, speaking, with + 1) is { } withSubject && withSubject.Start >= tokens[with + 1].Start)
            {
                return withSubject;
            }
        }

        // …, saying "…": the quote hangs on the subject of the sentence.
        // (A spokeswoman for the Board told the Telegraph that …, adding: "…" — the subject of the sentence's speech verb, read as
        // that verb reads it, before the first name the sentence holds. A supporter, Mrs Gwen Tallis-Boyd, of 4 Mill Lane, described
        // …, adding that …: first the name in apposition to a role that opens the sentence; blind357.)
        if (participle && Unquoted(TokensIn(SentenceStart(prefixStart, paragraphStart), tokens[^1].End)) is var sentence
            && (RoleWithAppositiveName(sentence) ?? SpokespersonOf(sentence, tokens[0].Start) ?? IndefiniteSubject(sentence) ?? FirstMention(sentence)) is { } subject)
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
        if (VerdictPronoun(tokens) is { } verdictPronoun)
        {
            return verdictPronoun;
        }

        // His report: "…": a document a possessive pronoun owns, standing alone before the colon, is its person's words (blind394).
        if (tokens[0].Lower is "his" or "her" && DocumentNounAfter(tokens, 0) == tokens.Count - 2)
        {
            return OwnerPronoun(tokens[0]);
        }

        // The report is also candid about the society's own part: "…": a verdict on a document named before in the paragraph, or with
        // its author in the one before, gives the quote to the author (blind389).
        if (tokens.Count > 3 && tokens[0].Lower == "the" && DocumentNounAfter(tokens, 0) == 1 && tokens[2].Lower is "is" or "was" or "are" or "were"
            && AuthorOfDocumentNamedBefore(tokens[1].Lower, tokens[0].Start) is { } verdictAuthor)
        {
            return verdictAuthor;
        }

        // Asked whether Harrowby would appeal, the coach was defiant: "…" — the subject follows the opening participle's clause.
        if (tokens[0].CommonAtSentenceStart && (tokens[0].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            var comma = tokens.FindIndex(t => t.Raw == ",");
            if (comma > 0)
            {
                // (Announcing the decision, the chair of the panel, Dr Fenella Quarrie, addressed Ms O'Hagan directly: a role and the
                // name in apposition to it: the name, not the body the role is of; blind346.)
                var clause = tokens.Skip(comma + 1).ToList();
                return RoleWithAppositiveName(clause) ?? FirstMention(clause);
            }
        }

        // …, while the stage-door keeper, Bill Tranter, put it more simply: "…": the clause the conjunction opens has its own subject.
        var opened = tokens.FindLastIndex(t => t.Lower is "while" or "whilst" or "whereas");
        if (opened > 0 && tokens[opened - 1].Raw == "," && FirstMention(tokens.Skip(opened + 1).ToList()) is { } ownSubject)
        {
            return AppositiveName(tokens.Skip(opened + 1).ToList()) ?? ownSubject;
        }

        // One of our marshals, a retired postman who …, put it well: "…" — one of a group is an unnamed source of their own.
        if (PartitiveAfter(tokens, 0) is { } member)
        {
            return member;
        }

        // Its chair, retired surveyor Hugh Bellis, fumed: "…" — a role opening the sentence, then a name in apposition: the name.
        if (RoleWithAppositiveName(tokens) is { } named)
        {
            return named;
        }

        // One regular at the early Eucharist, a retired schoolteacher, was blunt: an unnamed source opening the clause, not the name
        // inside its postmodifier.
        if (tokens.Count > 2 && tokens[0].Lower is "a" or "an" or "one" && UnnamedSource(tokens, 0, ClauseEnd(tokens, 0)) is { } unnamed)
        {
            return unnamed;
        }

        // Oduya was blunt: "…" — a colon after the speaker's clause.
        // (At the branch meeting, the same member was blunter: a body or a role inside an opening phrase of place or time is where or
        // when, no speaker; the clause's subject follows the phrase's comma; blind373. When she finally knelt with the callipers, the
        // same spectator was heard again: so a clause of time opening the sentence, whose subject is another's; blind372.)
        if (tokens.Count > 4 && ((tokens[0].Lower is "at" or "in" or "on" or "during" or "after" or "before" && tokens[1].Lower is "the" or "a" or "an" or "its" or "their")
                || (tokens[0].Lower is "when" or "while" or "once" or "until" or "as" && tokens[1].Lower is "he" or "she" or "they" or "the"))
            && tokens.FindIndex(t => t.Raw == ",") is var phraseEnd and > 2 && phraseEnd <= MaximumOpeningPhraseWords
            && FirstMention(tokens.Skip(phraseEnd + 1).ToList()) is { } afterPhrase)
        {
            return afterPhrase;
        }

        return FirstMention(tokens);
    }

    // Whether a speech verb at v stands inside the reported clause of an earlier active speech verb, with "and that" after it
    // opening the report's next clause.
    private static bool IsInsideCoordinatedReport(List<CueToken> tokens, int v) =>
        Enumerable.Range(v + 1, Math.Max(0, tokens.Count - v - 2)).Any(j => tokens[j].Lower == "and" && tokens[j + 1].Lower == "that")
        && Enumerable.Range(0, v).Any(u => QuoteLexicon.SpeechVerbs.Contains(tokens[u].Lower) && IsActiveSpeechVerb(tokens, u));

    // A sentence opening with a role and a name between commas after it (Its chair, retired surveyor Hugh Bellis,): the name;
    // lowercase title words may stand before it, a relative clause may not.
    private static SpeakerMention? RoleWithAppositiveName(List<CueToken> tokens)
    {
        // (But the chairman of the Kpelleh Junction Marketers Association, Emmanuel Sackor, disagreed: a conjunction may open the
        // sentence, and the role may be of a body named after "of".)
        var opens = tokens.Count > 1 && SentenceOpeningConjunctions.Contains(tokens[0].Lower) ? 1 : 0;
        var first = tokens.FindIndex(t => t.Raw == ",");
        var second = first < 0 ? -1 : tokens.FindIndex(first + 1, t => t.Raw == ",");
        if (second < 0 || first <= opens
            || (!(MentionParser.EndingAt(tokens, first, opens) is { Kind: MentionKind.Role } role && role.Start == tokens[opens].Start) && !IsRoleOfBody(tokens, opens, first)))
        {
            return null;
        }

        return MentionParser.EndingAt(tokens, second, first + 1) is { Kind: MentionKind.Name } named
            && OnlyTitleWordsBefore(tokens, first + 1, IndexAt(tokens, named.Start, first + 1, second)) ? named : null;
    }

    // the chairman of the Kpelleh Junction Marketers Association, its head of research at the Institute, the coxswain of the
    // Kittiwake: a determiner, lowercase words with a role or person noun last, then "of", "at", "for" or "on" and the body,
    // filling the tokens from one index to another.
    private static bool IsRoleOfBody(IReadOnlyList<CueToken> tokens, int from, int to)
    {
        // (Asked by counsel for the Board, Isabel de Lacy, why: "counsel" stands without a determiner; blind390.)
        var bare = from < to && tokens[from].Lower == "counsel";
        if (from + 3 >= to || (tokens[from].Lower is not ("the" or "a" or "an" or "its" or "their" or "our") && !bare))
        {
            return false;
        }

        var k = bare ? from : from + 1;
        while (k + 1 < to && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && !IsRoleBeforeBody(tokens, k))
        {
            k++;
        }

        // (the chair of the panel, Dr Fenella Quarrie: so "the" and a lowercase body's noun; blind346.)
        return k + 2 < to && IsRoleBeforeBody(tokens, k)
            && (Enumerable.Range(k + 2, to - k - 2).All(j => tokens[j].IsWord && (MentionParser.IsNameWord(tokens[j]) || tokens[j].Lower is "the" or "of" or "and" or "for"))
                || (to == k + 4 && tokens[k + 2].Lower == "the" && QuoteLexicon.OrganisationNouns.Contains(tokens[k + 3].Lower)));
    }

    // Lumina's head of marketing, the club's new coach: a body's name or "the" and a noun as the owner, then lowercase words
    // holding a role or a person's noun, and nothing else up to the clause's end.
    private static bool IsOwnedRole(IReadOnlyList<CueToken> tokens, int from, int to)
    {
        var k = from < to && tokens[from].Lower == "the" ? from + 1 : from;
        while (k < to && MentionParser.IsNameWord(tokens[k]) && !MentionParser.IsPossessive(tokens[k]))
        {
            k++;
        }

        if (k == from || k >= to || !MentionParser.IsPossessive(tokens[k]))
        {
            return false;
        }

        var rest = Enumerable.Range(k + 1, to - k - 1).Select(j => tokens[j]).ToList();
        return rest.Count > 0 && rest.All(t => t.IsWord && char.IsLower(t.Raw[0]))
            && rest.Any(t => QuoteLexicon.RoleNouns.Contains(t.Lower) || QuoteLexicon.PersonHeads.Contains(t.Lower));
    }

    // A lowercase role or person noun with the preposition that names its body after it (chairman of, coxswain on).
    private static bool IsRoleBeforeBody(IReadOnlyList<CueToken> tokens, int k) =>
        tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && (QuoteLexicon.RoleNouns.Contains(tokens[k].Lower) || QuoteLexicon.PersonHeads.Contains(tokens[k].Lower))
        && tokens[k + 1].Lower is "of" or "at" or "for" or "on";

    // "Her verdict", "His supplementary question", "Her opening line" opening the tokens (one lowercase adjective may stand before
    // the noun): the pronoun the possessive stands for, as a mention; null otherwise.
    private static SpeakerMention? VerdictPronoun(List<CueToken> tokens) =>
        tokens.Count > 1 && tokens[0].Lower is "his" or "her"
        && (IsOwnedWordsNoun(tokens[1].Lower) || (tokens.Count > 2 && char.IsLower(tokens[1].Raw[0]) && IsOwnedWordsNoun(tokens[2].Lower)))
            ? OwnerPronoun(tokens[0])
            : null;

    // The pronoun a possessive owner stands for (his: he, her: she, their: they), as a mention where the possessive stands.
    private static SpeakerMention OwnerPronoun(CueToken owner) =>
        new(MentionKind.Pronoun, owner.Raw, owner.Lower switch { "his" => "he", "her" => "she", _ => "they" }, [], null, true, owner.Start);

    // A verdict noun, or a line a speaker delivers (Her opening line: "…", Oyelaran's closing line from the stage: "…"); "line" is
    // only read so straight after its owner, where it cannot be a queue, a route or a border. (His plan for the evening: "A shower,
    // a sandwich and bed.": so a plan, a hope or a wish the owner voices; blind346.)
    private static bool IsOwnedWordsNoun(string lower) =>
        QuoteLexicon.VerdictNouns.Contains(lower) || lower is "line" or "lines" or "one-liner" or "punchline" or "plan" or "plans" or "hope" or "wish";

    /// <summary>
    /// The person whose verdict, view or reply opens a sentence (<c>Mikey Fairclough's verdict was
    /// blunt</c>): a possessive name before a verdict noun.
    /// </summary>
    private static SpeakerMention? VerdictOwner(List<CueToken> tokens)
    {
        if (RoleVerdictOwner(tokens) is { } role)
        {
            return role;
        }

        // (Ms van Heerden's own position was simple: a surname's lowercase particle is the name's; blind282. Mr van der Bijl's
        // verdict: so are two; blind363.)
        var k = 0;
        while (k < tokens.Count && (MentionParser.IsNameWord(tokens[k]) || MentionParser.IsHonorific(tokens[k])
                   || (k > 0 && MentionParser.NameParticles.Contains(tokens[k].Raw) && k + 1 < tokens.Count
                       && (tokens[k + 1].IsCapitalized || (MentionParser.NameParticles.Contains(tokens[k + 1].Raw) && k + 2 < tokens.Count && tokens[k + 2].IsCapitalized)))))
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].IsCapitalized && PossessiveOwnerOfVerdict(tokens, k, MentionKind.Name, owner => MentionParser.IsNameWord(owner)) is { } named)
        {
            return named;
        }

        // The Pürgermoaster's message to the province was short: "the" and one capitalised word is a title, read as the role
        // "the Pürgermoaster" is in a cue (blind386).
        if (tokens.Count > 3 && tokens[0].Lower == "the" && tokens[1].IsCapitalized && MentionParser.IsPossessive(tokens[1])
            && PossessiveOwnerOfVerdict(tokens, 1, MentionKind.Name, owner => MentionParser.IsNameWord(owner)) is not null)
        {
            var title = tokens[1].Raw[..^2];
            var text = tokens[0].Raw + " " + title;
            return new SpeakerMention(MentionKind.Role, text, text, [title.ToLowerInvariant()], title.ToLowerInvariant(), true, tokens[0].Start);
        }

        return null;
    }

    /// <summary>
    /// The owner whose possessive at <paramref name="k"/> is followed by a verdict noun (Dionne's closing message: one lowercase
    /// adjective may stand before the noun), read from the tokens before it, when the owner's word passes <paramref name="fits"/>
    /// and the mention is of the kind given; null otherwise.
    /// </summary>
    private static SpeakerMention? PossessiveOwnerOfVerdict(List<CueToken> tokens, int k, MentionKind kind, Func<CueToken, bool> fits)
    {
        var noun = k + 2 < tokens.Count && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Raw[0]) && !IsOwnedWordsNoun(tokens[k + 1].Lower) ? k + 2 : k + 1;
        if (noun >= tokens.Count || !MentionParser.IsPossessive(tokens[k]) || !IsOwnedWordsNoun(tokens[noun].Lower))
        {
            return null;
        }

        var owned = StemmedTokens(tokens, 0, k);
        return fits(owned[^1]) && MentionParser.EndingAt(owned, owned.Count, 0) is { } mention && mention.Kind == kind ? mention : null;
    }

    /// <summary>
    /// The person whose claim, evidence or account the clause holding the quote reports (<c>It does not accept Mr Kessler-Lund's
    /// evidence that the painted release was "…"</c>; blind397): a name's possessive, at most one lowercase word, a verdict or
    /// claim noun and "that", with no verb of speech or colon after "that" that would give the clause a speaker of its own; null
    /// otherwise.
    /// </summary>
    private static SpeakerMention? PossessiveClaimOwner(List<CueToken> prefix)
    {
        var that = prefix.FindLastIndex(t => t.Lower == "that");
        if (that < 2 || prefix.Skip(that + 1).Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower) || t.Raw is ":" or ";")
            || !(IsOwnedWordsNoun(prefix[that - 1].Lower) || ClaimNouns.Contains(prefix[that - 1].Lower)))
        {
            return null;
        }

        var owner = prefix[that - 2].IsWord && char.IsLower(prefix[that - 2].Raw[0]) && !MentionParser.IsPossessive(prefix[that - 2]) ? that - 3 : that - 2;
        if (owner < 0 || !MentionParser.IsPossessive(prefix[owner]) || !prefix[owner].IsCapitalized)
        {
            return null;
        }

        var owned = StemmedTokens(prefix, 0, owner);
        return MentionParser.EndingAt(owned, owned.Count, 0) is { Kind: MentionKind.Name } mention ? mention : null;
    }

    // Nouns for what a party puts to a hearing, beside the verdict nouns, that a "that" clause reports; set by hand.
    private static readonly FrozenSet<string> ClaimNouns = FrozenSet.ToFrozenSet(
        ["evidence", "account", "testimony", "contention", "argument", "assertion", "insistence", "position", "case", "version"], StringComparer.Ordinal);

    /// <summary>
    /// The role whose verdict or reply opens a sentence (<c>The coxswain's reply … drew a cheer</c>, <c>the
    /// harbour master's own account was blunt</c>): "the", at most <see cref="MaximumRoleVerdictModifiers"/>
    /// lowercase words, a person noun's possessive, one optional adjective, and a verdict noun.
    /// </summary>
    private static SpeakerMention? RoleVerdictOwner(List<CueToken> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Lower != "the")
        {
            return null;
        }

        var k = 1;
        while (k < tokens.Count && k <= MaximumRoleVerdictModifiers && !MentionParser.IsPossessive(tokens[k]) && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]))
        {
            k++;
        }

        return k < tokens.Count && char.IsLower(tokens[k].Raw[0])
            ? PossessiveOwnerOfVerdict(tokens, k, MentionKind.Role, owner => QuoteLexicon.PersonHeads.Contains(owner.Lower))
            : null;
    }

    /// <summary>
    /// The owner of the document a relative clause ending the cue says the quote is from (the appellant's written statement, which
    /// reads in part:; Mr Dellow's letter, which states:): a possessive, at most one lowercase word, a document's noun, a comma, "which",
    /// a verb of reading or saying and at most <see cref="MaximumReadingTailWords"/> words of manner (in part, in full, as follows).
    /// Null when the cue is not so built or the owner is no one a quote can be given to.
    /// </summary>
    private static SpeakerMention? QuotingDocumentOwner(List<CueToken> tokens)
    {
        var end = tokens.Count > 0 && tokens[^1].Raw is ":" or "," ? tokens.Count - 1 : tokens.Count;
        var which = tokens.FindLastIndex(end - 1, t => t.Lower == "which");
        if (which < 3 || tokens[which - 1].Raw != "," || which + 1 >= end || !ReadingVerbs.Contains(tokens[which + 1].Lower) || end - which - 2 > MaximumReadingTailWords
            || !tokens.Skip(which + 2).Take(end - which - 2).All(t => t.IsWord && char.IsLower(t.Raw[0])))
        {
            return null;
        }

        var document = which - 2;
        var owner = document - 1 >= 0 && MentionParser.IsPossessive(tokens[document - 1]) ? document - 1
            : document - 2 >= 0 && MentionParser.IsPossessive(tokens[document - 2]) && char.IsLower(tokens[document - 1].Raw[0]) ? document - 2 : -1;
        if (owner < 0 || !IsDocumentNoun(tokens[document].Lower))
        {
            return null;
        }

        var owned = StemmedTokens(tokens, 0, owner);
        return MentionParser.EndingAt(owned, owned.Count, 0) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } mention ? mention : null;
    }

    /// <summary>
    /// The Panel took account of the registrant's reflective statement, which it found genuine, and in particular its closing
    /// passage: a colon ending a sentence whose object is someone's document, with nothing after the document but lowercase words,
    /// introduces that document's words, its owner's, not those of the one who read it (blind365). Null when the sentence is not so.
    /// </summary>
    private static SpeakerMention? OwnedDocumentBeforeColon(List<CueToken> prefix)
    {
        if (prefix.Count < 4 || prefix[^1].Raw != ":")
        {
            return null;
        }

        for (var document = prefix.Count - 2; document >= 2 && prefix.Count - 2 - document <= MaximumOwnedDocumentTailWords; document--)
        {
            if (prefix[document].Raw == ",")
            {
                continue;
            }

            // (Responding to the licensee's representations, the complainant said: a speaker after the document is the speaker.)
            if (!prefix[document].IsWord || !char.IsLower(prefix[document].Raw[0]) || QuoteLexicon.SpeechVerbs.Contains(prefix[document].Lower)
                || prefix[document].Lower is "he" or "she" or "they" or "we" or "i")
            {
                return null;
            }

            if (!IsDocumentNoun(prefix[document].Lower))
            {
                continue;
            }

            var owner = document - 1;
            while (owner > 0 && document - owner <= MaximumDocumentModifiers && prefix[owner].IsWord && char.IsLower(prefix[owner].Raw[0]) && !MentionParser.IsPossessive(prefix[owner]))
            {
                owner--;
            }

            if (!MentionParser.IsPossessive(prefix[owner]))
            {
                continue;
            }

            // (Mr Marston read out a listener's message: words read aloud are the reader's to the listeners.)
            var owned = StemmedTokens(prefix, 0, owner);
            return MentionParser.EndingAt(owned, owned.Count, 0) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } mention
                && IndexAt(owned, mention.Start, 0, owned.Count) is var start and > 0 && owned[start - 1].IsWord && char.IsLower(owned[start - 1].Raw[0])
                && !QuoteLexicon.Determiners.Contains(owned[start - 1].Lower) && !owned.Take(start).Any(t => t.Lower is "read" or "reads" or "aloud" or "out" or "recited")
                ? mention
                : null;
        }

        return null;
    }

    /// <summary>
    /// The Board's Code of Practice requires a registrant to "…": the words a body's code, rules or guidance is quoted as requiring or
    /// stating are the body's, whose possessive opens the clause (blind363). Null when the prefix is not so built.
    /// </summary>
    private static SpeakerMention? RulebookOwner(List<CueToken> prefix)
    {
        var k = prefix.FindIndex(t => MentionParser.IsPossessive(t));
        if (k < 0 || k > MaximumRoleModifiersBeforeSource || prefix.Take(k).Any(t => !t.IsWord))
        {
            return null;
        }

        // (Code of Practice, rules of competition: the rulebook's noun, then its own words up to the verb.)
        var rulebook = Enumerable.Range(k + 1, Math.Max(0, Math.Min(MaximumDocumentModifiers + 1, prefix.Count - k - 1)))
            .FirstOrDefault(j => prefix[j].IsWord && RulebookNouns.Contains(prefix[j].Lower), -1);
        if (rulebook < 0 || !prefix.Skip(k + 1).Take(rulebook - k - 1).All(t => t.IsWord && !QuoteLexicon.SpeechVerbs.Contains(t.Lower)))
        {
            return null;
        }

        var verb = rulebook + 1;
        while (verb < prefix.Count && verb - rulebook <= MaximumRulebookNameWords && prefix[verb].IsWord && !RulebookVerbs.Contains(prefix[verb].Lower)
               && (char.IsUpper(prefix[verb].Raw[0]) || prefix[verb].Lower is "of" or "for" or "and" or "on"))
        {
            verb++;
        }

        if (verb >= prefix.Count || !RulebookVerbs.Contains(prefix[verb].Lower) || prefix.Skip(verb + 1).Any(t => t.Raw is "." or "?" or "!" or ";"))
        {
            return null;
        }

        if (DefiniteBodyOwner(prefix, k) is { } body)
        {
            return body;
        }

        var owned = StemmedTokens(prefix, 0, k);
        return MentionParser.EndingAt(owned, owned.Count, 0) is { Kind: MentionKind.Organisation or MentionKind.Name } owner && char.IsUpper(owner.Name[0]) ? owner : null;
    }

    // The company's, the union's: "the" and a body's noun as the owner at `k` stands for the body named before; null otherwise.
    private static SpeakerMention? DefiniteBodyOwner(List<CueToken> tokens, int k) =>
        k == 1 && tokens[0].Lower == "the" && tokens[k].Lower[..^2] is var noun && QuoteLexicon.OrganisationNouns.Contains(noun)
            ? new SpeakerMention(MentionKind.Organisation, tokens[0].Raw + " " + noun, noun, [noun], noun, true, tokens[0].Start)
            : null;

    // The nouns of a body's written rules (its Code of Practice, its rules, its guidance); set by hand.
    private static readonly FrozenSet<string> RulebookNouns = FrozenSet.ToFrozenSet(
        ["code", "codes", "rules", "rulebook", "regulations", "guidance", "constitution", "standards", "bylaws", "byelaws", "by-laws", "bye-laws", "handbook",
            "charter", "policy", "protocol", "guidelines", "articles"], StringComparer.Ordinal);

    // What a body's rules are quoted as doing; set by hand.
    private static readonly FrozenSet<string> RulebookVerbs = FrozenSet.ToFrozenSet(
        ["requires", "required", "states", "stated", "says", "said", "provides", "stipulates", "forbids", "obliges", "expects", "directs", "allows",
            "permits", "demands", "defines", "prohibits", "insists", "warns", "tells", "calls"], StringComparer.Ordinal);

    // Code of Practice for Registrants: the words of a rulebook's name after its noun; set by hand.
    private const int MaximumRulebookNameWords = 4;

    // which it found genuine, and in particular its closing passage: the words after an owned document before the colon; set by
    // hand from decisions' sentences that quote a party's statement.
    private const int MaximumOwnedDocumentTailWords = 14;

    // Arthur Blomfield, who … flonks, by his own account, "like a man throwing hay": words right after "by his (own) account" are
    // what the one the pronoun stands for says of himself: the last name of its sentence before it, else whom the pronoun stands
    // for (blind352).
    private static SpeakerMention? OwnAccount(List<CueToken> prefix)
    {
        var end = prefix.Count > 0 && prefix[^1].Raw == "," ? prefix.Count - 1 : prefix.Count;
        var start = end - (end >= 4 && prefix[end - 2].Lower == "own" ? 4 : 3);
        if (start < 0 || end < 3 || prefix[start].Lower != "by" || prefix[start + 1].Lower is not ("his" or "her") || prefix[end - 1].Lower != "account")
        {
            return null;
        }

        for (var k = start; k > 0 && prefix[k - 1].Raw is not ("." or "?" or "!"); k--)
        {
            if (MentionParser.EndingAt(prefix, k, 0) is { Kind: MentionKind.Name } named && named.Name.Contains(' ', StringComparison.Ordinal))
            {
                return named;
            }
        }

        return PossessivePronounOwner(prefix, start + 2);
    }

    /// <summary>
    /// Her consultation response states; Her report found the hall "suitable"; Her written report to the committee described the bed
    /// as "…": a document a possessive pronoun opens the clause with, before a verb of speech or finding, straight after it or after
    /// "to" and whom it was sent to, is the pronoun's person's words, not the addressee's, whose noun stands right before the verb
    /// (blind252, blind305, blind315). Null when the cue is not so built.
    /// </summary>
    private static SpeakerMention? PronounDocumentOwner(List<CueToken> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Lower is not ("his" or "her" or "their") || DocumentNounAfter(tokens, 0) is not (> 0 and var document))
        {
            return null;
        }

        var verb = document + 1;
        if (verb < tokens.Count && tokens[verb].Lower == "to")
        {
            verb = Enumerable.Range(document + 3, Math.Max(0, Math.Min(MaximumAddresseeWords, tokens.Count - document - 3)))
                .FirstOrDefault(v => IsDocumentVerb(tokens, v) && tokens.Skip(document + 2).Take(v - document - 2).All(t => t.IsWord), -1);
        }

        // (His report to Client A, dated 14 June, said: a clause between commas after the noun or its addressee; blind385.)
        if (verb < 0 || !IsDocumentVerb(tokens, verb))
        {
            var comma = tokens.FindIndex(document + 1, t => !t.IsWord);
            // (not a relative clause, His report, which the resident provided to this office, described: it may name someone else; blind100.)
            verb = comma > 0 && comma - document - 1 <= MaximumAddresseeWords + 1 && tokens[comma].Raw == "," && comma + 1 < tokens.Count
                && tokens[comma + 1].Lower.EndsWith("ed", StringComparison.Ordinal)
                && tokens.FindIndex(comma + 1, t => !t.IsWord) is var closing and > 0 && closing - comma - 1 <= MaximumDocumentClauseWords && tokens[closing].Raw == ","
                    ? closing + 1
                    : -1;
        }

        if (verb < 0 || !IsDocumentVerb(tokens, verb))
        {
            return null;
        }

        return OwnerPronoun(tokens[0]);
    }

    // The index of a document's noun after the determiner or possessive at `owner` (the survey report, her written statement), at
    // most MaximumDocumentModifiers lowercase words between; -1 when none stands there.
    private static int DocumentNounAfter(List<CueToken> tokens, int owner)
    {
        var noun = owner + 1;
        while (noun < tokens.Count && noun - owner <= MaximumDocumentModifiers && tokens[noun].IsWord && char.IsLower(tokens[noun].Raw[0]) && !IsDocumentNoun(tokens[noun].Lower))
        {
            noun++;
        }

        // (A fatigue assessment report: of two document nouns the last heads the phrase; blind336.)
        while (noun + 1 < tokens.Count && IsDocumentNoun(tokens[noun].Lower) && tokens[noun + 1].IsWord && IsDocumentNoun(tokens[noun + 1].Lower))
        {
            noun++;
        }

        return noun < tokens.Count && IsDocumentNoun(tokens[noun].Lower) ? noun : -1;
    }

    // The words naming whom a document was sent to (the committee, the licensing sub-committee); set by hand.
    private const int MaximumAddresseeWords = 4;

    // The verbs by which a document gives its words (which reads, which said), and the words of manner after them (in part, as
    // follows: four at most, in full and without exception); set by hand.
    private static readonly FrozenSet<string> ReadingVerbs = FrozenSet.ToFrozenSet(["reads", "read", "says", "said", "states", "stated", "runs", "ran"], StringComparer.Ordinal);
    private const int MaximumReadingTailWords = 4;

    // The verbs by which a document gives its findings in the writer's words with no "that" after them (found the hall "suitable",
    // recorded "no concerns"); concluded, noted and described are speech verbs already. Set by hand.
    private static readonly FrozenSet<string> DocumentFindingVerbs = FrozenSet.ToFrozenSet(["found", "finds", "recorded", "records"], StringComparer.Ordinal);

    // The owner of a written statement opening the clause (the company's letter, Mr Hale's report, the union's statement) when a
    // speech or evaluation verb follows it; null otherwise.
    private SpeakerMention? DocumentOwner(List<CueToken> tokens)
    {
        // The report of the council's environmental health officer, Dr Priya Raghunathan-Lowe, found …; then "The report said …":
        // a document given with its author after "of" or "by" is the author's words, and so is the same document named again in
        // its paragraph (blind302, blind309).
        // (The expert report of Dr Renée Castaño found: lowercase words may stand before the document's noun; blind335. A fatigue
        // assessment report prepared for the Authority by Dr Helen Okafor concluded: so may "a", the author given by a participle;
        // blind336.)
        if (tokens.Count > 2 && tokens[0].Lower is "the" or "a" or "an" && DocumentNounAfter(tokens, 0) is > 0 and var named && named + 1 < tokens.Count)
        {
            var (author, next) = DocumentAuthorAfter(tokens, named);
            if (author is not null && IsDocumentVerb(tokens, next) && (tokens[0].Lower == "the" || author.Kind == MentionKind.Name))
            {
                return author;
            }

            if (named == 1 && IsDocumentVerb(tokens, 2) && AuthorOfDocumentNamedBefore(tokens[1].Lower, tokens[0].Start) is { } earlier)
            {
                return earlier;
            }

            // (A routine audit by his accreditation scheme, Northgate Assessor Accreditation, found …. ¶ The audit report described:
            // the report of work said before to have been done by someone is theirs; blind361.)
            if (named == 2 && tokens[0].Lower == "the" && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0]) && IsDocumentVerb(tokens, 3)
                && AuthorOfWorkNamedBefore(tokens[1].Lower, tokens[0].Start) is { } worker)
            {
                return worker;
            }
        }

        // Her consultation response states: a possessive pronoun opening the clause owns the document, and its person speaks.
        if (PronounDocumentOwner(tokens) is { } pronounOwner)
        {
            return pronounOwner;
        }

        // The judges' citation said: a group's plural possessive owns the document, and the group, no one of it, speaks.
        // (The apostrophe may stand as a token of its own or be gone with the quote marks: the text after the word tells.)
        var mark = tokens.Count > 3 && tokens[2].Raw == "'" ? 3 : 2;
        if (tokens.Count > mark + 2 && tokens[0].Lower == "the" && char.IsLower(tokens[1].Raw[0]) && tokens[1].Raw.EndsWith('s')
            && tokens[1].End < _text.Length && _text[tokens[1].End] is '\'' or '’'
            && IsDocumentNoun(tokens[mark].Lower) && IsActiveQuoteVerb(tokens, mark + 1))
        {
            var group = tokens[0].Lower + " " + tokens[1].Raw;
            return new SpeakerMention(MentionKind.Role, group, group, [tokens[1].Lower], tokens[1].Lower, false, tokens[0].Start);
        }

        var k = tokens.FindIndex(t => MentionParser.IsPossessive(t));
        if (k < 0 || k > MaximumRoleModifiersBeforeSource)
        {
            return null;
        }

        // (the tribunal's written verdict: one lowercase word may stand before the document's noun.)
        var document = k + 2 < tokens.Count && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Raw[0]) && !IsDocumentNoun(tokens[k + 1].Lower) ? k + 2 : k + 1;
        if (document >= tokens.Count || !IsDocumentNoun(tokens[document].Lower)
            || !Enumerable.Range(document + 1, Math.Max(0, tokens.Count - document - 1)).Any(v => IsActiveQuoteVerb(tokens, v) || tokens[v].Lower is "described" or "describes"))
        {
            return null;
        }

        if (DocumentAuthorAfter(tokens, document) is { Author: { Kind: MentionKind.Name } preparedBy, Next: var afterAuthor } && tokens[document + 1].Raw == ","
            && (IsDocumentVerb(tokens, afterAuthor) || (afterAuthor < tokens.Count && tokens[afterAuthor].Lower is "described" or "describes")))
        {
            return preparedBy;
        }

        if (DefiniteBodyOwner(tokens, k) is { } body)
        {
            return body;
        }

        var owner = StemmedTokens(tokens, 0, k);
        var mention = MentionParser.EndingAt(owner, owner.Count, 0);
        if (mention is { Kind: MentionKind.Name or MentionKind.Organisation } && char.IsUpper(mention.Name[0]))
        {
            return mention;
        }

        // The Registrar's decision letter stated: a role's document with its verb straight after it is the words of the person the
        // article names as holding the role (blind286); not a role no one holds (the respondent's letter, when the respondent is a
        // department), nor a role's document another clause's verb follows (Asked about the bishop's letter, he said).
        // (decision letter: a document's noun may stand before its head noun.)
        var verb = document + 1;
        while (verb < tokens.Count && IsDocumentNoun(tokens[verb].Lower))
        {
            verb++;
        }

        // (The applicant's written submission says, under the heading line Applicant: Kestrel Outdoor Media Ltd: a party's document
        // is the words of the body the heading labels as that party; blind304.)
        return mention is { Kind: MentionKind.Role, Head: { } head } && QuoteLexicon.PersonHeads.Contains(head)
            && IsActiveQuoteVerb(tokens, verb) && Resolve(mention, mention.Start) is { } holder
            && (holder.Kind == MentionKind.Name
                || (holder.Kind == MentionKind.Organisation && mention.Definite && QuoteLexicon.CaseParties.Contains(head) && PartyLabelled(head, mention.Start) is not null))
                ? mention
                : null;
    }

    private static bool IsDocumentVerb(List<CueToken> tokens, int v) =>
        v < tokens.Count && (IsActiveQuoteVerb(tokens, v) || DocumentFindingVerbs.Contains(tokens[v].Lower));

    // The author of the document whose noun stands at `noun`, named after "of", "by" or "from" (the report of the licensing
    // officer, Ms Judith Okonkwo-Reyes; the report by Dr Ames; the letter from the landowner): the name or body in apposition
    // after a role, else the name, body or role itself when the role resolves to a named person; with the index of the token
    // after it (past the apposition's closing comma). Null when the words after the noun are not so.
    private (SpeakerMention? Author, int Next) DocumentAuthorAfter(List<CueToken> tokens, int noun)
    {
        // (The investigator's report, prepared by Desmond Achterberg, described …: an author given by a participle and "by" between
        // commas; blind316.)
        if (noun + 4 < tokens.Count && tokens[noun + 1].Raw == "," && AuthoringParticiples.Contains(tokens[noun + 2].Lower) && tokens[noun + 3].Lower == "by"
            // (prepared by the Authority's senior investigator, Tobias Reinholt: the name in apposition to the role; blind380.)
            && (NameInAppositionToRole(tokens, noun + 4) ?? SourceStartingAt(tokens, noun + 4)) is { Kind: MentionKind.Name } preparer
            && (preparer.Start == tokens[noun + 4].Start || QuoteLexicon.Determiners.Contains(tokens[noun + 4].Lower)))
        {
            return AfterApposition(tokens, noun + 4, preparer) is > 0 and var afterPreparer ? (preparer, afterPreparer) : (null, tokens.Count);
        }

        // (The case officer's report, by Senior Planning Officer Kwame Ashdown, found: so "by" and the author alone between commas,
        // with the author's title or office before the name, capitalised or not; blind367, blind374.)
        if (noun + 3 < tokens.Count && tokens[noun + 1].Raw == "," && tokens[noun + 2].Lower == "by"
            && SourceStartingAt(tokens, noun + 3) is { Kind: MentionKind.Name } byAuthor && byAuthor.Start >= tokens[noun + 3].Start
            && tokens.Skip(noun + 3).TakeWhile(t => t.Start < byAuthor.Start) is var office && office.All(t => t.IsWord && !QuoteLexicon.Determiners.Contains(t.Lower))
            && office.Count() <= MaximumRoleModifiersBeforeSource + 1)
        {
            return AfterApposition(tokens, IndexAt(tokens, byAuthor.Start, noun + 3, tokens.Count), byAuthor) is > 0 and var afterBy ? (byAuthor, afterBy) : (null, tokens.Count);
        }

        // (The skilled person's report, prepared by the accountancy firm Harlow Kemp, found: the body's name after a description of
        // its kind; blind373.)
        if (noun + 6 < tokens.Count && tokens[noun + 1].Raw == "," && AuthoringParticiples.Contains(tokens[noun + 2].Lower) && tokens[noun + 3].Lower == "by"
            && tokens[noun + 4].Lower is "the" or "a" or "an"
            && tokens.FindIndex(noun + 5, Math.Min(MaximumRoleModifiersBeforeSource + 1, tokens.Count - noun - 5), t => !t.IsWord || char.IsUpper(t.Raw[0])) is var named and > 0
            && named > noun + 5 && tokens[named].IsWord && IsBodyNoun(tokens[named - 1])
            && MentionParser.StartingAt(tokens, named) is { Kind: MentionKind.Name or MentionKind.Organisation } describedBody && describedBody.Start == tokens[named].Start)
        {
            return AfterApposition(tokens, named, describedBody) is > 0 and var afterDescribed ? (describedBody, afterDescribed) : (null, tokens.Count);
        }

        // (A fatigue assessment report prepared for the Authority by Dr Helen Okafor concluded: with no commas, whom it was prepared
        // for may stand before "by"; blind336.)
        if (noun + 3 < tokens.Count && AuthoringParticiples.Contains(tokens[noun + 1].Lower)
            && tokens.FindIndex(noun + 2, t => !t.IsWord || t.Lower == "by") is var by and > 0 && tokens[by].Lower == "by"
            && (by == noun + 2 || (tokens[noun + 2].Lower is "for" or "to" && by - noun - 3 <= MaximumAddresseeWords))
            // (submitted by the installer, Brightwater Heat Ltd: a role and the name in apposition to it; blind369.)
            && (NameInAppositionToRole(tokens, by + 1) ?? SourceStartingAt(tokens, by + 1)) is { Kind: MentionKind.Name or MentionKind.Organisation } writer
            && (writer.Start == tokens[by + 1].Start || QuoteLexicon.Determiners.Contains(tokens[by + 1].Lower)))
        {
            return (writer, tokens.FindIndex(by + 1, t => t.Start >= writer.Start + writer.Text.Length) is >= 0 and var past ? past : tokens.Count);
        }

        // (A submission in support from Declan O'Rourke, of Mill Lane, said: what the document argues for may stand between the noun
        // and "from"; blind376.)
        if (noun + 4 < tokens.Count && tokens[noun + 1].Lower == "in" && tokens[noun + 2].Lower is "support" or "objection" or "opposition" && tokens[noun + 3].Lower is "from" or "by"
            && SourceStartingAt(tokens, noun + 4) is { Kind: MentionKind.Name or MentionKind.Organisation } supporter && supporter.Start == tokens[noun + 4].Start)
        {
            var pastSupporter = tokens.FindIndex(noun + 4, t => t.Start >= supporter.Start + supporter.Text.Length);
            // (…, of Mill Lane, said: where the author lives, between commas, comes before the verb.)
            if (pastSupporter > 0 && pastSupporter + 1 < tokens.Count && tokens[pastSupporter].Raw == "," && tokens[pastSupporter + 1].Lower == "of"
                && tokens.FindIndex(pastSupporter + 1, t => t.Raw == ",") is var addressEnd and > 0)
            {
                pastSupporter = addressEnd + 1;
            }

            return (supporter, pastSupporter >= 0 ? pastSupporter : tokens.Count);
        }

        // (The single letter of support, from Gwen Tallis of 9 Wellbrook Lane, said: what the document is of, one lowercase word, may
        // stand before the author given between commas, with where they live; blind353.)
        if (noun + 5 < tokens.Count && tokens[noun + 1].Lower == "of" && tokens[noun + 2].IsWord && char.IsLower(tokens[noun + 2].Raw[0])
            && tokens[noun + 3].Raw == "," && tokens[noun + 4].Lower is "from" or "by")
        {
            return SourceStartingAt(tokens, noun + 5) is { Kind: MentionKind.Name } sender && sender.Start == tokens[noun + 5].Start
                && tokens.FindIndex(noun + 5, t => t.Raw == ",") is > 0 and var closing
                    ? (sender, closing + 1)
                    : (null, tokens.Count);
        }

        if (noun + 2 >= tokens.Count || tokens[noun + 1].Lower is not ("of" or "by" or "from")
            || (SourceStartingAt(tokens, noun + 2) ?? MentionParser.StartingAt(tokens, noun + 2)) is not { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } owner
            || tokens.FindIndex(noun + 2, t => t.Start == owner.Start) is var first && first < 0
            // (the licensing officer, Ms Judith Okonkwo-Reyes: the parser gives the name in apposition for the role before it.)
            || !(first == noun + 2 || (owner.Kind is MentionKind.Name or MentionKind.Organisation && tokens[first - 1].Raw == ",")))
        {
            return (null, tokens.Count);
        }

        var next = first;
        while (next < tokens.Count && tokens[next].Start < owner.Start + owner.Text.Length)
        {
            next++;
        }

        if (first > noun + 2)
        {
            return next < tokens.Count && tokens[next].Raw == "," ? (owner, next + 1) : (null, tokens.Count);
        }

        // (from the landowner, Crabtree Hollow Farms Ltd: a body in apposition after a role is the author.)
        if (owner.Kind == MentionKind.Role && next + 1 < tokens.Count && tokens[next].Raw == ","
            && MentionParser.StartingAt(tokens, next + 1) is { Kind: MentionKind.Organisation } body && body.Start == tokens[next + 1].Start)
        {
            return (body, AfterApposition(tokens, next + 1, body) is > 0 and var afterBody ? afterBody : tokens.Count);
        }

        return owner.Kind != MentionKind.Role || Resolve(owner, owner.Start) is { Kind: MentionKind.Name } ? (owner, next) : (null, tokens.Count);
    }

    // The name or body in apposition after a determiner, a few lowercase words and a comma (the installer, Brightwater Heat Ltd); null
    // when the words from `at` are not so.
    private static SpeakerMention? NameInAppositionToRole(List<CueToken> tokens, int at)
    {
        if (at >= tokens.Count || !QuoteLexicon.Determiners.Contains(tokens[at].Lower))
        {
            return null;
        }

        var comma = tokens.FindIndex(at + 1, Math.Min(MaximumRoleModifiersBeforeSource + 1, tokens.Count - at - 1), t => !t.IsWord || !char.IsLower(t.Raw[0]));
        return comma > at + 1 && tokens[comma].Raw == "," && comma + 1 < tokens.Count
            && MentionParser.StartingAt(tokens, comma + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } named && named.Start == tokens[comma + 1].Start
                ? named
                : null;
    }

    // The index after the comma closing an apposition that `mention`, from `from` on, ends; -1 when no comma follows it.
    private static int AfterApposition(List<CueToken> tokens, int from, SpeakerMention mention) =>
        tokens.FindIndex(from, t => t.Start >= mention.Start + mention.Text.Length) is var past and >= 0 && tokens[past].Raw == "," ? past + 1 : -1;

    // A document's noun stands at most this many words before "received from" or "sent from" (An objection was received from);
    // set by hand.
    private const int MaximumWordsBeforeReceived = 5;

    // The participles that give a document's author before "by" (a report prepared by, a letter signed by); set by hand.
    private static readonly FrozenSet<string> AuthoringParticiples = FrozenSet.ToFrozenSet(
        ["prepared", "written", "compiled", "drafted", "signed", "authored", "produced", "submitted"], StringComparer.Ordinal);

    // The tokens of the paragraph holding `position` up to it, outside quotes; null when `position` lies in no paragraph.
    private List<CueToken>? ParagraphTokensBefore(int position)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        return paragraph.End == 0 ? null : Unquoted(TokensIn(paragraph.Start, position));
    }

    // The one "a <noun> by X" (a routine audit by X) says did the work, in the paragraph of `position` or the one before; null when
    // they name none.
    private SpeakerMention? AuthorOfWorkNamedBefore(string noun, int position)
    {
        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph < 0)
        {
            return null;
        }

        var tokens = Unquoted(TokensIn(_paragraphs[Math.Max(0, paragraph - 1)].Start, position));
        for (var k = tokens.Count - 3; k >= 1; k--)
        {
            if (tokens[k].Lower != noun || tokens[k + 1].Lower != "by" || !tokens.Skip(Math.Max(0, k - MaximumDocumentModifiers)).Take(Math.Min(k, MaximumDocumentModifiers)).Any(t => t.Lower is "a" or "an" or "the"))
            {
                continue;
            }

            if (DocumentAuthorAfter(tokens, k).Author is { } author)
            {
                return author;
            }

            // (by his accreditation scheme, Northgate Assessor Accreditation,: a body's name in apposition to a description of it.)
            var comma = tokens.FindIndex(k + 2, Math.Min(MaximumRoleModifiersBeforeSource + 1, tokens.Count - k - 2), t => !t.IsWord);
            if (comma > k + 2 && tokens[comma].Raw == "," && tokens.Skip(k + 2).Take(comma - k - 2).All(t => char.IsLower(t.Raw[0]))
                && (QuoteLexicon.Determiners.Contains(tokens[k + 2].Lower) || tokens[k + 2].Lower is "his" or "her" or "its" or "their")
                && SourceStartingAt(tokens, comma + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } body && body.Start == tokens[comma + 1].Start)
            {
                return body;
            }
        }

        return null;
    }

    // The author of "the <noun> of X" written earlier in the paragraph of `position`; null when the paragraph names none.
    private SpeakerMention? AuthorOfDocumentNamedBefore(string noun, int position)
    {
        if (ParagraphTokensBefore(position) is not { } tokens)
        {
            return null;
        }

        for (var k = tokens.Count - 2; k >= 1; k--)
        {
            if (tokens[k].Lower == noun && IsDeterminedNoun(tokens, k) && DocumentAuthorAfter(tokens, k).Author is { } author)
            {
                return author;
            }

            if (tokens[k].Lower == noun && PossessivePronounOwner(tokens, k) is { } owner)
            {
                return owner;
            }

            // (An objection was received from the landowner, Sallow Mill Farm Ltd. The letter said: …: a document said to have come
            // from someone is theirs, whatever noun names it again; blind255.)
            if (tokens[k].Lower == "from" && tokens[k - 1].Lower is "received" or "sent" && tokens.Take(k).TakeLast(MaximumWordsBeforeReceived).Any(t => IsDocumentNoun(t.Lower))
                && DocumentAuthorAfter(tokens, k - 1).Author is { } sender)
            {
                return sender;
            }
        }

        // (2. The examination report, prepared by Senior Examiner Rhiannon Quayle, found …. ¶ 3. The report concluded: so a document
        // given with its author by name in the paragraph before; blind372.)
        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph >= 1 && _paragraphs[paragraph - 1].Start >= _bodyOffset && Unquoted(TokensIn(_paragraphs[paragraph - 1].Start, _paragraphs[paragraph - 1].End)) is var before)
        {
            for (var k = before.Count - 2; k >= 1; k--)
            {
                if (before[k].Lower == noun && IsDeterminedNoun(before, k) && DocumentAuthorAfter(before, k).Author is { Kind: MentionKind.Name or MentionKind.Organisation } author)
                {
                    return author;
                }

                // (Mr MacAllister's written report to the committee concludes …. ¶ The report is also candid: so a document a name owns,
                // one lowercase word at most between; blind389.)
                var possessive = k >= 2 && before[k - 1].IsWord && char.IsLower(before[k - 1].Raw[0]) ? k - 2 : k - 1;
                if (before[k].Lower == noun && MentionParser.IsPossessive(before[possessive]) && before[possessive].IsCapitalized
                    && StemmedTokens(before, 0, possessive) is var owner && MentionParser.EndingAt(owner, owner.Count, 0) is { Kind: MentionKind.Name } namedOwner)
                {
                    return namedOwner;
                }
            }
        }

        return null;
    }

    // Whether an article opens the document noun at `noun`, read forward as DocumentNounAfter reads it (the report; An independent
    // file review by Hallam Pryce Associates …. The review described: blind354).
    private static bool IsDeterminedNoun(List<CueToken> tokens, int noun) =>
        Enumerable.Range(Math.Max(0, noun - MaximumDocumentModifiers - 1), Math.Min(noun, MaximumDocumentModifiers + 1))
            .Any(j => tokens[j].Lower is "the" or "a" or "an" && DocumentNounAfter(tokens, j) == noun);

    // (The Board's investigator, Gideon Achterberg, obtained the documents. His report found …. "…," the report concluded: the
    // document named again is the one "his" or "her" gave its owner, and its words are the one the pronoun stands for; blind350.
    // By his own account: so the account's.) The pronoun "his" or "her" before `noun` as the subject pronoun it stands for.
    // (Her written statement …. The statement continued: lowercase words, at most MaximumDocumentModifiers, may stand between; blind402.)
    private static SpeakerMention? PossessivePronounOwner(List<CueToken> tokens, int noun)
    {
        var owner = noun - 1;
        while (owner >= 0 && noun - owner <= MaximumDocumentModifiers && tokens[owner] is { IsWord: true } word && char.IsLower(word.Raw[0]) && word.Lower is not ("his" or "her")
               && !QuoteLexicon.StopWords.Contains(word.Lower))
        {
            owner--;
        }

        return owner >= 0 && tokens[owner].Lower is "his" or "her" ? OwnerPronoun(tokens[owner]) : null;
    }

    // A document that speaks for its author (a letter, a report, a review, a tribunal's verdict).
    private static bool IsDocumentNoun(string lower) =>
        WrittenStatementNouns.Contains(lower) || lower is "report" or "review" or "submission" or "website" or "notice" or "verdict" or "ruling" or "judgment" or "judgement" or "decision" or "findings"
        or "response" or "evidence" or "testimony" or "affidavit" or "citation" or "reply" or "complaint" or "objection" or "representations" or "circular"
        or "assessment"; // (a noise assessment submitted by the installer; blind369)

    private List<CueToken> Unquoted(List<CueToken> tokens) =>
        tokens.Where(t => !_marked.Any(m => m.MarkStart <= t.Start && t.End <= m.MarkEnd)).ToList();

    // A spokeswoman for the Board told the Telegraph that …, adding: "…": an unnamed source opening the sentence, read as the
    // sentence's speech verb before `before` reads its subject; null otherwise.
    private static SpeakerMention? SpokespersonOf(List<CueToken> sentence, int before) =>
        sentence.Count > 2 && sentence[0].Lower is "a" or "an" or "one" or "another"
        && sentence.FindIndex(1, t => t.Start < before && QuoteLexicon.SpeechVerbs.Contains(t.Lower)) is var said and > 1
        && IsActiveQuoteVerb(sentence, said) && MentionBefore(sentence, said, 0) is { Kind: MentionKind.Role } spokesperson && spokesperson.Start == sentence[0].Start
            ? spokesperson
            : null;

    private static SpeakerMention? FirstMention(List<CueToken> tokens)
    {
        for (var k = 0; k < tokens.Count && tokens[k].Raw != ":"; k++)
        {
            // But a source close to Vance hit back: "…" — a friend of, an aide to X is an unnamed source, not X.
            if (SourceWithNamedObject(tokens, k) is { } source)
            {
                return source;
            }

            // (Later, in an interview translated from Dutch, Ms van der Kolk was blunter: a language is no one's name.)
            if (MentionParser.StartingAt(tokens, k) is { } m && !(m.Kind == MentionKind.Name && !m.Name.Contains(' ', StringComparison.Ordinal)
                && MentionParser.IsLanguageGiven(tokens, k)))
            {
                return m;
            }
        }

        return null;
    }

    // A quote also hangs on a verb of evaluation (praised her side's "patience"); a reported statement does not.
    private static bool IsActiveQuoteVerb(List<CueToken> tokens, int v) =>
        IsActiveSpeechVerb(tokens, v) || ((QuoteLexicon.EvaluationVerbs.Contains(tokens[v].Lower) || QuoteLexicon.MannerSpeechVerbs.Contains(tokens[v].Lower)) && IsActive(tokens, v));

    // (the Alliance of Small States, told: a capitalised word inside a sentence is a name, whatever verb it spells.)
    private static bool IsActiveSpeechVerb(List<CueToken> tokens, int v) =>
        !(v > 0 && tokens[v].IsCapitalized && tokens[v - 1].IsWord)
        && ((QuoteLexicon.SpeechVerbs.Contains(tokens[v].Lower) && IsActive(tokens, v) && !IsAnonymityRequest(tokens, v)) || IsWentOnToSpeak(tokens, v)
            || IsQuestionPut(tokens, v) || IsWentOn(tokens, v) || IsEvidenceGiven(tokens, v) || IsFindingStated(tokens, v) || IsRecordedInDocument(tokens, v) || IsViewStated(tokens, v) || IsPhrasalSpeechVerb(tokens, v)
            || IsFigurePut(tokens, v) || IsPerfectWritten(tokens, v) || IsPointAccepted(tokens, v) || IsObjectionMade(tokens, v));

    // A written submission from the Quayside Residents' Association objected that the rickshaws would "block …": objecting or
    // protesting, that something is so, because of it, in writing, says it in the objector's words; objecting to or against a
    // thing (also objected to the runway) names what is objected to, and is no statement (blind300).
    private static bool IsObjectionMade(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "objected" or "objects" or "protested" or "protests" && IsActive(tokens, v)
        && !(v + 1 < tokens.Count && tokens[v + 1].Lower is "to" or "against");

    // In its written response, Skylark Regional Airways Ltd accepted that "errors were made": accepting that something is so
    // concedes it in the speaker's words; accepting a thing (accepted the findings "in full") is no statement.
    private static bool IsPointAccepted(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "accepted" or "accepts" && IsActive(tokens, v) && v + 1 < tokens.Count && tokens[v + 1].Lower == "that";

    // An adviser had written in October that the account "needs a proper read": "written" after have, has or had, with its "that"
    // clause a short phrase of time or place on, is the writer's own statement; alone (a letter written by) it is a participle, and
    // with an object (had written a letter of apology) what it wrote is a thing, no cue.
    private static bool IsPerfectWritten(List<CueToken> tokens, int v) =>
        tokens[v].Lower == "written" && v > 0 && tokens[v - 1].Lower is "had" or "has" or "have" or "'d" or "'s"
        && tokens.Skip(v + 1).Take(MaximumWrittenPhraseWords + 1).TakeWhile(t => (t.IsWord || char.IsDigit(t.Raw[0])) && (t.Lower == "that" || !QuoteLexicon.Determiners.Contains(t.Lower)))
            .Any(t => t.Lower == "that");

    // Words of time or place between "had written" and its "that" (in October 2022); set by hand.
    private const int MaximumWrittenPhraseWords = 4;

    // The port operator put the figure at "fewer than 1,800": putting a figure, a cost or a number at an amount is stating it.
    // (put the cost of a laboratory test at "…": what the figure is of may stand before "at"; blind369.)
    private static bool IsFigurePut(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "put" or "puts" && IsActive(tokens, v) && v + 3 < tokens.Count && tokens[v + 1].Lower is "the" or "its" or "their" or "his" or "her"
        && FigureNouns.Contains(tokens[v + 2].Lower)
        && (tokens[v + 3].Lower == "at"
            || (tokens[v + 3].Lower == "of" && tokens.FindIndex(v + 4, Math.Min(MaximumFigureOfWords + 1, tokens.Count - v - 4), t => !t.IsWord || t.Lower == "at") is var at
                && at > v + 4 && tokens[at].Lower == "at"));

    // What a figure is of (the cost of a laboratory test) runs to this many words before "at"; set by hand.
    private const int MaximumFigureOfWords = 4;

    // What a source puts at an amount (put the figure at, put its losses at); set by hand.
    private static readonly FrozenSet<string> FigureNouns = FrozenSet.ToFrozenSet(
        ["figure", "number", "cost", "costs", "total", "toll", "losses", "loss", "bill", "price", "turnout", "damage", "estimate", "count"], StringComparer.Ordinal);

    // Tom Ridley pointed out that the site "is still open", she chipped in: a verb and its particle that together mean speaking.
    private static bool IsPhrasalSpeechVerb(List<CueToken> tokens, int v) =>
        v + 1 < tokens.Count && PhrasalSpeechVerbs.TryGetValue(tokens[v].Lower, out var particle) && tokens[v + 1].Lower == particle && IsActive(tokens, v);

    // Verbs that speak with one particle after them, by the particle; from the phrasal verbs of speech in news copy, set by hand.
    private static readonly FrozenDictionary<string, string> PhrasalSpeechVerbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pointed"] = "out", ["points"] = "out", ["spelled"] = "out", ["spelt"] = "out", ["spells"] = "out", ["chipped"] = "in", ["chips"] = "in",
        ["piped"] = "up", ["pipes"] = "up", ["weighed"] = "in", ["weighs"] = "in",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The judge found that the cartoon was "plainly capable of causing offence": what a judge, a panel or a tribunal found is what it
    // says. (It found that …: a review or a report, which "it" stands for more often, is no speaker.)
    // (The investigating officer found in her report that the records were "…": where the finding is written may stand before "that";
    // the Board's investigator found the file notes "incomplete …": a short object the quote describes, with the quote right after it,
    // is a finding stated too; blind351, blind352.)
    // (In a report circulated on 20 April, it found the paper "…": where a clause opened by "in" and a document says the finding
    // is written, "it" is its author, no report; blind370.)
    private static bool IsFindingStated(List<CueToken> tokens, int v) =>
        tokens[v].Lower == "found" && v + 1 < tokens.Count && v > 0 && (tokens[v - 1].Lower is not ("it" or "they" or "which") || IsAfterDocumentPlace(tokens, v - 1))
        && IsActive(tokens, v) && (tokens[v + 1].Lower == "that" || FindingPlacedBeforeThat(tokens, v + 1) || FindingObjectBeforeQuote(tokens, v + 1));

    // The Council considers that the development "preserves …": a body's or a person's view stated with "that" is their statement,
    // as a decision states its reasons (blind374); so is a ruling (The umpire, X, ruled that the ball had "…"; blind375).
    // Considering or ruling on a thing (considered the evidence, ruled it out) states nothing.
    private static bool IsViewStated(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "considers" or "considered" or "ruled" or "rules" && v + 1 < tokens.Count && tokens[v + 1].Lower == "that" && IsActive(tokens, v);

    // In his written report he recorded a serious fault for "…": what someone records in a document a clause opened by "in" names is
    // their finding in their words (blind366).
    // (Inspector Delphine Okafor-Reyes recorded in her report that the log had "…": so a document named after the verb, before "that";
    // blind403.)
    private static bool IsRecordedInDocument(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "recorded" or "records" && IsActive(tokens, v)
        && ((v >= 3 && OpeningDocumentPlace(tokens) is > 0 and var noun && noun < v - 1 && v - noun - 1 <= MaximumRecorderWords
                && tokens.Skip(noun + 1).Take(v - noun - 1).All(t => t.IsWord || t.Raw == ","))
            || (v >= 1 && v + 4 < tokens.Count && tokens[v + 1].Lower == "in" && tokens[v + 2].Lower is "his" or "her" or "its" or "their" or "the"
                && DocumentNounAfter(tokens, v + 2) is > 0 and var later && later + 1 < tokens.Count && tokens[later + 1].Lower == "that"));

    // The words naming who records between the document and the verb (he; the examiner; Mr Varley); set by hand.
    private const int MaximumRecorderWords = 3;

    // Whether the pronoun at `pronoun` ("it", "they") follows a comma that closes a clause opening the tokens with "in" and a
    // document (In a report circulated on 20 April, it …; In their written response, they …).
    private static bool IsAfterDocumentPlace(List<CueToken> tokens, int pronoun) =>
        tokens[pronoun].Lower is "it" or "they" && pronoun >= 4 && tokens[pronoun - 1].Raw == ","
        && OpeningDocumentPlace(tokens) is > 0 and var noun && noun < pronoun - 1 && !tokens.Take(pronoun - 1).Any(t => t.Raw == "," && t.Start < tokens[noun].Start);

    // The document's noun of a clause opening the tokens with "in" (In a report circulated on 20 April; In his written report), or -1.
    private static int OpeningDocumentPlace(List<CueToken> tokens) => tokens.Count > 1 && tokens[0].Lower == "in" ? DocumentNounAfter(tokens, 0) : -1;

    // in her report that: "in", a possessive or an article, one or two words naming where, then "that".
    private static bool FindingPlacedBeforeThat(List<CueToken> tokens, int at) =>
        at + 3 < tokens.Count && tokens[at].Lower == "in" && (QuoteLexicon.Determiners.Contains(tokens[at + 1].Lower) || tokens[at + 1].Lower is "his" or "her" or "its" or "their")
        && Enumerable.Range(at + 3, MaximumFindingPlaceWords).FirstOrDefault(k => k < tokens.Count && tokens[k].Lower == "that") is > 0 and var that
        && tokens.Skip(at + 2).Take(that - at - 2).All(t => t.IsWord && !QuoteLexicon.Determiners.Contains(t.Lower));

    // the file notes, before the quote: an article or a possessive and up to three words, the clause's last, with nothing between
    // them and the quote; or "it" or "them" alone (inspected the structure and found it "sound, …"; blind353).
    private static bool FindingObjectBeforeQuote(List<CueToken> tokens, int at) =>
        (at == tokens.Count - 1 && tokens[at].Lower is "it" or "them")
        || (at + 1 < tokens.Count && tokens.Count - at - 1 is > 0 and <= MaximumFindingObjectWords
            && (tokens[at].Lower is "the" or "his" or "her" or "its" or "their" || tokens[at].Raw.EndsWith("'s", StringComparison.Ordinal))
            && tokens.Skip(at + 1).All(t => t.IsWord && t.Lower is not ("that" or "and" or "to")));

    // Words naming where a finding is written (report, written report, final report) and the object a quoted finding describes
    // (the file notes, the firm's client records); set by hand from blind351–352's decisions.
    private const int MaximumFindingPlaceWords = 2;
    private const int MaximumFindingObjectWords = 3;

    // Professor Lanyon gave evidence that the development would "…": giving evidence or testimony is a witness's speech verb.
    private static bool IsEvidenceGiven(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "gave" or "gives" && v + 1 < tokens.Count && tokens[v + 1].Lower is "evidence" or "testimony" && IsActive(tokens, v);

    // "…," she went on. / He goes on: "…" — going on, with nothing after it in the clause, is speaking on.
    private static bool IsWentOn(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "went" or "goes" && v + 1 < tokens.Count && tokens[v + 1].Lower == "on" && (v + 2 == tokens.Count || !tokens[v + 2].IsWord);

    // one reporter put the obvious question to the coach: "…?" — putting a question to someone is asking it.
    private static bool IsQuestionPut(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "put" or "puts" && IsActive(tokens, v)
        && tokens.Skip(v + 1).Take(MaximumQuestionPutWords).ToList() is var after && after.FindIndex(t => t.Lower is "question" or "questions") is var q and >= 0
        && q + 1 < after.Count && after[q + 1].Lower == "to";

    // put the obvious question to: the question noun comes within this many words of "put" (a determiner and one or two adjectives).
    private const int MaximumQuestionPutWords = 4;

    // She went on to describe a bass line that "…", he goes on to warn: the plain form of a speech verb after "went on to".
    private static bool IsWentOnToSpeak(List<CueToken> tokens, int v) =>
        v >= 3 && tokens[v - 1].Lower == "to" && tokens[v - 2].Lower == "on" && tokens[v - 3].Lower is "went" or "goes" or "go" or "going"
        && (QuoteLexicon.SpeechVerbs.Contains(tokens[v].Lower + "d") || QuoteLexicon.SpeechVerbs.Contains(tokens[v].Lower + "ed") || tokens[v].Lower is "tell" or "say");

    // One resident, a nurse who … and asked not to be named, said: asking not to be named (asked me not to use her name, asked to
    // remain anonymous) describes the source; it is not the verb that reports their words. (Asked a farmer, who gave his name as
    // Ali: a name in a clause of its own after the asked is no request.)
    private static bool IsAnonymityRequest(List<CueToken> tokens, int v) =>
        tokens[v].Lower is "asked" or "asks" or "ask" or "requested"
        && tokens.Skip(v + 1).Take(MaximumAnonymityRequestWords).TakeWhile(t => t.Raw != "," && t.Lower is not ("who" or "whose"))
            .Any(t => t.Lower is "named" or "identified" or "anonymous" or "anonymity" or "name");

    // Asked | me not to use her name: the words that tell an anonymity request follow the verb within this many; set by hand from the
    // forms in the annotated sets (asked not to be named, asked the Ledger not to publish her name).
    private const int MaximumAnonymityRequestWords = 7;

    // "…," Ms Amankwah shot back / the minister hit back: a verb of striking with "back" is a retort, a speech verb of its own.
    private static bool IsRetortVerb(List<CueToken> tokens, int v) =>
        v + 1 < tokens.Count && tokens[v + 1].Lower == "back" && tokens[v].Lower is "shot" or "hit" or "fired" or "snapped" or "shoots" or "hits" or "fires";

    private static bool IsActive(List<CueToken> tokens, int v) =>
        !(v > 0 && QuoteLexicon.PassiveMarkers.Contains(tokens[v - 1].Lower))
        && !(v > 1 && tokens[v - 1].Lower is "not" or "n't" && QuoteLexicon.PassiveMarkers.Contains(tokens[v - 2].Lower));

    // Whether the closing bracket at `closing` ends a body's short name in brackets, as in "(Desco)".
    private static bool IsBracketedShortName(IReadOnlyList<CueToken> tokens, int closing) =>
        closing >= 3 && tokens[closing].Raw == ")" && tokens[closing - 2].Raw == "(" && tokens[closing - 1].IsWord && char.IsUpper(tokens[closing - 1].Raw[0]);

    private static int ClauseStart(IReadOnlyList<CueToken> tokens, int v)
    {
        for (var k = v - 1; k >= 0; k--)
        {
            // (The Daryabad Electric Supply Company (Desco) said: a short name in brackets stays inside the clause.)
            if (IsBracketedShortName(tokens, k) && tokens[k - 3].IsWord)
            {
                k -= 2;
                continue;
            }

            if (!tokens[k].IsWord && tokens[k].Raw != "-" && tokens[k].Raw != "&" // (Fenn & Fable Weddings: one name)
                && !MentionParser.IsPluralPossessiveMark(tokens, k)) // (the Wolves' head coach: one phrase)
            {
                return k + 1;
            }

            // … was jailed as a judge branded him "…": a subordinate clause opened by a conjunction has its own subject.
            if (k > 0 && k + 1 < v && QuoteLexicon.ClauseConjunctions.Contains(tokens[k].Lower) && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0])
                && (QuoteLexicon.Determiners.Contains(tokens[k + 1].Lower) || MentionParser.IsNameWord(tokens[k + 1])))
            {
                return k + 1;
            }
        }

        // But a pal of the couple told …: a coordinating conjunction opening the sentence is no part of its subject.
        return v > 2 && SentenceOpeningConjunctions.Contains(tokens[0].Lower) && tokens[0].IsCapitalized
            && (QuoteLexicon.Determiners.Contains(tokens[1].Lower) || MentionParser.IsNameWord(tokens[1])) ? 1 : 0;
    }

    // Conjunctions and linking adverbs that open a sentence before its subject (But a friend said, Yet the council insists).
    private static readonly FrozenSet<string> SentenceOpeningConjunctions = FrozenSet.ToFrozenSet(["but", "and", "yet", "so", "still", "meanwhile"], StringComparer.Ordinal);


    /// <summary>
    /// The Institute of Geology and Seismic Study raised its alert and said …: a speech verb after "and", coordinated with the
    /// predicate of a clause that opens with a body or a person the article has named, shares that subject.
    /// </summary>
    private SpeakerMention? CoordinatedSubject(List<CueToken> tokens, int v)
    {
        var floor = ClauseStart(tokens, v);

        // he accepted that the bus ran only every two hours, but maintained that it offered "…": after a comma and "but", the verb
        // shares the subject of the clause before the comma.
        if (v >= 3 && tokens[v - 1].Lower is "but" or "and" && tokens[v - 2].Raw == "," && floor >= v - 1)
        {
            floor = ClauseStart(tokens, v - 2);
            while (floor > 0 && tokens[floor - 1].Raw == "," && !tokens.Skip(floor).Take(v - 2 - floor).Any(t => t.Lower is "he" or "she" or "they" or "it"))
            {
                floor = ClauseStart(tokens, floor - 1);
            }
        }
        else if (v - 1 <= floor + 1 || tokens[v - 1].Lower is not ("and" or "but")) // (Cllr Rowe seconded the proposal but asked that …)
        {
            return null;
        }

        // He now works as a deckhand on the ferry, the morning boat, and said …: "as" before a noun phrase with no verb of its own is
        // the complement of the clause's verb, no clause of its own (as a judge branded him is); blind339.
        if (floor >= 2 && tokens[floor - 1].Lower == "as" && tokens[floor - 2] is { IsWord: true } asVerb && char.IsLower(asVerb.Raw[0])
            && tokens[floor].Lower is "a" or "an" or "the"
            && !tokens.Skip(floor).Take(v - 1 - floor).Any(t => t.IsWord && (FiniteVerbs.Contains(t.Lower) || QuoteLexicon.SpeechVerbs.Contains(t.Lower)
                || (t.Lower.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(t.Raw[0])))))
        {
            floor = ClauseStart(tokens, floor - 1);
        }

        // Its managing director, Sigrún Hallsdóttir, declined an interview but wrote …: a clause that opens with a lowercase verb
        // after a comma is the predicate of the person named in the apposition before it.
        var predicate = floor;
        if (floor >= 3 && tokens[floor - 1].Raw == "," && tokens[floor].IsWord && char.IsLower(tokens[floor].Raw[0]) && !QuoteLexicon.StopWords.Contains(tokens[floor].Lower))
        {
            floor = ClauseStart(tokens, floor - 1);
            // (Professor Marlies Tjon-A-Loi, an economist at the Institute …, welcomed the fund but warned: a description in
            // apposition stands between the name and its predicate; the name is the clause before it.)
            if (floor >= 2 && tokens[floor - 1].Raw == "," && tokens[floor].Lower is "a" or "an" or "the")
            {
                predicate = floor;
                floor = ClauseStart(tokens, floor - 1);
            }
        }

        // (Westmarch County Highways was consulted and said: a body's name is matched by its words where the clause opens, as a body
        // read from its noun is registered where the noun stands; blind377.)
        var opens = floor + (tokens[floor].Lower == "the" ? 1 : 0);
        if (_organisations.Where(o => o.Position == tokens[opens].Start || (o.Position > tokens[opens].Start && o.Position < tokens[opens].Start + o.Name.Length
                && _text.AsSpan(tokens[opens].Start).StartsWith(o.Name, StringComparison.Ordinal)))
            .Select(o => o.Name).FirstOrDefault() is { } body)
        {
            var words = body.Split(' ').Length;
            return opens + words < v - 1 && tokens[opens + words].IsWord && char.IsLower(tokens[opens + words].Raw[0])
                ? new SpeakerMention(MentionKind.Organisation, body, body, [], null, true, tokens[opens].Start)
                : null;
        }

        // It will not refer the matter for prosecution, but warned that …: "it" opening the clause is the body it takes up, as it is
        // before its own verb.
        if (tokens[floor].Lower == "it" && floor + 1 < v - 1 && tokens[floor + 1].IsWord && char.IsLower(tokens[floor + 1].Raw[0]))
        {
            return ItCue([tokens[floor], tokens[v]], tokens[v].Start);
        }

        // After the game he stood in front of the cameras and said …: a verb of speech joined by "and" to the clause's own verb
        // has the clause's subject, the first person named or pronoun there that is not a preposition's object and has a
        // lowercase verb after it.
        for (var k = floor; k < v - 2; k++)
        {
            if (k > floor && Prepositions.Contains(tokens[k - 1].Lower))
            {
                continue;
            }

            if (tokens[k].IsWord && MentionParser.StartingAt(tokens, k) is { Kind: MentionKind.Name or MentionKind.Pronoun } subject && subject.Start == tokens[k].Start)
            {
                var after = k;
                while (after < v && tokens[after].Start < subject.Start + subject.Text.Length)
                {
                    after++;
                }

                // (Danny "Knuckles" O'Rourke, the Mariners' shortstop, punched … and said: with the nickname's words left out, the name's
                // own words run on past its text's length; blind363.)
                while (after < v && subject.Kind == MentionKind.Name && MentionParser.IsNameWord(tokens[after]) && subject.Text.Split(' ').Contains(tokens[after].Raw, StringComparer.Ordinal))
                {
                    after++;
                }

                if (after + 1 == predicate && tokens[after].Raw == "," && subject.Start == tokens[floor].Start)
                {
                    return subject; // the name in apposition (or before one), its predicate after the comma
                }

                // (Their captain, Kevin Mac Giolla Phádraig, beat Aidan Rourke in the singles, but said …: a name in apposition to the
                // role opening the clause, its predicate a lowercase verb after the comma; blind362.)
                if (tokens[after].Raw == "," && subject.Kind == MentionKind.Name && k >= floor + 2 && tokens[k - 1].Raw == ","
                    && k - 1 - floor <= MaximumRoleModifiersBeforeSource + 1 && tokens.Skip(floor).Take(k - 1 - floor).All(t => t.IsWord)
                    && (QuoteLexicon.Determiners.Contains(tokens[floor].Lower) || tokens[floor].Lower is "their" or "its" or "his" or "her" || MentionParser.IsPossessive(tokens[floor]))
                    && QuoteLexicon.RoleNouns.Contains(tokens[k - 2].Lower)
                    && after + 1 < v - 1 && tokens[after + 1].IsWord && char.IsLower(tokens[after + 1].Raw[0]) && !QuoteLexicon.StopWords.Contains(tokens[after + 1].Lower))
                {
                    return subject;
                }

                // (Dr Ode did not object but regretted "…": an auxiliary and its negation open the predicate as well; a bare
                // auxiliary is left alone, the society said Mr van der Stoel had acted properly and promised to "…".)
                return after < v - 1 && tokens[after].IsWord && char.IsLower(tokens[after].Raw[0])
                    && (!QuoteLexicon.StopWords.Contains(tokens[after].Lower)
                        || ((Auxiliaries.Contains(tokens[after].Lower) || tokens[after].Lower is "did" or "does" or "do") && after + 1 < v - 1
                            && tokens[after + 1].Lower is "not" or "never"))
                    ? subject
                    : null;
            }
        }

        return null;
    }

    // Words whose object is no subject of the clause (After the game, in front of Smith).
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["after", "before", "in", "on", "at", "to", "for", "with", "from", "of", "by", "about", "against", "behind", "near", "outside", "inside",
            "during", "since", "until", "like", "than", "towards", "toward", "into", "onto", "over", "under", "between", "among", "without"],
        StringComparer.Ordinal);

    // The words of a place phrase after a definite role before its verb (the same member from the back row said); set by hand.
    private const int MaximumPlacePhraseWords = 4;

    private static SpeakerMention? MentionBefore(IReadOnlyList<CueToken> tokens, int v, int floor)
    {
        var end = v;
        while (end - 1 >= floor && SkippableBeforeVerb.Contains(tokens[end - 1].Lower) && !tokens[end - 1].EndsName)
        {
            end--;
        }

        // The Daryabad Electric Supply Company (Desco) said: a short name in brackets after the body's name is no part of the subject.
        if (end - 4 >= floor && IsBracketedShortName(tokens, end - 1))
        {
            end -= 3;
        }

        // as our oldest member, Wilf Sayer, likes to remind us: a verb of habit or wish and "to" before the speech verb.
        if (end - 2 > floor && tokens[end - 1].Lower == "to" && tokens[end - 2].Lower is "likes" or "loves" or "liked" or "loved" or "tends" or "tended" or "used" or "wants" or "wanted")
        {
            end -= 2;
        }

        // A letter the company sent to the cooperative last month said: the subject of the clause that sent the document, right after
        // its noun, wrote it.
        if (end - floor >= 4 && tokens[floor].Lower is "a" or "an" or "the" && IsDocumentNoun(tokens[floor + 1].Lower)
            && Enumerable.Range(floor + 3, end - floor - 3).FirstOrDefault(k => SendingVerbs.Contains(tokens[k].Lower), -1) is var sendVerb and > 0
            && MentionParser.EndingAt(tokens, sendVerb, floor + 2) is { Kind: not MentionKind.Pronoun } documentSender
            && (documentSender.Start == tokens[floor + 2].Start || (QuoteLexicon.Determiners.Contains(tokens[floor + 2].Lower) && documentSender.Start == tokens[floor + 3].Start)))
        {
            return documentSender;
        }

        // Mr Pelham went on to say: the subject of "went on to" says what follows.
        if (end - 3 >= floor && tokens[end - 1].Lower == "to" && tokens[end - 2].Lower == "on" && tokens[end - 3].Lower is "went" or "goes" or "go" or "going")
        {
            end -= 3;
            while (end - 1 >= floor && SkippableBeforeVerb.Contains(tokens[end - 1].Lower) && !tokens[end - 1].EndsName)
            {
                end--;
            }
        }

        // The Vasca Canal Authority, which earlier in the week said: a time phrase between the relative pronoun and its verb.
        if (end - floor >= 2 && end - floor <= MaximumTimePhraseWords + 2 && tokens[floor].Lower is "who" or "which"
            && tokens.Skip(floor + 1).Take(end - floor - 1).All(t => t.IsWord && char.IsLower(t.Raw[0]))
            && tokens.Skip(floor + 1).Take(end - floor - 1).Any(t => TimeWords.Contains(t.Lower)))
        {
            end = floor + 1;
        }

        // Brandt, who said …; the Federation of Coastal Communities, which said …: the speaker stands before the relative pronoun.
        if (end - 1 == floor && tokens[end - 1].Lower is "who" or "which" && floor >= 2 && tokens[floor - 1].Raw == ",")
        {
            // (Stan Moyle, a retired postman from Quarry Road, who wrote: the name before the appositive, not the appositive.)
            // (Lars Henningsen, managing director of the cable maker Nordkabel, who told: "who" is the person a lowercase
            // description is about, not the body named inside it, as in Imogen Sallis, of Sallis & Grieve, who told; a clause with a
            // verb, was conducted by Bishop Martin Oakes, is none.)
            var before = ClauseStart(tokens, floor - 1);
            var opening = floor - 2;
            while (opening > 0 && tokens[opening].Raw != ",")
            {
                opening--;
            }

            if (tokens[end - 1].Lower == "who" && opening >= 1 && tokens[opening].Raw == "," && opening + 1 < floor - 1 && tokens[opening + 1].IsWord && char.IsLower(tokens[opening + 1].Raw[0])
                && tokens.Skip(opening + 1).Take(floor - 2 - opening) is var description && description.All(t => (t.IsWord || t.Raw == "&") && !QuoteLexicon.Copulas.Contains(t.Lower)
                    && !Auxiliaries.Contains(t.Lower) && !(char.IsLower(t.Raw[0]) && t.Lower.EndsWith("ed", StringComparison.Ordinal))) // (Integrated Care Board: a name's word)
                && description.Any(t => t.Lower is "of" or "at" or "for" or "with")
                && MentionParser.EndingAt(tokens, opening, ClauseStart(tokens, opening)) is { Kind: MentionKind.Name } person)
            {
                return person;
            }

            // (Mr Gerald Ashcombe of 12 Cooper's Row, who wrote: nor the street of an address after the name, but the name.)
            if (tokens[end - 1].Lower == "who" && AddressAfterName(tokens, before, floor - 1) is { } addressed)
            {
                return addressed;
            }

            // (one driver, a retired sawmill worker from Ellerbeck, who said: nor the description of an unnamed source, but the source.)
            return (before >= 2 && tokens[before].Lower is "a" or "an" or "the" && tokens[before - 1].Raw == ","
                    && MentionParser.EndingAt(tokens, before - 1, ClauseStart(tokens, before - 1)) is { Kind: MentionKind.Name } described ? described : null)
                ?? (tokens[before].Lower is "a" or "an" ? SourceMentionBeforeApposition(tokens, before) : null)
                ?? MentionBefore(tokens, floor - 1, before);
        }

        // asked one spectator, a retired sawmill worker from Ellerbeck who said he …: a relative's verb after an indefinite description
        // in apposition to an unnamed source is the source's, as the description is (blind274).
        if (end - 2 > floor && tokens[end - 1].Lower == "who" && tokens[end - 2].Raw != "," && tokens[floor].Lower is "a" or "an"
            && SourceMentionBeforeApposition(tokens, floor) is { } describedSource)
        {
            return describedSource;
        }

        // The column cites a senior Treasury source who said …: an unnamed source right before "who" (no comma) is the speaker.
        if (end - 1 > floor && tokens[end - 1].Lower == "who" && (end - 2 == floor || tokens[end - 2].Raw != ","))
        {
            for (var a = end - 2; a >= floor && end - 1 - a <= MaximumUnnamedSourceWords && tokens[a].IsWord; a--)
            {
                if (tokens[a].Lower is "a" or "an" or "one" && tokens[end - 2] is { IsWord: true } noun && char.IsLower(noun.Raw[0])
                    && (QuoteLexicon.PersonHeads.Contains(noun.Lower) || noun.Lower is "source" or "sources"))
                {
                    return UnnamedRole(tokens, a, end - 1);
                }
            }
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
            for (var h = floor + 1; h < end && h <= floor + 1 + MaximumRoleModifiersBeforeSource && tokens[h].IsWord && (char.IsLower(tokens[h].Raw[0]) || h + 1 < end); h++)
            {
                if (!char.IsLower(tokens[h].Raw[0]))
                {
                    continue; // One former Sunway rep: a capitalised modifier (a brand, a place) before the noun
                }

                if (QuoteLexicon.RoleNouns.Contains(tokens[h].Lower) && MentionParser.EndingAt(tokens, h + 1, floor) is { Kind: MentionKind.Role, Definite: false } head)
                {
                    return head;
                }

                // "…," one picket said: an indefinite noun phrase the lexicon does not know, right before the verb, is a person.
                // (closed the berth as a precaution and advised: a conjunction before the verb joins it to the clause before; no noun.)
                if (h == end - 1 && !QuoteLexicon.DocumentNouns.Contains(tokens[h].Lower) && !QuoteLexicon.Quantities.Contains(tokens[h].Lower)
                    && !SkippableBeforeVerb.Contains(tokens[h].Lower) && tokens[h].Lower is not ("and" or "or" or "but" or "nor" or "then"))
                {
                    return UnnamedRole(tokens, floor, end);
                }

                // One conductor based at Ellingham: a noun the lexicon does not know, followed by a postmodifier, is a person all the same.
                if (h + 1 < end && OpensPostmodifier(tokens[h + 1]) && !OpensPostmodifier(tokens[h]) && !QuoteLexicon.DocumentNouns.Contains(tokens[h].Lower))
                {
                    return UnnamedRole(tokens, floor, h + 1);
                }
            }
        }

        // "…," the same member from the back row said: a definite role and a short lowercase phrase of place after it, the role; the
        // phrase says where the person was, not who they are (blind346).
        var ending = MentionParser.EndingAt(tokens, end, floor);
        if (ending is null && end - floor >= 5 && tokens[floor].Lower == "the"
            && MentionParser.StartingAt(tokens, floor) is { Kind: MentionKind.Role, Definite: true } placedRole && placedRole.Start == tokens[floor].Start
            && Enumerable.Range(floor, end - floor).FirstOrDefault(k => tokens[k].Start >= placedRole.Start + placedRole.Text.Length, -1) is var place and > 0
            && tokens[place].Lower is "from" or "at" or "in" or "near" or "on" && end - place - 1 <= MaximumPlacePhraseWords
            && tokens.Skip(place + 1).Take(end - place - 1).All(t => t.IsWord && char.IsLower(t.Raw[0])))
        {
            return placedRole;
        }

        if (ending is { } mention)
        {
            // Governor Maeve Dunleavy of Lakeshire: the person, not the place after "of"; after "of the" only a named person
            // (Maureen Achebe of the Small Investors' Circle), as the chairman of the Harbour Trust may be no one the article names.
            // (Desislava Peneva of the Institute for Agrarian Climate Studies in Plovdiv: nor the place after "in" where the body is.)
            var first = IndexAt(tokens, mention.Start, floor, end);
            var preposition = PrepositionBefore(tokens, first, floor);

            // Station Manager Declan Ross of Westmere Fire and Rescue Service said: a body's name holding "and" still follows "of".
            if (preposition < 0 && mention.Kind is MentionKind.Name or MentionKind.Organisation && first - 2 > floor && tokens[first - 1].Lower == "and")
            {
                var before = first - 2;
                while (before > floor && first - 1 - before <= MaximumWordsBeforeAnd && MentionParser.IsNameWord(tokens[before]))
                {
                    before--;
                }

                if (before < first - 2 && tokens[before].Lower is "of" or "at" or "from" or "for"
                    && MentionParser.EndingAt(tokens, before, floor) is { Kind: MentionKind.Name } member)
                {
                    return member;
                }
            }
            if (mention.Kind is MentionKind.Name or MentionKind.Organisation && preposition > floor
                && MentionParser.EndingAt(tokens, preposition, floor) is { Kind: MentionKind.Name or MentionKind.Role or MentionKind.Organisation } owner
                && (owner.Kind == MentionKind.Name || preposition + 2 != first))
            {
                // Anne Cole of the Diocese of Leeds, Lorna Tan of the Commuters' Alliance for Safe Transport: a body's name holding
                // "of" or "for" follows a person's "of" in its turn; the person is the speaker.
                var ownerFirst = IndexAt(tokens, owner.Start, floor, end);

                // … of the Institute for Agrarian Climate Studies in Plovdiv: the body's name before "in" may hold "for" or "of"
                // itself; its head, the body, is what the person is "of".
                if (tokens[preposition].Lower == "in" && owner.Kind == MentionKind.Name && PrepositionBefore(tokens, ownerFirst, floor) is var inner && inner > floor
                    && tokens[inner].Lower is "for" or "of" && MentionParser.EndingAt(tokens, inner, floor) is { Kind: MentionKind.Organisation } body)
                {
                    owner = body;
                    ownerFirst = IndexAt(tokens, body.Start, floor, end);
                }

                if (owner.Kind is MentionKind.Organisation || (owner.Kind is MentionKind.Name && !owner.Name.Contains(' ', StringComparison.Ordinal)))
                {
                    var outer = PrepositionBefore(tokens, ownerFirst, floor);
                    if (outer > floor && tokens[outer].Lower is "of" or "at" && MentionParser.EndingAt(tokens, outer, floor) is { Kind: MentionKind.Name } person
                        && person.Name.Contains(' ', StringComparison.Ordinal))
                    {
                        return person;
                    }
                }

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

            // A senior official, who asked not to be named because the inquiry is ongoing, said: a conjunction inside a relative clause
            // does not open the appositive; the relative pronoun after the comma does.
            if (appositiveStart >= 2 && tokens[appositiveStart - 1].Raw != ",")
            {
                for (var k = appositiveStart - 1; k >= 2 && tokens[k].IsWord; k--)
                {
                    if (tokens[k].Lower is "who" or "which" or "whose" && tokens[k - 1].Raw == ",")
                    {
                        appositiveStart = k;
                        break;
                    }
                }
            }
            // Maresia Hotéis, the group named in local reports as the likely developer, said; One parishioner, leaving the nave after
            // Evensong, told: a conjunction inside the appositive opens no clause of its own; the appositive runs back to its comma.
            if (appositiveStart >= 2 && QuoteLexicon.ClauseConjunctions.Contains(tokens[appositiveStart - 1].Lower))
            {
                var opening = appositiveStart - 2;
                while (opening > 0 && tokens[opening].IsWord)
                {
                    opening--;
                }

                if (tokens[opening].Raw == "," && opening > 0)
                {
                    if (NameBeforeAppositive(tokens, opening + 1) is { } described)
                    {
                        return described;
                    }

                    appositiveStart = opening + 1;
                }
            }

            // Saskia Fenn, who runs Fenn & Fable Weddings, said: the person before a relative clause speaks, not the body inside it.
            if (tokens[appositiveStart].Lower is "who" or "whose" && appositiveStart >= 2 && tokens[appositiveStart - 1].Raw == ","
                && ClauseStart(tokens, appositiveStart - 1) is var headStart
                && MentionParser.EndingAt(tokens, appositiveStart - 1, headStart) is { Kind: MentionKind.Name } relativeHead && relativeHead.Start == tokens[headStart].Start)
            {
                return relativeHead;
            }

            // (Ruth Aldane, known to the fans as "the Octopus", wrote: a name in marks is a label, no speaker.)
            // (One resident of Holt Lane, supporting the Order, wrote: a name in a present participle's phrase is its object, no
            // speaker; not a past one's, which may be a description before the name: Its chair, retired surveyor Hugh Bellis, fumed.)
            var namesNoSpeaker = (appositiveStart > 0 && comma - 1 > appositiveStart && IsQuoteMark(tokens[appositiveStart - 1].Raw[0]) && IsQuoteMark(tokens[comma - 1].Raw[0]))
                || (tokens[appositiveStart] is { IsWord: true } opener && char.IsLower(opener.Raw[0]) && opener.Lower.EndsWith("ing", StringComparison.Ordinal)
                    && !QuoteLexicon.PersonHeads.Contains(opener.Lower));
            // (Our neighbour in row F, analyst Chidi Okafor of Halden Insight, calls it: the person the appositive names, with the body
            // or the place they belong to after "of", "at" or "from".)
            if (!namesNoSpeaker && comma > appositiveStart && MentionParser.EndingAt(tokens, comma, appositiveStart) is { Kind: MentionKind.Organisation or MentionKind.Name } ownBody
                && IndexAt(tokens, ownBody.Start, appositiveStart, comma) is var bodyAt && bodyAt - 1 > appositiveStart && tokens[bodyAt - 1].Lower is "of" or "at" or "from"
                && MentionParser.EndingAt(tokens, bodyAt - 1, appositiveStart) is { Kind: MentionKind.Name } member
                && member.Name.Contains(' ', StringComparison.Ordinal) && tokens[appositiveStart].Lower != "the" // (the Bulletin of Galactic Studies: one body's name)
                && OnlyTitleWordsBefore(tokens, appositiveStart, IndexAt(tokens, member.Start, appositiveStart, bodyAt - 1)))
            {
                return member;
            }

            // (The project operator, Kür-Araz Pipeline Company (KAPC), said: the body's short name in brackets closes its name.)
            var nameEnd = comma - 3 > appositiveStart && tokens[comma - 1].Raw == ")" && tokens[comma - 3].Raw == "("
                && tokens[comma - 2] is { IsWord: true, Raw.Length: > 1 } shortName && shortName.Raw.All(char.IsUpper) ? comma - 3 : comma;
            if (!namesNoSpeaker && nameEnd > appositiveStart && MentionParser.EndingAt(tokens, nameEnd, appositiveStart) is { Kind: MentionKind.Name or MentionKind.Organisation } named
                && (named.Kind == MentionKind.Name || char.IsUpper(named.Name[0])) // (X, a rights group, said: a description, not a name)
                && OnlyTitleWordsBefore(tokens, appositiveStart, IndexAt(tokens, named.Start, appositiveStart, nameEnd)))
            {
                return named; // The first witness, the auditor Naomi Brack, told …; The contractor, Dunmore Civil Engineering, said
            }

            // The journal that published the paper, the Bulletin of Galactic Studies, said: a body's whole name after "the", joined
            // by "of", is the speaker in apposition.
            if (comma - appositiveStart >= 4 && tokens[appositiveStart].Lower == "the" && MentionParser.IsNameWord(tokens[appositiveStart + 1])
                && MentionParser.IsNameWord(tokens[comma - 1])
                && tokens.Skip(appositiveStart + 1).Take(comma - appositiveStart - 1).All(t => MentionParser.IsNameWord(t) || t.Lower is "of" or "for" or "and" or "&")
                && tokens.Skip(appositiveStart + 1).Take(comma - appositiveStart - 1).Any(t => t.Lower is "of" or "for"))
            {
                var body = JoinTokens(tokens, appositiveStart + 1, comma);
                return new SpeakerMention(MentionKind.Organisation, body, body, [], null, true, tokens[appositiveStart + 1].Start);
            }

            // Another, a senior programmer who had been at the studio for nine years, said: "another" is the unnamed source the
            // appositive describes.
            if (appositiveStart >= 2 && tokens[appositiveStart - 1].Raw == "," && appositiveStart - 1 == 1 && tokens[0].Lower is "another" or "one"
                && tokens[appositiveStart].Lower is "a" or "an")
            {
                var relative = Enumerable.Range(appositiveStart + 1, comma - appositiveStart - 1).FirstOrDefault(j => tokens[j].Lower is "who" or "whose", comma);
                // (One, a pilot from a rival team who did not want to be named, said: a relative clause too long to read with the source
                // is left off, and the words before it describe the source.)
                if ((UnnamedSource(tokens, appositiveStart, comma) ?? (relative < comma ? UnnamedSource(tokens, appositiveStart, relative) : null))
                    is { Kind: MentionKind.Role } described)
                {
                    return described;
                }

                if (relative > appositiveStart + 1 && tokens.Skip(appositiveStart + 1).Take(relative - appositiveStart - 1).All(t => t.IsWord && char.IsLower(t.Raw[0]))
                    && QuoteLexicon.PersonHeads.Contains(tokens[relative - 1].Lower))
                {
                    return UnnamedRole(tokens, appositiveStart, relative);
                }
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
    /// Greyfield Capital,</c>; <c>Fiona Castellane, the company's chief executive,</c>; <c>X, of the Small Investors' Circle,</c>;
    /// <c>X, principal of Rushmere College,</c>).
    /// </summary>
    // Words that make a phrase a time phrase (earlier in the week, last month, on Monday morning).
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["earlier", "later", "last", "week", "month", "year", "day", "morning", "afternoon", "evening", "night", "yesterday", "today", "recently", "previously"],
        StringComparer.Ordinal);

    private static SpeakerMention? NameBeforeAppositive(IReadOnlyList<CueToken> tokens, int appositiveStart)
    {
        if (appositiveStart < 2 || appositiveStart >= tokens.Count || tokens[appositiveStart - 1].Raw != ",")
        {
            return null;
        }

        var opener = tokens[appositiveStart];
        // Dr Felicity Amankwah, principal of Rushmere College, where …, wrote: an office noun opens an appositive without an article.
        if (!(opener.Lower is "a" or "an" or "the" or "of" or "at" or "from" or "for" || MentionParser.IsPossessive(opener)
            || (opener.IsWord && char.IsLower(opener.Raw[0]) && QuoteLexicon.OfficeNouns.Contains(opener.Lower))
            // (Mirsad Kovačević, mayor of Donji Brod, a village that …, said: any role noun opens it when a body or a place follows.)
            || (opener.IsWord && char.IsLower(opener.Raw[0]) && QuoteLexicon.RoleNouns.Contains(opener.Lower) && appositiveStart + 1 < tokens.Count
                && tokens[appositiveStart + 1].Lower is "of" or "at" or "for" or "to")))
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
                   && !QuoteLexicon.Determiners.Contains(tokens[descriptor].Lower) && tokens[descriptor].Lower is not ("of" or "at" or "from" or "for" or "in"))
            {
                descriptor--;
            }

            if (descriptor < k && descriptor > floor && tokens[descriptor].Lower is "the" or "a" or "an")
            {
                k = descriptor - 1;
            }
        }

        // Maureen Achebe of the Small Investors' Circle: the article before the body's name.
        if (k > floor + 1 && k == first - 1 && tokens[k].Lower == "the" && tokens[k - 1].Lower is "of" or "at" or "from" or "for" or "in")
        {
            k--;
        }

        // Mrs Edwina O'Farrell of 9 Linnet Terrace said: a house number before the street's name (blind339).
        if (k > floor + 1 && k == first - 1 && tokens[k].Raw.Length <= MaximumHouseNumberLength && char.IsDigit(tokens[k].Raw[0])
            && tokens[k].Raw.All(char.IsLetterOrDigit) && tokens[k - 1].Lower is "of" or "at" or "from" or "in")
        {
            k--;
        }

        return k > floor && tokens[k].Lower is "of" or "at" or "from" or "for" or "in" ? k : -1;
    }

    // A house number (9, 12a, 140) has at most this many characters; set by hand.
    private const int MaximumHouseNumberLength = 4;

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
                || tokens[k].Lower is "of" or "at" or "for" or "from" or "in" or "with" or "on" or "to" or "by"
                || QuoteLexicon.ClauseConjunctions.Contains(tokens[k].Lower)) // (leaving the nave after Evensong: a clause, not a title)
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
    /// The source a phrase names from <paramref name="at"/> on (according to …, in the words of …, the verdict of …): an unnamed
    /// source's whole phrase or a mention; a role followed by a name between commas (our head of fundraising, Priya Lakhani-Moore,)
    /// is the named person.
    /// </summary>
    private static SpeakerMention? SourceStartingAt(IReadOnlyList<CueToken> tokens, int at)
    {
        var end = ClauseEnd(tokens, at);
        var source = UnnamedSource(tokens, at, end) ?? TitledRoleThenName(tokens, at) ?? MentionParser.StartingAt(tokens, at);

        // according to site convenor Paddy Okonkwo-Reilly: lowercase title words, then the name that ends the phrase.
        if (source is null or { Kind: MentionKind.Role } && MentionParser.EndingAt(tokens, end, at) is { Kind: MentionKind.Name } titled
            && titled.Name.Split(' ').Length is var nameWords and >= 2 && end - nameWords > at && OnlyTitleWordsBefore(tokens, at, end - nameWords))
        {
            return titled;
        }
        // (according to the coxswain of the Kittiwake, Ewan Struthers: a role of a vessel or a body, whatever the parser makes of
        // the body's name, is named by the name in apposition after it.)
        // (the position of Lumina's head of marketing, Sian Abernethy: so a role a body's possessive owns.)
        if ((source is { Kind: MentionKind.Role } || IsRoleOfBody(tokens, at, end) || IsOwnedRole(tokens, at, end)) && NameInApposition(tokens, end) is { } named)
        {
            return named;
        }

        return source;
    }

    // The person named before "of", "at" or "from" and a house number with its street, the words between `from` and the comma at
    // `comma` (Mr Gerald Ashcombe of 12 Cooper's Row); null when they are not that shape (blind282).
    private static SpeakerMention? AddressAfterName(IReadOnlyList<CueToken> tokens, int from, int comma)
    {
        for (var j = from + 1; j + 2 < comma; j++)
        {
            if (tokens[j].Lower is "of" or "at" or "from" && tokens[j + 1].Raw.All(char.IsDigit)
                && tokens.Skip(j + 2).Take(comma - j - 2).All(t => MentionParser.IsNameWord(t) || MentionParser.IsPossessive(t)))
            {
                return MentionParser.EndingAt(tokens, j, from) is { Kind: MentionKind.Name } named ? named : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The name set off by a comma at <paramref name="comma"/> after a source's phrase (our head of fundraising, Priya Lakhani-Moore,;
    /// one resident, Chiara Benedetti-Moll, who …): only name words and honorifics up to the next comma, colon, full stop or the
    /// end; null when none is.
    /// </summary>
    private static SpeakerMention? NameInApposition(IReadOnlyList<CueToken> tokens, int comma) =>
        comma >= 0 && comma + 1 < tokens.Count && tokens[comma].Raw == ","
        && MentionParser.StartingAt(tokens, comma + 1) is { Kind: MentionKind.Name } named && named.Start == tokens[comma + 1].Start
        && ClauseEnd(tokens, comma + 1) is var nameEnd && (nameEnd == tokens.Count || tokens[nameEnd].Raw is "," or ":" or ".")
        // (Isabel de Lacy: a surname's lowercase particle is the name's; blind390.)
        && tokens.Skip(comma + 1).Take(nameEnd - comma - 1).All(t => MentionParser.IsNameWord(t) || MentionParser.IsHonorific(t) || MentionParser.NameParticles.Contains(t.Raw))
            ? named
            : null;

    /// <summary>
    /// said our Director of Music, Dr Felicity Arkwright: a role written in title case after a determiner (our, the, its), with its
    /// "of" phrase, then the name between commas, is the named person; the capitals of the role make no name of its last word.
    /// Null when the phrase is not that shape.
    /// </summary>
    private static SpeakerMention? TitledRoleThenName(IReadOnlyList<CueToken> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Lower is not ("our" or "the" or "its" or "their" or "his" or "her" or "my"))
        {
            return null;
        }

        var comma = at + 1;
        var role = false;
        while (comma < tokens.Count && comma - at <= MaximumTitledRoleWords && tokens[comma].IsWord
               && (tokens[comma].IsCapitalized || tokens[comma].Lower is "of" or "for" or "and" or "the"))
        {
            role |= QuoteLexicon.RoleNouns.Contains(tokens[comma].Lower);
            comma++;
        }

        if (!role || comma == at + 1 || comma + 1 >= tokens.Count || tokens[comma].Raw != "," || !tokens[at + 1].IsCapitalized
            || MentionParser.StartingAt(tokens, comma + 1) is not { Kind: MentionKind.Name } named || named.Start != tokens[comma + 1].Start)
        {
            return null;
        }

        var nameEnd = ClauseEnd(tokens, comma + 1);
        return nameEnd == tokens.Count || tokens[nameEnd].Raw is "," or ":" or "." ? named : null;
    }

    // At most this many capitalised words on either side of "and" in a department's name used before its officer's title (Fire and
    // Rescue, Parks and Wildlife, Roads and Bridges), and lowercase words before it (state, district); set by hand.
    private const int MaximumDepartmentWords = 3;

    // said state Fire and Rescue director Datuk Azman Rashid: a department's name joined by "and", used as a modifier, then a
    // lowercase role noun and a name: the name, not the department's first word.
    private static SpeakerMention? DepartmentRoleThenName(IReadOnlyList<CueToken> tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k - at < MaximumDepartmentWords && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && !QuoteLexicon.RoleNouns.Contains(tokens[k].Lower)
               && !QuoteLexicon.SpeechVerbs.Contains(tokens[k].Lower) && tokens[k].Lower != "and")
        {
            k++;
        }

        int CapitalisedRun(int from)
        {
            var n = 0;
            while (from + n < tokens.Count && n < MaximumDepartmentWords && tokens[from + n].IsWord && tokens[from + n].IsCapitalized && !MentionParser.IsHonorific(tokens[from + n]))
            {
                n++;
            }

            return n;
        }

        var before = CapitalisedRun(k);
        if (before == 0 || k + before >= tokens.Count || tokens[k + before].Lower != "and")
        {
            return null;
        }

        var afterAnd = k + before + 1;
        var after = CapitalisedRun(afterAnd);
        var role = afterAnd + after;
        if (after == 0 || role + 1 >= tokens.Count || !tokens[role].IsWord || !char.IsLower(tokens[role].Raw[0]) || !QuoteLexicon.RoleNouns.Contains(tokens[role].Lower))
        {
            return null;
        }

        return MentionParser.StartingAt(tokens, role + 1) is { Kind: MentionKind.Name } named && named.Start == tokens[role + 1].Start ? named : null;
    }

    // Verbs of command whose "to" clause a quote may give word for word (ordered officials to "…"); set by hand.
    private static readonly FrozenSet<string> CommandVerbs = FrozenSet.ToFrozenSet(
        ["ordered", "orders", "instructed", "instructs", "directed", "directs", "commanded", "commands", "implored", "implores", "begged", "begs",
            "exhorted", "exhorts", "encouraged", "encourages"], StringComparer.Ordinal);

    // Words that open a clause inside a noun phrase (a quarrel that …, the day when …): a source's phrase never runs back over one.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(["that", "which", "whom", "when", "where", "while", "as"], StringComparer.Ordinal);

    // ordered all commune officials to: the object between a verb of command and its "to" runs at most this many words; set by hand.
    private const int MaximumCommandObjectWords = 5;

    // our Director of Music and Liturgy: a title-case role after its determiner runs at most this many words before its comma; set by
    // hand from offices' names (Head of Year Nine, Director of Public Health for the County).
    private const int MaximumTitledRoleWords = 7;

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

            // an investigator there who spoke on condition of anonymity: "there" between the noun and its relative clause places them.
            if (QuoteLexicon.PersonHeads.Contains(tokens[h].Lower) && tokens[h + 1].Lower is "there" or "here" && h + 2 < end && tokens[h + 2].Lower is "who" or "whose"
                && MentionParser.EndingAt(tokens, h + 1, floor) is { Kind: MentionKind.Role, Definite: false } placed)
            {
                var person = JoinTokens(tokens, floor, h + 1);
                return placed with { Text = person, Name = person };
            }

            // One woman in the front stalls, a man from Leeds: the plain nouns for a person take a postmodifier as a role does.
            if (IndefinitePersonNouns.Contains(tokens[h].Lower) && !QuoteLexicon.PersonHeads.Contains(tokens[h].Lower) && SourcePostmodifiers.Contains(tokens[h + 1].Lower)
                && tokens[h + 1].Lower is not ("who" or "whose") && tokens[floor].Lower is "a" or "an" or "one" or "another"
                && Enumerable.Range(floor + 1, h - floor - 1).All(j => tokens[j].IsWord && char.IsLower(tokens[j].Raw[0])))
            {
                var person = JoinTokens(tokens, floor, h + 1);
                return new SpeakerMention(MentionKind.Role, person, person, [tokens[h].Lower], tokens[h].Lower, false, tokens[floor].Start);
            }

            if (QuoteLexicon.PersonHeads.Contains(tokens[h].Lower) && SourcePostmodifiers.Contains(tokens[h + 1].Lower)
                && MentionParser.EndingAt(tokens, h + 1, floor) is { Kind: MentionKind.Role, Definite: false } head)
            {
                // after a quarrel that a senior official in the district administration said: the source opens at its own
                // determiner, not at the words of the clause before it (blind331).
                if (IndexAt(tokens, head.Start, floor, h) is var own && Enumerable.Range(floor, own - floor).Any(j => ClauseOpeners.Contains(tokens[j].Lower)))
                {
                    floor = own;
                }
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

    // An unnamed source, indefinite, read from the words `from` up to `end`, the last of them its noun (one picket, a senior
    // Treasury source, a retired postman).
    private static SpeakerMention UnnamedRole(IReadOnlyList<CueToken> tokens, int from, int end)
    {
        var phrase = JoinTokens(tokens, from, end);
        var noun = tokens[end - 1].Lower;
        return new SpeakerMention(MentionKind.Role, phrase, phrase, [noun], noun, false, tokens[from].Start);
    }

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
}
