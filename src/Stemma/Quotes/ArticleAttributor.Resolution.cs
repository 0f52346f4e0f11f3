using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <content>Resolving a mention (a name, a pronoun, a role, an unnamed source) to the identity it stands for in the article.</content>
internal sealed partial class ArticleAttributor
{
    private SpeakerIdentity? Resolve(SpeakerMention mention, int position)
    {
        var identity = ResolveMention(mention, position);
        return identity is { Kind: MentionKind.Organisation } ? identity with { Name = InWordCase(WithoutSentenceStop(FullNameOfBody(identity.Name, position))) } : identity;
    }

    // MARROWBY DISTRICT COUNCIL, a notice's heading: a body's name of several words written all in capitals is given as a name is
    // written in running text: each word capitalised, a joining word after the first lowercase (of, and, for), a word of three
    // letters or fewer kept in capitals (NHS) unless it is a legal ending (Ltd); blind313, blind315.
    private static string InWordCase(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2 || name.Any(char.IsLower) || words.Count(w => w.Length > MaximumCapitalsKept && w.All(char.IsLetter)) < 2)
        {
            return name;
        }

        return string.Join(' ', words.Select((w, k) =>
            k > 0 && TitleCaseFunctionWords.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant()
            : w.Length > MaximumCapitalsKept || QuoteLexicon.LegalEndings.Contains(w.ToLowerInvariant().TrimEnd('.')) ? w[..1] + w[1..].ToLowerInvariant()
            : w));
    }

    // A word of a name in capitals kept so when it has at most this many letters, as initials are (NHS, UK, ITV); longer ones are
    // words. Set by hand from how bodies are written; a longer acronym (RSPCA) in a heading in capitals loses its capitals.
    private const int MaximumCapitalsKept = 3;

    // Tarrant Aggregates Ltd. In its letter …: a legal ending's full stop that only ever ends a sentence where the name stands (a
    // capital or the text's end after it) is the sentence's, not the name's; one the text writes inside a sentence (Namgang Power
    // Corp. said; Kovács Zrt., said) is kept.
    private string WithoutSentenceStop(string name) =>
        name.EndsWith('.') && name.LastIndexOf(' ') is var space and > 0 && QuoteLexicon.LegalEndings.Contains(name[(space + 1)..^1].ToLowerInvariant())
        && AllIndexesOf(name).All(at => _text.AsSpan(at + name.Length).TrimStart() is var after
            && (after.IsEmpty || (after.Length < _text.Length - at - name.Length && char.IsUpper(after[0]))))
            ? name[..^1]
            : name;

    private IEnumerable<int> AllIndexesOf(string value)
    {
        for (var at = _text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    // The Central Bank after the Central Bank of Kenya, Shonali Threads after Shonali Threads Ltd, the AKB after the Disaster
    // Coordination Presidency (AKB): a body is named as it was first given in full, not by a shorter form met later. (The
    // Halvorsen Institute after the Halvorsen Institute for Healthy Ageing: so a body's noun going on with "for"; blind268.)
    // (The Northfold Chess Federation, not its Northfold Chess Federation Bulletin: only a name going on with "of" or a company's
    // legal ending is the same body's.)
    private string FullNameOfBody(string name, int position) =>
        (!name.Contains(' ', StringComparison.Ordinal)
            ? BracketedShortNameOf(name, position)
            : OrganisationOpeningWith(name, position) is { } longer && longer[(name.Length + 1)..] is var rest
                && (rest.StartsWith("of ", StringComparison.Ordinal) || QuoteLexicon.LegalEndings.Contains(rest.ToLowerInvariant().TrimEnd('.'))
                    || (rest.StartsWith("for ", StringComparison.Ordinal) && EndsWithBodysNoun(name))
                    || IsTradeAndLegalEnding(rest))
                ? longer
                : BodyEndingWith(name, position)) ?? name;

    // Pennick & Vale after Pennick & Vale Stores Ltd: capitalised words of the trade and a legal ending after the short name.
    private static bool IsTradeAndLegalEnding(string rest) =>
        rest.Split(' ') is { Length: >= 2 and <= MaximumTradeWordsBeforeLegalEnding + 1 } words && QuoteLexicon.LegalEndings.Contains(words[^1].ToLowerInvariant().TrimEnd('.'))
        && words[..^1].All(w => w.Length > 0 && char.IsUpper(w[0]));

    // Stores, Foods Group: the words of a company's trade between its short name and its legal ending; set by hand.
    private const int MaximumTradeWordsBeforeLegalEnding = 2;

    // The Municipal Corporation after the St Cadmus Municipal Corporation: a body's name of two or more words that ends the one
    // longer name given before is that body, named short. (Two longer names ending so, Anglian and Thames Water Authority, leave
    // the short form as it stands; a body's noun must end it, so that a person's surname is never taken for a body's tail.)
    private string? BodyEndingWith(string name, int position) =>
        EndsWithBodysNoun(name)
        && _organisations.Where(o => o.Position < position && o.Name.EndsWith(" " + name, StringComparison.Ordinal)).Select(o => o.Name).Distinct().ToList() is [var longer]
            ? longer
            : null;

    // Whether a name's last word is a body's noun (the Municipal Corporation, the Halvorsen Institute).
    private static bool EndsWithBodysNoun(string name) =>
        QuoteLexicon.OrganisationNouns.Contains(name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant());

    // Head of Waste Services Dr Clare Ouseley, read as one body's name: the person whose full name ends it after an honorific, when
    // the article names that person; the words before are the person's title.
    private Person? PersonTitledIn(string name) =>
        name.Split(' ') is var words
        && _persons.FirstOrDefault(p => p.Parts.Length >= 2 && words.Length > p.Parts.Length + 1 && words[^p.Parts.Length..].SequenceEqual(p.Parts, StringComparer.Ordinal)
            && QuoteLexicon.Honorifics.Contains(words[^(p.Parts.Length + 1)].ToLowerInvariant().TrimEnd('.'))) is { } person
            ? person : null;

    private SpeakerIdentity? ResolveMention(SpeakerMention mention, int position)
    {
        if (mention.Kind is MentionKind.Name or MentionKind.Organisation && InOrdinaryCase(mention) is var spelled && spelled != mention)
        {
            mention = spelled with { Kind = MentionKind.Name };
        }

        // Head of Waste Services Dr Clare Ouseley said, read as one role: the person the honorific names.
        if (mention.Kind is MentionKind.Role or MentionKind.Name or MentionKind.Organisation && PersonTitledIn(mention.Name) is { } titled)
        {
            return titled.Identity;
        }

        // the International Office for Refugees, which said: a mention that is the tail of a body's longer name where it stands is that body.
        if (mention.Kind is MentionKind.Name or MentionKind.Organisation
            && _organisations.Where(o => o.Position <= mention.Start && o.Position + o.Name.Length >= mention.Start + mention.Name.Length && o.Name.Length > mention.Name.Length
                    && o.Name.Contains(mention.Name, StringComparison.Ordinal))
                .Select(o => o.Name).FirstOrDefault() is { } whole)
        {
            return PersonTitledIn(whole)?.Identity ?? new SpeakerIdentity(whole, MentionKind.Organisation, []);
        }

        // "The university said" opening a sentence: the capital is the sentence's, and the body is the one named before.
        if (mention.Kind is MentionKind.Name or MentionKind.Organisation && !mention.Name.Contains(' ', StringComparison.Ordinal)
            && mention.Name.ToLowerInvariant() is var noun && QuoteLexicon.OrganisationNouns.Contains(noun)
            && mention.Start >= 0 && mention.Start + noun.Length <= _text.Length
            && (char.IsLower(_text[mention.Start]) || _text[..mention.Start].EndsWith("The ", StringComparison.Ordinal)
                || _text[..mention.Start].EndsWith("the ", StringComparison.Ordinal)) // (In its Final Notice, the Authority said: the body named in full before)
            && OrganisationBefore(noun, [noun], position) is { } introducedBody)
        {
            return new SpeakerIdentity(introducedBody, MentionKind.Organisation, []);
        }

        switch (mention.Kind)
        {
            case MentionKind.Organisation:
                // The company said, after Brannock Aggregates: the organisation named before. (The Lindenburg-based company: a
                // capitalised place joined to a lowercase participle describes the body; it does not name it.)
                if (mention.Definite && mention.Head is { } head && (char.IsLower(mention.Name[0]) || OpensWithDescriptorCompound(mention.Name))
                    && (OrganisationBefore(head, mention.Titles, position) ?? (mention.Name == head ? BodyRenamedAfter(mention.Start) : null)) is { } organisation)
                {
                    return new SpeakerIdentity(organisation, MentionKind.Organisation, []);
                }

                return new SpeakerIdentity(Expansion(mention.Name, position) ?? mention.Name, MentionKind.Organisation, []);

            case MentionKind.Pronoun:
                var male = mention.Name == "he";

                // A reporter asked Mr Coman whether …. "…," he replied: a reply is the person asked, not the asker.
                if (PersonAskedBefore(mention, position, male) is { } asked)
                {
                    return asked;
                }

                // Councillor Bethan Morgan-Hughes asked: "Would your father accept midnight?" She replied: "…": a reply to a
                // quoted question is not its asker's; it is the last other speaker who fits, the one the question was put to.
                if (AnswererOfQuotedQuestion(mention, position, male) is { } replier)
                {
                    return replier;
                }

                // …, while Ms Lal praised what she called a "smooth" transfer: after "what", the pronoun is the person its own clause
                // is about, the one named nearest before it in the sentence who fits, not the sentence's first subject.
                if (WhatPronounOwner(mention.Start, male) is { } describer)
                {
                    return describer;
                }

                // Fitch showed no emotion, and as he was led away he shouted: "…": a pronoun later in a sentence whose subject is a
                // named person of its gender is that person, whoever spoke last.
                if (OwnSentenceSubject(mention.Start) is { IsPerson: true } own && Fits(own, male))
                {
                    return own;
                }

                // …, the district head, Inal Tarba, promised "…," but Mr Ashuba said growers had heard that before. "…?" he asked: a
                // later clause whose subject is a person reporting speech is who the next sentence's pronoun stands for.
                if (LaterSpeakingSubjectOfPreviousSentence(position, male) is { } later)
                {
                    return later;
                }

                // (Tomás Keane levelled for Carrowmore, and Rourke, a veteran, made amends …. "…," he admitted: the subject of the
                // sentence's last clause, joined by ", and" or ", but", is the nearer; blind362.)
                if (PreviousSentenceIn(position) is var (previous, sentence) && !_marked.Any(m => m.MarkStart >= previous && m.MarkStart < sentence && !_labels.Contains(m.MarkStart))
                    && LastCoordinatedSubject(TokensIn(previous, sentence)) is { } nearer && Fits(nearer, male))
                {
                    return nearer;
                }

                if (PreviousSentenceSubject(position) is { IsPerson: true } subject && Fits(subject, male))
                {
                    return subject;
                }

                // The complaint came from a debtor referred to in this decision as Customer A. In her letter she wrote: the one label the
                // sentence before gives an unnamed person is who the pronoun stands for, when that sentence names no one else (blind387).
                if (LabelledInPreviousSentence(position, male) is { } labelled)
                {
                    return labelled;
                }

                // We put the questions you asked most to Joanne Leckie, our manager. ¶ Will anything replace the 47? "Not
                // immediately," she said: in the paragraphs of questions after it, the answers are the person they were put to.
                if (QuestionsPutTo(position, male) is { } putTo)
                {
                    return putTo;
                }

                // We caught up with Vinding and asked him straight out: did he mean to put Stott in the fence? ¶ "Never," he said: the
                // answer to a question the paragraph before put, unquoted, to someone is that person's.
                if (PronounOpensParagraph(position) is { } answered && PersonAskedInReportedQuestion(answered - 1, male) is { } askedPerson)
                {
                    return askedPerson;
                }

                // …, where she was questioned by the assistant commissioner, Julian Ashdown-Pryce. ¶ "Where …?" he asked: the pronoun
                // of a question opening the next paragraph is the questioner, not the one questioned the paragraph is about.
                if (PronounOpensParagraph(position) is { } askedIn && IsAskingCue(mention) && askedIn > 0
                    && ClosingSentence(_paragraphs[askedIn - 1].Start, _paragraphs[askedIn - 1].End).Tokens is var closingTokens
                    && QuestionerAfterBy(closingTokens, QuestioningBy(closingTokens)) is { } byQuestioner && Fits(byQuestioner, male))
                {
                    return byQuestioner;
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

                // Mr Mirchandani was defensive. ¶ "Were the sirens working?" a local reporter asked. ¶ "…," he said: the answer to a
                // question someone asked is the person the paragraph before the question was about, never the asker.
                if (PronounOpensParagraph(position) is { } answering && AnswererBeforeCuedQuestion(answering, mention, male, position) is { } questioned)
                {
                    return questioned;
                }

                // The jury was shown an email Mr Ellery sent to Robert Hollins. "…," he wrote: the person the sentence before names
                // first is the more salient one, the subject of its clause more often than the later object.
                if (FirstPersonOfPreviousSentence(position, male) is { } first)
                {
                    return first;
                }

                // His successor, Callum Reyes, has trained alongside him. The 26-year-old knows …. "…," he said: the person the
                // paragraph opens on as its subject, with no one else of the gender named since, is who it goes on about.
                if (ParagraphTopicBefore(position, male) is { } topic)
                {
                    return topic;
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

                // Asked by the committee chair, Dr Miriam Okafor, whether she had reported the error at once, she replied: "…": the
                // one asked is not the asker after "by"; with no one named before to stand for, it is the last other speaker who fits
                // (blind300).
                if (AnswererOfAgentsQuestion(mention.Start, male) is { } agentAsked)
                {
                    return agentAsked;
                }

                // On Sunday Karabaić-Tomić and Žuvić were still arguing on the quay. "…," she said. "…," he replied: two people of
                // different genders paired as the subject earlier in the paragraph are whom its pronouns stand for, before a speaker
                // of an earlier paragraph (blind338).
                if (PairedSubjectInParagraph(position, male) is { } paired)
                {
                    return paired;
                }

                // "…?" asked one spectator as umpire Fionnuala de Búrca paced out the mark. "…," she said: the answer to the question
                // just asked is not the asker's, when the article does not tell the asker's gender; it is the one other person the
                // question's sentence names (blind386).
                if (AnswererNamedBesideAsker(position, male) is { } beside)
                {
                    return beside;
                }

                // The last speaker or person of the gender, within the live-blog entry when there are entries; "she went on", "he
                // added" continue the last speaker of the gender whatever entry she spoke in.
                var pronounAt = _tokens.FindIndex(t => t.Start == mention.Start);
                var continuing = pronounAt >= 0 && pronounAt + 1 < _tokens.Count
                    && (_tokens[pronounAt + 1].Lower is "added" or "adds" or "continued" or "continues"
                        || (_tokens[pronounAt + 1].Lower is "went" or "goes" && pronounAt + 2 < _tokens.Count && _tokens[pronounAt + 2].Lower == "on"));
                var entry = continuing ? 0 : EntryStart(position);
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
                // Brannock Aggregates, Glasshouse Media: a body, whatever titles stand before it (Producers Glasshouse Media said).
                return IsOrganisationName(mention.Name) || (IsKindMarkedName(mention.Name) && !_persons.Any(p => p.Key == mention.Name))
                    ? new SpeakerIdentity(mention.Name, MentionKind.Organisation, [])
                    : ResolveName(WithoutPersonNounTitle(mention), position);

            default:
                // Baker said, Ms Porter added, after Tom Baker and Sara Porter: a capitalised role noun alone or after an honorific,
                // the surname of a person named before, is that person.
                if (SurnameWrittenAsRole(mention) is { } surname)
                {
                    return ResolveName(surname, position);
                }

                // The Star said, after the Harrowby Evening Star: a capitalised role noun that ends a name given before is that name.
                if (NameEndingWithRole(mention, position) is { } body)
                {
                    return new SpeakerIdentity(body, MentionKind.Organisation, []);
                }

                var resolvedRole = ResolveRole(mention, position);

                // The widow, the spokesman: a role that tells a gender never stands for a person the article shows is of the other.
                var roleGenders = mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t]).Distinct().ToList();
                // (Gwendolen Ashby-Clarke, the chairman of the society, …. the chairman said: a role the article gave the person by name
                // stands for her whatever gender its word tells; blind365.)
                if (roleGenders is [var roleMale] && resolvedRole.Kind == MentionKind.Name && !Fits(resolvedRole, roleMale)
                    && !_persons.Any(p => p.Key == resolvedRole.Name && mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey).All(p.Titles.Contains)))
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

    private static bool OpensWithDescriptorCompound(string name) =>
        name.Split(' ')[0] is var first && first.LastIndexOf('-') is var dash and > 0 && dash + 1 < first.Length && first[(dash + 1)..].All(char.IsLower);

    /// <summary>
    /// For a pronoun's quote paragraph right after a paragraph that opens with a question its own cue gives to someone: the person
    /// the paragraph before that question is about, when that is someone other than the asker; null otherwise, and when the
    /// pronoun's own verb asks (a follow-up question).
    /// </summary>
    private SpeakerIdentity? AnswererBeforeCuedQuestion(int paragraph, SpeakerMention mention, bool male, int position)
    {
        var at = _tokens.FindIndex(t => t.Start == mention.Start);
        if (paragraph < 2 || (at >= 0 && at + 1 < _tokens.Count && AskingVerbs.Contains(_tokens[at + 1].Lower))
            || OpeningQuote(paragraph - 1) is not { Quote.Text: var question, Identity: { } asker } || !question.EndsWith('?'))
        {
            return null;
        }

        if (PreviousParagraphSubject(paragraph - 1, position) is { IsPerson: true } subject && subject.Name != asker.Name && Fits(subject, male))
        {
            return subject;
        }

        // When I caught up with Tiffany at the launch …, she was in no mood to hold back. ¶ "Were you invited?" I asked. ¶ "…," she
        // said: with no subject read there, the last person of the pronoun's gender that paragraph names other than the asker.
        var before = _paragraphs[paragraph - 2];
        return _persons.Where(p => p.Key != asker.Name && Fits(p.Identity, male))
            .Select(p => (p.Identity, Last: p.Positions.Where(x => x >= before.Start && x < before.End).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0).OrderByDescending(x => x.Last).Select(x => x.Identity).FirstOrDefault();
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

    // A choice she defended: a phrase read as an unnamed source that holds its own clause's subject describes a thing, no person.
    private static bool IsClauseDescription(SpeakerIdentity identity) =>
        identity.Kind == MentionKind.Role && identity.Name.Split(' ').Skip(1).Any(w => w is "he" or "she" or "they" or "we" or "i");

    // Whether he (male) or she can stand for this identity: no evidence of the other gender.
    // The one of two named people joined by "and" as a subject before `position` in its paragraph (Karabaić-Tomić and Žuvić were
    // still arguing) whose gender the pronoun fits, when the other's does not and no one else who fits is named after them; null
    // otherwise.
    private SpeakerIdentity? PairedSubjectInParagraph(int position, bool male)
    {
        if (ParagraphTokensBefore(position) is not { } tokens)
        {
            return null;
        }

        for (var k = tokens.Count - 3; k >= 1; k--)
        {
            if (tokens[k].Lower != "and" || MentionParser.EndingAt(tokens, k, 0) is not { Kind: MentionKind.Name } a
                || MentionParser.StartingAt(tokens, k + 1) is not { Kind: MentionKind.Name } b || b.Start != tokens[k + 1].Start
                || tokens.FindIndex(k + 1, t => t.Start >= b.Start + b.Text.Length) is not (>= 0 and var verb) || !tokens[verb].IsWord || char.IsUpper(tokens[verb].Raw[0])
                || ResolveName(a, a.Start) is not { IsPerson: true, Kind: MentionKind.Name } first || ResolveName(b, b.Start) is not { IsPerson: true, Kind: MentionKind.Name } second
                || first.Name == second.Name)
            {
                continue;
            }

            var fitting = new[] { first, second }.Where(x => Fits(x, male)).ToList();
            var pairEnd = tokens[verb].Start;
            return fitting is [var one] && !_persons.Any(p => p.Key != first.Name && p.Key != second.Name && p.Identity.IsPerson && Fits(p.Identity, male)
                && p.Positions.Any(x => x >= pairEnd && x < position && !InsideQuote(x))) ? one : null;
        }

        return null;
    }

    private bool Fits(SpeakerIdentity identity, bool male)
    {
        if (_namedInQuote.Count > 0 && identity.Kind == MentionKind.Name && _persons.FirstOrDefault(p => p.Key == identity.Name) is { Parts.Length: >= 2 } named
            && (_namedInQuote.Contains(named.Parts[0]) || _namedInQuote.Contains(named.Parts[^1])))
        {
            return false;
        }

        if (_genders.TryGetValue(identity.Name, out var known))
        {
            return known == male;
        }

        // A named person's gender comes from the titles given outright, not from a relative clause about them (whose two sons).
        var titles = _persons.FirstOrDefault(p => p.Key == identity.Name) is { } person ? person.GenderTitles : identity.Titles;
        // (a man in the third row: an unnamed source's own noun tells a gender too.)
        var fromTitles = titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t])
            .Concat(identity.Kind == MentionKind.Role ? identity.Titles.Where(QuoteLexicon.GenderedPersonNouns.ContainsKey).Select(t => QuoteLexicon.GenderedPersonNouns[t]) : [])
            .Distinct().ToList();
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
            .Where(o => o.Position < position && !QuoteLexicon.GenericOrganisationNouns.Contains(o.Name) && !o.Name.Equals(head, StringComparison.OrdinalIgnoreCase))
            .Select(o => (o.Name, o.Position, Words: o.Name.Split(' ').Select(w => TrimPossessive(w).ToLowerInvariant()).ToArray()))
            .Where(o => o.Words[^1] == head || !QuoteLexicon.NonReferentOrganisationNouns.Contains(o.Words[^1]))
            .ToList();

        // Midwives Union read inside the Nurses and Midwives Union: a tail of a longer name where that name stands is no body of its own.
        // The Office read at the start of the Office of Rail Standards is no body of its own either.
        named.RemoveAll(o => IsTailOf(o.Name, o.Position, named.Select(w => (w.Name, w.Position))));
        named.RemoveAll(o => named.Any(w => w.Name.Length > o.Name.Length && w.Name.StartsWith(o.Name + " ", StringComparison.Ordinal)
            && w.Position <= o.Position && o.Position < w.Position + w.Name.Length));
        // the company wrote on its outage page, after "told the Herald": a newspaper's title is the outlet reporting the story,
        // never the business a later "the company" or "the firm" stands for.
        // (In a letter to the committee, the firm said: a committee, a council or a union is a body of another kind, never the
        // business "the firm" or "the company" stands for.)
        if (BusinessNouns.Contains(head))
        {
            named.RemoveAll(o => PressTitleNouns.Contains(o.Words[^1]) || NonBusinessBodyNouns.Contains(o.Words[^1]));
        }

        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var introduced = introducedNames.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);

        // Harwick Athletic have sacked their manager … after a defeat by Castlebrook Rovers. … the club said: the body the headline or
        // opening paragraph is about is the one its definite description stands for, not the opponent named since.
        var leadEnd = LeadEnd();
        var candidates = named
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Last: g.Max(o => o.Position), Count: g.Count(), Holds: g.First().Words.Any(w => w == head || QuoteLexicon.ForeignOrganisationHead(w) == head),
                Marked: g.First().Words.Any(w => kindMarks.Contains(w, StringComparer.Ordinal)) || introduced.Contains(g.Key)))
            .Where(o => o.Holds || o.Marked || generic)
            .Select(o => (o.Name, o.Last, o.Count, o.Holds, o.Marked, Near: paragraph.End > 0 && o.Last >= paragraph.Start, Lead: named.Any(n => n.Name == o.Name && n.Position < leadEnd),
                Headed: TrimPossessive(o.Name.Split(' ')[^1]).Equals(head, StringComparison.OrdinalIgnoreCase)
                    || QuoteLexicon.ForeignOrganisationHead(o.Name.Split(' ')[0].ToLowerInvariant()) == head,
                Proper: o.Holds && char.IsUpper(o.Name[0])))
            // (the federation: the Northfold Chess Federation, whose name ends in the noun, before the federation's Bulletin.)
            // (the consortium: the Consorzio Sughericolo di Vèrghine, a name, before "the district's largest producers' consortium", a
            // description.)
            .OrderByDescending(o => o.Holds).ThenByDescending(o => o.Proper).ThenByDescending(o => o.Headed).ThenByDescending(o => o.Marked).ThenByDescending(o => o.Near).ThenByDescending(o => o.Lead).ThenByDescending(o => o.Count).ThenByDescending(o => o.Last).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? BodyBeforeThing(candidates[0].Name, head) : null;
    }

    // The union, after the Northern Counties Taekwondo Union Championships: a name that goes on past the noun to a contest's, a prize's
    // or a bulletin's last word names a thing of the body's; the body's own name ends at the noun.
    private static string BodyBeforeThing(string name, string head) =>
        name.Split(' ') is var words && QuoteLexicon.ThingNameEnds.Contains(words[^1].ToLowerInvariant())
        && Array.FindLastIndex(words, words.Length - 2, w => TrimPossessive(w).Equals(head, StringComparison.OrdinalIgnoreCase)) is var at and > 0
            ? string.Join(' ', words[..(at + 1)])
            : name;

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

        // The occupier of the adjoining house, known as "Kestrels", said: a role of holding a place, the place after "of" a determiner
        // and a few lowercase words closed by a comma or the cue's verb, is named with its place (blind380).
        if (mention is { Kind: MentionKind.Role, Definite: true, Head: { } holding } && OccupancyNouns.Contains(holding)
            && mention.Text.Split(' ') is [_, _] && first + 2 < _tokens.Count && _tokens[first + 1].Lower == holding && _tokens[first + 2].Lower == "of"
            && first + 3 < _tokens.Count && _tokens[first + 3].Lower is "the" or "a" or "an")
        {
            var placeEnd = first + 4;
            while (placeEnd < _tokens.Count && placeEnd - first - 4 < MaximumRoleModifiersBeforeSource && _tokens[placeEnd].IsWord
                && char.IsLower(_tokens[placeEnd].Raw[0]) && !QuoteLexicon.SpeechVerbs.Contains(_tokens[placeEnd].Lower))
            {
                placeEnd++;
            }

            if (placeEnd > first + 4 && placeEnd < _tokens.Count && (_tokens[placeEnd].Raw == "," || QuoteLexicon.SpeechVerbs.Contains(_tokens[placeEnd].Lower)))
            {
                var whole = JoinTokens(_tokens, first, placeEnd);
                return mention with { Text = whole, Name = whole };
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

    // The nouns of someone who holds a place (the occupier of the adjoining house, the tenant of the top flat).
    private static readonly FrozenSet<string> OccupancyNouns = FrozenSet.ToFrozenSet(
        ["occupier", "occupant", "owner", "tenant", "leaseholder", "freeholder"], StringComparer.Ordinal);

    // his father, the skipper's niece: a relation noun, the family words that are also religious honorifics among them.
    private static bool IsFamilyTie(string lower) => IsRelationNoun(lower) || lower is "father" or "mother" or "brother" or "sister";

    // daughter, widow, friend, the family: a noun that names someone by their tie to another person.
    private static bool IsRelationNoun(string lower) =>
        (QuoteLexicon.GenderWords.ContainsKey(lower) && !QuoteLexicon.Honorifics.Contains(lower) && !QuoteLexicon.LeadingTitles.Contains(lower)
            && lower is not ("spokesman" or "spokeswoman" or "chairman" or "chairwoman" or "congressman" or "congresswoman"))
        || lower is "friend" or "relative" or "neighbour" or "neighbor" or "partner" or "fiance" or "fiancee" or "cousin" or "grandson" or "granddaughter"
            or "parent" or "child" or "stepfather" or "stepmother" or "family" or "parents" or "relatives" or "friends";

    // The last words of newspapers' and broadcasters' titles (the Meridian Coast Herald, the Evening Post).
    private static readonly FrozenSet<string> PressTitleNouns = FrozenSet.ToFrozenSet(
        [.. QuoteLexicon.NewspaperMarks, "post", "mirror", "express", "guardian", "bulletin", "dispatch", "recorder"], StringComparer.Ordinal);

    // The last words of bodies that are no business (the Village Hall Management Committee, the Federation of Small Firms): set
    // by hand from the kinds of public and civic body news copy names.
    private static readonly FrozenSet<string> NonBusinessBodyNouns = FrozenSet.ToFrozenSet(["committee", "sub-committee", "subcommittee", "council",
        "association", "society", "union", "ministry", "department", "authority", "commission", "ombudsman", "court", "tribunal", "police", "parliament", "assembly",
        "government", "federation", "league", "university", "school", "college", "church", "parish", "party", "guild", "inspectorate",
        "regulator", "municipality", "prefecture", "governorate"], StringComparer.Ordinal);

    // Business nouns that name a tradesman too (the contractor Jim Pascoe): after them a name opened by a given name is a person.
    private static readonly FrozenSet<string> PersonalBusinessNouns = FrozenSet.ToFrozenSet(["contractor", "subcontractor", "builder", "exporter",
        "importer", "distributor", "wholesaler"], StringComparer.Ordinal);

    // Words for a business that later copy uses for one another (the tech firm Quillon … the company said).
    private static readonly FrozenSet<string> BusinessNouns = FrozenSet.ToFrozenSet(
        ["company", "firm", "business", "corporation", "retailer", "manufacturer", "developer", "supplier", "carrier", "airline", "insurer",
            "lender", "bank", "chain", "maker", "start-up", "startup", "conglomerate", "publisher", "broker", "operator",
            // (the Austrian contractor Hochfeld Wasserbau … the company said: a firm hired for works is introduced so too; these
            // nouns name a person as well, so a name opened by a given name after them is read as a person's, below.)
            .. PersonalBusinessNouns], StringComparer.Ordinal);

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

    // The end of the body's name opening at `start`: its capitalised words, with the particles a name of a Romance language writes
    // in lower case between two of them (the shepherds' association Los Pastors de la Baisha; blind365).
    private int BodyNameEnd(int start)
    {
        var end = start;
        while (end < _tokens.Count && !BreakBetween(_tokens[end - 1].End, _tokens[end].Start))
        {
            if (MentionParser.IsNameWord(_tokens[end]))
            {
                end++;
                continue;
            }

            var particles = end;
            while (particles < _tokens.Count && particles - end < MaximumParticlesInBodyName && _tokens[particles].IsWord && MentionParser.NameParticles.Contains(_tokens[particles].Raw))
            {
                particles++;
            }

            if (end == start || particles == end || particles >= _tokens.Count || !MentionParser.IsNameWord(_tokens[particles]) || BreakBetween(_tokens[particles - 1].End, _tokens[particles].Start))
            {
                break;
            }

            end = particles;
        }

        return end;
    }

    // de la, van der: a name's particles run to two words; set by hand from the particles of Romance, Dutch and German names.
    private const int MaximumParticlesInBodyName = 2;

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

            var after = BodyNameEnd(k + 1);
            if (after > k + 1 && !(PersonalBusinessNouns.Contains(head) && GivenNameGenders.Shared.IsFirmlyMale(_tokens[k + 1].Raw) is not null))
            {
                yield return (JoinTokens(_tokens, k + 1, after), _tokens[k + 1].Start);
                continue;
            }

            // the regional water authority, Waterschap Zwaanland.: a name in apposition after the noun, ended by a stop or a comma,
            // that opens with no name that is only ever a given name (the company, Jo Penn, said: a person).
            var named = k + 2;
            while (named < _tokens.Count && MentionParser.IsNameWord(_tokens[named]) && !BreakBetween(_tokens[named - 1].End, _tokens[named].Start))
            {
                named++;
            }

            if (k + 1 < _tokens.Count && _tokens[k + 1].Raw == "," && named > k + 2 && (named == _tokens.Count || _tokens[named].Raw is "," or "." or ";")
                && GivenNameGenders.Shared.IsFirmlyMale(_tokens[k + 2].Raw) is null)
            {
                yield return (JoinTokens(_tokens, k + 2, named), _tokens[k + 2].Start);
                continue;
            }

            // Veltrix, the (Norbury-based payments software) company that …: the name just before ", the <modifiers> <noun>".
            var determiner = k - 1;
            while (determiner > 0 && k - determiner <= MaximumRoleModifiersBeforeSource && _tokens[determiner].IsWord
                   && (char.IsLower(_tokens[determiner].Raw[0]) || _tokens[determiner].Raw.Contains('-', StringComparison.Ordinal)) && _tokens[determiner].Lower != "the")
            {
                determiner--;
            }

            // (… its plant in Ostwalde, the company confirmed: a description followed by its own verb is a reporting clause's
            // subject, no appositive.)
            if (determiner >= 2 && _tokens[determiner].Lower == "the" && _tokens[determiner - 1].Raw == "," && MentionParser.IsNameWord(_tokens[determiner - 2])
                && !(k + 1 < _tokens.Count && _tokens[k + 1].IsWord && char.IsLower(_tokens[k + 1].Raw[0]) && !BodyAppositiveContinuations.Contains(_tokens[k + 1].Lower)))
            {
                var first = determiner - 2;
                while (first > 0 && MentionParser.IsNameWord(_tokens[first - 1]) && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start))
                {
                    first--;
                }

                yield return (JoinTokens(_tokens, first, determiner - 1), _tokens[first].Start);
                continue;
            }

            // the Save Ferncombe Fields campaign: a capitalised name between "the" and the noun. (the Formatgers de Ses Vinyes
            // cooperative: a particle between its capitalised words is the name's.)
            var start = k;
            while (start > 0 && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start)
                   && (MentionParser.IsNameWord(_tokens[start - 1])
                       || (start - 1 < k - 1 && start > 1 && MentionParser.NameParticles.Contains(_tokens[start - 1].Raw) && MentionParser.IsNameWord(_tokens[start - 2]))))
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
    // (Calloway Freight Holdings Ltd.: a legal ending keeps its full stop when it ends the sentence.)
    private bool IsKindMarkedName(string name)
    {
        var parts = name.Split(' ');
        return parts.Length >= 2 && !_genders.ContainsKey(name) && parts[^1].Length > 1 && char.IsUpper(parts[^1][0])
            && KindMarks.Contains(parts[^1].ToLowerInvariant().TrimEnd('.'));
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

    // The Society of Imaging Workers, which represented Ms O'Dowd, said the case showed "…". The union said …: a body's noun
    // opening the sentence after one whose subject is a body, when no body of that noun was named, renames that body (blind294,
    // blind300); null otherwise.
    private string? BodyRenamedAfter(int start)
    {
        if (PreviousSentenceIn(start) is not var (previous, sentence) || TokensIn(sentence, start).Count > 0
            || TokensIn(previous, sentence) is not [var first, var second, ..])
        {
            return null;
        }

        var opening = first.Lower == "the" ? second.Start : first.Start;
        return _organisations.Where(o => o.Position == opening).Select(o => o.Name).OrderByDescending(n => n.Length).FirstOrDefault();
    }

    /// <summary>
    /// The person named as the subject of the sentence before the one at <paramref name="position"/>
    /// in its paragraph (Oduya, who came on…, scored. He told reporters: …), or null: a pronoun points
    /// back to that subject before the last speaker.
    /// </summary>
    private SpeakerIdentity? PreviousSentenceSubject(int position) =>
        PreviousSentenceIn(position) is var (previous, sentence) ? SubjectOf(previous, sentence, position) : null;

    // When the quote just before the position, in the sentence before, is a question whose asker's gender the article does not
    // tell: the one other person that sentence names outside quotes, not after a preposition, when of the pronoun's gender; null
    // otherwise.
    private SpeakerIdentity? AnswererNamedBesideAsker(int position, bool male)
    {
        if (PreviousSentenceIn(position) is not var (previous, sentence)
            || _events.LastOrDefault(e => e.Position < position) is not { Identity: { IsPerson: true } asker } question || question.Position < previous
            || GenderAgreement(asker, male) == 2
            || _marked.FirstOrDefault(m => m.MarkStart == question.Position) is not { } asked
            || !_text[asked.Segments[^1].Start..asked.Segments[^1].End].TrimEnd().EndsWith('?'))
        {
            return null;
        }

        // (asked one resident of Gwithian Row: a name after a preposition may be a place; blind172.)
        return _persons.Where(p => p.Key != asker.Name && p.Positions.Any(x => x >= previous && x < sentence && !InsideQuote(x))).ToList() is [var other]
            && other.Positions.Where(x => x >= previous && x < sentence).All(x => !AfterPreposition(x) && WordBeforeName(x) is not ("of" or "for" or "to" or "with"))
            && Fits(other.Identity, male)
                ? other.Identity
                : null;
    }

    // The start of the sentence before the one at `position` and of that one, in the same paragraph; null when the sentence at
    // `position` opens its paragraph.
    private (int Previous, int Sentence)? PreviousSentenceIn(int position)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var sentence = SentenceStart(position, paragraph.Start);
        return paragraph.End == 0 || sentence <= paragraph.Start ? null : (SentenceStart(sentence - 1, paragraph.Start), sentence);
    }

    // The named person the sentence right before `position` is about, when that sentence holds no quote and reports that person's
    // speech with a speech verb of its own (Tom Vine said he had guessed.); null otherwise.
    private SpeakerIdentity? ReportingSubjectBefore(int position)
    {
        if (PreviousSentenceIn(position) is not var (previous, sentence) || TokensIn(sentence, position).Any(t => t.IsWord))
        {
            return null;
        }

        var tokens = TokensIn(previous, sentence);
        return !_marked.Any(m => m.MarkStart >= previous && m.MarkStart < sentence && !_labels.Contains(m.MarkStart))
            && Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(k => QuoteLexicon.SpeechVerbs.Contains(tokens[k].Lower) && IsActiveQuoteVerb(tokens, k))
            && SubjectOf(previous, sentence, position) is { Kind: MentionKind.Name } subject && _persons.Any(p => p.Key == subject.Name)
                ? subject
                : null;
    }

    /// <summary>
    /// The named person who opens the last clause joined by but, while, whereas or and to the sentence before the one at
    /// <paramref name="position"/> in its paragraph, as the subject of a speech verb (…, but Mr Ashuba said growers had heard that
    /// before), when that person fits the pronoun; null otherwise (blind278).
    /// </summary>
    private SpeakerIdentity? LaterSpeakingSubjectOfPreviousSentence(int position, bool male)
    {
        if (PreviousSentenceIn(position) is not var (previous, sentence))
        {
            return null;
        }

        var tokens = Unquoted(TokensIn(previous, sentence));
        SpeakerIdentity? later = null;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            // (Inal Tarba and Mr Ashuba said: "and" between two names joins one subject, no clauses.)
            if (!(tokens[k].Lower is "but" or "while" or "whereas" || (tokens[k].Lower == "and" && !MentionParser.IsNameWord(tokens[k - 1])))
                || MentionParser.StartingAt(tokens, k + 1) is not { Kind: MentionKind.Name } named || named.Start != tokens[k + 1].Start)
            {
                continue;
            }

            // (but Ms van Heerden said: the verb stands right after the name as the parser read it, particles and all.)
            var verb = tokens.FindIndex(k + 1, t => t.Start >= named.Start + named.Text.Length);
            if (verb > k + 1 && QuoteLexicon.SpeechVerbs.Contains(tokens[verb].Lower)
                && ResolveName(named, tokens[verb - 1].Start) is { Kind: MentionKind.Name } identity && _persons.Any(p => p.Key == identity.Name))
            {
                later = Fits(identity, male) ? identity : null;
            }
        }

        return later;
    }

    // The person a pronoun right after "what" (what she called) or ", which" before a describing verb (, which she described as)
    // stands for: the one named nearest before it in its sentence who fits, not after "of" or a preposition of place; null when
    // the pronoun follows neither.
    private SpeakerIdentity? WhatPronounOwner(int pronoun, bool male)
    {
        var k = _tokens.FindIndex(t => t.Start == pronoun);
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= pronoun && pronoun < p.End);
        // (Tags will be available from Ms O'Hare at the swap meet, which she described as "…": so ", which" before a verb that
        // names or describes; blind394.)
        var describing = k >= 2 && _tokens[k - 1].Lower == "which" && _tokens[k - 2].Raw == "," && k + 1 < _tokens.Count
            && (_tokens[k + 1].Lower is "described" or "describes" || QuoteLexicon.NamingWords.Contains(_tokens[k + 1].Lower));
        if (k < 1 || !(_tokens[k - 1].Lower == "what" || describing) || paragraph.End == 0)
        {
            return null;
        }

        var sentence = SentenceStart(pronoun, paragraph.Start);
        // (Archbishop Tomás Arriaga of Puerto Almagro …: a name after "of" or a preposition of place is where someone is from; before
        // ", which she described as", a person the article shows is of the pronoun's gender is no place, after "from" too.)
        return _persons.Select(p => (Person: p, Last: p.Positions.Where(x => x >= sentence && x < pronoun && !AfterOf(x)
                && (!AfterPreposition(x) || (describing && GenderAgreement(p.Identity, male) == 2))).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0 && Fits(x.Person.Identity, male))
            .OrderByDescending(x => x.Last)
            .Select(x => x.Person.Identity)
            .FirstOrDefault();
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

        // Asked by Radio Ardkeel how it compared, he said: the pronoun after an opening participle's clause is that clause's own
        // subject, so a name inside the clause, the asker or the thing spoken of, is someone else.
        if (IsOpeningParticiple(before[0]) && before[^1].Raw == ",")
        {
            return null;
        }

        var subject = SubjectOf(sentence, pronoun, pronoun);
        if (subject is { Kind: MentionKind.Name })
        {
            return subject;
        }

        // Dr Ashdown-Price's final concert will be The Creation, a work she chose, she says: a person whose possessive opens the
        // sentence is what it is about, when no other person is named before the pronoun.
        var owner = 0;
        while (owner < before.Count && MentionParser.IsHonorific(before[owner]))
        {
            owner++;
        }

        var nameStart = owner;
        while (owner < before.Count && MentionParser.IsNameWord(before[owner]) && !MentionParser.IsPossessive(before[owner]))
        {
            owner++;
        }

        if (owner + 1 >= before.Count || !MentionParser.IsPossessive(before[owner]) || !before[owner].IsCapitalized || !char.IsLower(before[owner + 1].Raw[0]))
        {
            return null;
        }

        var ownerPerson = _persons.FirstOrDefault(p => p.Positions.Contains(before[nameStart].Start));
        return ownerPerson is not null && ownerPerson.Identity.IsPerson
            && !_persons.Any(p => p != ownerPerson && p.Positions.Any(x => x > before[owner].Start && x < pronoun))
            ? ownerPerson.Identity : null;
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
        // (Cross-examined by Ms Adeyemi, Mr Siddiqui insisted …. ¶ "Did you look?" she asked: a speech event of someone the pronoun
        // cannot stand for leaves the paragraph's other person in reach.)
        if (paragraph.Start < _bodyOffset || _marked.Any(m => m.MarkStart >= paragraph.Start && m.MarkStart < paragraph.End && !_labels.Contains(m.MarkStart))
            || _events.Any(e => e.Position >= paragraph.Start && e.Position < paragraph.End && GenderAgreement(e.Identity, male) != 0))
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

    // Whether a verb of the agent noun `head` (restored, restores, restoring for the restorer) stands in the body before `position`.
    private bool AgentVerbBefore(string? head, int position) =>
        head is not null && head.Length - 2 >= MinimumAgentVerbStem && (head.EndsWith("er", StringComparison.Ordinal) || head.EndsWith("or", StringComparison.Ordinal))
        && head[..^2] is var stem && _tokens.Any(t => t.Start >= _bodyOffset && t.Start < position && t.IsWord && t.Lower.StartsWith(stem, StringComparison.Ordinal)
            && t.Lower[stem.Length..] is "ed" or "es" or "s" or "ing" or "e" or "");

    // An agent noun's stem has at least this many letters before it is read as a verb's (restor-er, not play-er, whose "played" a
    // sports report gives everyone); set by hand on blind318 and blind333.
    private const int MinimumAgentVerbStem = 5;

    // The capitalised words inside the marks of `marked`, other than I and its contractions, and other than those of a quote inside
    // it ("He said, 'Gary, I've made my call'": words said to the speaker name the speaker; blind92).
    private HashSet<string> WordsOfQuote(MarkedQuote marked)
    {
        var inner = QuoteMarkScanner.InnerQuotes(_text, marked);
        return TokensIn(marked.MarkStart, marked.MarkEnd).Where(t => t.IsWord && t.IsCapitalized && t.Raw != "I" && !t.Raw.StartsWith("I'", StringComparison.Ordinal)
                && !t.Raw.StartsWith("I’", StringComparison.Ordinal) && !inner.Any(n => t.Start >= n.Start && t.End <= n.End))
            .Select(t => t.Raw).ToHashSet(StringComparer.Ordinal);
    }

    // The one person the paragraph at `index` names, when it reports no one's speech; null otherwise.
    private Person? OnlyPersonOfParagraph(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var paragraph = _paragraphs[index];
        if (paragraph.Start < _bodyOffset || _events.Any(e => e.Position >= paragraph.Start && e.Position < paragraph.End))
        {
            return null;
        }

        return _persons.Where(p => p.Identity.IsPerson && p.Positions.Any(x => x >= paragraph.Start && x < paragraph.End)).ToList() is [var only] ? only : null;
    }

    // Marko Babić keeps forty goats …. ¶ "…," he said. ¶ "…," the farmer grinned: the one person who speaks in a paragraph that names
    // no one, the paragraph before the role's, is whom that paragraph is about (blind379). Null when the paragraph names someone,
    // or no one or more than one speaks in it.
    private Person? LoneSpeakerOfParagraph(int index)
    {
        if (index < 0 || _paragraphs[index] is var paragraph && (paragraph.Start < _bodyOffset
            || _persons.Any(p => p.Positions.Any(x => x >= paragraph.Start && x < paragraph.End))))
        {
            return null;
        }

        return _events.Where(e => e.Position >= paragraph.Start && e.Position < paragraph.End).Select(e => e.Identity.Name).Distinct().ToList() is [var speaker]
            && _persons.FirstOrDefault(p => p.Key == speaker) is { Identity.IsPerson: true } person
                ? person
                : null;
    }

    // Whether the word after a pronoun is a verb of asking (he asked, she pressed).
    private bool IsAskingCue(SpeakerMention mention) =>
        _tokens.FindIndex(t => t.Start == mention.Start) is var at and >= 0 && at + 1 < _tokens.Count && AskingVerbs.Contains(_tokens[at + 1].Lower);

    // The one person a line labels with a party's word before `position` (Registrant: Ms Zoë Lindqvist-Amadi; Appellant: Kwabena
    // Asante-Darko): the word and a colon open the line the name stands on, with at most an honorific and the given names between
    // (a person's place may be the surname's); null when no line or more than one person is so.
    // (Applicant: Skyhold Tethered Ascents Ltd, in a notice's heading lines: when no person is so labelled, the one body the line
    // labels is the party; blind313.)
    private SpeakerIdentity? PartyLabelled(string party, int position) =>
        PersonLabelled(party, position)
        ?? (_organisations.Where(o => o.Position < position && LabelsParty(o.Position, party)).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList() is [var body]
            ? new SpeakerIdentity(body, MentionKind.Organisation, [])
            : null);

    // The one person a heading line labels with `label` (a party's word, or a role's words: Presiding member) before `position`;
    // null when no one or more than one is.
    private SpeakerIdentity? PersonLabelled(string label, int position) =>
        _persons.Where(p => p.Identity.IsPerson && p.Positions.Any(x => x < position && LabelsParty(x, label)))
            .Select(p => p.Identity).ToList() is [var only]
            ? only
            : null;

    // Whether the line `at` stands on opens with the party's word, or a role's one or two words (Presiding member: …), and a colon
    // before it (Registrant: Ms …; Applicant: …), at most
    // MaximumWordsBeforeLabelledName capitalised words or name particles between (Registrant: Ms Tamsin de | Lacy-Hart; blind314).
    private bool LabelsParty(int at, string party) =>
        PartyLabel.Match(_text[FieldStart(at)..at]) is { Success: true } label
        && label.Groups["party"].Value.Equals(party, StringComparison.OrdinalIgnoreCase)
        && label.Groups["word"].Captures.Count <= MaximumWordsBeforeLabelledName
        && label.Groups["word"].Captures.All(w => char.IsUpper(w.Value[0]) || MentionParser.NameParticles.Contains(w.Value));

    // Where the heading field holding `at` opens: the start of its sentence within its line, as fields may run on one line as
    // sentences (Eastmoor District Council. Application TS/25/0412. Site: Glebe Field. Applicant: Vertiga Mobile Climbing Ltd.;
    // blind325).
    private int FieldStart(int at)
    {
        var from = Math.Max(at - 1, 0);
        return SentenceStart(from, _text.LastIndexOf('\n', from) + 1);
    }

    // An honorific, two given names and a particle (Ms Tamsin de) stand at most between a party's label and the name's last word;
    // set by hand.
    private const int MaximumWordsBeforeLabelledName = 4;

    // Patient A, Client B, Resident 3: the label a decision gives someone it keeps anonymous, a person's noun and then one capital
    // letter or a number (so never Malcolm X); a label of the party's own word (Registrant A) is the party's.
    private static bool IsAnonymisedLabel(string name, string party) =>
        name.Split(' ') is [var word, var letter] && (letter is [>= 'A' and <= 'Z'] || (letter.Length <= 2 && letter.All(char.IsAsciiDigit)))
        && QuoteLexicon.PersonHeads.Contains(word.ToLowerInvariant()) && !word.Equals(party, StringComparison.OrdinalIgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex PartyLabel = new(
        @"^\s*(?<party>\p{L}+(?:[ ]\p{L}+)?)\s*:\s*(?:(?<word>[\p{L}\p{M}’'.-]+)\s+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// For a pronoun opening the main clause after a participle's clause with "by" (Asked by the chair, Dr Okafor, whether …, she
    /// replied): the last speaker before its sentence, in its live-blog entry, who fits and is not the agent after "by"; null
    /// otherwise, and when the agent is no person.
    /// </summary>
    private SpeakerIdentity? AnswererOfAgentsQuestion(int pronoun, bool male)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= pronoun && pronoun < p.End);
        var sentence = SentenceStart(pronoun, paragraph.Start);
        var before = TokensIn(sentence, pronoun);
        if (paragraph.End == 0 || before.Count < 4 || !IsOpeningParticiple(before[0]) || before[1].Lower != "by" || before[^1].Raw != ","
            || QuestionerAfterBy(before, 1) is not { } agent)
        {
            return null;
        }

        return LastOtherSpeakerBefore(sentence, agent.Name, male, EntryStart(pronoun));
    }

    /// <summary>
    /// For a pronoun followed by a reply verb (replied, answered) whose last quote before is a question given to a person: the
    /// speaker before that question, of the pronoun's gender and other than its asker, in the same live-blog entry; null otherwise.
    /// </summary>
    private SpeakerIdentity? AnswererOfQuotedQuestion(SpeakerMention mention, int position, bool male)
    {
        var at = _tokens.FindIndex(t => t.Start == mention.Start);
        if (at < 0 || at + 1 >= _tokens.Count || !ReplyVerbs.Contains(_tokens[at + 1].Lower))
        {
            return null;
        }

        var question = _events.FindLastIndex(e => e.Position < position);
        if (question < 0 || _events[question].Identity is not { IsPerson: true } asker
            || _marked.FirstOrDefault(m => m.MarkStart == _events[question].Position) is not { } asked
            || !_text[asked.Segments[^1].Start..asked.Segments[^1].End].TrimEnd().EndsWith('?'))
        {
            return null;
        }

        // (Ms Beddoes asked him: "…?" "Mine," he replied: a question put to someone named or pointed to is answered by them, which
        // the person-asked rules read; only a question asked of no one in its cue, "X asked:", leaves the answerer to the speakers
        // before it.)
        var cue = _tokens.FindLastIndex(t => t.Start < asked.MarkStart);
        if (cue < 1 || _tokens[cue].Raw != ":" || !AskingVerbs.Contains(_tokens[cue - 1].Lower))
        {
            return null;
        }

        // (The operator's director, Mr Henrik Kessler-Lund, attended the hearing. His exchange with the chair was as follows. Dr
        // Farquharson asked: "…?" ¶ He replied: someone the question's own paragraph names before it, other than the asker, is whom
        // it was put to, before a speaker heard earlier; blind397.)
        var questionParagraph = _paragraphs.FirstOrDefault(p => p.Start <= asked.MarkStart && asked.MarkStart < p.End);
        var earlier = LastOtherSpeakingBefore(_events[question].Position, asker.Name, male, EntryStart(position));
        if (questionParagraph.End > 0
            && _persons.Where(p => p.Key != asker.Name && p.Identity.IsPerson && Fits(p.Identity, male))
                .Select(p => (p.Identity, Last: p.Positions.Where(x => x >= questionParagraph.Start && x < asked.MarkStart).DefaultIfEmpty(-1).Max()))
                .Where(x => x.Last >= 0 && (earlier.Identity is null || x.Last > earlier.Position))
                .OrderByDescending(x => x.Last).ToList() is [var (namedBefore, _)])
        {
            return namedBefore;
        }

        return earlier.Identity;
    }

    // The last person who spoke before `before`, from `entry` on, who fits the gender and is not the one named `other`; null when none.
    private SpeakerIdentity? LastOtherSpeakerBefore(int before, string other, bool male, int entry) =>
        LastOtherSpeakingBefore(before, other, male, entry).Identity;

    // That speaker's speech event, where it stands; the default event (no identity) when none.
    private (int Position, SpeakerIdentity Identity) LastOtherSpeakingBefore(int before, string other, bool male, int entry) =>
        _events.LastOrDefault(e => e.Position < before && e.Position >= entry && e.Identity.IsPerson && e.Identity.Name != other && Fits(e.Identity, male));

    /// <summary>
    /// For a pronoun followed by a verb of replying (he replied, she answered), the named person the sentence before asked, pressed or
    /// questioned (A reporter asked Mr Coman whether …), in the pronoun's paragraph or, when the quote opens it, the paragraph before;
    /// null when the pronoun does not reply or no fitting person was asked.
    /// </summary>
    private SpeakerIdentity? PersonAskedBefore(SpeakerMention mention, int position, bool male)
    {
        var at = _tokens.FindIndex(t => t.Start == mention.Start);
        // (Dame Hilary asked Ms Marchbanks whether she had considered resigning. "I have," she said: a plain "said" answers a
        // question reported with its "whether", as "replied" answers any.)
        var saying = at >= 0 && at + 1 < _tokens.Count && _tokens[at + 1].Lower is "said" or "says";
        if (at < 0 || at + 1 >= _tokens.Count || !(ReplyVerbs.Contains(_tokens[at + 1].Lower) || saying))
        {
            return null;
        }

        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph < 0)
        {
            return null;
        }

        var sentence = SentenceStart(position, _paragraphs[paragraph].Start);
        var (floor, end) = sentence > _paragraphs[paragraph].Start ? (_paragraphs[paragraph].Start, sentence)
            : paragraph > 0 ? (_paragraphs[paragraph - 1].Start, _paragraphs[paragraph - 1].End) : (0, 0);

        // presenter Dev Marwick asked Tallack: "Will you be back?" "Ask me later," she replied: a question closing with its mark runs
        // on into the reply's sentence, where the person asked is named before it.
        var own = Unquoted(TokensIn(sentence, position));
        var tokens = own.Any(t => AskingVerbs.Contains(t.Lower)) ? own
            : end > floor ? Unquoted(TokensIn(SentenceStart(end - 1, floor), end)) : [];
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            // (the Chair, Councillor Rosalind Achebe-Marsh, asked the applicant how late the tables would stay. She replied: so is a
            // definite role asked, as the person it names; blind330.)
            if (AskingVerbs.Contains(tokens[k].Lower) && MentionParser.StartingAt(tokens, k + 1) is { } asked
                && asked is { Kind: MentionKind.Name } or { Kind: MentionKind.Role, Definite: true } && asked.Start == tokens[k + 1].Start
                && (asked.Kind == MentionKind.Name ? ResolveName(asked, tokens[k + 1].Start) : Resolve(asked, tokens[k + 1].Start)) is { Kind: MentionKind.Name } identity
                && Fits(identity, male)
                && (!saying || tokens.FindIndex(k + 1, t => t.Start >= asked.Start + asked.Text.Length) is var afterAsked && afterAsked > 0
                    && tokens[afterAsked].Lower is "whether" or "if" or "why" or "how" or "what" or "when" or "where"))
            {
                return identity;
            }

            // (As he was led to a police car, Mărgineanu was asked by a reporter: "Did you …?" ¶ "No," he replied: in the passive, the
            // subject is the person asked.)
            if (!saying && k > 0 && AskingVerbs.Contains(tokens[k].Lower) && tokens[k - 1].Lower is "was" or "were" && tokens[k + 1].Lower == "by"
                && MentionBefore(tokens, k - 1, ClauseStart(tokens, k - 1)) is { Kind: MentionKind.Name } passiveSubject
                && ResolveName(passiveSubject, tokens[k].Start) is { Kind: MentionKind.Name } askedPerson && Fits(askedPerson, male))
            {
                return askedPerson;
            }
        }

        return null;
    }

    // At most this many paragraphs of questions and answers between the sentence that puts the questions and the answer; set by
    // hand (a reader's questions page runs to five or six), not tuned on any set.
    private const int MaximumQuestionParagraphs = 8;

    // When the position's paragraph opens with an unquoted question, and so does every paragraph back to one that puts questions
    // "to" a named person (We put your questions to Joanne Leckie), that person if of the gender; else null.
    private SpeakerIdentity? QuestionsPutTo(int position, bool male)
    {
        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph < 1 || !OpensWithUnquotedQuestion(paragraph) || SentenceStart(position, _paragraphs[paragraph].Start) == _paragraphs[paragraph].Start)
        {
            return null;
        }

        for (var p = paragraph - 1; p >= 0 && paragraph - p <= MaximumQuestionParagraphs && _paragraphs[p].Start >= _bodyOffset; p--)
        {
            if (OpensWithUnquotedQuestion(p))
            {
                continue;
            }

            var tokens = Unquoted(TokensIn(_paragraphs[p].Start, _paragraphs[p].End));
            var questions = tokens.FindIndex(t => t.Lower is "questions" or "question");
            var to = questions < 0 ? -1 : tokens.FindIndex(questions, t => t.Lower == "to");
            return to > 0 && tokens.Take(questions).Any(t => t.Lower is "put" or "puts" or "took" or "take" or "posed" or "sent")
                && MentionParser.StartingAt(tokens, to + 1) is { Kind: MentionKind.Name } named && named.Start == tokens[to + 1].Start
                && ResolveName(named, tokens[to + 1].Start) is { Kind: MentionKind.Name } identity && _persons.Any(x => x.Key == identity.Name) && Fits(identity, male)
                ? identity : null;
        }

        return null;
    }

    /// <summary>
    /// The person of the gender that a paragraph ending in a reported question names as asked (asked him straight out: did he …?;
    /// put it to Ms Hale: would she …?): the name, or the person the pronoun object stands for there; null otherwise.
    /// </summary>
    private SpeakerIdentity? PersonAskedInReportedQuestion(int paragraphIndex, bool male)
    {
        if (paragraphIndex < 0)
        {
            return null;
        }

        var paragraph = _paragraphs[paragraphIndex];
        if (paragraph.Start < _bodyOffset || !_text[paragraph.Start..paragraph.End].TrimEnd().EndsWith('?')
            || _marked.Any(m => m.MarkStart >= paragraph.Start && m.MarkStart < paragraph.End && !_labels.Contains(m.MarkStart)))
        {
            return null;
        }

        var tokens = TokensIn(paragraph.Start, paragraph.End);
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!AskingVerbs.Contains(tokens[k].Lower))
            {
                continue;
            }

            if (tokens[k + 1].Lower is "him" or "her" && (tokens[k + 1].Lower == "him") == male)
            {
                return ObjectPronounPerson(tokens[k + 1], paragraph.Start);
            }

            if (MentionParser.StartingAt(tokens, k + 1) is { Kind: MentionKind.Name } named && named.Start == tokens[k + 1].Start
                && ResolveName(named, tokens[k + 1].Start) is { Kind: MentionKind.Name } identity && _persons.Any(p => p.Key == identity.Name) && Fits(identity, male))
            {
                return identity;
            }
        }

        return null;
    }

    // Paragraphs back an unnamed source is looked for when no one else was given the role: the introduction, a question and the
    // answer that uses the role. Set by hand from blind64's tenants' bulletin (measured there first, then held for later sets).
    private const int LoneUnnamedSourceReach = 3;

    /// <summary>
    /// The latest sentence, in the paragraph of <paramref name="position"/> or up to <paramref name="paragraphsBack"/> before, that
    /// opens with an indefinite noun phrase headed by the definite role's noun (A senior federation official, who asked not to be
    /// named, was blunter): that unnamed person and where it stands; null when none. With <paramref name="definiteIntroductions"/>,
    /// a definite phrase with the role's noun and a relative clause in an earlier sentence introduces one too (interviewed the
    /// booking administrator who handled the referral; The legal adviser who sat with the bench told …).
    /// </summary>
    private (SpeakerIdentity Identity, int At)? IndefiniteSubjectIntroducing(SpeakerMention mention, int position, int paragraphsBack, bool definiteIntroductions = false)
    {
        var paragraph = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        if (paragraph < 0 || mention.Head is null)
        {
            return null;
        }

        var floor = _paragraphs[Math.Max(paragraph - paragraphsBack, 0)].Start;
        foreach (var start in _breaks.Where(b => b >= floor && b < position).Reverse())
        {
            var tokens = Unquoted(TokensIn(start, SentenceEnd(start, position)));

            // A former call-centre worker … the former employee: "former" (or "retired") on both sides names one past member of
            // staff by two nouns for them, wherever in its sentence the source stands (was passed to us by a former member of …).
            var shared = Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).LastOrDefault(k => tokens[k].Lower is "a" or "an" && tokens[k + 1].Lower is "former" or "retired"
                && mention.Titles.Contains(tokens[k + 1].Lower), -1);
            if (shared > 0)
            {
                tokens = tokens.GetRange(shared, tokens.Count - shared);
            }

            // Privately, one senior board official was less sure: an opening adverbial up to its comma stands before the source.
            if (tokens.Count > 3 && (tokens[0].Lower.EndsWith("ly", StringComparison.Ordinal) || OpeningAdverbials.Contains(tokens[0].Lower))
                && tokens.FindIndex(t => t.Raw == ",") is var adverbialEnd and > 0 && adverbialEnd <= MaximumOpeningAdverbialWords
                && tokens.Take(adverbialEnd).All(t => t.IsWord) && adverbialEnd + 1 < tokens.Count && tokens[adverbialEnd + 1].Lower is "a" or "an" or "one")
            {
                tokens = tokens.GetRange(adverbialEnd + 1, tokens.Count - adverbialEnd - 1);
            }

            // according to a senior police source. "…," the source said; …, while one competition juror … said …. "…," the juror said: an
            // indefinite source inside the sentence whose noun is the role's own.
            // (Our investigator interviewed the booking administrator who handled the referral. …, the administrator said: with no one
            // given the title, a definite role a relative clause introduces, inside an earlier sentence, is that unnamed person.)
            // (The complainant said she …: a definite role opening a sentence names again someone met before; one with its relative
            // clause introduces, inside the sentence or opening it: The legal adviser who sat with the bench told ….)
            // (One objection was received, from a neighbouring resident who …. The resident wrote: so after an opening indefinite
            // phrase that is not the source's; blind275.)
            var definiteHere = definiteIntroductions && SentenceEnd(start, position) < position;
            if (tokens.Count >= 3 && mention.Head is { } ownNoun && (tokens[0].Lower is not ("a" or "an" or "one") || SourceNounAfter(tokens, 0, ownNoun) < 0))
            {
                var inside = Enumerable.Range(1, Math.Max(0, tokens.Count - 2)).LastOrDefault(k => (tokens[k].Lower is "a" or "an" or "one"
                    && SourceNounAfter(tokens, k, ownNoun) > 0) || (definiteHere && DefiniteRoleWithRelative(tokens, k, ownNoun)), -1);
                if (inside > 0)
                {
                    tokens = tokens.GetRange(inside, tokens.Count - inside);
                }
            }

            if (tokens.Count < 3 || tokens[0].Lower is not ("a" or "an" or "one") && !(definiteHere && mention.Head is { } head && DefiniteRoleWithRelative(tokens, 0, head)))
            {
                continue;
            }

            var sharedModifier = tokens[1].Lower is "former" or "retired" && mention.Titles.Contains(tokens[1].Lower);
            for (var h = 1; h < tokens.Count && h <= 1 + MaximumRoleModifiersBeforeSource && tokens[h].IsWord; h++)
            {
                if (char.IsLower(tokens[h].Raw[0]) && (HeadMatches(mention, [tokens[h].Lower]) || (sharedModifier && h > 1 && QuoteLexicon.PersonHeads.Contains(tokens[h].Lower))))
                {
                    var end = h + 1;
                    while (end < tokens.Count && tokens[end].IsWord && !FiniteVerbLike(tokens[end]))
                    {
                        end++;
                    }

                    var source = UnnamedSource(tokens, 0, end) ?? MentionBefore(tokens, h + 1, 0);
                    if (source is { Kind: MentionKind.Role })
                    {
                        return (new SpeakerIdentity(LowerDeterminer(source.Text), MentionKind.Role, source.Titles), start);
                    }

                    // When a Clydeview manager came down: a body's name modifying the noun leaves an unnamed member of it, the whole phrase.
                    return h > 1 && Enumerable.Range(1, h - 1).All(j => MentionParser.IsNameWord(tokens[j]))
                        ? (new SpeakerIdentity(LowerDeterminer(JoinTokens(tokens, 0, h + 1)), MentionKind.Role, [tokens[h].Lower]), start)
                        : null;
                }
            }
        }

        return null;
    }

    // The index of the role's noun within a few modifiers after the determiner at `determiner`, before any other determiner or a
    // preposition (At one point the blonde star: no source; a statement from Patient A's daughter: the source's noun comes before
    // any preposition); -1 when there is none.
    private static int SourceNounAfter(List<CueToken> tokens, int determiner, string noun) =>
        Enumerable.Range(determiner + 1, Math.Min(MaximumRoleModifiersBeforeSource + 1, tokens.Count - determiner - 1))
            .TakeWhile(j => tokens[j].IsWord && !QuoteLexicon.Determiners.Contains(tokens[j].Lower) && !Prepositions.Contains(tokens[j].Lower))
            .Where(j => tokens[j].Lower == noun).DefaultIfEmpty(-1).First();

    // The unnamed source that spoke before `position` and was described, in apposition, by an indefinite phrase with the role's
    // noun (one resident, a retired midwife); the source with that noun among its titles, else null.
    private SpeakerIdentity? UnnamedSourceDescribedAs(SpeakerMention mention, int position)
    {
        if (mention.Head is not { } head)
        {
            return null;
        }

        foreach (var start in _breaks.Where(b => b >= _bodyOffset && b < position).Reverse())
        {
            var tokens = Unquoted(TokensIn(start, SentenceEnd(start, position)));
            for (var k = tokens.Count - 2; k > 0; k--)
            {
                if (tokens[k].Lower is "a" or "an" && SourceNounAfter(tokens, k, head) > 0 && SourceBeforeApposition(tokens, k) is { } source
                    && _events.Any(e => e.Position < position && e.Identity.Kind == MentionKind.Role && e.Identity.Name == source.Name))
                {
                    return source with { Titles = [.. source.Titles, head] };
                }
            }
        }

        return null;
    }

    // "…?" asked one resident, a retired midwife. … "…," the midwife said: an indefinite description at `at`, in apposition after
    // an unnamed source (one resident, a retired midwife), describes that source; the source's phrase, else null (blind265).
    private static SpeakerIdentity? SourceBeforeApposition(List<CueToken> tokens, int at) =>
        SourceMentionBeforeApposition(tokens, at) is { } source ? new SpeakerIdentity(LowerDeterminer(source.Text), MentionKind.Role, source.Titles) : null;

    // The unnamed source's mention before the indefinite description in apposition at `at` (one resident, a retired midwife), else null.
    private static SpeakerMention? SourceMentionBeforeApposition(IReadOnlyList<CueToken> tokens, int at)
    {
        if (at < 3 || tokens[at - 1].Raw != ",")
        {
            return null;
        }

        for (var j = at - 3; j >= 0 && j >= at - 2 - MaximumRoleModifiersBeforeSource - 1; j--)
        {
            if (!tokens[j].IsWord || !char.IsLower(tokens[j].Raw[0]))
            {
                return null;
            }

            if (tokens[j].Lower is "one" or "a" or "an" or "another")
            {
                return QuoteLexicon.PersonHeads.Contains(tokens[at - 2].Lower)
                    && tokens.Skip(j + 1).Take(at - 2 - j).All(t => t.IsWord && char.IsLower(t.Raw[0]) && !QuoteLexicon.Determiners.Contains(t.Lower))
                    && MentionBefore(tokens, at - 1, j) is { Kind: MentionKind.Role } source && source.Start == tokens[j].Start
                        ? source
                        : null;
            }
        }

        return null;
    }

    // Whether "the" at `at` opens the role's noun phrase followed by a relative "who" (the booking administrator who handled …).
    private static bool DefiniteRoleWithRelative(List<CueToken> tokens, int at, string noun) =>
        tokens[at].Lower == "the" && SourceNounAfter(tokens, at, noun) is var h and > 0 && h + 1 < tokens.Count && tokens[h + 1].Lower == "who";

    // A word that ends an unnamed subject's noun phrase: a relative pronoun, an auxiliary or a common verb of the sentences that
    // introduce a source (a senior official who …, an official was …, a source gave …).
    private static bool FiniteVerbLike(CueToken token) => token.Lower is "who" or "whose" or "which" or "that" or "was" or "is" or "were" or "had" or "has" or "gave" or "said";

    private static readonly FrozenSet<string> ReplyVerbs = FrozenSet.ToFrozenSet(
        ["replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AskingVerbs = FrozenSet.ToFrozenSet(
        ["asked", "asks", "pressed", "presses", "questioned", "questions", "quizzed", "challenged", "challenges"], StringComparer.Ordinal);

    /// <summary>
    /// The person of the pronoun's gender that the subject of its paragraph's first sentence names, when the pronoun stands in a
    /// later sentence, no other person who may be of the gender is named between (outside quotes) and no quote of the paragraph
    /// before the pronoun has been given to someone else who may be of it; null otherwise. (Mr Aydın-Price attended with his
    /// daughter …. "…," she said. He told the sub-committee …: the daughter's quote leaves him the paragraph's "he".)
    /// </summary>
    private SpeakerIdentity? ParagraphTopicBefore(int position, bool male)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        if (paragraph.End == 0 || paragraph.Start < _bodyOffset)
        {
            return null;
        }

        var firstEnd = SentenceEnd(paragraph.Start, paragraph.End);
        if (firstEnd > SentenceStart(position, paragraph.Start) || SubjectOf(paragraph.Start, firstEnd, position) is not { IsPerson: true } topic
            || !Fits(topic, male))
        {
            return null;
        }

        var others = _persons.Any(p => p.Key != topic.Name && Fits(p.Identity, male) && p.Positions.Any(x => x >= paragraph.Start && x < position && !InsideQuote(x)))
            || _events.Any(e => e.Position >= paragraph.Start && e.Position < position && e.Identity.Name != topic.Name && Fits(e.Identity, male));
        return others ? null : topic;
    }

    /// <summary>
    /// The person an object pronoun (asked him, put it to her) stands for: the last person of its gender its own sentence names
    /// before it, outside quotes (We caught up with Vinding … and asked him), else whom it resolves to as a subject would; null when
    /// that is no person.
    /// </summary>
    private SpeakerIdentity? ObjectPronounPerson(CueToken pronoun, int paragraphStart)
    {
        var male = pronoun.Lower == "him";
        var sentence = SentenceStart(pronoun.Start, paragraphStart);
        var named = _persons.Where(p => Fits(p.Identity, male) && p.Positions.Any(x => x >= sentence && x < pronoun.Start && !InsideQuote(x)))
            .OrderByDescending(p => p.LastBefore(pronoun.Start)).Select(p => p.Identity).FirstOrDefault()
            ?? ResolvePronoun(pronoun.Raw, male, pronoun.Start);
        return named is { IsPerson: true } ? named : null;
    }

    // A pronoun met at `start` (he, she, or an object or possessive form read as one of them), resolved there.
    private SpeakerIdentity? ResolvePronoun(string raw, bool male, int start) =>
        Resolve(new SpeakerMention(MentionKind.Pronoun, raw, male ? "he" : "she", [], null, true, start), start);

    private bool InsideQuote(int position) => _marked.Any(m => m.MarkStart < position && position < m.MarkEnd && !_labels.Contains(m.MarkStart));

    private SpeakerIdentity? FirstPersonOfPreviousSentence(int position, bool male)
    {
        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
        var sentence = SentenceStart(position, paragraph.Start);
        if (paragraph.End == 0 || sentence <= paragraph.Start)
        {
            return null;
        }

        var previous = SentenceStart(sentence - 1, paragraph.Start);
        // (The Commission asked Professor Helen Varga … to review …. She described: a body's speech is no one he or she continues.)
        if (_events.Any(e => e.Position >= previous && e.Position < sentence && e.Identity.IsPerson)
            || _marked.Any(m => m.MarkStart >= previous && m.MarkStart < sentence && !_labels.Contains(m.MarkStart)))
        {
            return null;
        }

        // "…" That assessment came from a former pattern cutter, who spoke to Atelier Weekly …. She said: the unnamed source just
        // quoted, whom the sentence before names again, is who the pronoun stands for, not the outlet or person named after.
        if (_events.LastOrDefault(e => e.Position >= paragraph.Start && e.Position < previous).Identity is { Kind: MentionKind.Role } source
            && _text[previous..sentence].Contains(source.Name, StringComparison.OrdinalIgnoreCase) && Fits(source, male))
        {
            return source;
        }

        var tokens = Unquoted(TokensIn(previous, sentence));

        // (Kapoor's innings included 26 fours. He reached …: a known person's surname owning what opens the sentence is the person it
        // is about.)
        if (OwnerOpening(tokens) is { } owner && Fits(owner, male))
        {
            return owner;
        }

        // By then the same spectator had come round. "Fair enough," he conceded: "the same" and a noun, the sentence's subject before
        // its verb, is the unnamed source quoted before, whom the pronoun stands for over any named person of its gender (blind342),
        // one named after it in its sentence too (The same woman caught up with Ms Kontou on the steps; blind401).
        if (SameSourceSubject(tokens) is { } same && Fits(same, male))
        {
            return same;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            // (The complaint was made by Client A's mother. In her written statement she said: a name owning a person's noun names
            // that person, the relative, not the owner; blind394.)
            // (Joanne Pritchard's father, Alan, …. "…," she said: a relative of the other gender leaves the owner to be read.)
            if ((k + 1 < tokens.Count && IsNamesPossessive(tokens[k + 1]) ? k + 1 : IsNamesPossessive(tokens[k]) ? k : -1) is var owning and >= 0
                && owning + 1 < tokens.Count && MentionParser.EndingAt(tokens, owning + 2, 0) is { Kind: MentionKind.Role } owned && owned.Start <= tokens[k].Start
                && Resolve(owned, owned.Start) is { IsPerson: true } ownedIdentity && GenderAgreement(ownedIdentity, male) == 2)
            {
                return ownedIdentity;
            }

            if (MentionParser.IsNameWord(tokens[k]) && !(k + 1 < tokens.Count && MentionParser.IsNameWord(tokens[k + 1]))
                && MentionParser.EndingAt(tokens, k + 1, 0) is { Kind: MentionKind.Name } mention && ResolveName(mention, tokens[k].Start) is { } identity
                && _persons.FirstOrDefault(p => p.Key == identity.Name) is { } person
                && (!AfterPreposition(tokens[k].Start) || GenderAgreement(identity, male) == 2 || DescribedAsPerson(person)) && Fits(identity, male))
            {
                // (a response from Rosa Kilbride: a name after a preposition may be a place, unless the article or the name lists tell
                // its gender.)
                // "…," said Ms Kerr. The ruling was welcomed by Tom Platt. "…," she added: a last speaker known to be of the
                // pronoun's gender outranks a first-named person whose gender the article does not tell.
                var spoken = _events.LastOrDefault(e => e.Position < position && e.Identity.IsPerson && Fits(e.Identity, male));
                var speaker = spoken.Identity;
                // (A person the sentence before introduces with an age or a "who" clause is the one it is about, whoever spoke last;
                // so is one named in the pronoun's own paragraph when the last speaker spoke in another: …, inspected by the council's
                // veterinary surgeon, Dr Tamsyrn Brightwater-Hale. Her report states: …, after Ms de la Tour-Varga wrote two paragraphs
                // up. Met in blind279, where the name lists' Oluwaseun, a man's name to them, still keeps it from her; gained in blind111.)
                return GenderAgreement(identity, male) == 2 || DescribedAsPerson(person) || speaker is null || GenderAgreement(speaker, male) < 2
                    || spoken.Position < paragraph.Start ? identity : null;
            }
        }

        // Beside her, the Ira nodded. "…," he said: a named person's role, the subject of the sentence before with its verb after
        // it, is whom the pronoun stands for, as a name there would be (blind303).
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (IsLowercaseVerb(tokens[k + 1])
                && MentionParser.EndingAt(tokens, k + 1, 0) is { Kind: MentionKind.Role, Definite: true } role
                && tokens.FindIndex(t => t.Start == role.Start) is var opening and >= 0 && (opening == 0 || tokens[opening - 1].Raw == ",")
                && Resolve(role, role.Start) is { IsPerson: true } identity && _persons.Any(p => p.Key == identity.Name) && Fits(identity, male))
            {
                return identity;
            }
        }

        return null;
    }

    // A capitalised word's possessive (Client A's, Pritchard's), which may own a person's noun after it.
    private static bool IsNamesPossessive(CueToken token) => MentionParser.IsPossessive(token) && char.IsUpper(token.Raw[0]);

    // The known person named as the subject of a sentence's last clause joined by ", and" or ", but" to a clause with a verb of its
    // own (X levelled, and Rourke, a veteran, made amends): the name, an appositive between commas, then a lowercase verb; null otherwise.
    private SpeakerIdentity? LastCoordinatedSubject(List<CueToken> tokens)
    {
        var and = tokens.FindLastIndex(t => t.Lower is "and" or "but");
        if (and < 2 || and + 1 >= tokens.Count || tokens[and - 1].Raw != "," || !tokens.Take(and - 1).Any(IsLowercaseVerb) || !MentionParser.IsNameWord(tokens[and + 1]))
        {
            return null;
        }

        var end = and + 1;
        while (end < tokens.Count && MentionParser.IsNameWord(tokens[end]))
        {
            end++;
        }

        if (MentionParser.EndingAt(tokens, end, and + 1) is not { Kind: MentionKind.Name } mention || ResolveName(mention, tokens[end - 1].Start) is not { } identity
            || !_persons.Any(p => p.Key == identity.Name))
        {
            return null;
        }

        var verb = end;
        if (verb < tokens.Count && tokens[verb].Raw == ",")
        {
            var closing = tokens.FindIndex(verb + 1, t => !t.IsWord);
            verb = closing > verb + 1 && closing - verb - 1 <= MaximumAppositiveWords && tokens[closing].Raw == "," ? closing + 1 : tokens.Count;
        }

        // (made amends: an irregular past is no -ed word, so any lowercase word but a function word is read as the verb.)
        return verb < tokens.Count && tokens[verb].IsWord && char.IsLower(tokens[verb].Raw[0])
            && (IsLowercaseVerb(tokens[verb]) || !(QuoteLexicon.StopWords.Contains(tokens[verb].Lower) || Prepositions.Contains(tokens[verb].Lower)))
            ? identity
            : null;
    }

    // The unnamed source "the same <noun>" names again as its sentence's subject, before a lowercase verb; null otherwise.
    private SpeakerIdentity? SameSourceSubject(List<CueToken> tokens)
    {
        var the = Enumerable.Range(0, Math.Max(0, tokens.Count - 3)).FirstOrDefault(k => tokens[k].Lower == "the" && tokens[k + 1].Lower == "same", -1);
        // (The same woman: a plain person's noun, which the parser reads as no role, is read here as "the same" makes it one; blind401.)
        var plain = the >= 0 && MentionParser.PlainPersonNouns.Contains(tokens[the + 2].Lower) && $"{tokens[the].Raw} same {tokens[the + 2].Raw}" is var sameText
            ? new SpeakerMention(MentionKind.Role, sameText, sameText, ["same", tokens[the + 2].Lower], tokens[the + 2].Lower, true, tokens[the].Start)
            : null;
        return the >= 0 && tokens.Take(the).All(t => (t.IsWord && !MentionParser.IsNameWord(t)) || t.Raw == ",")
            && (plain ?? MentionParser.StartingAt(tokens, the)) is { Kind: MentionKind.Role } role && role.Start == tokens[the].Start
            && ((tokens.FindIndex(the + 2, t => !t.IsWord || !char.IsLower(t.Raw[0]) || IsLowercaseVerb(t)) is var stop and > 0 && IsLowercaseVerb(tokens[stop]))
                // (The same woman caught up with Ms Kontou: an irregular past right after the role is its verb too; blind401.)
                || (tokens.FindIndex(t => t.Start >= role.Start + role.Text.Length) is var after and > 0 && tokens[after].IsWord && char.IsLower(tokens[after].Raw[0])
                    && !WordsAfterSubjectThatAreNoVerb.Contains(tokens[after].Lower)))
            && Resolve(role, role.Start) is { Kind: MentionKind.Role } source
                ? source
                : null;
    }

    // Lowercase words that may follow a subject's noun without being its verb (the same woman who, the same man at the back); set by
    // hand.
    private static readonly FrozenSet<string> WordsAfterSubjectThatAreNoVerb = FrozenSet.ToFrozenSet(
        ["who", "whom", "whose", "which", "that", "of", "from", "at", "in", "on", "with", "by", "for", "and", "or", "but", "to", "near", "behind"],
        StringComparer.Ordinal);

    // A lowercase word read as a clause's verb after its subject: a finite verb or auxiliary, or a word in -ed (nodded, had).
    private static bool IsLowercaseVerb(CueToken t) =>
        t.IsWord && char.IsLower(t.Raw[0]) && (FiniteVerbs.Contains(t.Lower) || t.Lower.EndsWith("ed", StringComparison.Ordinal));

    // The one person whose surname or name, as an owner, opens a sentence's tokens before a lowercase word that names no person
    // (Kapoor's innings, not Kapoor's lawyer); null otherwise.
    private SpeakerIdentity? OwnerOpening(List<CueToken> tokens)
    {
        var k = 0;
        while (k < tokens.Count && MentionParser.IsNameWord(tokens[k]))
        {
            k++;
        }

        if (k >= tokens.Count - 1 || !MentionParser.IsPossessive(tokens[k]) || !tokens[k].IsCapitalized || tokens[k + 1] is not { IsWord: true } owned
            || !char.IsLower(owned.Raw[0]) || QuoteLexicon.PersonHeads.Contains(owned.Lower))
        {
            return null;
        }

        var words = tokens.Take(k).Select(t => t.Raw).Append(tokens[k].Raw[..^2]).ToArray();
        return _persons.Where(p => p.Key == string.Join(' ', words) || (words.Length == 1 && p.Parts[^1] == words[0])).ToList() is [var only] ? only.Identity : null;
    }

    // a submission from Joan Pettifer, 84, who has lived …: a name given an age or a "who" clause is a person, not a place.
    private static bool DescribedAsPerson(Person person) =>
        person.Titles.Any(t => MentionParser.IsAge(t) || t is "who" or "whose");

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

            if (ResolvePronoun(tokens[opener].Raw, tokens[opener].Lower == "he", tokens[opener].Start) is
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

    // Whether the name whose last word stands at `position` comes right after "of" (Archbishop X of Puerto Almagro).
    private bool AfterOf(int position) => WordBeforeName(position) == "of";

    // Only prepositions of place: for, with, by and of stand before people as often (For Danielle Okoro, …).
    private bool AfterPreposition(int position) =>
        WordBeforeName(position) is { } word && (word is "at" or "in" or "on" or "from" || PlaceOnlyPrepositions.Contains(word));

    // The lowercase word before the name whose last word stands at `position` (a person's position is that of the last word of
    // the name), or null at the text's start.
    private string? WordBeforeName(int position)
    {
        var k = _tokens.FindIndex(t => t.Start == position);
        while (k > 0 && MentionParser.IsNameWord(_tokens[k - 1]) && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
        {
            k--;
        }

        return k > 0 ? _tokens[k - 1].Lower : null;
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

    // Whether the lowercase words from `at` up to a copula hold no person's noun and end in no comma before an apposition (the
    // Applicant's case is, not the appellant's probation officer, Ms Tamsin Yeo).
    private static bool OwnsNoPerson(List<CueToken> tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && !QuoteLexicon.Copulas.Contains(tokens[k].Lower))
        {
            if (QuoteLexicon.PersonHeads.Contains(tokens[k].Lower))
            {
                return false;
            }

            k++;
        }

        return k > at && !(k < tokens.Count && tokens[k].Raw == ",");
    }

    // The subject of the sentence between two offsets, who it is at `position`. Reading a role subject may read the sentence before it,
    // and so on back; past MaximumSubjectNesting sentences the reading stops, so that no text can make it run without end.
    private SpeakerIdentity? SubjectOf(int sentenceStart, int sentenceEnd, int position)
    {
        if (_subjectNesting >= MaximumSubjectNesting)
        {
            return null;
        }

        _subjectNesting++;
        try
        {
            return SubjectOfSentence(sentenceStart, sentenceEnd, position);
        }
        finally
        {
            _subjectNesting--;
        }
    }

    // A subject is read back through at most this many sentences (a role subject, the sentence before it, and so on); set by hand, far
    // above what any sentence chain in the annotated sets needs, and far below what would exhaust the stack.
    private const int MaximumSubjectNesting = 16;

    // The index where the subject starts after an opening phrase of time or place with no comma (tokens[0] the preposition), or -1.
    private static int UncommaedOpeningEnd(List<CueToken> tokens)
    {
        for (var k = 2; k <= MaximumUncommaedOpeningWords && k + 1 < tokens.Count; k++)
        {
            var between = tokens.Skip(1).Take(k - 1).ToList();
            if (tokens[k].Lower == "the" && between.All(t => IsTimeWord(t) || t.Lower is "this" or "that" || t.Raw.All(char.IsDigit)) && between.Any(IsTimeWord))
            {
                return k;
            }

            if ((MentionParser.IsHonorific(tokens[k]) || (MentionParser.IsNameWord(tokens[k]) && !IsTimeWord(tokens[k])))
                && between.All(t => t.IsWord && (char.IsLower(t.Raw[0]) || IsTimeWord(t) || t.Raw.All(char.IsDigit))))
            {
                return k;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsTimeWord(CueToken token) =>
        QuoteLexicon.DayNames.Contains(token.Lower) || QuoteLexicon.MonthNames.Contains(token.Lower) || TimeWords.Contains(token.Lower);

    private SpeakerIdentity? SubjectOfSentence(int sentenceStart, int sentenceEnd, int position)
    {
        var tokens = Unquoted(TokensIn(sentenceStart, sentenceEnd));
        if (tokens.Count == 0)
        {
            return null;
        }

        // According to Mark Hsu, an analyst at Brantley Securities, the market is pricing in the worst case: the sentence reports
        // the view of the person it opens with ("According" is no participle opening a clause).
        if (tokens.Count > 3 && tokens[0].Lower == "according" && tokens[1].Lower == "to" && MentionParser.StartingAt(tokens, 2) is { Kind: MentionKind.Name } according
            && according.Start == tokens[2].Start && ResolveName(according, position) is var accordingIdentity && _persons.Any(p => p.Key == accordingIdentity.Name))
        {
            return accordingIdentity;
        }

        // Outside the box office yesterday, one regular, who …, was close to tears: an opening adverbial up to its comma is no subject.
        // Asked if he was angry, he paused: an opening participle's clause up to its comma is no subject either.
        // (Acting Inspector Nadia Kerr, …: a participle before a capital is a title word.)
        // (Cross-examined by Ms Okonkwo-Reyes, the Respondent …: so a hyphened participle before its agent's "by".)
        var participle = (IsOpeningParticiple(tokens[0]) || (MentionParser.IsDescriptorCompound(tokens[0]) && tokens.Count > 1 && tokens[1].Lower == "by"
            && tokens[0].Lower.EndsWith("ed", StringComparison.Ordinal))) && tokens.Count > 1 && char.IsLower(tokens[1].Raw[0]);

        // Asked by the presenting officer, Inspector Gail Thorne, why he had …, he replied: the person after "by" asks; the subject
        // is the pronoun that opens the main clause after a comma, and no subject when that pronoun is the one being resolved.
        if (participle && tokens[1].Lower == "by" && AgentClauseEnd(tokens) is var main and > 0)
        {
            return tokens[main].Start >= position ? null : ResolvePronoun(tokens[main].Raw, tokens[main].Lower == "he", tokens[main].Start);
        }
        // (Questioned by Ms Deirdre O'Farrell, for the Board, Mr MacAleese accepted …: whom the agent acts for, set off by commas, is
        // the agent's, so the subject follows the comma after it; blind310.)
        var agentsEnd = participle && tokens[1].Lower == "by" ? AgentRepresentationEnd(tokens, tokens.FindIndex(t => t.Raw == ",")) : -1;
        if ((OpeningAdverbials.Contains(tokens[0].Lower) || participle) && (agentsEnd > 0 ? agentsEnd : tokens.FindIndex(t => t.Raw == ",")) is var adverbialEnd
            && adverbialEnd > 0
            && adverbialEnd <= (participle ? MaximumOpeningParticipleClauseWords : MaximumOpeningAdverbialWords)
            && adverbialEnd + 1 < tokens.Count && tokens.Take(adverbialEnd).All(t => t.IsWord || t.Raw == "-" || (agentsEnd > 0 && t.Raw == ",")))
        {
            return SubjectOf(tokens[adverbialEnd + 1].Start, sentenceEnd, position);
        }

        // The Applicant's case is that the boundary follows the ditch. In her witness statement she said: a definite role's
        // possessive opening the sentence is about the one person the role names, when what it owns is no person (The president's
        // campaign chief, Horacio Lindqvist-Paredes, is someone else; blind275).
        if (tokens.Count > 3 && tokens[0].Lower == "the" && MentionParser.IsPossessive(tokens[1]) && QuoteLexicon.RoleNouns.Contains(tokens[1].Lower[..^2])
            && OwnsNoPerson(tokens, 2) && MentionParser.StartingAt(StemmedTokens(tokens, 0, 1), 0) is { Kind: MentionKind.Role } possessiveRole
            && Resolve(possessiveRole, tokens[0].Start) is { Kind: MentionKind.Name } ownerIdentity && _persons.Any(p => p.Key == ownerIdentity.Name))
        {
            return ownerIdentity;
        }

        // That warning came from Tom Hurrell, who chairs …: the sentence is about the speaker it names.
        if (VerdictSource(tokens) is { Kind: MentionKind.Name } verdictSource)
        {
            return ResolveName(verdictSource, position);
        }

        // The Bishop of Tollbridge, the Rt Rev Martin Ashworth-Fane, sent a letter: a title of a place, then the name in apposition.
        // (The governor of Wadi Sahel, Major General Hisham Abdel-Rahim, reached the quay: so in lower case.)
        // (The Commissioner for Finance, Dr Tunde Ajibola-Coker, defended …: so a title "for" a portfolio.)
        if (tokens.Count > 4 && tokens[0].Lower == "the" && QuoteLexicon.RoleNouns.Contains(tokens[1].Lower) && tokens[2].Lower is "of" or "for"
            && AppositiveName(tokens) is { } titleHolder)
        {
            return ResolveName(titleHolder, position);
        }

        // (Her husband, Tomas, flew back: a first name the article names no one else by is read below, with the relation's gender.)
        if (MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role } && AppositiveName(tokens) is { } renamed
            && ResolveName(renamed, position) is var renamedIdentity && _persons.Any(p => p.Key == renamedIdentity.Name))
        {
            return renamedIdentity;
        }

        // For Marta Oyelaran, whose family …, the results came as no surprise: the person named in the opening "For …," is who the sentence is about.
        // (For Qarshan's energy minister, Faisal Al-Hadri, the text …: a title and the name in apposition.)
        if (tokens.Count > 3 && tokens[0].Lower == "for" && MentionParser.StartingAt(tokens, 1) is { Kind: MentionKind.Name } topic
            && (topic.Start == tokens[1].Start || tokens.FindIndex(t => t.Start == topic.Start) is var at && at > 2 && tokens[at - 1].Raw == ","))
        {
            var end = tokens.FindIndex(t => t.Start == topic.Start);
            while (end < tokens.Count && (MentionParser.IsNameWord(tokens[end]) || MentionParser.IsHonorific(tokens[end])))
            {
                end++;
            }

            // (For Mr Siddiqui, Alistair Brennan argued …: a name and its verb after the comma are the subject; the opening names
            // whom they act for.)
            if (end + 2 < tokens.Count && tokens[end].Raw == "," && MentionParser.StartingAt(tokens, end + 1) is { Kind: MentionKind.Name } actor
                && actor.Start == tokens[end + 1].Start && tokens.FindIndex(end + 1, t => t.Start >= actor.Start + actor.Text.Length) is var actorEnd and > 0
                && tokens[actorEnd].IsWord && char.IsLower(tokens[actorEnd].Raw[0]) && ResolveName(actor, position) is var actorIdentity
                && _persons.Any(p => p.Key == actorIdentity.Name))
            {
                return actorIdentity;
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

        // His supplementary question was shorter. "…": so is the person a possessive pronoun before a verdict noun stands for.
        if (VerdictPronoun(tokens) is { } verdictPronoun)
        {
            return Resolve(verdictPronoun, tokens[0].Start);
        }

        // She carried it home. "…": a pronoun subject stands for whom it resolves to there.
        if (QuoteLexicon.Pronouns.Contains(tokens[0].Lower) && tokens.Count > 1 && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0])
            && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Pronoun } pronoun)
        {
            return Resolve(pronoun, tokens[0].Start);
        }

        // A member for 31 years, he is not one to shout: whatever phrase opens the sentence up to its comma, a pronoun and its
        // verb after the comma are the subject (a name in the opening phrase would be someone else; then it is left alone).
        if (tokens.FindIndex(t => t.Raw == ",") is var openingEnd and > 0 && openingEnd <= MaximumOpeningAdverbialWords && openingEnd + 2 < tokens.Count
            && tokens[openingEnd + 1].Lower is "he" or "she" && tokens[openingEnd + 2].IsWord && char.IsLower(tokens[openingEnd + 2].Raw[0])
            && tokens.Take(openingEnd).All(t => t.IsWord && !_persons.Any(p => p.Positions.Contains(t.Start)))
            && MentionParser.StartingAt(tokens, openingEnd + 1) is { Kind: MentionKind.Pronoun } afterOpening)
        {
            return Resolve(afterOpening, tokens[openingEnd + 1].Start);
        }

        // Did he expect the lake to break? "…": a question opening with its auxiliary is about the pronoun after it.
        if (tokens.Count > 2 && tokens[0].Lower is "did" or "does" or "do" or "was" or "is" or "will" or "would" or "could" or "has" or "had" or "can" or "should"
            && tokens[1].Lower is "he" or "she" && MentionParser.StartingAt(tokens, 1) is { Kind: MentionKind.Pronoun } questioned)
        {
            return Resolve(questioned, tokens[1].Start);
        }

        // On Sunday she arrived with her mother, That morning he simply stood: a short opening adverbial with no comma, then a
        // pronoun and its verb; the pronoun is the subject (a subordinator's clause, When she arrived, has a subject of its own and
        // is left out).
        if ((OpeningAdverbials.Contains(tokens[0].Lower) || (tokens.Count > 1 && tokens[0].Lower is "that" or "this" or "last" or "next" or "every" or "each" && TimeWords.Contains(tokens[1].Lower)))
            && tokens[0].Lower is not ("when" or "while" or "once" or "as")
            && tokens.FindIndex(t => t.Lower is "he" or "she") is var opened and > 0 && opened <= MaximumUncommaedOpeningWords && opened + 1 < tokens.Count
            && tokens.Take(opened).All(t => t.IsWord && !_persons.Any(p => p.Positions.Contains(t.Start))) && tokens[opened + 1].IsWord && char.IsLower(tokens[opened + 1].Raw[0])
            && MentionParser.StartingAt(tokens, opened) is { Kind: MentionKind.Pronoun } openedPronoun)
        {
            return Resolve(openedPronoun, tokens[opened].Start);
        }

        // By Wednesday evening the hodža had begun ringing round, At the hearing Mr Brennick was asked: a short opening phrase of
        // time or place with no comma, then "the" after words of time or an honorific or name after lowercase words; what follows
        // is read as a sentence of its own (blind388, blind389).
        if (tokens.Count > 3 && OpeningAdverbials.Contains(tokens[0].Lower) && tokens[0].Lower is not ("when" or "while" or "once" or "as")
            && UncommaedOpeningEnd(tokens) is var uncommaed and > 1 && SubjectOf(tokens[uncommaed].Start, sentenceEnd, position) is { } uncommaedSubject)
        {
            return uncommaedSubject;
        }

        // Asked whether the storm would fill the lake he laughed: an opening participle's clause without its comma; the pronoun
        // that ends it and the verb after are the subject.
        if (IsOpeningParticiple(tokens[0]) && tokens.Count > 2 && char.IsLower(tokens[1].Raw[0]) && !tokens.Any(t => t.Raw == ",")
            && Enumerable.Range(2, Math.Min(MaximumOpeningParticipleClauseWords, tokens.Count - 3)).Where(k => tokens[k].Lower is "he" or "she"
                && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Raw[0]) && (QuoteLexicon.SpeechVerbs.Contains(tokens[k + 1].Lower) || QuoteLexicon.MannerSpeechVerbs.Contains(tokens[k + 1].Lower)))
                .DefaultIfEmpty(-1).First() is var participleSubject and > 0
            && MentionParser.StartingAt(tokens, participleSubject) is { Kind: MentionKind.Pronoun } participlePronoun)
        {
            return Resolve(participlePronoun, tokens[participleSubject].Start);
        }

        // He'll sit on the board, she's been here before: a pronoun with its verb joined on is the subject all the same.
        if (tokens[0].Lower.Split('\'') is [var contracted and ("he" or "she"), "ll" or "s" or "d"] && tokens.Count > 1)
        {
            return ResolvePronoun(contracted, contracted == "he", tokens[0].Start);
        }

        // One of Sir Hugh's advisers paused. "It went," she said: one of a group of people is an unnamed source of their own, never the
        // person the group belongs to nor the last woman named.
        if (PartitiveSubject(tokens) is { } member)
        {
            // (One of the drivers, Priya Dhaliwal, 34, was on her way: a name in apposition to the partitive is who it is.)
            return tokens.FindIndex(t => t.Raw == ",") == member.Name.Split(' ').Length && AppositiveName(tokens) is { } namedMember
                ? ResolveName(namedMember, position)
                : member;
        }

        // The member, who has asked not to be named, is now at home. "…," he told the newsletter: a definite role whose own clause
        // withholds a name is an unnamed source of its own, and who a pronoun in the next sentence stands for.
        if (tokens[0].Lower == "the" && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role, Definite: true } withheld
            && withheld.Start == tokens[0].Start && WithholdsName(withheld))
        {
            return UnnamedSourceBefore(withheld, position) ?? new SpeakerIdentity(LowerDeterminer(withheld.Text), MentionKind.Role, withheld.Titles);
        }

        // Another stallholder said the council had never listened. "…," he said: an unnamed source
        // introduced as the subject is who a pronoun in the next sentence stands for.
        if (tokens[0].Lower is "a" or "an" or "one" or "another" && UnnamedSubject(tokens, sentenceStart, sentenceEnd, position) is { } source)
        {
            // (Another speaker, Mr Kieran Sallow, a first-time buyer, took a different view: the name in apposition is who it is.)
            return tokens.FindIndex(t => t.Raw == ",") is var sourceEnd and > 1 && sourceEnd <= MaximumRoleModifiersBeforeSource + 2
                && tokens.Skip(1).Take(sourceEnd - 1).All(t => t.IsWord && char.IsLower(t.Raw[0])) && AppositiveName(tokens) is { } namedSource
                && ResolveName(namedSource, position) is { Kind: MentionKind.Name } namedIdentity && _persons.Any(p => p.Key == namedIdentity.Name)
                ? namedIdentity
                : source;
        }

        // Her husband, Tomas, flew back / Kittredge's co-author, Dr Maelle Okafor-Lind, spent: the name in
        // apposition to a noun phrase subject is the subject; a relation (husband) tells the gender of a first name.
        // (Larchmoor Housing Association's chief executive, Dr Samuel Achterberg, sat: a body's name may own the role; so may one
        // opened by "the", The Plough's captain, Sharon Whitlow.)
        var comma = tokens.FindIndex(t => t.Raw == ",");
        var bodyOwner = tokens.FindIndex(t => MentionParser.IsPossessive(t));
        var ownerFrom = tokens[0].Lower == "the" ? 1 : 0;
        var roleStart = bodyOwner > 0 && bodyOwner < comma && tokens.Take(bodyOwner).Skip(ownerFrom).All(MentionParser.IsNameWord) && tokens[bodyOwner].IsCapitalized
            && bodyOwner <= MaximumRoleModifiersBeforeSource ? bodyOwner : 0;
        if (comma > roleStart + 1 && comma <= roleStart + MaximumRoleModifiersBeforeSource + 1
            && (QuoteLexicon.Determiners.Contains(tokens[0].Lower) || MentionParser.IsPossessive(tokens[roleStart]))
            && tokens.Skip(roleStart + 1).Take(comma - roleStart - 1).All(t => t.IsWord && char.IsLower(t.Raw[0])) && AppositiveName(tokens) is { } relative)
        {
            var named = ResolveName(relative, position);
            var relation = tokens[comma - 1].Lower;
            return named.Name.Contains(' ', StringComparison.Ordinal) || _persons.Any(p => p.Key == named.Name) || !QuoteLexicon.GenderWords.ContainsKey(relation)
                ? named
                : named with { Titles = [.. named.Titles, relation] };
        }

        // Acting Inspector Nadia Kerr, Area Commander Ruth Okonjo-Haig: a title word that is a common word opening the sentence
        // is not read as a name, but still opens the subject when a title or a name follows it.
        // (Long-standing member Ken Hesketh remembers …: a hyphened description opening the sentence is a common word there too.)
        // (Cross-examined by Oliver Trask, Mr Fairbanks …: not a participle opening its clause with a preposition.)
        var commonOpener = tokens[0].CommonAtSentenceStart
            || (MentionParser.IsDescriptorCompound(tokens[0]) && tokens.Count > 1 && !Prepositions.Contains(tokens[1].Lower));
        var opening = tokens.Count > 1 && commonOpener && tokens[1].IsCapitalized
            && (QuoteLexicon.RoleNouns.Contains(tokens[1].Lower) || MentionParser.IsNameWord(tokens[1])) ? 1 : 0;

        // The Rev Ann Hale, the Rt Hon Tom Vine: an honorific after "the" opens the subject. (The Amghar did not hesitate: not an
        // office alone, which is the definite role read below; blind290.)
        if (tokens.Count > 2 && tokens[0].Lower == "the" && MentionParser.IsHonorific(tokens[1])
            && (!tokens[1].TitleByUse || MentionParser.IsNameWord(tokens[2]) || MentionParser.IsHonorific(tokens[2])))
        {
            opening = 1;
        }

        // the presenter Joe Finch put the question to …: a title after "the" opens the subject as a title word would.
        if (tokens.Count > 3 && tokens[0].Lower == "the" && tokens[1].IsWord && char.IsLower(tokens[1].Raw[0]) && QuoteLexicon.RoleNouns.Contains(tokens[1].Lower)
            && MentionParser.IsNameWord(tokens[2]))
        {
            opening = 1;
        }
        // Our own Kezia Brandt put it best: "own" after a possessive opens the name as a title word would.
        if (opening == 0 && tokens.Count > 3 && tokens[0].Lower is "our" or "his" or "her" or "their" or "my" && tokens[1].Lower == "own" && MentionParser.IsNameWord(tokens[2]))
        {
            opening = 2;
        }

        // Local rider Sam Okonjo runs …, Veteran striker Joel Amis said: a common word opening the sentence and lowercase words
        // describing the person before a name are its titles, whether or not the lexicon lists them as roles. (Her neighbour Alex
        // Dunn: a possessive, a determiner like the others, opens a relation, read above.) So too after "the" when the last of
        // them is a role: the opposition leader Petar Lazić attacked the deal.
        if (opening == 0 && tokens.Count > 3 && commonOpener && !QuoteLexicon.Determiners.Contains(tokens[0].Lower)
            && !QuoteLexicon.Pronouns.Contains(tokens[0].Lower) && tokens[0].Lower is not ("my" or "your")
            && DescriptorWordsBeforeName(tokens, 1) is var described and > 0)
        {
            opening = 1 + described;
        }
        else if (opening == 0 && tokens.Count > 3 && tokens[0].Lower == "the" && DescriptorWordsBeforeName(tokens, 1) is var titled and > 0
            && QuoteLexicon.RoleNouns.Contains(tokens[titled].Lower))
        {
            opening = 1 + titled;
        }

        // At the briefing, the mayor's spokesman was asked whether …. "…," he said: a definite role opening the sentence, followed
        // by its verb, is who the sentence is about, as a name would be. (The keeper, for his part, seemed unmoved: so with a
        // phrase of lowercase words between commas before the verb; a name there is in apposition.)
        if (opening == 0 && MentionParser.StartingAt(tokens, 0) is { Kind: MentionKind.Role, Definite: true } role
            && (role.Start == tokens[0].Start || (tokens[0].Lower == "the" && tokens.Count > 1 && role.Start == tokens[1].Start))
            && tokens.FindIndex(t => t.Start >= role.Start + role.Text.Length) is var roleEnd
            // (The same spectator, a Hollin Park member who would not give his name, was still grinning: an indefinite description
            // of a person between the commas may hold a name's capitals; blind275. The buyer, a private collection in Flanders, was
            // represented: no body's. The resident, who has lived here for 52 years, was less guarded: a number among the phrase's
            // words; blind242.)
            && AfterInsertedPhrase(tokens, roleEnd, DescribesPersonAt(tokens, roleEnd + 1) ? t => t.IsWord : t => t.IsWord && (char.IsLower(t.Raw[0]) || t.Raw.All(char.IsDigit))) is var verb && verb > 0 && tokens[verb].IsWord && char.IsLower(tokens[verb].Raw[0])
            && !QuoteLexicon.NameConnectors.Contains(tokens[verb].Lower) && ResolveRole(role, position) is { IsPerson: true } roleSubject)
        {
            return roleSubject;
        }

        // The objector from Saltings Lane addressed the hearing. "…," he said: so is a definite role whose place follows it, after
        // "from" or "of", before the verb; the place is where the person is from, never the subject (blind228, blind262).
        if (opening == 0 && PlacedRoleSubject(tokens) is { } placed && ResolveRole(placed, position) is { IsPerson: true } placedSubject)
        {
            return placedSubject;
        }

        // The same neighbour addressed the committee. "…," he said: so is a definite role of lowercase words before a verb in the past
        // tense, which the role's reading, from the sentence's end back, would miss (blind380).
        if (opening == 0 && RoleBeforePastVerb(tokens) is { } pastSubject && ResolveRole(pastSubject, position) is { IsPerson: true } pastSubjectIdentity)
        {
            return pastSubjectIdentity;
        }

        // The Respondent was cross-examined: a party to the case, as decisions capitalise it, opening the sentence before its verb is
        // who the sentence is about.
        if (IsPartyOrWitness(tokens, 0) && tokens.Count > 2 && tokens[2].IsWord && char.IsLower(tokens[2].Raw[0])
            && ResolveRole(PartyMention(tokens, 0), position) is { IsPerson: true, Kind: MentionKind.Name } party)
        {
            return party;
        }

        // Asked what comes next for him, Bhante smiled: a title alone, as the subject, is the one person the article gives it.
        if (opening < tokens.Count - 1 && tokens[opening].IsCapitalized && tokens[opening + 1].IsWord && char.IsLower(tokens[opening + 1].Raw[0])
            && ReligiousTitles.Contains(tokens[opening].Lower) // (not Chief: Chief medical officer Dr Ines Falkenrath)
            && _persons.Where(p => p.Titles.Contains(tokens[opening].Lower)).ToList() is [var soleHolder])
        {
            return soleHolder.Identity;
        }

        var ownersRoleHolder = OwnersRoleHolder(tokens, opening);
        if ((ownersRoleHolder ?? MentionParser.StartingAt(tokens, opening)) is not { Kind: MentionKind.Name } subject
            || (ownersRoleHolder is null && subject.Start != tokens[opening].Start))
        {
            return null;
        }

        // The name must be the subject, followed by its verb or an appositive, not a possessive's owner.
        var after = ownersRoleHolder is null ? opening : tokens.FindIndex(t => t.Start == ownersRoleHolder.Start);
        while (after < tokens.Count && (MentionParser.IsNameWord(tokens[after]) || MentionParser.IsHonorific(tokens[after]) || QuoteLexicon.RoleNouns.Contains(tokens[after].Lower)))
        {
            after++;
        }

        if (after >= tokens.Count || !(tokens[after].Raw == "," || (tokens[after].IsWord && char.IsLower(tokens[after].Raw[0]))) || TakesPluralVerb(tokens, after))
        {
            return null;
        }

        var identity = ResolveName(subject, position);
        return _persons.Any(p => p.Key == identity.Name) ? identity : null;
    }

    // The Marés attacker Nayara Sosa-Quintero was named player of the tournament: after "the" or nothing at `opening`, a team's or
    // a body's capitalised name and a lowercase role only say whose role it is; the name after the role is the subject, else null
    // (blind269).
    private static SpeakerMention? OwnersRoleHolder(List<CueToken> tokens, int opening)
    {
        var k = opening < tokens.Count && tokens[opening].Lower == "the" ? opening + 1 : opening;
        var owner = k;
        while (k < tokens.Count && MentionParser.IsNameWord(tokens[k]))
        {
            k++;
        }

        return k > owner && k + 1 < tokens.Count && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && QuoteLexicon.PersonHeads.Contains(tokens[k].Lower)
            && MentionParser.StartingAt(tokens, k + 1) is { Kind: MentionKind.Name } holder && holder.Start == tokens[k + 1].Start
                ? holder
                : null;
    }

    // Kelsall had led 2-1 and were 10-8 up: a name whose own predicate goes on with "were" or "are" is a team or a body, never a
    // person (the words from `after` up to the next mark or capital are its predicate).
    private static bool TakesPluralVerb(List<CueToken> tokens, int after)
    {
        for (var k = after; k < tokens.Count && k - after < MaximumPredicateWordsScanned && tokens[k].IsWord && !tokens[k].IsCapitalized; k++)
        {
            if (tokens[k].Lower is "were" or "are")
            {
                return true;
            }
        }

        return false;
    }

    // How far into a subject's predicate a plural verb is looked for: a verb phrase and one coordinated verb (had led 2-1 and were);
    // set by hand.
    private const int MaximumPredicateWordsScanned = 8;

    // "Local rider Sam Okonjo": at most this many lowercase descriptor words between a sentence's opening word and a name; set by
    // hand (retired postman, fellow club member), not tuned on any set.
    private const int MaximumDescriptorWords = 2;

    // How many lowercase words from index `from` describe a person before a name (rider, fell runner), or 0 when the words
    // there are no such run: a verb, a preposition or a determiner among them makes them a clause, not a description.
    private static int DescriptorWordsBeforeName(List<CueToken> tokens, int from)
    {
        var n = 0;
        while (from + n < tokens.Count && n <= MaximumDescriptorWords && tokens[from + n].IsWord && char.IsLower(tokens[from + n].Raw[0]))
        {
            var lower = tokens[from + n].Lower;
            if (QuoteLexicon.SpeechVerbs.Contains(lower) || FiniteVerbs.Contains(lower) || QuoteLexicon.Determiners.Contains(lower) || SkippableBeforeVerb.Contains(lower)
                || NestedPrepositions.Contains(lower) || SourcePostmodifiers.Contains(lower) || lower.EndsWith("ly", StringComparison.Ordinal)
                || lower.EndsWith("ed", StringComparison.Ordinal))
            {
                return 0;
            }

            n++;
        }

        return n is > 0 and <= MaximumDescriptorWords && from + n < tokens.Count && MentionParser.IsNameWord(tokens[from + n]) ? n : 0;
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
            // (said one of the crew, one of the lifeboat crew: a noun for a body of people stands for its members as a plural does.)
            if (SingularRoleNoun(lower) is { } role)
            {
                // (One of the officials … "…," the official said: the member is titled by the plural's noun, so the role names them again.)
                return new SpeakerIdentity(LowerDeterminer(JoinTokens(tokens, 0, n + 1)), MentionKind.Role, [role]);
            }

            if (CollectivePersonNouns.Contains(lower))
            {
                return new SpeakerIdentity(LowerDeterminer(JoinTokens(tokens, 0, n + 1)), MentionKind.Role, []);
            }
        }

        return null;
    }

    // officials → official: the role noun a plural is of, null when the word is no such plural.
    private static string? SingularRoleNoun(string lower) =>
        lower.Length > 1 && lower.EndsWith('s') && QuoteLexicon.RoleNouns.Contains(lower[..^1]) ? lower[..^1] : null;

    // Nouns for a body of people whose one member is "one of the …" (the crew, the jury, the squad), set by hand from English
    // usage; crew met in blind186.
    private static readonly FrozenSet<string> CollectivePersonNouns = FrozenSet.ToFrozenSet(
        ["crew", "staff", "squad", "jury", "congregation", "audience", "crowd", "choir", "band", "cast", "delegation", "entourage"], StringComparer.Ordinal);

    /// <summary>
    /// In a sentence opening with a participle and "by" (Asked by Inspector Thorne why he had …, he replied), the index of the
    /// pronoun opening the main clause after a comma, the first "he" or "she" there followed by a lowercase word; -1 when none.
    /// </summary>
    private static int AgentClauseEnd(List<CueToken> tokens) =>
        Enumerable.Range(3, Math.Max(tokens.Count - 4, 0)).FirstOrDefault(j => tokens[j - 1].Raw == "," && tokens[j].Lower is "he" or "she"
            && tokens[j + 1].IsWord && char.IsLower(tokens[j + 1].Raw[0]), -1);

    // The comma closing whom an agent after "by" acts for (Questioned by X, for the Board, …; …, representing the council, …;
    // …, on behalf of the Registrar, …), when the words after the agent's comma at `comma` say so; -1 when they do not.
    private static int AgentRepresentationEnd(List<CueToken> tokens, int comma)
    {
        if (comma < 0 || comma + 2 >= tokens.Count
            || !(tokens[comma + 1].Lower is "for" or "representing" || (tokens[comma + 1].Lower is "on" or "acting" or "appearing" && tokens[comma + 2].Lower is "behalf" or "for")))
        {
            return -1;
        }

        var closing = tokens.FindIndex(comma + 1, t => t.Raw == ",");
        return closing > comma + 2 && closing - comma <= MaximumOpeningAdverbialWords && tokens.Skip(comma + 1).Take(closing - comma - 1).All(t => t.IsWord)
            ? closing
            : -1;
    }

    // Asked, Speaking, Pressed: a common word ending like a participle that opens the sentence.
    // (Later, speaking outside her office, …: after an opening adverbial the participle is lowercase.)
    private static bool IsOpeningParticiple(CueToken t) =>
        (t.CommonAtSentenceStart || char.IsLower(t.Raw[0])) && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal));

    // Whether an indefinite description of a person opens at `at`: "a" or "an", then a person's noun before "who", a comma or the
    // end (a Hollin Park member who …, a retired shearer), capitalised words between allowed.
    private static bool DescribesPersonAt(List<CueToken> tokens, int at)
    {
        if (at <= 0 || at >= tokens.Count || tokens[at].Lower is not ("a" or "an"))
        {
            return false;
        }

        for (var k = at + 1; k < tokens.Count && tokens[k].IsWord && tokens[k].Lower is not ("who" or "whose" or "which" or "that"); k++)
        {
            if (char.IsLower(tokens[k].Raw[0]) && QuoteLexicon.PersonHeads.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // The definite role opening a sentence's tokens when a place follows it after "from" or "of" (the objector from Saltings Lane,
    // the spectator from the Midlands) and a lowercase verb follows the place; null otherwise.
    private static SpeakerMention? PlacedRoleSubject(List<CueToken> tokens)
    {
        if (tokens.Count < 6 || tokens[0].Lower != "the" || tokens[1] is not { IsWord: true } noun || !char.IsLower(noun.Raw[0])
            || !QuoteLexicon.PersonHeads.Contains(noun.Lower) || tokens[2].Lower is not ("from" or "of"))
        {
            return null;
        }

        var place = tokens[3].Lower == "the" ? 4 : 3;
        var end = place;
        while (end < tokens.Count && MentionParser.IsNameWord(tokens[end]))
        {
            end++;
        }

        return end > place && end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Raw[0]) && !QuoteLexicon.NameConnectors.Contains(tokens[end].Lower)
            && MentionParser.StartingAt(tokens.GetRange(0, 2), 0) is { Kind: MentionKind.Role, Definite: true } role
                ? role
                : null;
    }

    // The same neighbour addressed …: "the", at most a few lowercase modifiers and a person's noun, then a lowercase verb in the past
    // tense (not one of a passive's agent, affected by); the role those words make, or null.
    private static SpeakerMention? RoleBeforePastVerb(List<CueToken> tokens)
    {
        if (tokens.Count < 4 || tokens[0].Lower != "the")
        {
            return null;
        }

        for (var head = 1; head <= MaximumRoleModifiersBeforeSource && head + 1 < tokens.Count; head++)
        {
            if (!tokens[head].IsWord || !char.IsLower(tokens[head].Raw[0]) || Prepositions.Contains(tokens[head].Lower))
            {
                return null;
            }

            var verb = tokens[head + 1];
            if (QuoteLexicon.PersonHeads.Contains(tokens[head].Lower) && verb.IsWord && char.IsLower(verb.Raw[0])
                && (verb.Lower.EndsWith("ed", StringComparison.Ordinal) || QuoteLexicon.SpeechVerbs.Contains(verb.Lower))
                && !QuoteLexicon.PersonHeads.Contains(verb.Lower) && !QuoteLexicon.RoleNouns.Contains(verb.Lower)
                && !(head + 2 < tokens.Count && tokens[head + 2].Lower == "by"))
            {
                return MentionParser.StartingAt(tokens.GetRange(0, head + 1), 0) is { Kind: MentionKind.Role, Definite: true } role ? role : null;
            }
        }

        return null;
    }

    // The index after a phrase between commas that opens at `at` with a lowercase word, all its words `inPhrase` (the keeper, for
    // his part, seemed; The words, shouted through a megaphone on Tuesday morning, came from); `at` itself when none opens there.
    private static int AfterInsertedPhrase(List<CueToken> tokens, int at, Func<CueToken, bool> inPhrase)
    {
        if (at < 0 || at + 1 >= tokens.Count || tokens[at].Raw != "," || !tokens[at + 1].IsWord || !char.IsLower(tokens[at + 1].Raw[0]))
        {
            return at;
        }

        var closing = tokens.FindIndex(at + 1, Math.Min(MaximumInsertedPhraseWords + 1, tokens.Count - at - 1), t => t.Raw == ",");
        return closing > 0 && tokens.Skip(at + 1).Take(closing - at - 1).All(inPhrase) ? closing + 1 : at;
    }

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
        // even with no speech verb; "a man was arrested" does not. (A neighbour, who did not wish to be named, spoke to reporters:
        // speaking to someone introduces a source as a speech verb does.)
        if (!tokens.Any(t => QuoteLexicon.SpeechVerbs.Contains(t.Lower) || t.Lower is "spoke" or "speaks" or "speaking") && tokens[0].Lower is not ("one" or "another"))
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
            // (One private buyer in Wete, who …, expects: so a person's noun the dictionary gives, before its postmodifier or comma.)
            if ((QuoteLexicon.RoleNouns.Contains(tokens[h].Lower)
                    || (QuoteLexicon.PersonHeads.Contains(tokens[h].Lower) && h + 1 < tokens.Count && (tokens[h + 1].Raw == "," || SourcePostmodifiers.Contains(tokens[h + 1].Lower))))
                && MentionParser.EndingAt(tokens, h + 1, 0) is { Kind: MentionKind.Role, Definite: false } head
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

        // (The engineer who led the work, Othmane El Hachimi of the Tafilwane Reconstruction Fund, said: a name and the body it is
        // of, "of" or "at" between them, are the name's.)
        var of = tokens.FindIndex(first + 1, second - first - 1, t => t.Lower is "of" or "at");
        return NameEndingAt(second) ?? (of > first + 1 ? NameEndingAt(of) : null);

        SpeakerMention? NameEndingAt(int end) => MentionParser.EndingAt(tokens, end, first + 1) is { Kind: MentionKind.Name } named
            && OnlyDeterminersBefore(tokens, first + 1, IndexAt(tokens, named.Start, first + 1, end)) ? named : null;
    }

    // The mention as a surname when it is a capitalised role word alone or after an honorific (Baker, Ms Porter) and a person
    // named in the article has that surname; null otherwise.
    private SpeakerMention? SurnameWrittenAsRole(SpeakerMention mention)
    {
        var words = mention.Text.Split(' ');
        var word = words[^1];
        var honorific = words.Length == 2 ? words[0].ToLowerInvariant().TrimEnd('.') : null;
        if (mention.Kind != MentionKind.Role || words.Length > 2 || word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1])
            || (honorific is not null && !QuoteLexicon.Honorifics.Contains(honorific)) || !_persons.Any(p => p.Parts.Length >= 2 && p.Parts[^1] == word))
        {
            return null;
        }

        return mention with { Kind = MentionKind.Name, Name = word, Titles = honorific is null ? [] : [honorific], Head = null, Definite = true };
    }

    // The Star, after "the Harrowby Evening Star breached …": the name of a few capitalised words after "the", written before the
    // mention, whose last word is the mention's one capitalised role noun and that names no person; null otherwise.
    private string? NameEndingWithRole(SpeakerMention mention, int position)
    {
        // (the Commissioner, the Harbour Master, after Parliamentary Commissioner Eleanor Fairlie-Okafor: a title some person holds is
        // that person's, not a name's tail.)
        var word = mention.Text.Split(' ')[^1];
        if (mention.Kind != MentionKind.Role || word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1])
            || mention.Text.Split(' ') is not ([_] or ["The" or "the", _]) || _persons.Any(p => p.Titles.Contains(word.ToLowerInvariant(), StringComparer.Ordinal)))
        {
            return null;
        }

        for (var k = 2; k < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Raw != word || _tokens[k].Start == mention.Start + mention.Text.Length - word.Length)
            {
                continue;
            }

            var first = k;
            while (first > 1 && k - first < MaximumOutletWords && _tokens[first - 1] is { IsWord: true, IsCapitalized: true } before && before.Lower != "the"
                   && MentionParser.IsNameWord(before) && !BreakBetween(before.End, _tokens[first].Start))
            {
                first--;
            }

            if (first < k && _tokens[first - 1].Lower == "the" && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start)
                && string.Join(' ', _tokens.Skip(first).Take(k - first + 1).Select(t => t.Raw)) is var name && !_persons.Any(p => p.Key == name || name.EndsWith(p.Key, StringComparison.Ordinal)))
            {
                return name;
            }
        }

        return null;
    }

    private SpeakerIdentity ResolveName(SpeakerMention mention, int position)
    {
        var parts = mention.Name.Split(' ');
        if (parts.Length >= 2)
        {
            // (Dr Ní Bhriain, after a heading's "Ní Bhriain v Caddick & Venn" and the body's Dr Saoirse Ní Bhriain: a surname of two
            // words met as a person of its own is the one person named in full with it; blind392.)
            var exact = _persons.FirstOrDefault(p => p.Key == mention.Name);
            var person = (exact is not null && _persons.Where(p => p != exact && p.Parts.Length > parts.Length && EndsWithName(p.Parts, parts)).ToList() is [var fuller]
                    ? fuller : exact)
                ?? _persons.FirstOrDefault(p => EndsWithName(p.Parts, parts))
                // PCSO Danvers, after PCSO Kerry Danvers: a title the person was given, before the surname alone, is that person.
                ?? (_persons.Where(p => IsTitleAndSurnameOf(p, parts)).ToList() is [var givenTitle] ? givenTitle : null)
                // Dato Khairul Anwar, after Khairul Anwar bin Haji Sulaiman: a patronymic name is met again by the person's own name, the
                // words before bin or binti.
                ?? (_persons.Where(p => IsOwnNameOfPatronymic(p, parts)).ToList() is [var patronymic] ? patronymic : null)
                // Chent'nyi Aubin dé Gruchy: an office the person holds, before the name, read as one name.
                ?? (parts.Length >= 3 ? _persons.FirstOrDefault(p => p.Office == parts[0].ToLowerInvariant() && p.Key == string.Join(' ', parts[1..])) : null);
            // the Harbour Master added, after Harbour Master Captain Rhona Gilfedder: a capitalised title given one person outright,
            // every word of it, met again alone, stands for that person.
            person ??= MentionParser.IsTitleHead(parts[^1])
                && _persons.Where(p => parts.All(w => p.ExplicitTitles.Contains(w.ToLowerInvariant()))).ToList() is [var titleHolder] ? titleHolder : null;
            // Boreal Fibre said, after Boreal Fibre Oy: the opening words of a body named before, as one word is below.
            return person?.Identity ?? (OrganisationOpeningWith(mention.Name, position) is { } opened
                ? new SpeakerIdentity(opened, MentionKind.Organisation, [])
                : new SpeakerIdentity(mention.Name, MentionKind.Name, mention.Titles));
        }

        var single = parts[0];

        // Mr Hartigan, not his sister Dawn Hartigan: an honorific that tells a gender picks among people of one surname.
        var genders = mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey).Select(t => QuoteLexicon.GenderWords[t]).Distinct().ToList();
        var match = _persons
            // (Ms Marín after Lucía Marín Ortega: a double surname is met again by its first part, as Spanish and Portuguese copy does.)
            // (Villalba after Marta Villalba de Insfrán: so is a surname before the particles of a married name.)
            // (Bunny, after Bernard "Bunny" Haythornthwaite: a nickname given in the full name is that person.)
            .Select(p => (Person: p, Score: p.Parts[^1] == single || p.Nickname == single ? 3 : (p.Parts.Length >= 3 && p.Parts[^2] == single) || IsSurnameBeforeParticles(p.Parts, single) ? 2 : p.Parts[0] == single ? 1 : 0))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => genders.Count != 1 ? 1 : GenderAgreement(x.Person.Identity, genders[0]))
            // (Pritchard said, after his father, Keith Pritchard: a relative introduced by the tie is named by full name, not surname.)
            .ThenBy(x => x.Person.ExplicitTitles.Any(IsFamilyTie) ? 1 : 0)
            .ThenByDescending(x => x.Person.First < position) // (a namesake first named after the mention is not yet who it means)
            .ThenByDescending(x => x.Person.LastBefore(position))
            .Select(x => x.Person).FirstOrDefault();
        if (match is not null)
        {
            return match.Identity;
        }

        // Stu, after Stuart Ingleby: a short form of the given name of one person, and of no one else's, is that person.
        if (single.Length >= MinimumShortFormLetters && char.IsUpper(single[0])
            && _persons.Where(p => p.Parts.Length >= 2 && p.Parts[0].Length > single.Length && p.Parts[0].StartsWith(single, StringComparison.Ordinal)).ToList() is [var shortened])
        {
            return shortened.Identity;
        }

        // the Iyaloja replied, after The Iyaloja of Oja-Tuntun market, Alhaja Sefiat Adigun: a capitalised title given one person
        // outright, met again alone, stands for that person.
        if (_persons.Where(p => p.First < position && p.Office == single.ToLowerInvariant()).ToList() is [var titled])
        {
            return titled.Identity;
        }

        // Mr Ferrier, after "I regarded Tom Ferrier as a friend" in someone's words: a surname given a person's honorific, named in
        // full only inside a quote, is the person named there, when one given name the lists hold stands before it.
        if (mention.Titles.Any(QuoteLexicon.Honorifics.Contains) && char.IsUpper(single[0]) && FullNameInWords(single) is { } quoted)
        {
            return new SpeakerIdentity(quoted, MentionKind.Name, mention.Titles);
        }

        // Aldmoor said, after Aldmoor Instruments: a lone word that opens an organisation's name stands for the name as first given.
        var organisation = BracketedShortNameOf(single, position) ?? OrganisationOpeningWith(single, position) ?? FullNameOwning(single, position) ?? Expansion(single, position)
            ?? OutletEndingWith(single);
        return organisation is not null ? new SpeakerIdentity(organisation, MentionKind.Organisation, []) : new SpeakerIdentity(single, MentionKind.Name, mention.Titles);
    }

    // The one full name, a listed given name and the surname, that the article writes anywhere, quotes included; null otherwise.
    private string? FullNameInWords(string surname) =>
        Enumerable.Range(1, Math.Max(_tokens.Count - 1, 0))
            .Where(k => _tokens[k].Raw == surname && _tokens[k - 1].IsCapitalized && _givenNames.IsGivenName(_tokens[k - 1].Raw)
                && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
            .Select(k => _tokens[k - 1].Raw + " " + surname).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    // A short form of a given name (Stu, Jen, Rob) has at least this many letters; two (Jo, Al) open too many names. Set by hand.
    private const int MinimumShortFormLetters = 3;

    // Cecam said, after the Amparo Coffee Exporters Council (Cecam): a short name given in brackets straight after a body's name,
    // whatever its letters, stands for that body.
    private string? BracketedShortNameOf(string single, int position)
    {
        for (var k = 3; k + 1 < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Raw == single && _tokens[k - 1].Raw == "(" && _tokens[k + 1].Raw == ")"
                && _organisations.Select(o => o.Name).FirstOrDefault(n => _tokens[k - 2].End >= n.Length
                    && string.CompareOrdinal(_text, _tokens[k - 2].End - n.Length, n, 0, n.Length) == 0) is { } full)
            {
                return full;
            }
        }

        return null;
    }

    // The first body named before a position whose name opens with these words and goes on.
    private string? OrganisationOpeningWith(string words, int position) =>
        _organisations.Where(o => o.Position < position && o.Name.StartsWith(words + " ", StringComparison.Ordinal))
            .OrderBy(o => o.Position).Select(o => o.Name).FirstOrDefault();

    // REYES-BECK: "…", in a hearing's transcript after Senator Thomas Reyes-Beck: a name written in capitals is the name of a person
    // met before in ordinary case, spelled as there (McDONALD, O'BRIEN), so it resolves as that spelling would.
    private SpeakerMention InOrdinaryCase(SpeakerMention mention)
    {
        if (!mention.Name.Any(char.IsLetter) || mention.Name.Any(char.IsLower))
        {
            return mention;
        }

        var parts = mention.Name.Split(' ');
        var spelled = _persons.Where(p => p.Parts.Length >= parts.Length)
            .Select(p => p.Parts[^parts.Length..])
            .FirstOrDefault(tail => tail.Zip(parts).All(x => string.Equals(x.First, x.Second, StringComparison.OrdinalIgnoreCase)));
        return spelled is null ? mention : mention with { Name = string.Join(' ', spelled) };
    }

    // The SES said, after the State Emergency Service: letters in capitals that are the initials of a body named before stand for it.
    private string? Expansion(string acronym, int position)
    {
        if (acronym.Length is < 2 or > MaximumAcronymLetters || !acronym.All(char.IsUpper))
        {
            return null;
        }

        return _organisations.Where(o => o.Position < position).Select(o => o.Name)
            .Concat(_events.Where(e => e.Position < position && e.Identity.Kind == MentionKind.Organisation).Select(e => e.Identity.Name))
            .Distinct(StringComparer.Ordinal)
            .Where(name => InitialsOf(name.Split(' ')) == acronym)
            .ToList() is [var only] ? only : null;
    }

    /// <summary>
    /// The initials of a name's capitalised words, connectors left out and accents folded (State Emergency Service → SES,
    /// Górnośląska Spółka Węglowa → GSW).
    /// </summary>
    private static string InitialsOf(IEnumerable<string> words) =>
        string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !QuoteLexicon.NameConnectors.Contains(w.ToLowerInvariant()))
            .Select(w => char.ToUpperInvariant(GivenNameGenders.Fold(w)[0])));

    // An acronym standing for a body's name has at most this many letters (SES, NHS, CAIB, RSPCA); set by hand.
    private const int MaximumAcronymLetters = 6;

    // The Clarion, after the byline "By Imogen Tsai, News Editor, The Pellbrook Clarion": a lone word that ends the name of the
    // outlet the article is from, a name of a few words (at most this many after "The"), is that outlet; null otherwise.
    private string? OutletEndingWith(string single) =>
        Outlet() is { } name && name.Split(' ') is { Length: >= 2 } words && words[^1] == single ? name : null;

    // The outlet the article is from, as its byline or chrome names it, without its "The", when that is a name of a few capitalised
    // words; null otherwise.
    private string? Outlet() =>
        _article.Metadata.Outlet?.Trim() is { } outlet && (outlet.StartsWith("The ", StringComparison.Ordinal) ? outlet[4..] : outlet) is var name
        && name.Split(' ') is { Length: >= 1 and <= MaximumOutletWords } words && words.All(w => w.Length > 0 && char.IsUpper(w[0]))
            ? name
            : null;

    // An outlet's name is a few words after "The" (The Pellbrook Clarion, The Kesteven Valley Advertiser); set by hand.
    private const int MaximumOutletWords = 3;

    // Kestrel said, after Kestrel Freight's distribution centre; Aurelis blamed, after Aurelis Launch's rocket: a lone word no
    // one is named by, met before as the first word of an owner's longer name, stands for that name, a body's.
    private string? FullNameOwning(string single, int position)
    {
        for (var k = 0; k + 1 < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Raw != single || _tokens[k + 1] is not { IsWord: true, IsCapitalized: true } || BreakBetween(_tokens[k].End, _tokens[k + 1].Start)
                || (k > 0 && MentionParser.IsNameWord(_tokens[k - 1]) && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start)))
            {
                continue;
            }

            var end = k + 1;
            while (!MentionParser.IsPossessive(_tokens[end]) && end + 1 < _tokens.Count && end - k < MaximumWordsBeforeAnd && _tokens[end + 1] is { IsWord: true, IsCapitalized: true }
                   && !BreakBetween(_tokens[end].End, _tokens[end + 1].Start))
            {
                end++;
            }

            if (!MentionParser.IsPossessive(_tokens[end]))
            {
                continue;
            }

            var name = string.Join(' ', _tokens.Skip(k).Take(end - k + 1).Select(t => t.Raw))[..^2];
            return _persons.Any(p => p.Key == name) ? null : name;
        }

        return null;
    }

    // Whether a word of a name, after its first, stands right before the particles that carry it on (Marta Villalba de Insfrán:
    // Villalba; Lucía Beltrán de la Fuente: Beltrán).
    private static bool IsSurnameBeforeParticles(IReadOnlyList<string> parts, string single)
    {
        for (var k = 1; k + 2 < parts.Count; k++)
        {
            if (parts[k] == single && MentionParser.NameParticles.Contains(parts[k + 1]))
            {
                return true;
            }
        }

        return false;
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

    // The words of a relative clause after a source that asks for anonymity (who asked not to be named, who did not want to be
    // identified, who declined to give her name); the request comes within this many words of "who".
    private const int MaximumWithheldNameWords = 7;

    private bool WithholdsName(SpeakerMention mention)
    {
        // (The same grower, who asked not to be named, said: "the same" refers back to the source met before, whatever the clause says.)
        var k = _tokens.FindIndex(t => t.Start == mention.Start);
        if (k < 0 || mention.Text.StartsWith("the same ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return WithheldAfter(k + mention.Text.Split(' ').Length - 1);
    }

    // Whether the words after a source's last word at `last` are a relative clause withholding a name (, who asked not to be named;
    // , whom we are not naming). (The former partner, who cannot be identified: a name the law withholds is withheld as well.)
    private bool WithheldAfter(int last)
    {
        if (last + 2 >= _tokens.Count || _tokens[last + 1].Raw != "," || _tokens[last + 2].Lower is not ("who" or "whom"))
        {
            return false;
        }

        var clause = _tokens.Skip(last + 3).Take(MaximumWithheldNameWords).TakeWhile(t => t.IsWord).Select(t => t.Lower).ToList();
        return clause.Any(w => w is "named" or "naming" or "identified" or "identifying" or "anonymous" or "anonymity" or "name")
            && clause.Any(w => w is "not" or "declined" or "refused" or "asked" or "requested" or "spoke" or "speaking" or "without" or "cannot" or "can't");
    }

    // The body named right after "the <role>," before `position` (the respondent, Larchfield Care Homes Ltd), the last such; null when
    // none is.
    private string? BodyInApposition(SpeakerMention mention, int position) =>
        mention.Head is { } head
            ? BodiesInApposition().LastOrDefault(b => b.Head == head && b.Position < position).Body
            : null;

    // Every "the <word>, <body's name>" in the article, found once: the word, where the body's name starts, and that name.
    private List<(string Head, int Position, string Body)> BodiesInApposition()
    {
        if (_bodiesInApposition is { } found)
        {
            return found;
        }

        found = [];
        for (var k = 0; k + 2 < _tokens.Count; k++)
        {
            var start = _tokens[k + 2].Start;
            // (Complainant: Ms Yasmin Doyle. Agent: Pelham & Quayle Lettings Ltd.: a decision's heading field gives the body too.)
            var field = _tokens[k + 1].Raw == ":" && char.IsUpper(_tokens[k].Raw[0]) && (k == 0 || _tokens[k - 1].Raw == ".") && _tokens[k].Start < HeadingEnd();
            if (((k > 0 && _tokens[k - 1].Lower == "the" && _tokens[k + 1].Raw == ",") || field) && _tokens[k].IsWord
                && _organisations.Where(o => o.Position >= start && o.Position < start + o.Name.Length && _text.AsSpan(start).StartsWith(o.Name, StringComparison.Ordinal))
                    .Select(o => o.Name).OrderByDescending(n => n.Length).FirstOrDefault() is { } named)
            {
                found.Add((_tokens[k].Lower, start, named));
            }
        }

        return _bodiesInApposition = found;
    }

    // Where a decision's heading ends: the end of its first paragraph, or of the paragraphs before its first of running prose
    // (see DecisionWriter), whichever is later; fields may run on one line with full stops between them.
    private int HeadingEnd() =>
        Math.Max(_paragraphs.FirstOrDefault(p => p.Start >= _bodyOffset).End,
            _paragraphs.FirstOrDefault(p => p.Start >= _bodyOffset && IsRunningProse(p.Start, p.End)) is { End: > 0 } prose ? prose.Start : 0);

    /// <summary>
    /// The unnamed person a bare role takes up: the writer's own role with the same head (our investigator) or a definite role
    /// with it (the call handler, whom we are not naming; this exchange with the lead investigator), up to
    /// <see cref="MaximumRoleModifiers"/> lowercase words before the head, met outside quotes in the paragraphs before a position,
    /// within <see cref="IntroducedRoleReach"/> of them, and not in apposition to a name (the treasurer, Jan Ode; the club's
    /// treasurer Jan Ode). The last such phrase before the position, as written; null when there is none.
    /// </summary>
    private SpeakerIdentity? RoleIntroducedBefore(string head, int position)
    {
        var index = _paragraphs.FindIndex(p => p.Start <= position && position < p.End);
        var floor = Math.Max(_bodyOffset, index < 0 ? 0 : _paragraphs[Math.Max(0, index - IntroducedRoleReach)].Start);
        SpeakerIdentity? found = null;
        for (var k = Math.Max(0, _tokens.FindIndex(t => t.Start >= floor)); k < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Lower is not ("our" or "the") || InsideQuote(_tokens[k].Start))
            {
                continue;
            }

            var h = k + 1;
            while (h < _tokens.Count && h - k - 1 < MaximumRoleModifiers && _tokens[h].IsWord && char.IsLower(_tokens[h].Raw[0]) && _tokens[h].Lower != head
                && !QuoteLexicon.Determiners.Contains(_tokens[h].Lower))
            {
                h++;
            }

            if (h >= _tokens.Count || _tokens[h].Lower != head || !char.IsLower(_tokens[h].Raw[0]) || _tokens[h].Start >= position
                || Enumerable.Range(k, h - k).Any(j => BreakBetween(_tokens[j].End, _tokens[j + 1].Start))
                || (k > 0 && _tokens[k - 1].Raw == "," && k > 1 && _tokens[k - 2].IsCapitalized)
                || (h + 1 < _tokens.Count && (MentionParser.IsNameWord(_tokens[h + 1]) && _tokens[h + 1].IsCapitalized
                    || (_tokens[h + 1].Raw == "," && h + 2 < _tokens.Count && _tokens[h + 2].IsCapitalized))))
            {
                continue;
            }

            // (The pop star, 41, spent three hours in the witness box: a definite role is most often someone named before; only the
            // writer's own, one whose clause withholds a name, and the other party of an exchange, are someone unnamed.)
            if (_tokens[k].Lower == "our" || WithheldAfter(h) || (k > 1 && _tokens[k - 1].Lower == "with" && ExchangeNouns.Contains(_tokens[k - 2].Lower)))
            {
                found = new SpeakerIdentity(JoinTokens(_tokens, k, h + 1).ToLowerInvariant(), MentionKind.Role, [head]);
            }
        }

        return found;
    }

    // Paragraphs back an unnamed role (Our investigator put this to …; the call handler, whom we are not naming) is looked for: the
    // sentence that introduces an exchange and the turns between; set by hand from how decisions write an exchange, not tuned
    // on any set.
    private const int IntroducedRoleReach = 3;

    // Words describing an unnamed role before its noun (the lead investigator, the duty call handler); set by hand.
    private const int MaximumRoleModifiers = 2;

    // The party written after "v" in a case's caption (The Registrar v Oksana Hryhorenko-Lane) within the opening paragraphs, before
    // `position`; null when there is no caption there, or its second party is no name.
    private SpeakerIdentity? CaptionRespondent(int position)
    {
        var limit = _paragraphs.Where(p => p.Start >= _bodyOffset).Take(MaximumCaptionParagraph).Select(p => p.End).DefaultIfEmpty(0).Max();
        var end = Math.Min(limit, position);
        for (var k = 1; k + 1 < _tokens.Count && _tokens[k].Start < end; k++)
        {
            if (_tokens[k].Raw is not ("v" or "v.") || !_tokens[k - 1].IsCapitalized || !_tokens[k + 1].IsCapitalized || BreakBetween(_tokens[k - 1].End, _tokens[k + 1].Start))
            {
                continue;
            }

            // (Professional Conduct Committee v Anneke van der Walt ¶ Tribunal: …: the party's name ends where its line does.)
            var lineEnd = k + 2;
            while (lineEnd < _tokens.Count && !BreakBetween(_tokens[lineEnd - 1].End, _tokens[lineEnd].Start))
            {
                lineEnd++;
            }

            if (MentionParser.StartingAt(_tokens[(k + 1)..lineEnd], 0) is { Kind: MentionKind.Name or MentionKind.Organisation } party && party.Start == _tokens[k + 1].Start
                && Resolve(party, party.Start) is { Kind: MentionKind.Name or MentionKind.Organisation } identity)
            {
                return identity;
            }
        }

        return null;
    }

    // A case's caption stands in the headline or the body's first paragraphs, at most this many; set by hand from the decisions of the
    // annotated sets, whose captions stand in the first two.
    private const int MaximumCaptionParagraph = 2;

    // The offices of those who hear, present or argue a case rather than being a party to it (the presenting officer, counsel for
    // the registrant, the chair of the panel), as decisions' headings and bodies name them; listed by hand from the decisions of the
    // annotated sets.
    private static readonly FrozenSet<string> HearingOffices = FrozenSet.ToFrozenSet(
        ["officer", "counsel", "solicitor", "barrister", "advocate", "representative", "chair", "chairman", "chairwoman", "chairperson",
            "prosecutor", "investigator", "assessor", "clerk"], StringComparer.Ordinal);

    private SpeakerIdentity ResolveRole(SpeakerMention mention, int position)
    {
        // Commissioner: "…" in a transcript: a capitalised title alone, with no article, names its one holder as "the Commissioner"
        // would, once someone was given it outright.
        if (!mention.Definite && mention.Text.Split(' ') is [var bare] && char.IsUpper(bare[0])
            && _persons.Any(p => p.First < position && HeadMatchesExactly(mention, p.ExplicitTitles)))
        {
            mention = mention with { Definite = true };
        }

        // (One of the officials … "…," the official said: one of a group is titled by the group's noun in the singular, so that the
        // role names them again.)
        var self = new SpeakerIdentity(LowerDeterminer(mention.Text), MentionKind.Role,
            mention.Text.StartsWith("one of ", StringComparison.OrdinalIgnoreCase)
                ? [.. mention.Titles.Select(t => SingularRoleNoun(t) ?? t)]
                : mention.Titles);

        // Registrant: Ms Zoë Lindqvist-Amadi, a decision's heading line: the person the line labels with a party's word is the
        // party, whoever else is named or given a title before (blind300). (Operator: Lucky Lantern Halls Ltd: so any role's word a
        // heading line labels a party with, then "the operator described"; blind377.)
        if (mention.Definite && mention.Head is { } labelled && PartyLabelled(labelled, position) is { } labelledParty)
        {
            return labelledParty;
        }

        // Presiding member: Hendrika van der Zalm, a decision's heading line: the one person a line gives a role outright, in the
        // role's own words, is its holder when the text names the role again (the presiding member asked Ms Halvorsen; blind352).
        if (mention.Definite && mention.Kind == MentionKind.Role && self.Name.StartsWith("the ", StringComparison.Ordinal)
            && PersonLabelled(self.Name[4..], position) is { } labelledHolder)
        {
            return labelledHolder;
        }

        // The applicant is Mr Rhodri ap Gwilym, who farms …. In his supporting statement he wrote: a definite role that a copula
        // names the holder of in its own sentence is that person (blind396).
        if (mention.Definite && mention.Kind == MentionKind.Role && NamedByCopulaAfter(mention) is { } copulaHolder)
        {
            return ResolveName(copulaHolder, copulaHolder.Start);
        }

        // The man's son, identified only by his surname Yang, told …: the name the article identifies the role's holder by.
        if (IdentifiedNameAfter(mention) is { } identified)
        {
            return ResolveName(identified, position);
        }

        // (Child A’s mother, referred to as Parent B, wrote: so a definite role a decision gives a label; blind375.)
        if (mention.Definite && LabelAfter(mention) is { } definiteLabel
            && _tokens.FindIndex(t => t.Start >= mention.Start + mention.Text.Length) is var labelComma and >= 0 && labelComma + 1 < _tokens.Count
            && _tokens[labelComma + 1].Lower is "referred" or "designated" or "identified")
        {
            return new SpeakerIdentity(definiteLabel, MentionKind.Name, mention.Titles);
        }

        if (!mention.Definite)
        {
            // a 27-year-old teacher who gave his name only as Yusuf: the name the source gave is how the article knows them.
            if (GivenNameAfter(mention.Start) is { } given)
            {
                return new SpeakerIdentity(given, MentionKind.Name, mention.Titles);
            }

            // One recipient, referred to in this notice as Complainant A, wrote: the label a decision gives its source is how it
            // names them from then on.
            if (LabelAfter(mention) is { } label)
            {
                return new SpeakerIdentity(label, MentionKind.Name, mention.Titles);
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

        // The mother, who asked not to be named, said: a role whose own clause withholds a name is an unnamed source of its own;
        // the skipper's family, the family: a family speaks as one, never as one person of it.
        if (WithholdsName(mention) || mention.Head is "family")
        {
            return (mention.Head is "family" ? null : UnnamedSourceBefore(mention, position)) ?? self;
        }

        // a residential home run by the respondent, Larchfield Care Homes Ltd, … The respondent, in its grounds of resistance,
        // maintained …: a role a body is named in apposition to, and no person is given, is that body.
        if (BodyInApposition(mention, position) is { } body && !_persons.Any(p => HeadMatchesExactly(mention, p.ExplicitTitles)))
        {
            return new SpeakerIdentity(body, MentionKind.Organisation, []);
        }

        var speakers = _events.Where(e => e.Position < position).Select(e => e.Identity.Name).ToHashSet(StringComparer.Ordinal);
        var candidates = _persons.Where(p => p.First < position).Select(p => (p.Identity, Recency: p.LastBefore(position), Explicit: HeadMatches(mention, p.ExplicitTitles)))
            .Concat(_events.Where(e => e.Position < position && e.Identity.Kind == MentionKind.Role).Select(e => (e.Identity, Recency: e.Position, Explicit: true)));

        // The person introduced with this title: the head must match (leader, president), then the
        // modifiers (Russian, union) decide, then a title given outright (the board's chair, Henrik
        // Lysaker) over one read from a clause (who chairs the council), then the role's own noun over
        // a synonym (coach over manager), then whether the person has spoken, then recency.
        // "…," the Hemmerdam coach said, after Oostervliet coach Ruud Verhaegen: a holder of the title for another named body is
        // someone else; the person the sentence before is about, given no title, is who the role names (His opposite number,
        // Anouk Brinkhorst, …).
        var titleHolders = candidates.Where(c => HeadMatches(mention, c.Identity.Titles)).ToList();
        if (titleHolders.Count > 0 && titleHolders.All(c => OtherBodysTitle(mention, c.Identity)))
        {
            return PreviousSentenceSubject(mention.Start) is { Kind: MentionKind.Name } otherSide
                && _persons.FirstOrDefault(p => p.Key == otherSide.Name) is { ExplicitTitles.Count: 0 } ? otherSide : self;
        }

        // (The arboricultural officer, Ewan MacQuarrie, …. The case officer recommended approval: an officer of another kind, its
        // noun before the head another than the role's, is someone else; blind394.)
        var sameKind = titleHolders.Where(c => !OtherKindOfHolder(mention, c.Identity)).ToList();
        var best = sameKind
            .OrderByDescending(c => ModifierMatches(mention, c.Identity))
            // (The skipper, after one retired skipper and skipper Jory Pascoe: an unnamed source whose modifiers the role drops is
            // someone else than the one the bare role names, when another holds the title itself. A senior irrigation official …
            // "…," the official said, after Police Colonel Anan Wongsawat, the provincial police chief: a chief is only a kind of
            // official, so the unnamed source given the title outright stays the one it names.)
            .ThenByDescending(c => !(c.Identity.Kind == MentionKind.Role && HasModifiersBeyond(c.Identity, mention)
                && titleHolders.Any(o => o.Identity.Name != c.Identity.Name && HeadMatchesExactly(mention, o.Identity.Titles))))
            .ThenByDescending(c => c.Explicit)
            .ThenByDescending(c => mention.Head is { } exact && c.Identity.Titles.Contains(exact)) // the coach: his coach, before a general manager
            .ThenByDescending(c => speakers.Contains(c.Identity.Name))
            .ThenByDescending(c => c.Recency)
            .FirstOrDefault();

        // Mensah-Boateng was in no mood. The challenger posted …: when the role reaches its best candidate only by WordNet's kinds (a
        // champion is a kind of challenger), the person the sentence before is about, given no title, is the nearer reading.
        if (best.Identity is not null && !HeadMatchesExactly(mention, best.Identity.Titles)
            && PreviousSentenceSubject(mention.Start) is { Kind: MentionKind.Name } chained && chained.Name != best.Identity.Name
            && _persons.FirstOrDefault(p => p.Key == chained.Name) is { ExplicitTitles.Count: 0 })
        {
            return chained;
        }

        // "…?" asked one resident, a retired midwife. … "…," the midwife said: with no one given the title, an unnamed source who
        // spoke and was described by the role's noun in apposition is who it names, however far back (blind265).
        if (best.Identity is null && UnnamedSourceDescribedAs(mention, position) is { } describedSource)
        {
            return describedSource;
        }

        // A senior official in his ministry, who spoke on condition of anonymity, gave a blunter account. "…," the official said: an
        // unnamed person introduced as the subject of a sentence, with no verb of speech, is who the role stands for when no one
        // given the title was met since.
        if (IndefiniteSubjectIntroducing(mention, position, 1) is { } introduced && (best.Identity is null || introduced.At > best.Recency))
        {
            return introduced.Identity;
        }

        // When a Clydeview manager came down … ¶ "…?" asked a tenant. ¶ "…," the manager replied: with no one else given the
        // title, the unnamed source may stand further back, across a short exchange.
        if (best.Identity is null && IndefiniteSubjectIntroducing(mention, position, LoneUnnamedSourceReach, definiteIntroductions: true) is { } further)
        {
            return further.Identity;
        }

        if (best.Identity is not null)
        {
            return best.Identity;
        }

        // (The case officer, with only an arboricultural officer named: a role of its own kind, no one's given, is someone unnamed.)
        if (titleHolders.Count > 0 && sameKind.Count == 0)
        {
            return self;
        }

        // the 27-year-old singer, with no singer named before: a role given with an age is the person given that age, else the
        // person the story opened on (copy names its subject again by age and trade).
        // Adeyemi was more philosophical. "…," the 22-year-old said: a role with an age that no one was given is the person the
        // sentence before was about, before the story's first person.
        // The plant was spotted by retired postman Derek Flint. "…," the 72-year-old said: else the one person that sentence names.
        // (Professor Nana Kipiani has spent six years on a ladder. The 58-year-old art historian first climbed …. "…," she said: a role
        // read as a sentence's subject looks before its own sentence, not before the pronoun's, which would read the role again.)
        if (mention.Titles.Any(MentionParser.IsAge) && !_persons.Any(p => p.First < position && p.Titles.Intersect(mention.Titles.Where(MentionParser.IsAge)).Any())
            && Math.Min(position, mention.Start) is var before
            && (PreviousSentenceSubject(before) is { Kind: MentionKind.Name } described && _persons.Any(p => p.Key == described.Name)
                ? described : OnlyPersonOfPreviousSentence(before)) is { } aboutWhom)
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
        if (later is not null && HeadMatchesExactly(mention, later.ExplicitTitles))
        {
            return later.Identity;
        }

        // The council's spokesman, Smith's lawyer: a role owned by someone else is nobody introduced yet.
        // Her manager, his lawyer: a role a pronoun owns is someone other than the person it stands for.
        // The daughter of one resident: a relation of someone named by the phrase is nobody introduced yet either.
        if (mention.Head is { } relationHead && (IsRelationNoun(relationHead) || OccupancyNouns.Contains(relationHead)) && mention.Text.Contains(" of ", StringComparison.Ordinal))
        {
            return self;
        }

        // Rosalind and Peter Quayle … Rosalind Quayle took it well. Her husband was less sanguine: the one other person of the owner's
        // surname, of the tie's gender, named before is the relative.
        if (mention.Head is { } tie && IsFamilyTie(tie) && QuoteLexicon.GenderWords.TryGetValue(tie, out var tieMale) && mention.Text.Split(' ') is [var ownerWord, ..]
            && ownerWord.ToLowerInvariant() is "his" or "her"
            && ResolvePronoun(ownerWord, ownerWord.ToLowerInvariant() == "his", mention.Start) is { Kind: MentionKind.Name } ownerIdentity
            && _persons.FirstOrDefault(p => p.Key == ownerIdentity.Name) is { Parts.Length: >= 2 } ownerPerson
            && _persons.Where(p => p != ownerPerson && p.First < position && p.Parts.Length >= 2 && p.Parts[^1] == ownerPerson.Parts[^1]
                && GenderAgreement(p.Identity, tieMale) == 2).ToList() is [var relative])
        {
            return relative.Identity;
        }

        // Our investigator, our clinical adviser: a role the writer owns, in a decision or a newsletter, that no one was given is its
        // own source, never someone else the article names; unless its own sentence names who holds it (Our senior judge this year
        // was Harold Pennock).
        if (mention.Text.Split(' ') is ["Our" or "our", _, ..])
        {
            return NamedByCopulaAfter(mention) is { } holder ? ResolveName(holder, holder.Start) : self;
        }

        // (The Prime Minister's spokesman: the owner's name may run to several words.)
        if (mention.Text.Split(' ') is [var owner, _, ..] words && ((words[..^1].Any(w => w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))))
            || owner.ToLowerInvariant() is "his" or "her" or "their"))
        {
            return self;
        }

        // Our investigator later put this to Mr van der Lyn. ¶ "Was …?" the investigator asked: a bare role that the writer gave
        // itself before (our investigator), or that a definite phrase gave someone unnamed (the call handler, whom we are not
        // naming), is that unnamed source again, never the person the sentence before is about.
        if (mention.Definite && mention.Head is { } ownHead && RoleIntroducedBefore(ownHead, mention.Start) is { } introducedRole)
        {
            return introducedRole;
        }

        // Team boss Micky Farrant was more colourful. "…," said the gaffer / Mensah-Boateng was in no mood. The challenger posted: a
        // bare role no one was given names again the person the sentence before it is about, before the story's lead.
        // (Patient A recovered fully. … questioned the registrant: a party to the case is never an anonymised third party.)
        if (PreviousSentenceSubject(mention.Start) is { Kind: MentionKind.Name } previousSubject && _persons.Any(p => p.Key == previousSubject.Name)
            && !(mention.Head is { } partyHead && QuoteLexicon.CaseParties.Contains(partyHead) && IsAnonymisedLabel(previousSubject.Name, partyHead)))
        {
            return previousSubject;
        }

        // That sports director, Pieter Vandamme, … "…," Vandamme said. ¶ "…," the Belgian added: a role no one was given, continuing
        // with "added", goes on with the last person who spoke.
        if (_tokens.FindIndex(t => t.Start >= mention.Start + mention.Text.Length) is var after and >= 0 && _tokens[after].Lower is "added" or "adds" or "continued" or "continues"
            && _events.LastOrDefault(e => e.Position < position).Identity is { Kind: MentionKind.Name } continuing && _persons.Any(p => p.Key == continuing.Name))
        {
            return continuing;
        }

        // (… and later given only a title the role is a kind of: the champion, for "the challenger".)
        if (later is not null)
        {
            return later.Identity;
        }

        // Among the 19 who voted against was Ivan Kečgəl, 58, whose family boat …. ¶ "…," the fisherman grinned: when no one was given the title,
        // before or later, and the quote opens its paragraph, the role is the one person the paragraph before names, given no title and reporting no
        // speech (blind333).
        // (Morag MacIlwraith, who has restored cylinder movements for thirty years … "…," the restorer grinned: not when the article
        // has said someone does what the role's noun names; blind318.)
        if (!(mention.Head is { } heard && QuoteLexicon.CaseParties.Contains(heard)) && PronounOpensParagraph(mention.Start) is { } opensAt
            && (OnlyPersonOfParagraph(opensAt - 1) ?? LoneSpeakerOfParagraph(opensAt - 1)) is { ExplicitTitles.Count: 0 } lone && !AgentVerbBefore(mention.Head, position))
        {
            return lone.Identity;
        }

        // "Is that a yes?" the FragLine reporter pressed: a journalist no one was named as is the one asking, never the person the
        // story is about.
        if (mention.Head is "reporter" or "journalist" or "interviewer" or "correspondent")
        {
            return self;
        }

        // The pilot, 52, and one passenger were uninjured. … "…," the pilot said: a role the article opened a sentence with, given
        // an age no one named was given, is an unnamed person of its own, never the story's lead.
        if (RoleIntroducedWithAge(mention, position))
        {
            return self;
        }

        // Nail Services Standards Authority v Gloss & Go Nails Limited, …. In its written response, the registrant said: the party
        // answering a case is the one its caption writes after "v", a body or a person, whoever else is named more often (blind403).
        if (mention.Head is "registrant" or "respondent" or "defendant" && CaptionRespondent(position) is { } captioned)
        {
            return captioned;
        }

        // Determination: Dr Marek Zieliński-Hart, suspended …. In his reflective statement, the registrant wrote: a party to the
        // case, which no one was made outright, is the person the decision is about, named most often, the headline counted (so
        // read before the story's lead below, which counts the body alone).
        // (… a client, referred to in this decision as Client A. … the registrant said: a label the decision gives a third party,
        // a word and one letter, is never the party, however often it is named; blind311, blind312. Presenting officer: Ms Gurpreet
        // Sandhu …. In cross-examination by Ms Sandhu: nor is one given another office in the case, while anyone else is; blind404.)
        if (mention.Head is { } party && QuoteLexicon.CaseParties.Contains(party)
            && _persons.Where(p => p.First < position && !IsAnonymisedLabel(p.Identity.Name, party))
                .OrderBy(p => p.ExplicitTitles.Any(t => HearingOffices.Contains(t.Split(' ')[^1])) ? 1 : 0)
                .ThenByDescending(p => p.Positions.Count(x => x < position)).ThenBy(p => p.First).FirstOrDefault() is { } subject
            && subject.Identity.IsPerson && !subject.ExplicitTitles.Any(QuoteLexicon.CaseParties.Contains))
        {
            return subject.Identity;
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

        // (Officer's view. The case officer's report found …: an office of a case or an authority named with the word that says which
        // (the case officer, the presenting officer), given to no one, is an unnamed official, no speaker heard before; blind409.)
        if (mention.Definite && mention.Head is { } office && HearingOffices.Contains(office) && mention.Titles.Count >= 2)
        {
            return self;
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

    // One snowboarder … asked. ¶ The snowboarder, who declined to give his name, later said: the unnamed source heard before with
    // the role's own noun, which the definite role takes up; null when none was heard.
    private SpeakerIdentity? UnnamedSourceBefore(SpeakerMention mention, int position) =>
        _events.LastOrDefault(e => e.Position < position && e.Identity.Kind == MentionKind.Role && e.Identity.Name.Split(' ')[0] is "a" or "an" or "one" or "another"
            && HeadMatchesExactly(mention, e.Identity.Titles)).Identity;

    // Whether a sentence before the position opens with "The", the role's head and a comma, then an age no named person holds
    // (The pilot, 52, and one passenger).
    private bool RoleIntroducedWithAge(SpeakerMention mention, int position)
    {
        if (mention.Head is not { } head)
        {
            return false;
        }

        for (var k = 1; k + 3 < _tokens.Count && _tokens[k].Start < position; k++)
        {
            if (_tokens[k].Lower == head && _tokens[k - 1].Lower == "the" && _tokens[k + 1].Raw == "," && _tokens[k + 2].Raw.All(char.IsDigit)
                && _tokens[k + 3].Raw is "," or "and" && SentenceStart(_tokens[k - 1].Start, 0) == _tokens[k - 1].Start
                && !_persons.Any(p => p.Titles.Contains(_tokens[k + 2].Raw)))
            {
                return true;
            }
        }

        return false;
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

    // Our senior judge this year was Harold Pennock: the name a copula gives the role right after it, a few words of time or place
    // between; null otherwise.
    private SpeakerMention? NamedByCopulaAfter(SpeakerMention mention)
    {
        var k = _tokens.FindIndex(t => t.Start >= mention.Start + mention.Text.Length);
        for (var j = k; j >= 0 && j + 1 < _tokens.Count && j - k <= MaximumWordsBeforeCopula && _tokens[j].IsWord; j++)
        {
            if (_tokens[j].Lower is "is" or "was")
            {
                return MentionParser.StartingAt(_tokens, j + 1) is { Kind: MentionKind.Name } named && named.Start == _tokens[j + 1].Start ? named : null;
            }
        }

        return null;
    }

    // Words of time or place between a role and the copula naming its holder (this year, at the show); set by hand.
    private const int MaximumWordsBeforeCopula = 3;

    // ", identified as Yusuf", ", identified only by his surname Yang": the name right after a role that the clause gives it; null
    // when no such clause follows the mention.
    private SpeakerMention? IdentifiedNameAfter(SpeakerMention mention)
    {
        var k = _tokens.FindIndex(t => t.Start >= mention.Start + mention.Text.Length);
        if (k < 0 || k + 3 >= _tokens.Count || _tokens[k].Raw != "," || _tokens[k + 1].Lower != "identified")
        {
            return null;
        }

        bool Is(int at, params string[] words) => at < _tokens.Count && words.Contains(_tokens[at].Lower);
        var j = k + 2 + (Is(k + 2, "only") ? 1 : 0);
        if (Is(j, "by") && Is(j + 1, "his", "her", "their"))
        {
            j += 2;
            while (Is(j, "first", "family", "given", "last"))
            {
                j++;
            }

            if (!Is(j, "name", "surname"))
            {
                return null;
            }

            j += Is(j + 1, "as") ? 2 : 1;
        }
        else if (Is(j, "as"))
        {
            j++;
        }
        else
        {
            return null;
        }

        return j < _tokens.Count && MentionParser.IsNameWord(_tokens[j]) && MentionParser.StartingAt(_tokens, j) is { Kind: MentionKind.Name } named
            && named.Start == _tokens[j].Start ? named : null;
    }

    // A word of the name a source gave: a name word, or a title of address before one (who gave her name only as Mama Raïssa: the
    // name she gave, title and all).
    private bool IsGivenNameWord(int k) =>
        MentionParser.IsNameWord(_tokens[k])
        || (MentionParser.IsHonorific(_tokens[k]) && k + 1 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 1]));

    /// <summary>
    /// The label set off by a comma after an unnamed source's phrase and given to it by "referred to", "known", "identified" or
    /// "designated" and "as" (one recipient, referred to in this notice as Complainant A,; a patient, known here as Patient C,):
    /// the capitalised words after "as" up to a comma, colon or full stop. Null when the words after the phrase are not so.
    /// </summary>
    private string? LabelAfter(SpeakerMention mention)
    {
        var comma = _tokens.FindIndex(t => t.Start >= mention.Start + mention.Text.Length);
        if (comma < 0 || comma + 2 >= _tokens.Count || _tokens[comma].Raw != "," || !IsLabellingVerb(_tokens[comma + 1].Lower))
        {
            return null;
        }

        if (NameAfterAs(_tokens, comma + 2, j => !BreakBetween(_tokens[comma].End, _tokens[j].Start)) is not var (named, @as))
        {
            return null;
        }

        var end = _tokens.FindIndex(@as + 1, t => t.Start >= named.Start + named.Text.Length);
        return end < 0 || _tokens[end].Raw is "," or ":" or "." ? named.Name.TrimEnd('.') : null;
    }

    // The one label the sentence before the position, or its own before it, gives an unnamed person ("a debtor referred to in this
    // decision as Customer A", with or without a comma), when they name no person else and the label fits the pronoun's gender;
    // null otherwise.
    private SpeakerIdentity? LabelledInPreviousSentence(int position, bool male)
    {
        // (Customer A. In her letter: a label's capital and stop may not end the sentence for the splitter, so the pronoun's own
        // sentence is read too, up to the quote.)
        var previous = PreviousSentenceIn(position)?.Previous ?? SentenceStart(position, _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End).Start);
        var tokens = Unquoted(TokensIn(previous, position));
        var labels = new List<SpeakerIdentity>();
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            var noun = tokens[k - 1].Raw == "," ? k - 2 : k - 1;
            if (!IsLabellingVerb(tokens[k].Lower) || noun < 1 || !tokens[noun].IsWord || !char.IsLower(tokens[noun].Raw[0])
                || !(QuoteLexicon.RoleNouns.Contains(tokens[noun].Lower) || QuoteLexicon.PersonHeads.Contains(tokens[noun].Lower) || tokens[noun - 1].Lower is "a" or "an" or "one"))
            {
                continue;
            }

            if (NameAfterAs(tokens, k + 1, _ => true) is var (named, _))
            {
                labels.Add(new SpeakerIdentity(named.Text.TrimEnd('.'), MentionKind.Name, [tokens[noun].Lower]));
            }
        }

        return labels is [var label] && Fits(label, male)
            && !_persons.Any(p => p.Key != label.Name && p.Positions.Any(x => x >= previous && x < position && !InsideQuote(x)))
                ? label
                : null;
    }

    // The verbs by which a decision gives someone a label before "as" (referred to as, known here as).
    private static bool IsLabellingVerb(string lower) => lower is "referred" or "known" or "identified" or "designated";

    // The name that starts right after an "as" standing within MaximumLabelPlaceWords words from `from` (referred to in this notice
    // as Complainant A), with the index of the "as", when `allowed` lets that "as" be read; null otherwise.
    private static (SpeakerMention Named, int As)? NameAfterAs(List<CueToken> tokens, int from, Func<int, bool> allowed)
    {
        var limit = Math.Min(tokens.Count - 2, from + MaximumLabelPlaceWords);
        var @as = Enumerable.Range(from, Math.Max(0, limit - from + 1)).FirstOrDefault(j => tokens[j].Lower == "as" && allowed(j), -1);
        return @as >= 0 && MentionParser.StartingAt(tokens, @as + 1) is { Kind: MentionKind.Name } named && named.Start == tokens[@as + 1].Start
            ? (named, @as)
            : null;
    }

    // referred to in this notice as, known in these reasons as: at most this many words between the verb and "as". Set by hand.
    private const int MaximumLabelPlaceWords = 4;

    // A source who "gave his name (only) as Yusuf", "identified herself only as Mira", "gave only his first name, Ermek": the name
    // after the mention, in its clause.
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
            else if (who >= 0 && j + 1 < _tokens.Count && IsGivenNameWord(j + 1)
                     && ((lower == "as" && _tokens[j - 1].Lower is "name" or "names" or "only" or "himself" or "herself" or "themselves"
                          && _tokens.Skip(who).Take(j - who).Any(t => t.Lower is "name" or "himself" or "herself" or "themselves"))
                         // (one shepherd, who gave only his first name, Ermek: the name the verb gave, set off by a comma after it.)
                         || (lower == "," && _tokens[j - 1].Lower is "name" or "surname" && _tokens.Skip(who).Take(j - who).Any(t => t.Lower is "gave" or "gives" or "giving"))))
            {
                var last = j + 1;
                while (last + 1 < _tokens.Count && IsGivenNameWord(last + 1) && !BreakBetween(_tokens[last].End, _tokens[last + 1].Start))
                {
                    last++;
                }

                return JoinTokens(_tokens, j + 1, last + 1);
            }
        }

        return null;
    }

    // The role's head among the titles itself or by a listed synonym, not by WordNet's kinds alone.
    private static bool HeadMatchesExactly(SpeakerMention mention, IEnumerable<string> titles) =>
        mention.Head is { } head && titles.Select(Unabbreviated).Any(t => AcceptedHeads(head).Contains(t, StringComparer.Ordinal));

    private static bool HeadMatches(SpeakerMention mention, IEnumerable<string> titles) =>
        mention.Head is { } head && titles.Select(Unabbreviated).Any(t => AcceptedHeads(head).Contains(t, StringComparer.Ordinal) || WordNetPersonNouns.IsKindOf(t, head));

    // A title as a role names it again: Sgt as sergeant, Cllr as councillor.
    private static string Unabbreviated(string title) =>
        QuoteLexicon.TitleAbbreviations.TryGetValue(title.TrimEnd('.'), out var full) ? full : title;

    // The titles a role's head accepts outright: itself, or its listed synonyms.
    private static IReadOnlyCollection<string> AcceptedHeads(string head) =>
        QuoteLexicon.RoleSynonyms.TryGetValue(head, out var synonyms) ? synonyms : [head];

    // Whether an unnamed source's phrase (one retired skipper) holds a modifier that the role naming it again (the skipper) lacks.
    private static bool HasModifiersBeyond(SpeakerIdentity source, SpeakerMention mention) =>
        source.Name.Split(' ').Skip(1).SkipLast(1).Any(w => char.IsLower(w[0]) && !QuoteLexicon.Determiners.Contains(w) && !mention.Titles.Any(t => SameStem(t, w)));

    // Whether a title holder's title is held in another body than the one the role names: the role has a modifier written with a
    // capital that is no common word (Hemmerdam), the holder one too (Oostervliet), and no such modifier of one is the other's.
    private static bool OtherBodysTitle(SpeakerMention mention, SpeakerIdentity candidate)
    {
        if (Matching.Paraphrase.WordNet.Shared is not { } words)
        {
            return false;
        }

        bool IsProperModifier(string word, string head) =>
            word != head && word.Length > 1 && word.All(char.IsLetter) && !words.IsCommonWord(word) && !QuoteLexicon.RoleNouns.Contains(word);
        var written = mention.Text.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var named = mention.Titles.Where(w => written.Contains(w) && IsProperModifier(w, mention.Head ?? "")).ToList();
        var held = candidate.Titles.Where(w => IsProperModifier(w, mention.Head ?? "")).ToList();
        return named.Count > 0 && held.Count > 0 && !named.Any(n => held.Any(h => SameStem(n, h)));
    }

    // Whether a title holder holds another kind of the role (an arboricultural officer for the case officer): the word right before
    // the head in each is a word classing it, written so before the head in the text (in capitals only when a common word: the
    // Conservation Officer), no word of rank or time (senior, former, duty) and no style (Her Honour Judge); neither is the other's,
    // nor anywhere in the holder's title. (A capitalised modifier no dictionary has, the Sart-Lambot coach, names a body, which
    // OtherBodysTitle reads.)
    private bool OtherKindOfHolder(SpeakerMention mention, SpeakerIdentity candidate)
    {
        string? Classifier(IReadOnlyList<string> titles) =>
            mention.Head is { } head && titles.ToList().IndexOf(head) is > 0 and var at && titles[at - 1] is var word
            && word.Length > 2 && word.All(char.IsLower) && (_text.Contains(word + " " + head, StringComparison.Ordinal)
                || (_text.Contains(word + " " + head, StringComparison.OrdinalIgnoreCase) && Matching.Paraphrase.WordNet.Shared?.IsCommonWord(word) == true))
            && !RankModifiers.Contains(word) && !MentionParser.Styles.Contains(word) && !QuoteLexicon.Honorifics.Contains(word)
            && !QuoteLexicon.Determiners.Contains(word) && !QuoteLexicon.RoleNouns.Contains(word)
                ? word : null;
        return Classifier(mention.Titles) is { } named && Classifier(candidate.Titles) is { } held
            && !SameStem(named, held) && !candidate.Titles.Any(t => SameStem(t, named));
    }

    // Words before a role's noun that tell rank, standing or time, not its kind: any holder of the role may be given them; set by hand.
    private static readonly FrozenSet<string> RankModifiers = FrozenSet.ToFrozenSet(
        ["senior", "chief", "principal", "deputy", "assistant", "acting", "interim", "former", "new", "lead", "head", "junior", "retired",
         "then", "current", "outgoing", "incoming", "longtime", "long-time", "long-serving", "veteran", "young", "old", "elderly", "same",
         "other", "own", "first", "second", "third", "top", "duty", "local", "experienced", "qualified", "trainee", "registered"],
        StringComparer.Ordinal);

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
}
