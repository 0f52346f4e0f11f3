using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <content>What the article says before any quote is attributed: its organisations, persons, genders and sentence breaks.</content>
internal sealed partial class ArticleAttributor
{
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

            var end = NameRunEnd(k + 1);
            _organisations.Add((JoinTokens(_tokens, start, end), _tokens[start].Start));
        }
    }

    // The end of the run of name words that opens at `from` inside one sentence; `from` itself when that is no name word.
    private int NameRunEnd(int from)
    {
        var end = from;
        while (end < _tokens.Count && MentionParser.IsNameWord(_tokens[end]) && (end == from || !BreakBetween(_tokens[end - 1].End, _tokens[end].Start))
               && !(end > from && IsCurrencyCode(end))
               // (Agent: Pelham & Quayle Lettings Ltd. Adjudicator: …: a legal ending written with its full stop ends the name.)
               && !(end > from && _tokens[end - 1].Raw.EndsWith('.') && QuoteLexicon.LegalEndings.Contains(_tokens[end - 1].Lower.TrimEnd('.'))))
        {
            end++;
        }

        return end;
    }

    // The end of a run of name words from `from` that may go on over "and" (Nursing and Midwifery Standards Board).
    private int ConjoinedNameRunEnd(int from)
    {
        var end = NameRunEnd(from);
        while (end + 1 < _tokens.Count && _tokens[end].Lower == "and" && MentionParser.IsNameWord(_tokens[end + 1]) && !BreakBetween(_tokens[end - 1].End, _tokens[end + 1].Start))
        {
            end = NameRunEnd(end + 1);
        }

        return end;
    }

    // fined Pennick & Vale Stores Ltd EUR 2.4 million: three capitals before an amount are a currency's code, no part of the name.
    private bool IsCurrencyCode(int k) =>
        _tokens[k].Raw.Length == 3 && _tokens[k].Raw.All(char.IsAsciiLetterUpper) && k + 1 < _tokens.Count && _tokens[k + 1].Raw.Length > 0 && char.IsDigit(_tokens[k + 1].Raw[0]);

    /// <summary>
    /// Finds the bodies named in full before a bracketed short name that their words' initials spell (Górnośląska Spółka Węglowa
    /// (GSW), Transportes Urbanos de Lisboa (TUL)): a body though no English body's noun marks it, so that the short name met
    /// later stands for it as any bracketed short name does.
    /// </summary>
    private void FindSpelledOrganisations()
    {
        for (var k = 2; k + 1 < _tokens.Count; k++)
        {
            var shortName = _tokens[k].Raw;
            if (_tokens[k - 1].Raw != "(" || _tokens[k + 1].Raw != ")" || shortName.Length < MinimumSpelledShortName || !shortName.All(char.IsUpper))
            {
                continue;
            }

            // Back from the bracket over capitalised words and the particles between them, as many capitalised words as letters.
            var start = k - 1;
            var capitalised = 0;
            while (capitalised < shortName.Length && start - 1 >= 0 && _tokens[start - 1].IsWord && !BreakBetween(_tokens[start - 1].End, _tokens[k - 1].Start)
                   && (_tokens[start - 1].IsCapitalized || MentionParser.NameParticles.Contains(_tokens[start - 1].Raw) || QuoteLexicon.NameConnectors.Contains(_tokens[start - 1].Raw)
                       || ForeignNameConnectors.Contains(_tokens[start - 1].Raw))) // (Compagnie des Bois de Mayéla (CBM))
            {
                capitalised += _tokens[start - 1].IsCapitalized ? 1 : 0;
                start--;
            }

            if (capitalised == shortName.Length && InitialsOf(_tokens.GetRange(start, k - 1 - start).Select(t => t.Raw)) == shortName)
            {
                _organisations.Add((JoinTokens(_tokens, start, k - 1), _tokens[start].Start));
            }
        }
    }

    // A bracketed short name of two letters (EU, UN) may stand for anything; three or more that the words before spell are the
    // body's initials. Set by hand.
    private const int MinimumSpelledShortName = 3;

    // Streams Not Sewers, a volunteer group that …: capitalised words opening a sentence, with capitalised function words among
    // them, before an appositive whose head is a body's noun are that body's whole name (a campaign's name is often a slogan);
    // so are plain names described so (Vigilance Tamberu, a rights group; Accord, the union that …).
    private void FindAppositiveOrganisations()
    {
        for (var comma = 2; comma + 2 < _tokens.Count; comma++)
        {
            // the Bureau des enquêtes municipales, the provincial watchdog: a body's noun in capitals, then its name's words in another
            // language, lowercase as that language writes them.
            if (_tokens[comma - 1].IsWord && char.IsLower(_tokens[comma - 1].Raw[0]) && ForeignBodyNameStart(comma) is { } foreign && DescribesBody(comma))
            {
                _organisations.Add((JoinTokens(_tokens, foreign, comma), _tokens[foreign].Start));
                continue;
            }

            if (!MentionParser.IsNameWord(_tokens[comma - 1]) || !DescribesBody(comma))
            {
                continue;
            }

            // (Fair Fees for Models, a campaign group: lowercase function words inside the name, between capitalised words.)
            var start = comma - 1;
            while (start > 0 && _tokens[start - 1].IsWord && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start)
                   && (_tokens[start - 1].IsCapitalized
                       || (_tokens[start - 1].Lower is "for" or "of" or "and" or "the" or "on" && start > 1 && _tokens[start - 2] is { IsWord: true, IsCapitalized: true }
                           && !BreakBetween(_tokens[start - 2].End, _tokens[start - 1].Start))))
            {
                start--;
            }

            // (Vigilance Tamberu, a rights group, said: names without a function word are bodies too, opening the sentence or not.)
            if (comma - start >= 1 && !Enumerable.Range(start, comma - start).Any(j => MentionParser.IsHonorific(_tokens[j]))
                && (Enumerable.Range(start + 1, comma - start - 1).Any(j => QuoteLexicon.StopWords.Contains(_tokens[j].Lower) || QuoteLexicon.NotNames.Contains(_tokens[j].Lower))
                    ? start == 0 || BreakBetween(_tokens[start - 1].End, _tokens[start].Start)
                    : Enumerable.Range(start, comma - start).All(j => MentionParser.IsNameWord(_tokens[j]) || (j == start && _tokens[j].CommonAtSentenceStart))))
            {
                _organisations.Add((JoinTokens(_tokens, start, comma), _tokens[start].Start));
            }
        }
    }

    // The end of a name run after the comma at `comma` when a lowercase body's noun with "the" or a possessive before it ends just
    // before the comma (her bank, Varenholter Sparkasse, …; the club, Harbury Rovers.), and the run ends at a comma or a stop;
    // else 0. (No honorific in the run: the club, Mr Ellis, is no body.)
    private int BodyNamedAfterNoun(int comma)
    {
        if (_tokens[comma].Raw != "," || comma < 2 || _tokens[comma - 1] is not { IsWord: true } noun || !char.IsLower(noun.Raw[0])
            || !QuoteLexicon.OrganisationNouns.Contains(noun.Lower) || _tokens[comma - 2].Lower is not ("the" or "her" or "his" or "its" or "their" or "our"))
        {
            return 0;
        }

        var end = NameRunEnd(comma + 1);
        return end > comma + 1 && end < _tokens.Count && _tokens[end].Raw is "," or "."
            && !Enumerable.Range(comma + 1, end - comma - 1).Any(j => MentionParser.IsHonorific(_tokens[j]) || _givenNames.IsGivenName(_tokens[j].Raw))
                ? end
                : 0;
    }

    /// <summary>
    /// Finds the bodies named as "the" and capitalised words joined by "of" before ", which" (The Ephorate of Antiquities of the
    /// Lesser Dodecanese, which must approve every stone): no person is described with "which", so the whole name is a body's,
    /// though its head is a word no list of bodies' nouns holds.
    /// </summary>
    private void FindBodiesDescribedByWhich()
    {
        for (var comma = 2; comma + 1 < _tokens.Count; comma++)
        {
            if (_tokens[comma].Raw != "," || _tokens[comma + 1].Lower != "which" || !MentionParser.IsNameWord(_tokens[comma - 1]))
            {
                continue;
            }

            var start = comma - 1;
            var joined = false;
            while (start > 0 && _tokens[start - 1].IsWord && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start)
                   && (MentionParser.IsNameWord(_tokens[start - 1])
                       || _tokens[start - 1].Lower == "of" || (_tokens[start - 1].Lower == "the" && start > 1 && _tokens[start - 2].Lower == "of")))
            {
                joined |= _tokens[start - 1].Lower == "of";
                start--;
            }

            // (the Isle of Man, which: a place reads so too; a place is seldom the subject of a cue, so the cost of naming it a body is
            // small against a body's name cut at "of".)
            // (Jadranska Linija Peraš, which runs the only passenger service: so is any name that "which" and a verb of running a
            // business or a body take up, for a place neither runs nor owns a service; blind370.)
            if (((joined && start > 0 && _tokens[start - 1].Lower == "the") || (comma + 2 < _tokens.Count && BodyRunningVerbs.Contains(_tokens[comma + 2].Lower)))
                && MentionParser.IsNameWord(_tokens[start]) && !Enumerable.Range(start, comma - start).Any(j => MentionParser.IsHonorific(_tokens[j]))
                && !_organisations.Any(o => o.Position == _tokens[start].Start))
            {
                _organisations.Add((JoinTokens(_tokens, start, comma), _tokens[start].Start));
            }
        }
    }

    // Whether the capitalised words from `k` are what a body's name is on (Historic Minorities): no day or month, and no body's name of
    // their own.
    private bool IsBodysTopicAfterOn(int k)
    {
        var end = NameRunEnd(k);
        return end > k && !QuoteLexicon.DayNames.Contains(_tokens[k].Lower) && !QuoteLexicon.MonthNames.Contains(_tokens[k].Lower)
            && !QuoteLexicon.OrganisationNouns.Contains(_tokens[end - 1].Lower) && !QuoteLexicon.LegalEndings.Contains(_tokens[end - 1].Lower.TrimEnd('.'));
    }

    // The verbs by which "which" takes up a body that runs something (…, which runs the line; …, which owns the quarry): read over the
    // relative clauses of the annotated sets, where every capitalised name so taken up was a body's.
    private static readonly FrozenSet<string> BodyRunningVerbs = FrozenSet.ToFrozenSet(["runs", "ran", "owns", "owned", "operates", "operated",
        "manages", "managed", "represents", "represented", "organises", "organised", "organizes", "organized", "regulates", "oversees",
        "maintains", "employs", "publishes"], StringComparer.Ordinal);

    // Whether lowercase particles follow the word at k (one, or a run: de la, van der) and then a name word, in one sentence.
    private bool RunsOnPastParticles(int k)
    {
        var next = k + 1;
        while (next < _tokens.Count && next - k <= MentionParser.MaximumParticleRun && MentionParser.IsNameParticle(_tokens, next))
        {
            next++;
        }

        return next > k + 1 && next < _tokens.Count && MentionParser.IsNameWord(_tokens[next]) && !BreakBetween(_tokens[k].End, _tokens[next].Start);
    }

    // Function words of other languages inside a body's name (Bureau des enquêtes, Banco de la Nación, Amt für Statistik).
    private static readonly FrozenSet<string> ForeignNameConnectors = FrozenSet.ToFrozenSet(
        ["des", "de", "du", "la", "le", "les", "et", "del", "di", "da", "do", "der", "die", "das", "und", "für", "van", "voor", "och", "og", "för", "y", "e"],
        StringComparer.Ordinal);

    // Words of a foreign body's name ending before a comma run back to a capitalised noun for a body; at most this many. Set by hand
    // (Bureau des enquêtes municipales has three).
    private const int MaximumForeignNameWords = 5;

    // The index of the capitalised body noun that opens a name whose other words are lowercase words no English list holds or
    // other languages' function words, ending before the comma; null when there is none or no foreign word.
    private int? ForeignBodyNameStart(int comma)
    {
        if (_dictionary is null)
        {
            return null;
        }

        var foreignWords = 0;
        for (var k = comma - 1; k >= 0 && comma - k <= MaximumForeignNameWords + 1 && _tokens[k].IsWord; k--)
        {
            var token = _tokens[k];
            if (token.IsCapitalized)
            {
                return foreignWords > 0 && QuoteLexicon.OrganisationNouns.Contains(token.Lower) ? k : null;
            }

            if (ForeignNameConnectors.Contains(token.Lower))
            {
                continue;
            }

            if (_dictionary.IsCommonNotName(token.Raw) || QuoteLexicon.StopWords.Contains(token.Lower))
            {
                return null;
            }

            foreignWords++;
        }

        return null;
    }

    // Whether the appositive after the comma at `comma` describes a body: an article, lowercase modifiers and a body's noun that
    // ends it (…, a rights group, said; …, the union that represents …). Tom Jones, a former union official, is a person.
    private bool DescribesBody(int comma)
    {
        if (comma + 2 >= _tokens.Count || _tokens[comma].Raw != "," || _tokens[comma + 1].Lower is not ("a" or "an" or "the"))
        {
            return false;
        }

        var head = comma + 2;
        // (the performers' union: a plural owner's mark stands among the modifiers.)
        while (head < _tokens.Count && head - comma - 2 < MaximumRoleModifiersBeforeSource
               && (MentionParser.IsPluralPossessiveMark(_tokens, head)
                   || (_tokens[head].IsWord && char.IsLower(_tokens[head].Raw[0]) && !IsBodyNoun(_tokens[head]) && !QuoteLexicon.StopWords.Contains(_tokens[head].Lower))))
        {
            head++;
        }

        // (a campaign group, a trade union body: a body's noun may modify the noun that ends the phrase.)
        // (Senator Calloway, the documents show a company that …: only a body's noun is modified so; a clause's verb ends the phrase.)
        while (head + 1 < _tokens.Count && IsBodyNoun(_tokens[head]) && _tokens[head + 1].IsWord && char.IsLower(_tokens[head + 1].Raw[0])
               && IsBodyNoun(_tokens[head + 1]))
        {
            head++;
        }

        var ends = head + 1 < _tokens.Count && (!_tokens[head + 1].IsWord || BodyAppositiveContinuations.Contains(_tokens[head + 1].Lower));
        return head < _tokens.Count && ends && char.IsLower(_tokens[head].Raw[0]) && IsBodyNoun(_tokens[head]) && !QuoteLexicon.RoleNouns.Contains(_tokens[head].Lower);
    }

    private static bool IsBodyNoun(CueToken token) =>
        QuoteLexicon.OrganisationNouns.Contains(token.Lower) || QuoteLexicon.OrganisationDescriptors.Contains(token.Lower);

    // The words that carry a body's appositive on past its noun (a rights group that …, the group named in reports as …, the firm
    // behind the scheme, the company accused of …): relatives and participles that describe the body, never a person's clause.
    private static readonly FrozenSet<string> BodyAppositiveContinuations = FrozenSet.ToFrozenSet(["that", "which", "whose", "based", "founded",
        "set", "representing", "named", "behind", "accused", "blamed", "owned", "run", "hired", "contracted", "responsible", "linked",
        "listed", "registered", "headquartered"], StringComparer.Ordinal);

    /// <summary>
    /// Mokgalo Water and Sanitation, Brackwell Gas and Electricity: a company's name ending in its trade, then "and" and one
    /// capitalised word the dictionary gives as a common noun and no name, is one body's name (a person's name after "and" would
    /// open a list of two).
    /// </summary>
    private void FindTradeConjoinedOrganisations()
    {
        for (var k = 1; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].Lower != "and" || !MentionParser.IsNameWord(_tokens[k - 1]) || !QuoteLexicon.CompanyTradeWords.Contains(_tokens[k - 1].Lower)
                || !MentionParser.IsNameWord(_tokens[k + 1]) || _dictionary is null || !_dictionary.IsCommonNotName(_tokens[k + 1].Raw)
                || (k + 2 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 2])) || BreakBetween(_tokens[k - 1].End, _tokens[k + 1].Start)
                || ConjoinedNameStart(k - 1) is not { } start || start == k - 1)
            {
                continue;
            }

            _organisations.Add((JoinTokens(_tokens, start, k + 2), _tokens[start].Start));
        }
    }

    // At most this many capitalised words stand before "and" in a body's name (Hessop Fire and Rescue Service, Animal and Plant
    // Health Directorate); set by hand from British public bodies' names.
    private const int MaximumWordsBeforeAnd = 3;

    // Where a body's name opens when its capitalised words ending at token `last` come right before "and": at a sentence's or a
    // clause's start only (a person's name before "and" there opens a list, which a body's noun after it rules out).
    private int? ConjoinedNameStart(int last)
    {
        var first = last;
        while (first > 0 && last - first + 1 < MaximumWordsBeforeAnd && _tokens[first - 1].IsWord && _tokens[first - 1].IsCapitalized
               && _tokens[first - 1].Lower != "the" && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start))
        {
            first--;
        }

        var words = Enumerable.Range(first, last - first + 1).Select(j => _tokens[j]).ToList();
        // (Issued by Harlowmere District Council and Tidewell Leisure Trust: words that end in a body's noun name a body of their own.)
        return words.All(t => t.IsWord && t.IsCapitalized && !t.CommonAtSentenceStart && !QuoteLexicon.NotNames.Contains(t.Lower))
            && !QuoteLexicon.OrganisationNouns.Contains(_tokens[last].Lower) && !BreakBetween(_tokens[last].End, _tokens[last + 2].Start)
            // (The Mayor and Finance Committee met: an office before "and" is its holder's, no word of the body's name.)
            && !(last == first && QuoteLexicon.RoleNouns.Contains(_tokens[last].Lower))
            && (first == 0 || BreakBetween(_tokens[first - 1].End, _tokens[first].Start) || _tokens[first - 1].Raw == "," // (In a statement, Ashcombe and Wyre NHS Trust said)
                || _tokens[first - 1].Lower == "of" // (Declan Ross of Westmere Fire and Rescue Service)
                // (According to Southmoor Fire and Rescue Service, a statement from Ashby and Trent Water Board: a preposition that
                // takes a source or an author.)
                || _tokens[first - 1].Lower is "to" or "from" or "by" or "with"
                || (_tokens[first - 1].Lower == "the" && (first < 2 || _tokens[first - 2].Lower is not ("between" or "both")))) // (The Lumara Water and Sewerage Company said)
            ? first : null;
    }

    private void FindConnectedOrganisations()
    {
        FindTradeConjoinedOrganisations();

        for (var k = 0; k + 2 < _tokens.Count; k++)
        {
            // (The Rarities and Records Committee's verdict: the body's noun may own what follows.)
            var owning = MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized;
            var noun = owning ? _tokens[k].Lower[..^2] : _tokens[k].Lower;
            // (the National Centre for Hydro-Meteorological Forecasting: a centre, a building's name on its own, is a body's before
            // "for" or "of" and a name.)
            var centre = noun is "centre" or "center" && _tokens[k + 1].Lower is "for" or "of" && MentionParser.IsNameWord(_tokens[k + 2]);
            var foreignHead = QuoteLexicon.ForeignCompanyNouns.Contains(noun) || QuoteLexicon.ForeignOrganisationHead(noun) is not null;
            if (!(MentionParser.IsNameWord(_tokens[k]) || owning)
                || !(QuoteLexicon.OrganisationNouns.Contains(noun) || QuoteLexicon.OrganisationDescriptors.Contains(noun) || centre || foreignHead))
            {
                continue;
            }

            var end = k + 1;
            // (the Institute of Geology and Seismic Study: after "of", capitalised words joined by "and" run on; the Office of the Data
            // Protection Commissioner: so after "of the".)
            // (the Observatory on Historic Minorities: so after "on", though not before a day or a month, the Council on Monday, nor
            // before another body, the Standards Panel on Halden Loan Finders Ltd, which names what the panel sat on; blind375, blind364.)
            while (!owning && end + 1 < _tokens.Count && (_tokens[end].Lower is "of" or "for" || (_tokens[end].Lower == "and" && end > k + 1)
                       || (_tokens[end].Lower == "on" && end == k + 1 && IsBodysTopicAfterOn(end + 1))))
            {
                // (the Fitness to Practise Committee of the Nursing and Midwifery Standards Board: a run after "of the" that ends in a
                // body's noun is a body of its own, which "the Board" names later.)
                var nameAt = _tokens[end].Lower != "and" && _tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
                // (The Diocese of Kelbrook's surveyor: the name after "of" may end in the owner's possessive, no part of the body's name.)
                if (nameAt < _tokens.Count && MentionParser.IsPossessive(_tokens[nameAt]) && _tokens[nameAt].IsCapitalized && !BreakBetween(_tokens[end - 1].End, _tokens[nameAt].Start))
                {
                    end = nameAt + 1;
                    owning = true;
                    break;
                }

                if (nameAt >= _tokens.Count || !MentionParser.IsNameWord(_tokens[nameAt]) || BreakBetween(_tokens[end - 1].End, _tokens[nameAt].Start)
                    || (nameAt == end + 2 && QuoteLexicon.OrganisationNouns.Contains(_tokens[ConjoinedNameRunEnd(nameAt) - 1].Lower)))
                {
                    break;
                }

                end = NameRunEnd(nameAt);
            }

            // Compagnie Sucrière du Nord, Compania Portuară Sarata Noua, the Consorzio Sughericolo di Vèrghine: "company" or another
            // body's noun in a language that puts it first runs on over the capitalised words after it and the particles between them.
            if (!owning && end == k + 1 && foreignHead)
            {
                while (end < _tokens.Count && !BreakBetween(_tokens[end - 1].End, _tokens[end].Start)
                       && (MentionParser.IsNameWord(_tokens[end]) || (end + 1 < _tokens.Count && MentionParser.NameParticles.Contains(_tokens[end].Lower)
                           && MentionParser.IsNameWord(_tokens[end + 1]) && !BreakBetween(_tokens[end].End, _tokens[end + 1].Start))))
                {
                    end++;
                }
            }

            var start = k;
            while (start > 0 && MentionParser.IsNameWord(_tokens[start - 1]) && !BreakBetween(_tokens[start - 1].End, _tokens[start].Start))
            {
                start--;
            }

            // (the Mid-Weald Toad in the Hole League: a name with "in the" inside it, a run of capitalised words before them that "the"
            // or "of" opens, is one body's name; blind381.)
            var inTheName = false;
            // (Not the Dunmore Ridge Bone Crushers in the Prairie Bunnock League, a side in its league: a plural before "in", or more
            // than one word between "the" and the body's noun, leaves the body to start after "the"; blind318.)
            if (start >= 4 && start == k - 1 && _tokens[start - 1].Lower == "the" && _tokens[start - 2].Lower == "in" && MentionParser.IsNameWord(_tokens[start - 3])
                && !_tokens[start - 3].Lower.EndsWith('s') && !_tokens[start - 3].CommonAtSentenceStart && !BreakBetween(_tokens[start - 3].End, _tokens[start].Start))
            {
                var inner = start - 3;
                while (inner > 0 && MentionParser.IsNameWord(_tokens[inner - 1]) && !BreakBetween(_tokens[inner - 1].End, _tokens[inner].Start))
                {
                    inner--;
                }

                if (inner > 0 && _tokens[inner - 1].Lower is "the" or "of" && !_tokens[inner].CommonAtSentenceStart)
                {
                    start = inner;
                    inTheName = true;
                }
            }

            // The University and College Staff Union, the Fire and Rescue Service: after "the", one capitalised word joined by "and"
            // to a run ending in an organisation noun is one body (the union later means all of it, not College Staff Union).
            // (talks between the Council and Harlow Housing Association join two bodies: "between" and "both" announce a pair.)
            // Marden and Hollowfield Hospitals NHS Trust said: so is a run of that kind opening a sentence (one capitalised word before
            // "and" names no body of its own there).
            // (The Mayor and Finance Committee met: not an office before "and", its holder's.)
            if (start >= 3 && _tokens[start - 1].Lower == "and" && MentionParser.IsNameWord(_tokens[start - 2]) && _tokens[start - 3].Lower == "the"
                && !QuoteLexicon.RoleNouns.Contains(_tokens[start - 2].Lower)
                && !BreakBetween(_tokens[start - 3].End, _tokens[start].Start) && (start < 4 || _tokens[start - 4].Lower is not ("between" or "both")))
            {
                start -= 2;
            }
            else if (start >= 2 && _tokens[start - 1].Lower == "and" && ConjoinedNameStart(start - 2) is { } conjoined)
            {
                start = conjoined; // (Hessop Fire and Rescue Service: a few capitalised words before "and")
            }
            else if (start >= 2 && _tokens[start - 1].Lower == "of" && _tokens[start - 2].IsCapitalized && QuoteLexicon.GroupNameHeads.Contains(_tokens[start - 2].Lower))
            {
                start -= 2; // the Friends of Harrowby Library
            }
            else if (end == k + 1 && !inTheName)
            {
                continue;
            }

            var joined = JoinTokens(_tokens, start, end);
            _organisations.Add((owning ? joined[..^2] : joined, _tokens[start].Start));
            k = end - 1;
        }
    }

    // A side's score in a result line: a number, or goals and points or two sides' numbers joined by a hyphen or a dash (2-14, 3–1).
    private static bool IsScore(CueToken t) =>
        t.Raw.Length > 0 && t.Raw.All(c => char.IsAsciiDigit(c) || c is '-' or '–') && char.IsAsciiDigit(t.Raw[0]) && char.IsAsciiDigit(t.Raw[^1]);

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
                && _persons.Where(p => p.Parts[^1] == _tokens[k].Raw[..^2] || p.Nickname == _tokens[k].Raw[..^2]).ToList() is [var owned])
            {
                owned.Positions.Add(_tokens[k].Start);
                continue;
            }

            // Tomasz Nowicki's late try: a full name as an owner introduces the person as the name alone would.
            // (Wilf de la Haye's engine: the owner's name may run on past its particles.)
            var fullOwner = MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized && k > 0 && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start)
                && (MentionParser.IsNameWord(_tokens[k - 1]) || NameBeforeParticles(k - 1));

            // (Euan "the Ferret" MacAskill's rink: so does a surname owner after a nickname, the given name before it.)
            var nicknamedOwner = !fullOwner && MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized && NicknamedGivenName(k) is not null;

            // A name runs within one sentence: the headline's last word and the first of the text are two names.
            if (!(fullOwner || nicknamedOwner || MentionParser.IsNameWord(_tokens[k]))
                || (k + 1 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 1]) && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start))
                || RunsOnPastParticles(k) // Lemayian ole Saitoti, Lucía Beltrán de la Fuente: the name runs on past its particles
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
                // (Team leader Gareth Mostyn, Club captain Joe Hart: a body's common noun alone opening the sentence names no body.)
                if (MentionParser.EndingAt(_tokens, k + 1, floor) is { Kind: MentionKind.Name or MentionKind.Organisation } modifier
                    && !(k == floor && QuoteLexicon.OrganisationNouns.Contains(_tokens[k].Lower)))
                {
                    _organisations.Add((modifier.Name, _tokens[k].Start));
                }

                continue;
            }

            var found = fullOwner ? MentionParser.EndingAt(StemmedRun(floor, k), k - floor + 1, 0)
                : nicknamedOwner ? MentionParser.EndingAt(StemmedRun(k, k), 1, 0)
                : MentionParser.EndingAt(_tokens, k + 1, floor);
            if (found is { Kind: MentionKind.Role } && SurnameWrittenAsRole(found) is { } surname)
            {
                found = surname; // Baker, after Tom Baker: the surname met again
            }
            // (the roof of St Wilfrid's, outside St Mary's: a saint's possessive after a preposition is a church, a school, a place.)
            if (fullOwner && (found is not { Kind: MentionKind.Name } || !found.Name.Contains(' ', StringComparison.Ordinal)
                || found.Name.Split(' ')[0] is "St" or "St." or "Saint" || (IndexAt(_tokens, found.Start, floor, k + 1) is var ownerFirst && ownerFirst > 0
                    && _tokens[ownerFirst - 1].Lower is "of" or "at" or "in" or "to" or "from" or "outside" or "inside" or "near"
                    // (the B-sample from Jonas Verhaegen's out-of-competition test: an owner followed by what is owned is a person.)
                    && !(k + 1 < _tokens.Count && _tokens[k + 1].IsWord && char.IsLower(_tokens[k + 1].Raw[0]) && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start)))))
            {
                continue;
            }

            if (found is { Kind: MentionKind.Organisation } organisation && char.IsUpper(organisation.Name[0]))
            {
                _organisations.Add((organisation.Name, _tokens[k].Start));
                continue;
            }

            // (second in Division One, Formula One: a name ending in a number word is a league's, a contest's or a channel's.)
            if (found is not { Kind: MentionKind.Name } foundName || _tokens[k].EndsName)
            {
                continue;
            }

            var mention = WithoutPersonNounTitle(foundName);
            string? personNickname = null;
            var nicknamedAt = -1;

            var first = IndexAt(_tokens, mention.Start, floor, k + 1);

            // Abbot Theoklitos Psaroudakis blessed the stones: a role noun opening the sentence in title case, read there as a common
            // word, is the title of the name after it.
            if (first > 0 && _tokens[first - 1] is { IsWord: true, IsCapitalized: true, CommonAtSentenceStart: true } opener
                && (QuoteLexicon.RoleNouns.Contains(opener.Lower) || QuoteLexicon.PersonHeads.Contains(opener.Lower))
                && !BreakBetween(opener.End, _tokens[first].Start) && !mention.Titles.Contains(opener.Lower))
            {
                mention = mention with { Titles = [.. mention.Titles, opener.Lower] };
            }

            if (mention.Titles.Count == 0 && ModifiesIndefiniteNoun(first, k))
            {
                continue; // a former Delaunay Frères pattern cutter, one Millbeck season-ticket holder: a name modifying someone unnamed
            }

            // Cloonmore 2-14 Kilbrannagh Gaels 1-15, Ashby Rovers 2-1 Castle Town 0: a name between two scores in a result line is the
            // second side, a team, never a person (a player after a score, Nadal 6-4 6-3, has none before).
            if (mention.Titles.Count == 0 && first >= 1 && IsScore(_tokens[first - 1]) && k + 1 < _tokens.Count && IsScore(_tokens[k + 1]))
            {
                _organisations.Add((mention.Name, _tokens[k].Start));
                continue;
            }

            if (mention.Titles.Count == 0 && first >= 2 && _tokens[first - 1].Lower == "of" && PlaceNouns.Contains(_tokens[first - 2].Lower))
            {
                continue; // the town of Beit Halaf, the Bishop of Tollbridge: a place, not a person
            }

            // In Valsorda di Sopra, a village of 300 people, Teresa Gritti, 91, …: a name in apposition to which stands a place's noun
            // is a place, not a person (blind405).
            if (mention.Titles.Count == 0 && PlaceInApposition(k + 1))
            {
                continue;
            }

            // near Makongeni Juu, across Ringwood Flats: a name with no title after a preposition only places take, opening with no
            // given name the lists hold, is a place, not a person.
            if (mention.Titles.Count == 0 && first >= 1 && PlaceOnlyPrepositions.Contains(_tokens[first - 1].Lower) && !MentionParser.IsPossessive(_tokens[k])
                && _givenNames.IsMale(mention.Name.Split(' ')[0]) is null)
            {
                continue;
            }

            if (mention.Titles.Count == 0 && first >= 2 && _tokens[first - 1].Lower is "of" or "at" or "for" && QuoteLexicon.OfficeNouns.Contains(_tokens[first - 2].Lower))
            {
                // Colin Ashby, chair of Kellin Patients Together: the name an office belongs to is an organisation.
                _organisations.Add((mention.Name, _tokens[k].Start));
                continue;
            }

            // her bank, Varenholter Sparkasse, wrote: a name in apposition after a body's noun, owned or made definite, is that body's,
            // whatever word ends it (blind269).
            if (mention.Titles.Count == 0 && first >= 2 && BodyNamedAfterNoun(first - 1) > 0)
            {
                _organisations.Add((mention.Name, _tokens[k].Start));
                continue;
            }

            if (mention.Titles.Count == 0 && ((first >= 1 && _tokens[first - 1].Lower == "the" && !BreakBetween(_tokens[first - 1].End, _tokens[first].Start))
                || QuoteLexicon.ThingNameEnds.Contains(mention.Name[(mention.Name.LastIndexOf(' ') + 1)..].ToLowerInvariant())))
            {
                continue; // The Glass Orchard, the Blackscar Bike Shack, the Harland Prize: a title or a thing, not a person
            }

            // (Stannington College of Craft: a run that opens with a lowercase word other than a name's particle is the tail of a
            // body's name, never a person's.)
            if (char.IsLower(mention.Name[0]) && !MentionParser.NameParticles.Contains(mention.Name.Split(' ')[0]))
            {
                continue;
            }

            // Kiln Lane, Mill Street: a common word before a place's last word that is also a surname names a place; so does a word the
            // name lists do not give as a given name, after a preposition of place (a standing ovation at Ashgrove Park).
            // (The Plough at Market Haddow: after such a preposition, so does a common word the name lists do not give as a given name
            // before any last word; blind326. Outside 14 Marram Street: so does any word after a house's number; blind332.)
            if (mention.Titles.Count == 0 && _dictionary is not null && mention.Name.Split(' ') is [var placeWord, var placeEnd]
                && QuoteLexicon.SurnameLikePlaceEnds.Contains(placeEnd.ToLowerInvariant()) is var placeLikeEnd
                && _dictionary.IsCommonNotName(placeWord) is var commonFirst
                && ((placeLikeEnd && (commonFirst || (first >= 1 && _tokens[first - 1].Raw.All(char.IsAsciiDigit))))
                    || (first >= 1 && PlacePrepositions.Contains(_tokens[first - 1].Lower) && !_givenNames.IsGivenName(placeWord) && (placeLikeEnd || commonFirst))))
            {
                continue;
            }

            // Pic d'Arrens, Val d'Isère: a name whose last word holds an elided particle is a person's only after a given name the lists
            // hold (Laurent d'Arifat); after another word it is a place's.
            if (mention.Titles.Count == 0 && mention.Name.Split(' ') is [var elidedFirst, .., var elidedLast] && MentionParser.IsParticleName(_tokens[k])
                && !MentionParser.IsHyphenedParticleName(_tokens[k]) && !_givenNames.IsGivenName(elidedFirst) && elidedLast == _tokens[k].Raw)
            {
                continue;
            }

            // said Dean Rowley, branch secretary of the union: a title word that is also a given name, before one name and an appositive
            // giving another office, is the given name.
            if (!mention.Name.Contains(' ', StringComparison.Ordinal) && GivenNameTitle(mention, k) is { } given)
            {
                mention = mention with { Name = given + " " + mention.Name, Titles = mention.Titles.Where(t => t != given.ToLowerInvariant()).ToList() };
            }

            // Chent'nyi Aubin dé Gruchy, …. "…," the Chent'nyi said: a first word no name list gives anyone, which the text also
            // writes alone after "the", is a title in a language the role lists do not hold, not a given name (blind397).
            string? leadingTitle = null;
            if (mention.Name.Split(' ') is [var titleWord, var givenWord, _, ..] && char.IsUpper(givenWord[0]) && !_givenNames.IsGivenName(titleWord)
                && IsWrittenAfterThe(titleWord))
            {
                leadingTitle = titleWord.ToLowerInvariant();
                mention = mention with { Name = mention.Name[(titleWord.Length + 1)..], Titles = [.. mention.Titles, leadingTitle] };
            }

            // Carl "The Owl" Benning: a nickname in marks between a given name and a surname leaves the person named by the two.
            // (Ramiro "El Zurdo" Betancourt Leyva: so does one before two surnames, whose first the name lists give no one; Callum
            // "Tiny" Mac an Tòisich: or before a surname whose particles follow its first word, which is then no given name; blind272.)
            if ((!mention.Name.Contains(' ', StringComparison.Ordinal) || !_givenNames.IsGivenName(mention.Name[..mention.Name.IndexOf(' ', StringComparison.Ordinal)])
                    || (mention.Name.Split(' ') is [_, var second, _, ..] && char.IsLower(second[0])))
                && NicknamedName(first) is var (nicknamed, nickname))
            {
                personNickname = nickname;
                // (Sheriff Raymond "Buddy" Tolliver: the title before the given name is the person's, as it would be without the nickname.)
                var givenAt = _tokens.FindLastIndex(first - 1, t => t.Raw == nicknamed);
                var titles = new List<string>();
                for (var j = givenAt - 1; j >= 0 && givenAt - j <= MaximumStyleWords && _tokens[j].IsWord
                     && (MentionParser.IsHonorific(_tokens[j]) || QuoteLexicon.RoleNouns.Contains(_tokens[j].Lower)) && !BreakBetween(_tokens[j].End, _tokens[j + 1].Start); j--)
                {
                    titles.Insert(0, _tokens[j].Lower.TrimEnd('.'));
                }

                mention = mention with { Name = nicknamed + " " + mention.Name, Titles = [.. mention.Titles, .. titles] };
                nicknamedAt = givenAt;
            }

            // the Monastery of Agios Kyprianos, the feast of Agios Kyprianos: a name opened by a word for "saint" is a saint's, or a
            // church's, a feast's or a village's named for one, never a speaker's (blind313).
            if (mention.Name.Split(' ') is [var saintWord, _, ..] && QuoteLexicon.SaintWords.Contains(saintWord))
            {
                continue;
            }

            // Queen Amara, King Olav, Bhante Suvaco: a royal title, or a monk's or a teacher's, makes one name a person's, as a
            // surname alone does not.
            var parts = mention.Name.Split(' ');
            if (parts.Length < 2 && !(mention.Titles.Any(t => QuoteLexicon.LeadingTitles.Contains(t) || ReligiousTitles.Contains(t)) && !_persons.Any(p => p.Parts.Contains(parts[0], StringComparer.Ordinal)))
                && !(!byKey.ContainsKey(mention.Name) && IsGivenAsName(first)))
            {
                // A surname alone marks a person met before as mentioned again; Ms or Mr before it tells
                // the gender of the one person of that surname.
                var sharing = _persons.Count(p => p.Parts[^1] == parts[0]);
                foreach (var p in _persons.Where(p => p.Parts[^1] == parts[0] || p.Parts[0] == parts[0] || (p.Parts.Length >= 3 && p.Parts[^2] == parts[0]) || p.Nickname == parts[0]))
                {
                    p.Positions.Add(_tokens[k].Start);
                    if (p.Parts[^1] == parts[0] && sharing == 1)
                    {
                        p.Titles.AddRange(mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey));
                        p.GenderTitles.AddRange(mention.Titles.Where(QuoteLexicon.GenderWords.ContainsKey));
                        // (Doğru, a 52-year-old farmer, finished …. "…," the farmer grinned: a description in apposition after the
                        // surname alone, an article opening it and a comma closing it, gives the one person of that surname the role;
                        // blind364. Under questioning by Mr Weir-Mensah, the registrant gave: with no closing comma it is the clause's
                        // subject, blind312.)
                        var after = AgeFollows(k) ? k + 3 : k + 1;
                        var closing = after + 2 < _tokens.Count && _tokens[after].Raw == "," && _tokens[after + 1].Lower is "a" or "an" or "the"
                            ? _tokens.FindIndex(after + 2, Math.Min(MaximumAppositiveWords, _tokens.Count - after - 2), t => !t.IsWord)
                            : -1;
                        var described = closing > 0 && _tokens[closing].Raw == "," && !BreakBetween(_tokens[after].End, _tokens[closing].Start)
                            ? Appositive(after).TakeWhile(w => w is not ("who" or "whose" or "which" or "that")).ToList()
                            : [];
                        p.Titles.AddRange(described);
                        p.ExplicitTitles.AddRange(described);
                    }
                }

                continue;
            }

            // Boreal Fibre said, after Boreal Fibre Oy: the opening words of a body named before are that body again, no person.
            if (!byKey.ContainsKey(mention.Name) && mention.Titles.Count == 0 && OrganisationOpeningWith(mention.Name, _tokens[k].Start) is { } opened)
            {
                _organisations.Add((opened, _tokens[k].Start));
                continue;
            }

            // De Vries opening a sentence after Anneke de Vries: the capital particle names the person met before; PCSO Danvers after
            // PCSO Kerry Danvers: so do a longer name's first and last words, or a title the person was given and the surname.
            if (!byKey.ContainsKey(mention.Name) && _persons.FirstOrDefault(p => (p.Parts.Length > parts.Length
                    && (EndsWithName(p.Parts, parts) || (parts.Length == 2 && p.Parts[^1] == parts[1] && p.Parts[0] == parts[0])))
                    || IsTitleAndSurnameOf(p, parts) || IsOwnNameOfPatronymic(p, parts)) is { } known)
            {
                known.Positions.Add(_tokens[k].Start);
                continue;
            }

            // (the old Kumyk title of bazar bashchy. The present holder, Bammat Kazanaliev, …. Bazar Bashchy Kazanaliev told reporters:
            // words the text writes in lower case before the surname of one person met before are a title of theirs; blind361.)
            if (!byKey.ContainsKey(mention.Name) && parts.Length >= 2 && parts.SkipLast(1).All(IsWrittenInLowerCase)
                && _persons.Where(p => p.Parts.Length >= 2 && p.Parts[^1] == parts[^1] && !p.Parts.Intersect(parts.SkipLast(1)).Any()).ToList() is [var titled])
            {
                titled.Positions.Add(_tokens[k].Start);
                var words = parts.SkipLast(1).Select(w => MentionParser.Simplify(w.ToLowerInvariant())).ToList();
                titled.Titles.AddRange(words);
                titled.ExplicitTitles.AddRange(words);
                continue;
            }

            if (!byKey.TryGetValue(mention.Name, out var person))
            {
                person = new Person(mention.Name, parts, _tokens[k].Start);
                byKey[mention.Name] = person;
                _persons.Add(person);
            }

            person.Positions.Add(_tokens[k].Start);
            person.Nickname ??= personNickname;
            person.Titles.AddRange(mention.Titles);
            person.ExplicitTitles.AddRange(mention.Titles);
            person.GenderTitles.AddRange(mention.Titles);
            person.Office ??= leadingTitle;

            // Gareth and Sian Prothero: a given name the lists know, joined by "and" to a full name, shares its surname.
            // (the chairman, Desmond "Dizzy" Fairbairn, apologised: a nicknamed name opens at its given name, so that a role in
            // apposition before it is the person's; blind339.)
            var nameStart = nicknamedAt >= 0 ? nicknamedAt : IndexAt(_tokens, mention.Start, floor, k + 1);
            if (parts.Length == 2 && nameStart >= 2 && _tokens[nameStart - 1].Lower == "and" && _tokens[nameStart - 2] is { IsWord: true, IsCapitalized: true } partner
                && (nameStart < 3 || !MentionParser.IsNameWord(_tokens[nameStart - 3])) && _givenNames.IsMale(partner.Raw) is not null
                && !BreakBetween(partner.End, _tokens[nameStart].Start) && !byKey.ContainsKey(partner.Raw + " " + parts[1]))
            {
                var couple = new Person(partner.Raw + " " + parts[1], [partner.Raw, parts[1]], partner.Start);
                couple.Positions.Add(partner.Start);
                byKey[couple.Key] = couple;
                _persons.Add(couple);
            }

            // (The Dean, the Very Revd Catherine Allardyce: an article and a cleric's style may open the name in apposition.)
            var opening = nameStart;
            while (opening - 1 > 0 && nameStart - opening < MaximumStyleWords && _tokens[opening - 1] is { IsWord: true } style
                   && (MentionParser.IsHonorific(style) || style.Lower is "the" or "very" or "right" or "most" or "rt" or "hon"))
            {
                opening--;
            }

            // (said the village head, yurtda Movsar Edilbiev: an office in the people's own language before the name is the person's
            // title, and the role before it the person's too; blind282.)
            if (opening == nameStart && opening >= 2 && _tokens[opening - 2].Raw == "," && IsUnknownLowercaseWord(_tokens[opening - 1])
                && !BreakBetween(_tokens[opening - 1].End, _tokens[opening].Start))
            {
                opening--;
                person.Titles.Add(_tokens[opening].Lower);
                person.ExplicitTitles.Add(_tokens[opening].Lower);
            }

            // (Counsel for the claimant, Mr Cathal Ó Dálaigh: a role after another role's "for" or "to" is whom the person acts for,
            // not theirs; put the question to the water minister, Helen Strachan: after a verb's "to" it is theirs.)
            if (opening >= 2 && _tokens[opening - 1].Raw == "," && MentionParser.EndingAt(_tokens, opening - 1, ClauseStart(_tokens, opening - 1)) is { Kind: MentionKind.Role } role
                && IndexAt(_tokens, role.Start, ClauseStart(_tokens, opening - 1), opening) is var roleAt
                && !(roleAt > 1 && _tokens[roleAt - 1].Lower is "for" or "to" && QuoteLexicon.RoleNouns.Contains(_tokens[roleAt - 2].Lower)
                    && !BreakBetween(_tokens[roleAt - 2].End, role.Start)))
            {
                person.Titles.AddRange(role.Titles); // Lakeshire's governor, Maeve Dunleavy
                person.ExplicitTitles.AddRange(role.Titles);
                person.GenderTitles.AddRange(role.Titles);
            }
            else if (opening >= 2 && _tokens[opening - 1].Raw == "," && RoleOpeningPhraseBefore(opening - 1) is { } heldRole)
            {
                person.Titles.Add(heldRole); // Counsel to the inquiry, Harriet Oyelaran KC; the lead nurse for emergency care, Grace Adebayo
                person.ExplicitTitles.Add(heldRole);
                person.GenderTitles.Add(heldRole);
            }
            else if (opening >= 2 && _tokens[opening - 1].Raw == "," && CapitalisedOfficeBefore(opening - 1) is { } office)
            {
                person.Titles.Add(office); // The Commissioner for Information, Dr Olumide Akindele; The Iyaloja of Oja-Tuntun market, …
                person.ExplicitTitles.Add(office);
                person.Office = office;
            }

            // Appellant: Lowenna Fairweather-Quick: a party's label in a decision's heading ("the appellant said" stands for her).
            if (HeadingRoleBefore(opening) is { } heading)
            {
                person.Titles.Add(heading);
                person.ExplicitTitles.Add(heading);
            }

            // Shona Petrie, 41, …: "the 41-year-old" later stands for her.
            var aged = AgeFollows(k);
            if (aged)
            {
                // An age is no title given outright: the lead of a story named with an age is still who a bare role stands for.
                person.Titles.Add(_tokens[k + 2].Raw + MentionParser.AgeSuffix);
            }

            // Janet Cole (Clerk), Cllr Rosalind Featherstone (Chair): a role in brackets after a name, as minutes list those present,
            // is a title given outright ("the Clerk confirmed" stands for her).
            if (BracketedRoleAfter(k + 1) is { } bracketed)
            {
                person.Titles.Add(bracketed);
                person.ExplicitTitles.Add(bracketed);
            }

            // The panel was chaired by Professor Ruth Mallender: whom a body is chaired, refereed, captained or coached by holds that office
            // outright (the chair of the panel said, earlier or later).
            // (Pillai-Wood is coached by his uncle, Suresh Pillai: a short phrase of relation or role in apposition may come between.)
            if (OfficeHeldBy(opening) is { } heldBy)
            {
                person.Titles.Add(heldBy);
                person.ExplicitTitles.Add(heldBy);
            }

            // Kwadwo Asante-Mensah was on Friday elected President of the Ghana Football Federation: the office a person is elected or
            // appointed to is a title given outright (the new President said).
            if (OfficeTakenUp(k + 1) is { } takenUp)
            {
                person.Titles.Add(takenUp);
                person.ExplicitTitles.Add(takenUp);
            }

            // Kerensa Penwarden-Lowe, the premises licence holder, has applied to vary the licence: whoever applies, appeals, complains
            // or objects is the party a notice or a decision goes on to call by that part (the applicant wrote).
            if (PartyByVerb(k + 1) is { } party)
            {
                person.Titles.Add(party);
                person.ExplicitTitles.Add(party);
            }

            // (Mihali Gogu-Dimcea, 68, the celnic, or clan head: an age between the name and its appositive leaves the appositive the
            // person's, and Celnic Gogu-Dimcea later the same person; blind281.)
            var appositive = Appositive(aged ? k + 3 : k + 1).ToList();
            person.Titles.AddRange(appositive);
            // Olav, a skipper who chairs the council: the words of a relative clause are no title given outright.
            person.ExplicitTitles.AddRange(appositive.TakeWhile(w => w is not ("who" or "whose" or "which" or "that")));
            // (Dr Tomás Ó Fearghail, the GP partner responsible for supervising Ms Kövári: an honorific after a preposition is another
            // person's, and tells nothing of this one's gender; blind348.)
            person.GenderTitles.AddRange(appositive.TakeWhile(w => w is not ("who" or "whose" or "which" or "that") && !Prepositions.Contains(w)));
        }

        // Brannock Aggregates is a company, not a person; a name met only in the headline (Late Amadi)
        // gives way to the body's person of that surname, and so does one that ends a body person's name (Ní Bhraonáin for Saoirse Ní
        // Bhraonáin). (Marek Nowicki-Baines v Millbeck District Council, then the Appellant, Mr Marek Nowicki-Baines, and his son, Mr
        // Piotr Nowicki-Baines: a name the body writes in full again, on its own, is its own person.)
        foreach (var p in _persons.ToList())
        {
            var titledAsPerson = p.Titles.Any(QuoteLexicon.GenderWords.ContainsKey);
            if (!titledAsPerson && (IsOrganisationName(p.Key) || IsKindMarkedName(p.Key)))
            {
                _persons.Remove(p);
                _organisations.AddRange(p.Positions.Select(position => (p.Key, position)));
            }
            else if (p.First < _bodyOffset && _persons.Where(o => o != p && o.First >= _bodyOffset && o.Parts[^1] == p.Parts[^1]).ToList() is { Count: > 0 } namesakes
                     && (namesakes.Any(o => EndsWithName(o.Parts, p.Parts)) || !IsWrittenAloneInBody(p.Key)))
            {
                _persons.Remove(p);
            }
        }

        // Ms O. Nwosu v Brindle Freight … The claimant, Olufunke Nwosu: a name given by an initial is the one person of that surname
        // whose given name the initial opens, named in full.
        foreach (var p in _persons.Where(p => p.Parts.Length == 2 && IsInitial(p.Parts[0])).ToList())
        {
            if (_persons.Where(o => o != p && o.Parts.Length >= 2 && o.Parts[^1] == p.Parts[^1] && !IsInitial(o.Parts[0]) && o.Parts[0][0] == p.Parts[0][0]).ToList() is [var full])
            {
                full.Absorb(p);
                _persons.Remove(p);
            }
        }
    }

    // Whether the body writes a name of two words or more as a whole name of its own (the Appellant, Mr Marek Nowicki-Baines), not
    // as the tail or the head of a longer one (Saoirse Ní Bhraonáin, Margarida da Costa Pereira; Marek Nowicki-Baines-Ross): after
    // no name's word or particle, and before no more of a word.
    private bool IsWrittenAloneInBody(string key) =>
        key.Contains(' ', StringComparison.Ordinal) && _tokens.Select((t, k) => (t, k)).Any(x => x.t.Start >= _bodyOffset && x.t.Raw == key[..key.IndexOf(' ', StringComparison.Ordinal)]
            && string.CompareOrdinal(_text, x.t.Start, key, 0, key.Length) == 0
            && (x.t.Start + key.Length == _text.Length || !(char.IsLetter(_text[x.t.Start + key.Length]) || _text[x.t.Start + key.Length] == '-'))
            && (x.k == 0 || _tokens[x.k - 1] is not { IsWord: true } before || MentionParser.IsHonorific(before)
                || (char.IsLower(before.Raw[0]) && !MentionParser.NameParticles.Contains(before.Raw))));

    // Prepositions that take a place and hardly ever a person (near the village, outside the school); "at", "in" and "from" take
    // people too (a letter from Ruth Hale) and are left out.
    private static readonly FrozenSet<string> PlaceOnlyPrepositions = FrozenSet.ToFrozenSet(
        ["near", "outside", "inside", "across", "around", "through", "towards", "toward", "beyond", "into", "above", "below", "beneath", "overlooking"], StringComparer.Ordinal);

    // Prepositions before which a two-word name whose first word is no given name is a place (a standing ovation at Ashgrove Park,
    // the Plough at Market Haddow): "at" and "in" among them, as a person is seldom met at or in anyone.
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "near", "outside", "inside", "into", "across", "around", "below", "above", "beyond", "along"], StringComparer.Ordinal);

    // Dato Khairul Anwar for Khairul Anwar bin Haji Sulaiman: a patronymic name met again by the person's own name, the words
    // before bin or binti.
    private static bool IsOwnNameOfPatronymic(Person person, string[] parts) =>
        Array.FindIndex(person.Parts, MentionParser.IsPatronymicParticle) == parts.Length && person.Parts.AsSpan(0, parts.Length).SequenceEqual(parts);

    // PCSO Danvers for PCSO Kerry Danvers: a two-word name that is a title the person was given outright and the person's surname.
    // (Bazar Bashchy Kazanaliev: so a title of two words; blind361.)
    private static bool IsTitleAndSurnameOf(Person person, string[] parts) =>
        parts.Length is 2 or 3 && person.Parts.Length >= 2 && person.Parts[^1] == parts[^1]
        && parts.SkipLast(1).All(w => person.ExplicitTitles.Contains(MentionParser.Simplify(w.ToLowerInvariant())));

    // Whether the text writes a capitalised word in lower case as well, inside a sentence (bazar bashchy).
    private bool IsWrittenInLowerCase(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.ToLowerInvariant() is var lower && _tokens.Any(t => t.Raw == lower);

    // A lowercase word of letters no dictionary list holds, no function word among them (yurtda, a Chechen village head); false
    // without WordNet.
    private static bool IsUnknownLowercaseWord(CueToken token) =>
        token.IsWord && token.Raw.Length >= MinimumForeignTitleLetters && token.Raw.All(char.IsLower) && Matching.Paraphrase.WordNet.Shared is { } words
        && !words.Lemmas(token.Lower).Any() && !QuoteLexicon.ClauseWords.Contains(token.Lower) && !QuoteLexicon.Determiners.Contains(token.Lower)
        && !QuoteLexicon.Copulas.Contains(token.Lower);

    // A foreign title read from its being unknown has at least this many letters, so that "ms", "mr" and the like, written lower
    // case, are not taken for one; set by hand.
    private const int MinimumForeignTitleLetters = 4;

    // O., J: a capital letter standing for a given name.
    private static bool IsInitial(string word) => word.TrimEnd('.') is { Length: 1 } letter && char.IsUpper(letter[0]);

    // Between a name and the verb that gives it an office stand at most this many words (was on Friday, has this week been).
    private const int MaximumWordsBeforeOfficeVerb = 5;

    // The office a person named right before `from` is elected, appointed or named to (X was elected President of …, X has been
    // appointed chief executive), lowercased; null otherwise.
    private string? OfficeTakenUp(int from)
    {
        var verb = -1;
        for (var j = from; j < _tokens.Count && j - from <= MaximumWordsBeforeOfficeVerb && _tokens[j].IsWord; j++)
        {
            if (_tokens[j].Lower is "elected" or "appointed" or "named" or "chosen" or "installed" or "confirmed" or "made")
            {
                verb = j;
                break;
            }
        }

        if (verb < 0 || verb == from || !_tokens.Skip(from).Take(verb - from).Any(t => t.Lower is "was" or "is" or "has" or "had" or "been" or "were"))
        {
            return null;
        }

        var role = verb + 1;
        while (role < _tokens.Count && _tokens[role].Lower is "as" or "the" or "a" or "an" or "new" or "its" or "their")
        {
            role++;
        }

        return role < _tokens.Count && _tokens[role].IsWord && QuoteLexicon.RoleNouns.Contains(_tokens[role].Lower)
            && !(role + 1 < _tokens.Count && _tokens[role + 1].IsWord && QuoteLexicon.RoleNouns.Contains(_tokens[role + 1].Lower))
            ? _tokens[role].Lower
            : role + 1 < _tokens.Count && _tokens[role].IsWord && _tokens[role + 1].IsWord && QuoteLexicon.RoleNouns.Contains(_tokens[role + 1].Lower) ? _tokens[role + 1].Lower : null;
    }

    // A cleric's or a peer's style before a name runs to at most this many words (the Very Revd, the Rt Hon, the Most Revd).
    private const int MaximumStyleWords = 3;

    // An office's name runs at most this many words after its "of" or "for" (the Commissioner for Information, the Iyaloja of
    // Oja-Tuntun market, the Minister of State for Rural Roads); set by hand from public offices' names.
    private const int MaximumOfficeNameWords = 5;

    /// <summary>
    /// The office named by a sentence's opening phrase "The W of/for …" before the comma at `comma` (<c>The Commissioner for
    /// Information, Dr Olumide Akindele</c>; <c>The Iyaloja of Oja-Tuntun market, Alhaja Sefiat Adigun</c>): W, lowercased, when it
    /// is a role noun or a word the word list does not know (a title of another tradition), and no body's noun; null otherwise.
    /// </summary>
    private string? CapitalisedOfficeBefore(int comma)
    {
        // (a headline's words before the paragraph are no part of the phrase)
        var start = ClauseStart(_tokens, comma);
        for (var j = comma - 1; j > start; j--)
        {
            if (BreakBetween(_tokens[j - 1].End, _tokens[j].Start))
            {
                start = j;
                break;
            }
        }

        // (The Dean, the Very Revd Catherine Allardyce: a capitalised role noun alone is an office too.)
        if (comma - start == 2 && _tokens[start].Lower == "the" && _tokens[start + 1] is { IsWord: true, IsCapitalized: true } alone
            && QuoteLexicon.RoleNouns.Contains(alone.Lower) && !QuoteLexicon.OrganisationNouns.Contains(alone.Lower))
        {
            return alone.Lower;
        }

        // (The Parliamentary Commissioner for Standards: one capitalised modifier may stand before the office's noun.)
        var modified = comma - start >= 5 && _tokens[start].Lower == "the" && _tokens[start + 1] is { IsWord: true, IsCapitalized: true } modifier
            && !QuoteLexicon.OrganisationNouns.Contains(modifier.Lower) && _tokens[start + 3].Lower is "of" or "for";
        var at = modified ? start + 1 : start;
        if (comma - at < 4 || comma - at > MaximumOfficeNameWords + 3 || _tokens[start].Lower != "the"
            || _tokens[at + 1] is not { IsWord: true, IsCapitalized: true } office || _tokens[at + 2].Lower is not ("of" or "for")
            || QuoteLexicon.OrganisationNouns.Contains(office.Lower) || MentionParser.IsHonorific(office)
            || !Enumerable.Range(start + 3, comma - start - 3).All(j => _tokens[j].IsWord || _tokens[j].Raw is "-" or "&"))
        {
            return null;
        }

        return QuoteLexicon.RoleNouns.Contains(office.Lower) || (_dictionary is not null && !_dictionary.IsCommonNotName(office.Raw) && !_dictionary.IsListedName(office.Raw))
            ? office.Lower : null;
    }

    /// <summary>
    /// The given name a title word before a one-word name stands for (Dean, Bishop, Major, which the word list gives as names),
    /// when an appositive after the name, or a role the name stands in apposition to, gives the person an office other than that
    /// title; null otherwise.
    /// </summary>
    private string? GivenNameTitle(SpeakerMention mention, int last)
    {
        if (_dictionary is null || last < 1 || _tokens[last - 1] is not { IsWord: true, IsCapitalized: true } title
            || !mention.Titles.Contains(title.Lower) || MentionParser.IsHonorific(title) || !QuoteLexicon.RoleNouns.Contains(title.Lower)
            || (last >= 2 && _tokens[last - 2].Lower == "the"))
        {
            return null;
        }

        // (Don Mate Bašić, the parish priest: a role's word between an honorific and a surname is the given name; blind360.)
        if (last >= 2 && _tokens[last - 2].IsCapitalized && (MentionParser.IsHonorific(_tokens[last - 2]) || mention.Titles.Contains(_tokens[last - 2].Lower))
            && !BreakBetween(_tokens[last - 2].End, title.Start))
        {
            return title.Raw;
        }

        if (!_dictionary.IsListedName(title.Raw))
        {
            return null;
        }

        // Ashby's manager, Dean Harrop, said: after another office and its comma, the word is the given name of the one holding it.
        if (last >= 3 && _tokens[last - 2].Raw == "," && _tokens[last - 3] is { IsWord: true } office && char.IsLower(office.Raw[0])
            && QuoteLexicon.RoleNouns.Contains(office.Lower) && office.Lower != title.Lower)
        {
            return title.Raw;
        }

        if (last + 2 >= _tokens.Count || _tokens[last + 1].Raw != ",")
        {
            return null;
        }

        // branch secretary of the Allied Workers' Union: the appositive's lowercase words, up to its first capital.
        var offices = _tokens.Skip(last + 2).Take(MaximumAppositiveWords).TakeWhile(t => t.IsWord && char.IsLower(t.Raw[0]))
            .Select(t => t.Lower).Where(QuoteLexicon.RoleNouns.Contains).ToList();
        return offices.Count > 0 && !offices.Contains(title.Lower) ? title.Raw : null;
    }

    // Whether the token at `last` ends a run of a name's lowercase particles (de la, van der) that a name word opens, one sentence.
    private bool NameBeforeParticles(int last)
    {
        var j = last;
        while (j >= 0 && _tokens[j].IsWord && MentionParser.NameParticles.Contains(_tokens[j].Raw) && (j == last || !BreakBetween(_tokens[j].End, _tokens[j + 1].Start)))
        {
            j--;
        }

        return j >= 0 && j < last && MentionParser.IsNameWord(_tokens[j]) && !BreakBetween(_tokens[j].End, _tokens[j + 1].Start);
    }

    // A nickname is a few words ("The Duke", "Tank"); set by hand from how nicknames are written, not tuned on any set.
    private const int MaximumNicknameWords = 3;

    // Tomas "the Hammer" Reyes, José "el Tigre" Ruiz: an article before a nickname's capitalised word is written in lower case.
    // (Wybe "de Muur" Hoekstra: so Dutch, German and Portuguese articles; blind376.)
    private static readonly FrozenSet<string> NicknameArticles = FrozenSet.ToFrozenSet(["the", "el", "la", "le", "il", "lo", "de", "het", "der", "die", "das", "o", "a"], StringComparer.Ordinal);

    // The given name before a short capitalised nickname in marks that ends right before the surname at token index `first`, if any.
    private string? NicknamedGivenName(int first) => NicknamedName(first)?.Given;

    // The given name and the nickname in marks between it and the surname at token index `first` (Bernard "Bunny" Haythornthwaite).
    private (string Given, string Nickname)? NicknamedName(int first)
    {
        if (first < 1 || _marked.FirstOrDefault(m => m.Closed && m.MarkEnd <= _tokens[first].Start && m.MarkEnd >= _tokens[first - 1].End) is not { } nickname
            || nickname.Segments.Count != 1 || _text[nickname.Segments[0].Start..nickname.Segments[0].End].Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 0 and <= MaximumNicknameWords } words
            || !words.All(w => char.IsUpper(w[0]) || NicknameArticles.Contains(w)) || !words.Any(w => char.IsUpper(w[0])))
        {
            return null;
        }

        var before = _tokens.FindLastIndex(first - 1, t => t.End <= nickname.MarkStart);
        return before >= 0 && MentionParser.IsNameWord(_tokens[before]) && !BreakBetween(_tokens[before].End, _tokens[first].Start)
            && (before == 0 || !MentionParser.IsNameWord(_tokens[before - 1]) || MentionParser.IsHonorific(_tokens[before - 1])
                || BreakBetween(_tokens[before - 1].End, _tokens[before].Start) // (a headline's last word before the paragraph)
                || QuoteLexicon.RoleNouns.Contains(_tokens[before - 1].Lower) // (Sheriff Raymond "Buddy" Tolliver)
                || MentionParser.IsPossessive(_tokens[before - 1]) || _tokens[before - 1].Raw.EndsWith("s'", StringComparison.Ordinal)) // (The Oppidans' Toby "Limpet" MacAskill: a team's possessive; blind354)
            && _tokens[before].End + 1 >= nickname.MarkStart
            ? (_tokens[before].Raw, string.Join(' ', words)) : null;
    }

    // The party a verb makes its subject (has applied: the applicant; appealed: the appellant); set by hand from the parties a
    // notice or a decision names.
    private static readonly FrozenDictionary<string, string> PartyVerbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["applied"] = "applicant", ["appealed"] = "appellant", ["complained"] = "complainant", ["objected"] = "objector", ["petitioned"] = "petitioner",
        // (Ms Siobhán Mac Giolla appeals against the Registrar's decision: a decision's opening paragraph puts the party's verb in
        // the present; blind286.)
        ["applies"] = "applicant", ["appeals"] = "appellant", ["complains"] = "complainant", ["objects"] = "objector", ["petitions"] = "petitioner",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The party whose verb follows the name ending before `from`, past an appositive between commas and an auxiliary (X, the
    // licence holder, has applied to vary …); null when no such verb follows.
    private string? PartyByVerb(int from)
    {
        var j = from;
        if (j < _tokens.Count && _tokens[j].Raw == ",")
        {
            var closing = _tokens.FindIndex(j + 1, Math.Min(MaximumPartyAppositiveWords + 1, _tokens.Count - j - 1), t => !t.IsWord && t.Raw is not ("-" or "'" or "’"));
            j = closing > j + 1 && _tokens[closing].Raw == "," ? closing + 1 : _tokens.Count;
        }

        if (j < _tokens.Count && _tokens[j].Lower is "has" or "had" or "have")
        {
            j++;
        }

        return j < _tokens.Count && j > from && PartyVerbs.TryGetValue(_tokens[j].Lower, out var party) ? party : null;
    }

    // The longest appositive read between a name and the verb that makes it a party (the premises licence holder for The Lantern
    // Bar); set by hand.
    private const int MaximumPartyAppositiveWords = 10;

    // The office a verb before "by" gives the person after it (chaired by, refereed by); set by hand from the verbs of holding an office.
    private static readonly FrozenDictionary<string, string> OfficeByVerb = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["chaired"] = "chair", ["refereed"] = "referee", ["captained"] = "captain", ["coached"] = "coach"
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The office the verb before "by" gives the name opening at `opening`, straight after "by" or after a short phrase in apposition
    // between "by" and a comma (coached by his uncle, Suresh Pillai); null when no such verb comes before.
    private string? OfficeHeldBy(int opening)
    {
        var by = opening - 1;
        if (by >= 1 && _tokens[by].Raw == ",")
        {
            by = _tokens.FindLastIndex(by - 1, Math.Min(MaximumOfficeAppositiveWords + 1, by), t => !t.IsWord || t.Lower == "by");
        }

        return by >= 1 && _tokens[by].Lower == "by" && _tokens.Skip(by + 1).Take(Math.Max(0, opening - by - 2)).All(t => char.IsLower(t.Raw[0]))
            && OfficeByVerb.TryGetValue(_tokens[by - 1].Lower, out var office) ? office : null;
    }

    // coached by his uncle, Suresh Pillai; chaired by the former director, …: at most this many lowercase words between "by" and the
    // comma before the name; set by hand from how news copy names a relation or a role.
    private const int MaximumOfficeAppositiveWords = 4;

    // At most this many words of a role in brackets after a name (Vice-Chair, Parish Clerk, Responsible Financial Officer); set by
    // hand from minutes' attendance lists, not tuned on any set.
    private const int MaximumBracketedRoleWords = 3;

    // The role noun in brackets right after a name (Janet Cole (Clerk)), lowercased, or null: the last word must be a role noun.
    private string? BracketedRoleAfter(int k)
    {
        if (k >= _tokens.Count || _tokens[k].Raw != "(")
        {
            return null;
        }

        // (Harriet O'Sullivan-Rees (chair), a tribunal's panel: so in lower case. Mrs Gwenllian MacArthur-Jones (Chair, lay member):
        // the role may be the first of the roles listed, up to its comma; blind324.)
        var close = _tokens.FindIndex(k + 1, t => !t.IsWord);
        var words = close > k + 1 ? _tokens.Skip(k + 1).Take(close - k - 1).ToList() : [];
        return close > k + 1 && close - k - 1 <= MaximumBracketedRoleWords && _tokens[close].Raw is ")" or ","
            && (words.All(t => t.IsCapitalized) || words.All(t => char.IsLower(t.Raw[0]))) && QuoteLexicon.RoleNouns.Contains(_tokens[close - 1].Lower)
            ? _tokens[close - 1].Lower : null;
    }

    // Whether the last character inside a quote's closing marks is a comma ("… 4 a.m.,"), which runs its sentence on past the marks.
    private bool ClosesWithComma(MarkedQuote marked)
    {
        var inner = marked.MarkEnd - 1;
        while (inner > marked.MarkStart && (IsQuoteMark(_text[inner]) || char.IsWhiteSpace(_text[inner])))
        {
            inner--;
        }

        return marked.Closed && _text[inner] == ',';
    }

    // Whether a quote stands between two words of one name (Raymond "Buddy" Tolliver), as the nickname the name rules read.
    private bool IsNicknameInName(MarkedQuote marked)
    {
        var after = _tokens.FindIndex(t => t.Start >= marked.MarkEnd);
        // (Euan "the Ferret" MacAskill's rink: the surname after the nickname may be possessive.)
        return after > 0 && marked.Closed && _tokens[after].Start <= marked.MarkEnd + 1
            && (MentionParser.IsNameWord(_tokens[after]) || (MentionParser.IsPossessive(_tokens[after]) && _tokens[after].IsCapitalized))
            && NicknamedGivenName(after) is not null;
    }

    // named by the team only as Callum, identified only as Mira, gave his name as Yusuf: at most this many words between the naming
    // word and "as"; set by hand ("named by the rescue team only as" has five), not tuned on any set.
    private const int MaximumGivenAsWords = 5;

    // Whether the one-word name at token index `first` follows "named … as", "identified … as" or "gave his name as": how an
    // article introduces a person it knows by a given name only, who is a person from then on.
    private bool IsGivenAsName(int first)
    {
        if (first < 2 || _tokens[first - 1].Lower != "as")
        {
            return false;
        }

        for (var j = first - 2; j >= 0 && first - 2 - j <= MaximumGivenAsWords && _tokens[j].IsWord; j--)
        {
            if (_tokens[j].Lower is "named" or "identified" or "name")
            {
                return true;
            }
        }

        return false;
    }

    // Nouns of a place, and titles held of one, that take the place's name after "of" (the town of X, the Bishop of X).
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        ["town", "city", "village", "province", "region", "district", "county", "state", "island", "port", "republic", "kingdom", "bishop",
            "archbishop", "mayor", "duke", "duchess", "earl", "lord", "governor"], StringComparer.Ordinal);

    // The nouns of a place that may stand in apposition to its name (Valsorda di Sopra, a village of 300 people).
    private static readonly FrozenSet<string> PlaceKindNouns = FrozenSet.ToFrozenSet(
        ["town", "city", "village", "hamlet", "province", "region", "district", "county", "island", "port", "parish"], StringComparer.Ordinal);

    // Whether a comma at token k opens an apposition "a" or "an", at most MaximumPlaceModifiers lowercase words and a place's noun,
    // then no further noun (a village of 300 people, a small port on the east coast; not a town councillor, a parish clerk).
    private bool PlaceInApposition(int k)
    {
        if (k + 2 >= _tokens.Count || _tokens[k].Raw != "," || _tokens[k + 1].Lower is not ("a" or "an"))
        {
            return false;
        }

        for (var j = k + 2; j < _tokens.Count && j - k - 2 <= MaximumPlaceModifiers && _tokens[j].IsWord && !_tokens[j].IsCapitalized; j++)
        {
            if (PlaceKindNouns.Contains(_tokens[j].Lower))
            {
                return j + 1 >= _tokens.Count || !_tokens[j + 1].IsWord || _tokens[j + 1].Lower is "of" or "in" or "on" or "near" or "where" or "which" or "that" or "with";
            }

            if (QuoteLexicon.PersonHeads.Contains(_tokens[j].Lower))
            {
                return false;
            }
        }

        return false;
    }

    // A place's noun in apposition may follow this many lowercase words after its article (a small fishing village); set by hand.
    private const int MaximumPlaceModifiers = 2;

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
    // Whether the name from token `first` to `last` stands between an indefinite determiner (and lowercase modifiers) and the
    // lowercase noun it modifies: a brand, a club or a place describing an unnamed person, not a person.
    private bool ModifiesIndefiniteNoun(int first, int last)
    {
        if (last + 1 >= _tokens.Count || !_tokens[last + 1].IsWord || !char.IsLower(_tokens[last + 1].Raw[0]) || FiniteVerbLike(_tokens[last + 1])
            || QuoteLexicon.SpeechVerbs.Contains(_tokens[last + 1].Lower) || QuoteLexicon.StopWords.Contains(_tokens[last + 1].Lower))
        {
            return false;
        }

        // (a loved-up Kieran sat down: the words after the name must end in a noun for a person, pattern cutter, season-ticket holder.)
        var noun = last + 1;
        while (noun < _tokens.Count && noun - last <= MaximumRoleModifiersBeforeSource && _tokens[noun].IsWord && char.IsLower(_tokens[noun].Raw[0])
               && !QuoteLexicon.PersonHeads.Contains(_tokens[noun].Lower))
        {
            noun++;
        }

        if (noun >= _tokens.Count || !QuoteLexicon.PersonHeads.Contains(_tokens[noun].Lower))
        {
            return false;
        }

        var d = first - 1;
        while (d >= 0 && first - d <= MaximumRoleModifiersBeforeSource && _tokens[d].IsWord && char.IsLower(_tokens[d].Raw[0]) && !QuoteLexicon.Determiners.Contains(_tokens[d].Lower))
        {
            d--;
        }

        return d >= 0 && _tokens[d].Lower is "a" or "an" or "one" or "another";
    }

    // The words the article writes in lower case, read once on first use.
    private HashSet<string> LowercaseWords => _lowercaseWords ??= _tokens.Where(t => t.IsWord && char.IsLower(t.Raw[0])).Select(t => t.Raw).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _lowercaseWords;

    // … under coxswain Joe Ritchie. "…," Coxswain Ritchie told the Journal: a capitalised noun WordNet gives a person, which the
    // article also writes in lower case and the word list does not give as a name, is a title before the name, not its first word
    // (Amir Haddad, Mason Mount: a given name that is also a person noun stays a name). So is such a noun, itself no given name,
    // before a given name the name lists know and a surname: the young Welshman Rhys Brannock, Dutchman Joost van Leer.
    private SpeakerMention WithoutPersonNounTitle(SpeakerMention mention)
    {
        var parts = mention.Name.Split(' ');
        if (mention.Kind != MentionKind.Name || _dictionary is null || parts.Length < 2 || !char.IsUpper(parts[0][0])
            || !QuoteLexicon.PersonHeads.Contains(parts[0].ToLowerInvariant()) || MentionParser.IsPseudonym(mention.Name)
            || !((LowercaseWords.Contains(parts[0].ToLowerInvariant()) && !_dictionary.IsListedName(parts[0]))
                || (parts.Length >= 3 && _givenNames.IsMale(parts[1]) is not null && _givenNames.IsMale(parts[0]) is null)))
        {
            return mention;
        }

        return mention with { Name = string.Join(' ', parts[1..]), Titles = [.. mention.Titles, parts[0].ToLowerInvariant()] };
    }

    // The tokens from `floor` to the possessive at `k`, its ending taken off (Nowicki's as Nowicki), with the article's offsets.
    private List<CueToken> StemmedRun(int floor, int k) => StemmedTokens(_tokens, floor, k);

    private string? PossessiveOrganisation(int k)
    {
        var token = _tokens[k];

        // Corvane's press release, Tessaro's shares: one name owning what only a body has is a body's name (a person's own
        // shares are "her shares"), unless it is a given name or a person's surname met before.
        if (MentionParser.IsPossessive(token) && token.IsCapitalized && (k == 0 || !MentionParser.IsNameWord(_tokens[k - 1]) || BreakBetween(_tokens[k - 1].End, token.Start))
            && k + 1 < _tokens.Count && BodyHoldings.Contains(_tokens[k + 1].Lower) && !BreakBetween(token.End, _tokens[k + 1].Start)
            && token.Raw[..^2] is var owner && MentionParser.IsNameWord(token with { Raw = owner, End = token.End - 2 })
            && GivenNameGenders.Shared.IsMale(owner) is null && !_persons.Any(p => p.Parts.Contains(owner, StringComparer.Ordinal)))
        {
            return owner;
        }

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

        var run = StemmedRun(floor, k);
        var found = MentionParser.EndingAt(run, run.Count, 0);
        if (found is { Kind: MentionKind.Organisation } && char.IsUpper(found.Name[0]))
        {
            return found.Name;
        }

        // Carrow Lisle's fee income, after Carrow Lisle LLP: the opening words of a body named before are that body.
        return found is { Kind: MentionKind.Name } ? OrganisationOpeningWith(found.Name, token.Start) : null;
    }

    // The role noun that opens the phrase before a name's comma and is followed by what it is of or to (Counsel to the inquiry,;
    // the lead nurse for emergency care,); null otherwise.
    private string? RoleOpeningPhraseBefore(int comma)
    {
        var start = ClauseStart(_tokens, comma);
        // (According to the coxswain of the Kittiwake, Ewan Struthers: the phrase a source's "according to" opens.)
        if (start + 2 < comma && _tokens[start].Lower == "according" && _tokens[start + 1].Lower == "to")
        {
            start += 2;
        }

        var k = start < comma && QuoteLexicon.Determiners.Contains(_tokens[start].Lower) ? start + 1 : start;
        while (k < comma - 2 && _tokens[k].IsWord && char.IsLower(_tokens[k].Raw[0]) && !QuoteLexicon.RoleNouns.Contains(_tokens[k].Lower)
               && !(QuoteLexicon.PersonHeads.Contains(_tokens[k].Lower) && _tokens[k + 1].Lower is "to" or "of" or "for" or "at" or "with") && k - start <= MaximumRoleModifiersBeforeSource)
        {
            k++;
        }

        return k < comma - 2 && (QuoteLexicon.RoleNouns.Contains(_tokens[k].Lower) || (char.IsLower(_tokens[k].Raw[0]) && QuoteLexicon.PersonHeads.Contains(_tokens[k].Lower))) && _tokens[k + 1].Lower is "to" or "of" or "for" or "at" or "with"
            && Enumerable.Range(k + 2, comma - k - 2).All(j => _tokens[j].IsWord)
            ? _tokens[k].Lower
            : null;
    }

    // What a body holds and a person does not, named straight after an owner (Corvane's press release, Tessaro's shareholders); set
    // by hand from business copy, not from any annotated set.
    private static readonly FrozenSet<string> BodyHoldings = FrozenSet.ToFrozenSet(
        ["press", "shares", "shareholders", "headquarters", "board", "subsidiary", "spokesperson", "spokesman", "spokeswoman", "annual", "quarterly",
            "profits", "revenue", "revenues", "customers", "employees", "workforce", "factory", "factories", "stores", "branches", "products", "ceo"],
        StringComparer.Ordinal);

    // Titles given before a monk's, a teacher's or a priest's one name (Bhante Suvaco, Igoumenos Theoktistos).
    private static readonly FrozenSet<string> ReligiousTitles = QuoteLexicon.OneNameTitles.ToFrozenSet(StringComparer.Ordinal);

    // The Arabic words for "mother of" and "father of" that open a kunya, the name a parent is known by (Um Samir, Abu Karim).
    private static readonly FrozenSet<string> Kunyas = FrozenSet.ToFrozenSet(["Um", "Umm", "Om", "Abu", "Abou"], StringComparer.Ordinal);

    // Verity Ashdown-Pell began …, after a headline on Ashdown-Pell: a common word opening a sentence (verity, hope, grace) right
    // before a capitalised word the article also writes elsewhere, a surname met alone, is a given name. Function words, adverbs
    // and participles (Meanwhile, Finally, Asked) never are, nor are nouns for a person or a body (Ringleader, Promoter).
    private bool IsGivenNameBeforeSurname(int k, Dictionary<string, int> occurrences)
    {
        var lower = _tokens[k].Lower;
        return _tokens[k].Start >= _bodyOffset && k + 1 < _tokens.Count && _tokens[k + 1].IsWord && _tokens[k + 1].IsCapitalized && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start)
            && (occurrences.GetValueOrDefault(_tokens[k + 1].Raw) > 1 || IsSurnameBeforeWho(k + 1) || IsSurnameBeforeAge(k + 1)) && !MentionParser.IsHonorific(_tokens[k + 1])
            && !QuoteLexicon.StopWords.Contains(lower) && !QuoteLexicon.NotNames.Contains(lower) && !QuoteLexicon.ClauseWords.Contains(lower)
            && !OpeningAdverbials.Contains(lower) && !lower.EndsWith("ly", StringComparison.Ordinal) && !lower.EndsWith("ed", StringComparison.Ordinal)
            && !lower.EndsWith("ing", StringComparison.Ordinal) && !QuoteLexicon.SpeechVerbs.Contains(lower)
            && !IsTitleBeforeName(k) && !QuoteLexicon.OrganisationNouns.Contains(lower);
    }

    // Ringleader Kyle Dunmore: a person's noun opening a sentence is a title before a given name and a surname, and any listed role is a
    // title before a surname alone (Chairman Pryce). A person's noun of the word lists only, before one capitalised word, is a given
    // name (Server Çelebiyev farms 40 hectares; Server is a Crimean Tatar name, the word list's "server" one who serves; blind370).
    private bool IsTitleBeforeName(int k) =>
        QuoteLexicon.RoleNouns.Contains(_tokens[k].Lower)
        || (QuoteLexicon.PersonHeads.Contains(_tokens[k].Lower) && k + 2 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 2]) && !BreakBetween(_tokens[k + 1].End, _tokens[k + 2].Start));

    // Mare Lupšić-Dobrila, 54, roasts chestnuts: a capitalised word no dictionary holds, before an age between commas, is a person's
    // surname, so the common word before it opening the sentence is the given name (blind373).
    private bool IsSurnameBeforeAge(int k) =>
        AgeFollows(k) && _tokens[k + 2].Raw.Length <= MaximumAgeDigits && _dictionary?.IsCommonNotName(_tokens[k].Raw) == false;

    // An age has at most three digits.
    private const int MaximumAgeDigits = 3;

    // Whether an age between commas follows the word at `k` (Shona Petrie, 41, …).
    private bool AgeFollows(int k) =>
        k + 3 < _tokens.Count && _tokens[k + 1].Raw == "," && _tokens[k + 2].Raw.All(char.IsDigit) && _tokens[k + 3].Raw == ",";

    // Ante "Barba" Kožul keeps his boat: a common word opening the sentence before a nickname in marks, a capitalised word or
    // three, and a capitalised word no dictionary holds, is a given name, as the nickname between the two names shows (blind365).
    private bool IsGivenNameBeforeNickname(int k)
    {
        if (_tokens[k].Start < _bodyOffset || k + 1 >= _tokens.Count || _tokens[k + 1].Raw is not ("\"" or "\u201C") || BreakBetween(_tokens[k].End, _tokens[k + 1].Start))
        {
            return false;
        }

        var closing = _tokens.FindIndex(k + 2, Math.Min(MaximumNicknameWords + 1, _tokens.Count - k - 2), t => !t.IsWord);
        return closing > k + 2 && _tokens[closing].Raw is "\"" or "\u201D" && closing + 1 < _tokens.Count
            && Enumerable.Range(k + 2, closing - k - 2).All(j => _tokens[j].IsCapitalized || NicknameArticles.Contains(_tokens[j].Lower))
            && _tokens[closing + 1] is { IsWord: true, IsCapitalized: true } surname && !BreakBetween(_tokens[closing].End, surname.Start)
            && _dictionary?.IsCommonNotName(surname.Raw) != true;
    }

    // Ante Kolega-Bašić, who chairs the island's committee: a double-barrelled word, both halves capitalised, before ", who" is a
    // person's surname, so the common word before it opening the sentence is the given name (blind332).
    private bool IsSurnameBeforeWho(int k) =>
        k + 2 < _tokens.Count && _tokens[k].Raw.Split('-') is [{ Length: > 1 } left, { Length: > 1 } right] && char.IsUpper(left[0]) && char.IsUpper(right[0])
        && _tokens[k + 1].Raw == "," && _tokens[k + 2].Lower == "who";

    /// <summary>
    /// Marks the titles the article shows by their use (Opanin Kwame Adusei, then Opanin Adusei; Togbe Kofi Amedzo, then Togbe
    /// Amedzo): a capitalised word that neither the name lists nor the dictionary hold, written before a listed given name and a
    /// surname, and again before that surname alone. News copy names a person again by the surname, with a title or without, so a
    /// word kept with the surname when the listed given name after it is dropped is a title. So is such a word before a given name the
    /// lists lack, when the long form has just three words (Indvuna Mandla Shongwe, then Indvuna Shongwe; blind235). (A given name the
    /// lists lack before a middle name, Tunde James Bakare then Tunde Bakare, would read so too; such second mentions are rare in news
    /// copy, and no annotated set holds one.)
    /// </summary>
    private void MarkTitlesByUse()
    {
        // (an article of one word or none shows no title: every use below reads a word and the one before or after it)
        if (_tokens.Count < 2)
        {
            return;
        }

        var runs = new List<(int Start, int End)>();
        for (var k = 0; k < _tokens.Count; k++)
        {
            var end = NameRunEnd(k);
            if (end > k)
            {
                runs.Add((k, end));
                k = end - 1;
            }
        }

        var words = Matching.Paraphrase.WordNet.Shared;
        var titles = runs.Where(r => r.End - r.Start >= 3 && _tokens[r.Start] is var title
                && !_givenNames.IsGivenName(title.Raw) && (_givenNames.IsGivenName(_tokens[r.Start + 1].Raw) || r.End - r.Start == 3)
                && (words is null || !words.Lemmas(title.Lower).Any()) && !QuoteLexicon.RoleNouns.Contains(title.Lower)
                && runs.Any(o => o.End - o.Start == 2 && _tokens[o.Start].Raw == title.Raw && _tokens[o.Start + 1].Raw == _tokens[r.End - 1].Raw))
            .Select(r => _tokens[r.Start].Raw)
            .ToHashSet(StringComparer.Ordinal);

        // Ullu Hazzan Izaak Łobanos, then Ullu Hazzan Łobanos: so are two such words kept together before the surname when the
        // given name after them is dropped (blind371).
        bool IsUnlistedWord(CueToken word) =>
            !_givenNames.IsGivenName(word.Raw) && (words is null || !words.Lemmas(word.Lower).Any()) && !QuoteLexicon.RoleNouns.Contains(word.Lower);
        titles.UnionWith(runs.Where(r => r.End - r.Start >= 4 && IsUnlistedWord(_tokens[r.Start]) && IsUnlistedWord(_tokens[r.Start + 1])
                && runs.Any(o => o.End - o.Start == r.End - r.Start - 1 && _tokens[o.Start].Raw == _tokens[r.Start].Raw
                    && _tokens[o.Start + 1].Raw == _tokens[r.Start + 1].Raw && _tokens[o.End - 1].Raw == _tokens[r.End - 1].Raw))
            .SelectMany(r => new[] { _tokens[r.Start].Raw, _tokens[r.Start + 1].Raw }));

        // Sołtys Radosław Kwiatkowski, then "the sołtys replied"; Pak Suwardi Hadiprojo, then Pak Suwardi: a capitalised word the name
        // lists and the dictionary lack, written before a name of two words at least, is a title when the article writes it again in
        // lowercase after "the", as an office is written, or keeps it with the given name when it drops the surname, as a form of
        // address is (blind256, blind257). No one writes a given name in lowercase, nor shortens a name to its first two words while
        // the first is a given name of the lists (left to the rule above). Never before a body's noun; and the short form's evidence
        // only where the given name and the surname are no dictionary words, no letters in capitals and no legal form (the World
        // Classic Strength Federation, then "the world"; Kelderwick Harbour Trust, then Kelderwick Harbour; Bärsta Kalk AB, then
        // Bärsta Kalk: the unguarded rule lost 100 quotes over 62 annotated sets).
        // (Amghar Mohand Aït-Ouméziane, then "The Amghar said", "the Amghar did not hesitate": so a capitalised word alone after
        // "the" before a verb or a stop, as an outlet capitalises a foreign office it keeps; blind290. Not before a noun: the Hessop
        // bypass, the Eastmoor patch, the Hollins family name a place or a family, and unguarded so lost 23 quotes over 293 sets.)
        // (Marja Čurkina, whom the children address as Opendai; then "Opendai Čurkina said" and "the opendai said": a word the
        // article writes alone in lowercase after "the", as an office is written, before the surname of a person it names with
        // another given name, is her title; blind308. Not one written capitalised after "the": Domaine Lacombe-Sérac, then "the
        // Domaine wrote", is an estate, whose owner Jean-Baptiste Lacombe-Sérac is another; blind267.)
        var lowercaseAfterThe = Enumerable.Range(1, _tokens.Count - 1)
            .Where(k => _tokens[k].IsWord && !_tokens[k].IsCapitalized && _tokens[k - 1].Lower == "the")
            .Select(k => _tokens[k].Lower)
            .ToHashSet(StringComparer.Ordinal);
        // (Ira Kanak Qorqin, then "the Ira nodded" and "the Ira said": a given name too, yet no one writes a person's given name
        // after "the" as the subject of a verb, so there the use alone shows the title; blind303.)
        var capitalisedAfterThe = Enumerable.Range(1, _tokens.Count - 2)
            .Where(k => _tokens[k] is { IsWord: true, IsCapitalized: true } && _tokens[k - 1].Lower == "the" && !MentionParser.IsPossessive(_tokens[k]))
            .ToList();
        // (Boas Hilke Eilderts, then "The Boas, who gave part of her remarks …": so a word "who" takes up after "the" and a comma,
        // as only a person is; blind368.)
        var speakingAfterThe = capitalisedAfterThe
            .Where(k => QuoteLexicon.SpeechVerbs.Contains(_tokens[k + 1].Lower) || FiniteVerbs.Contains(_tokens[k + 1].Lower)
                || (_tokens[k + 1].Raw == "," && k + 2 < _tokens.Count && _tokens[k + 2].Lower == "who"))
            .Select(k => _tokens[k].Lower)
            .ToHashSet(StringComparer.Ordinal);
        // (Kart Yyvan Tüngalov, then "the kart said": so does a word written in lowercase after "the" as the subject of a speech verb
        // that is no English word for a person, though the name lists give Kart as a given name; blind330.)
        speakingAfterThe.UnionWith(Enumerable.Range(1, Math.Max(0, _tokens.Count - 2))
            .Where(k => _tokens[k] is { IsWord: true, IsCapitalized: false } word && _tokens[k - 1].Lower == "the" && QuoteLexicon.SpeechVerbs.Contains(_tokens[k + 1].Lower)
                && !QuoteLexicon.PersonHeads.Contains(word.Lower) && !MentionParser.IsTitleHead(word.Raw))
            .Select(k => _tokens[k].Lower));
        var aloneAfterThe = capitalisedAfterThe.Where(k => _tokens[k + 1].Raw is "," or ".").Select(k => _tokens[k].Lower)
            .Concat(lowercaseAfterThe).Concat(speakingAfterThe)
            .ToHashSet(StringComparer.Ordinal);
        titles.UnionWith(runs.Where(r => (r.End - r.Start >= 3 || (r.End - r.Start == 2 && lowercaseAfterThe.Contains(_tokens[r.Start].Lower)
                && runs.Any(o => o.End - o.Start >= 2 && _tokens[o.End - 1].Raw == _tokens[r.End - 1].Raw && _tokens[o.Start].Raw != _tokens[r.Start].Raw
                    && (_givenNames.IsGivenName(_tokens[o.Start].Raw) || IsOfficeInAppositionAfter(o.End, _tokens[r.Start].Lower)))))
            && _tokens[r.Start] is var title && (speakingAfterThe.Contains(title.Lower) || (!_givenNames.IsGivenName(title.Raw)
                && (words is null || !words.Lemmas(title.Lower).Any()))) && !QuoteLexicon.RoleNouns.Contains(title.Lower) && !QuoteLexicon.OrganisationNouns.Contains(title.Lower)
                && !QuoteLexicon.OrganisationNouns.Contains(_tokens[r.End - 1].Lower) && !QuoteLexicon.LegalEndings.Contains(_tokens[r.End - 1].Lower.TrimEnd('.'))
                && (aloneAfterThe.Contains(title.Lower)
                    || (r.End - r.Start == 3 && (words is null || !words.Lemmas(_tokens[r.Start + 1].Lower).Any() && !words.Lemmas(_tokens[r.End - 1].Lower).Any())
                        && !_tokens[r.End - 1].Raw.All(char.IsUpper) && !QuoteLexicon.LegalEndings.Contains(_tokens[r.End - 1].Lower.TrimEnd('.')) && runs.Any(o => o.End - o.Start == 2 && _tokens[o.Start].Raw == title.Raw
                        && _tokens[o.Start + 1].Raw == _tokens[r.Start + 1].Raw && o.Start != r.Start))))
            .Select(r => _tokens[r.Start].Raw));

        // Bernat de la Sèrra, then M. de la Sèrra: in copy from French-speaking places M. is Monsieur, not an initial, when the article
        // names a person of that surname whose given name has another initial (blind257), or writes such a given name and a surname
        // straight after it (M. Gaston Pellerin-Aubry; blind267). MM. and Mme are listed already.
        for (var k = 0; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].Raw == "M." && SurnameAfter(k + 1) is var surname and { Length: > 0 } && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start)
                && (Enumerable.Range(1, _tokens.Count - 1).Any(j => j != k && _tokens[j - 1] is { IsWord: true, IsCapitalized: true } given
                    && given.Raw[0] != 'M' && _givenNames.IsGivenName(given.Raw) && SurnameAfter(j) == surname)
                    || (_tokens[k + 1] is { IsWord: true, IsCapitalized: true } next && next.Raw[0] != 'M' && _givenNames.IsGivenName(next.Raw)
                        && SurnameAfter(k + 2).Length > 0)))
            {
                _tokens[k] = _tokens[k] with { TitleByUse = true };
            }
        }

        // Don Pero Šegedin, then Don Pero: a title that is a given name too is shown as one when the short form keeps the given name
        // after it, as no one shortens a given name and a surname to two given names; it is a title before that given name only
        // (Don Draper, in the same article, keeps his).
        var titledGivenNames = runs.Where(r => r.End - r.Start >= 3 && QuoteLexicon.TitlesThatAreGivenNames.Contains(_tokens[r.Start].Raw)
                && _givenNames.IsGivenName(_tokens[r.Start + 1].Raw)
                && runs.Any(o => o.End - o.Start == 2 && _tokens[o.Start].Raw == _tokens[r.Start].Raw && _tokens[o.Start + 1].Raw == _tokens[r.Start + 1].Raw))
            .Select(r => (_tokens[r.Start].Raw, _tokens[r.Start + 1].Raw))
            .ToHashSet();
        // Kapetan Manolis Fragkou-Sarris, then "the kapetan said": a listed title the article writes before a name is an office
        // when written alone in lowercase after "the" (blind309).
        var listedTitlesBeforeNames = Enumerable.Range(0, _tokens.Count - 1)
            .Where(k => _tokens[k] is { IsWord: true, IsCapitalized: true } title && QuoteLexicon.Honorifics.Contains(title.Lower) && MentionParser.IsNameWord(_tokens[k + 1]))
            .Select(k => _tokens[k].Lower)
            .ToHashSet(StringComparer.Ordinal);
        // Devendra Acharya, then "said Acharya": a listed title written last after a listed given name is that person's surname
        // everywhere in the article (blind307); Acharya, Pandit and Ustad are surnames as well as titles. (Not after "The" opening a
        // sentence, which the name lists hold: The Igoumenos said; blind283.)
        var titlesAsSurnames = Enumerable.Range(1, _tokens.Count - 1)
            .Where(k => _tokens[k] is { IsWord: true, IsCapitalized: true } word && QuoteLexicon.Honorifics.Contains(word.Lower)
                && ((_tokens[k - 1] is { IsWord: true, IsCapitalized: true } given && _givenNames.IsGivenName(given.Raw) && !QuoteLexicon.Honorifics.Contains(given.Lower)
                        && !QuoteLexicon.StopWords.Contains(given.Lower) && !BreakBetween(given.End, word.Start))
                    || (NicknamedGivenName(k) is { } nicknamed && _givenNames.IsGivenName(nicknamed))) // (Devendra "Thumbs" Acharya)
                && (k + 1 >= _tokens.Count || !MentionParser.IsNameWord(_tokens[k + 1]) || BreakBetween(word.End, _tokens[k + 1].Start)))
            .Select(k => _tokens[k].Raw)
            .ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (titlesAsSurnames.Contains(_tokens[k].Raw))
            {
                _tokens[k] = _tokens[k] with { SurnameByUse = true };
                continue;
            }

            if (titles.Contains(_tokens[k].Raw) || (k + 1 < _tokens.Count && titledGivenNames.Contains((_tokens[k].Raw, _tokens[k + 1].Raw)))
                || (k > 0 && _tokens[k - 1].Lower == "the" && titles.Any(t => string.Equals(t, _tokens[k].Raw, StringComparison.OrdinalIgnoreCase)))
                || (k > 0 && _tokens[k - 1].Lower == "the" && !_tokens[k].IsCapitalized && listedTitlesBeforeNames.Contains(_tokens[k].Lower)))
            {
                _tokens[k] = _tokens[k] with { TitleByUse = true }; // (the sołtys replied: the office, read as a role's noun)
            }
        }

        // Yal Vuy Akpatyr Sölymov, then "the yal vuy said": the word after a title, when the article writes the two capitalised before
        // a name and alone in lowercase after "the", is the title's too (blind326; not "the demarch was", whose verb is never capitalised
        // after Demarch).
        var capitalisedPairs = Enumerable.Range(0, Math.Max(0, _tokens.Count - 1))
            .Where(k => _tokens[k] is { IsWord: true, IsCapitalized: true } && _tokens[k + 1] is { IsWord: true, IsCapitalized: true })
            .Select(k => (_tokens[k].Lower, _tokens[k + 1].Lower))
            .ToHashSet();
        var titlePairsAfterThe = Enumerable.Range(1, Math.Max(0, _tokens.Count - 2))
            .Where(k => _tokens[k - 1].Lower == "the" && _tokens[k] is { IsWord: true, IsCapitalized: false } && _tokens[k + 1] is { IsWord: true, IsCapitalized: false }
                && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start) && capitalisedPairs.Contains((_tokens[k].Lower, _tokens[k + 1].Lower)))
            .Select(k => (_tokens[k].Lower, _tokens[k + 1].Lower))
            .ToHashSet();
        for (var k = 0; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k].TitleByUse && _tokens[k + 1].IsWord && !_tokens[k + 1].TitleByUse && titlePairsAfterThe.Contains((_tokens[k].Lower, _tokens[k + 1].Lower))
                && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start))
            {
                _tokens[k + 1] = _tokens[k + 1] with { TitleByUse = true };
            }
        }
    }

    // Its leader, Ambrogio Ferrè-Sala, holds the old title of Cap, or head. …. The Cap said; the village's mayor, who is addressed
    // by the Arpitan title of sendeucco; a figure known in Venetian as the "gastaldo", a title borrowed from the old republic: a
    // word the article itself calls a title (after "title of", or in marks before ", a title") is an office wherever it writes it
    // in lowercase, or capitalised after "the", as a role's noun is (blind402–405). The word must be capitalised or no dictionary
    // word: "a title of respect" names no office. Returns where each declaration stands, with the word in lowercase.
    private List<(string Title, int Position)> MarkDeclaredTitles()
    {
        var words = Matching.Paraphrase.WordNet.Shared;
        var declared = new List<(string Title, int Position)>();
        for (var k = 0; k + 2 < _tokens.Count; k++)
        {
            var at = -1;
            if (_tokens[k].Lower == "title" && _tokens[k + 1].Lower == "of")
            {
                at = _tokens[k + 2].IsWord ? k + 2 : k + 3;
            }
            else if (k + 5 < _tokens.Count && !_tokens[k].IsWord && _tokens[k + 1].IsWord && !_tokens[k + 2].IsWord && _tokens[k + 3].Raw is "," or "–" or "—"
                     && _tokens[k + 4].Lower == "a" && _tokens[k + 5].Lower == "title")
            {
                at = k + 1;
            }

            if (at < 0 || at >= _tokens.Count || _tokens[at] is not { IsWord: true } word || QuoteLexicon.StopWords.Contains(word.Lower)
                || (at + 1 < _tokens.Count && _tokens[at + 1].IsWord)
                || (!word.IsCapitalized && words is not null && words.Lemmas(word.Lower).Any()))
            {
                continue;
            }

            declared.Add((word.Lower, word.Start));
        }

        var titles = declared.Select(d => d.Title).ToHashSet(StringComparer.Ordinal);
        for (var k = 0; k < _tokens.Count; k++)
        {
            if (titles.Contains(_tokens[k].Lower) && (!_tokens[k].IsCapitalized || (k > 0 && _tokens[k - 1].Lower == "the")))
            {
                _tokens[k] = _tokens[k] with { TitleByUse = true };
            }
        }

        return declared;
    }

    // Its holder, who keeps the old Scots title of Makar, is Ishbel Mennie: the one person the sentence declaring a title names in
    // full, outside quotes, holds it. (The title itself is no mention of the one it names: the post of Doric Makar, a capitalised
    // title before which the name scan finds a person "Doric Makar", whose surname the declaration then seems to write.)
    private void GiveDeclaredTitles(List<(string Title, int Position)> declared)
    {
        foreach (var (title, position) in declared)
        {
            var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= position && position < p.End);
            var start = SentenceStart(position, paragraph.Start);
            var end = SentenceEnd(position, paragraph.End);
            if (_persons.Where(p => p.Parts.Length >= 2 && p.Positions.Any(x => x >= start && x < end && x != position && !_marked.Any(m => m.MarkStart < x && x < m.MarkEnd)))
                .ToList() is [var holder])
            {
                holder.Titles.Add(title);
                holder.ExplicitTitles.Add(title);
            }
        }
    }

    // Moārjna Lōnnjeva, the sijjt-sārrnej, or elected village speaker: whether the name ending before `k` is followed by a comma,
    // "the" and the office in lowercase; then "Sijjt-sārrnej Lōnnjeva" writes the office as her title, though the name lists do not
    // hold her given name (blind324).
    private bool IsOfficeInAppositionAfter(int k, string office) =>
        k + 2 < _tokens.Count && _tokens[k].Raw == "," && _tokens[k + 1].Lower == "the" && _tokens[k + 2].Raw == office;

    // The surname written from `from`: its lowercase particles (de la, van der) and its capitalised word; empty when none starts there.
    private string SurnameAfter(int from)
    {
        var k = from;
        while (k < _tokens.Count && MentionParser.NameParticles.Contains(_tokens[k].Raw))
        {
            k++;
        }

        return k < _tokens.Count && _tokens[k].IsWord && _tokens[k].IsCapitalized
            ? string.Join(' ', _tokens.Skip(from).Take(k + 1 - from).Select(t => MentionParser.IsPossessive(t) ? t.Raw[..^2] : t.Raw))
            : "";
    }

    /// <summary>
    /// Marks the letters of a fellowship or a membership written after a person's name (Ms Leonie du Plessis FIVLS, Mr Cornelius
    /// Vandenbosch-Ayre MIVLS; blind260): a word in capitals after a name's word, whose first letter is F, M or A (a fellow, a member,
    /// an associate) and whose other letters are the initials of a body the article names (the Institution of Valuers and Land
    /// Surveyors) or a body's letters it writes alone (RICS). Bodies' own letters never take such a letter before them.
    /// </summary>
    private void MarkPostNominalsByBody()
    {
        // The initials of each run of capitalised words over of, and, for and the, and of each part of it after such a word (A
        // Professional Conduct Panel of the Institution of Valuers and Land Surveyors gives IVLS and VLS as well as the whole).
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        var initials = new System.Text.StringBuilder();
        var partStarts = new List<int>();
        for (var k = 0; k <= _tokens.Count; k++)
        {
            CueToken? t = k < _tokens.Count ? _tokens[k] : null;
            if (t is { IsWord: true, IsCapitalized: true } word && !(initials.Length > 0 && BreakBetween(_tokens[k - 1].End, word.Start)))
            {
                if (initials.Length > 0 && !_tokens[k - 1].IsCapitalized)
                {
                    partStarts.Add(initials.Length);
                }

                initials.Append(word.Raw[0]);
                if (word.Raw.Length >= MinimumBodyLetters && word.Raw.All(char.IsUpper))
                {
                    bodies.Add(word.Raw);
                }

                continue;
            }

            if (t is { IsWord: true, Lower: "of" or "and" or "for" or "the" } && initials.Length > 0)
            {
                continue;
            }

            var whole = initials.ToString();
            bodies.UnionWith(partStarts.Prepend(0).Select(p => whole[p..]).Where(i => i.Length >= MinimumBodyLetters));
            initials.Clear();
            partStarts.Clear();
            if (t is { IsWord: true, IsCapitalized: true } opener)
            {
                initials.Append(opener.Raw[0]);
            }
        }

        for (var k = 2; k < _tokens.Count; k++)
        {
            var raw = _tokens[k].Raw;
            if (raw.Length > MinimumBodyLetters && raw.All(char.IsUpper) && raw[0] is 'F' or 'M' or 'A' && bodies.Contains(raw[1..])
                && _tokens[k - 1] is { IsWord: true, IsCapitalized: true } name && !name.Raw.All(char.IsUpper) && MentionParser.IsNameWord(name)
                && !BreakBetween(name.End, _tokens[k].Start))
            {
                _tokens[k] = _tokens[k] with { PostNominalByUse = true };
            }
        }
    }

    /// <summary>
    /// Marks a saint's possessive between St and a body's noun (St Anselm's Church, whose car park adjoins the site, wrote…;
    /// blind261) as a word of the body's name, so that the name is read whole and not as the church of a person called St Anselm.
    /// So too a capitalised possessive before the noun that ends a place's name (The Tanner's Row Residents' Association wrote;
    /// a resident of Chandler's Row; blind178, blind223, blind235, blind269): the street is named so, no person owns it.
    /// </summary>
    private void MarkPossessivesInNames()
    {
        for (var k = 1; k + 1 < _tokens.Count; k++)
        {
            if (_tokens[k - 1].Raw is "St" or "St." or "Saint" or "Ste" or "Sainte" && MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized
                && _tokens[k + 1] is { IsWord: true, IsCapitalized: true } noun && (QuoteLexicon.OrganisationNouns.Contains(noun.Lower) || QuoteLexicon.ThingNameEnds.Contains(noun.Lower))
                && !BreakBetween(_tokens[k - 1].End, noun.Start))
            {
                _tokens[k] = _tokens[k] with { PossessiveInName = true };
            }

            if (MentionParser.IsPossessive(_tokens[k]) && _tokens[k].IsCapitalized
                && _tokens[k + 1] is { IsWord: true, IsCapitalized: true } placeEnd && QuoteLexicon.SurnameLikePlaceEnds.Contains(placeEnd.Lower)
                && !MentionParser.IsPossessive(placeEnd) && !BreakBetween(_tokens[k].End, placeEnd.Start))
            {
                _tokens[k] = _tokens[k] with { PossessiveInName = true };
            }
        }
    }

    // RICS, IVLS: a body's letters, this many at least; two letters (an IT firm's, a football club's) are too easily something else.
    // Set by hand: the post-nominals met in the annotated sets (FRICS, MRTPI, FIVLS) are built on three letters or more.
    private const int MinimumBodyLetters = 3;

    /// <summary>
    /// Marks the pseudonyms a decision or a report gives people it will not name, a capitalised person noun and a capital letter
    /// (Patient A, Witness B, Resident C), as one name each, whether or not the noun opens the sentence.
    /// </summary>
    private void MarkPseudonyms()
    {
        for (var k = 1; k < _tokens.Count; k++)
        {
            var letter = MentionParser.IsPossessive(_tokens[k]) ? _tokens[k].Raw[..^2] : _tokens[k].Raw;
            if (letter is [var capital] && char.IsUpper(capital) && _tokens[k - 1] is { IsWord: true, IsCapitalized: true } noun
                && QuoteLexicon.PersonHeads.Contains(noun.Lower) && !BreakBetween(noun.End, _tokens[k].Start)
                && !(k + 1 < _tokens.Count && MentionParser.IsNameWord(_tokens[k + 1]) && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start)))
            {
                _tokens[k - 1] = noun with { Pseudonym = true, CommonAtSentenceStart = false };
                _tokens[k] = _tokens[k] with { Pseudonym = true };
            }
        }
    }

    /// <summary>
    /// Marks the words of an office's portfolio written between a capitalised role and a name (Deputy Minister for the Maritime
    /// Economy Essowè Kpatcha-Banna; Deputy Chairman of the Cabinet of Ministers Myratgeldi Saparlyýew) as the title's. The name is
    /// the run's last two words and any words before them the word list does not give as common words; the capitalised words
    /// between the role and the name are the portfolio's.
    /// </summary>
    private void MarkOfficeWords()
    {
        if (_dictionary is null)
        {
            return;
        }

        for (var k = 0; k + 3 < _tokens.Count; k++)
        {
            if (!_tokens[k].IsCapitalized || !QuoteLexicon.RoleNouns.Contains(_tokens[k].Lower) || _tokens[k + 1].Lower is not ("of" or "for"))
            {
                continue;
            }

            // The office's words run over capitalised words and the connectors between them (of, for, the, and) to the name's run.
            var end = k + 2;
            var lastRun = -1;
            while (end < _tokens.Count && !BreakBetween(_tokens[end - 1].End, _tokens[end].Start)
                   && (MentionParser.IsNameWord(_tokens[end]) || (_tokens[end].Lower is "of" or "for" or "the" or "and" && end + 1 < _tokens.Count
                       && MentionParser.IsNameWord(_tokens[end + 1]))))
            {
                if (MentionParser.IsNameWord(_tokens[end]) && !MentionParser.IsNameWord(_tokens[end - 1]))
                {
                    lastRun = end;
                }

                end++;
            }

            if (lastRun < 0 || end - lastRun < 3)
            {
                continue;
            }

            var name = end - MinimumOfficeHolderWords;
            while (name > lastRun && !_dictionary.IsCommonNotName(_tokens[name - 1].Raw))
            {
                name--;
            }

            // (When the name's run holds no word of the portfolio, the office's words before it are left to the mention parser.)
            if (name > lastRun)
            {
                for (var j = k + 2; j < name; j++)
                {
                    if (MentionParser.IsNameWord(_tokens[j]))
                    {
                        _tokens[j] = _tokens[j] with { OfficeWord = true };
                    }
                }
            }

            k = end - 1;
        }
    }

    // The words of a name after an office's portfolio that are kept whatever the word list says of them (Grace Mensah after the
    // Minister of Justice, Mint Ebnou after the Minister of Mines): a given name and a surname.
    private const int MinimumOfficeHolderWords = 2;

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

        // Kestrel One, Channel Four, Fair Fees Now, Britain First: a capitalised number word or adverb right after a name word inside
        // a sentence ends that name (a campaign's, a channel's), for only a name's capital would be written on it there.
        for (var k = 1; k < _tokens.Count; k++)
        {
            if (_tokens[k].Raw is "One" or "Two" or "Three" or "Four" or "Five" or "Now" or "First" or "Together" or "Forward" or "Today"
                && _tokens[k - 1].IsWord && _tokens[k - 1].IsCapitalized && !openers.Contains(k)
                && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start) && MentionParser.IsNameWord(_tokens[k - 1]) && _tokens[k].Start >= _bodyOffset)
            {
                _tokens[k] = _tokens[k] with { EndsName = true };
            }
        }

        // Vesturferjur ehf., Almwerk s.r.o.: a legal ending some languages write in lower case, right after a capitalised name word
        // inside a sentence, ends that company's name.
        for (var k = 1; k < _tokens.Count; k++)
        {
            if (char.IsLower(_tokens[k].Raw[0]) && QuoteLexicon.LowercaseLegalEndings.Contains(_tokens[k].Lower.TrimEnd('.'))
                && MentionParser.IsNameWord(_tokens[k - 1])
                && !BreakBetween(_tokens[k - 1].End, _tokens[k].Start))
            {
                _tokens[k] = _tokens[k] with { LegalEndingOfName = true };
            }
        }

        // said Baek Sang-hoon, Professor Lim Ga-eun: a hyphenated word with a lowercase last part straight after a short capitalised
        // name word, inside a sentence, is a given name after a family name; a description of a person (the Mother-of-two, Ex-miner)
        // opens its phrase instead.
        for (var k = 1; k < _tokens.Count; k++)
        {
            if (MentionParser.IsDescriptorCompound(_tokens[k]) && _tokens[k - 1] is { IsWord: true, IsCapitalized: true } family
                && family.Raw.Length <= MaximumFamilyNameLetters && family.Raw.Skip(1).All(char.IsLower) && !openers.Contains(k)
                && !BreakBetween(family.End, _tokens[k].Start) && MentionParser.IsNameWord(family)
                && _tokens[k].Raw.Split('-') is [{ Length: <= MaximumFamilyNameLetters }, { Length: <= MaximumFamilyNameLetters }])
            {
                _tokens[k] = _tokens[k] with { HyphenedGivenName = true };
            }
        }

        // Grandmaster Tae-jun Whitfield, Seo-yeon Marsh: a hyphenated word of two short parts with a lowercase last part, straight
        // before a capitalised name word, is a given name written before the surname when the word list holds its last part as no
        // common word; a description of a person ends in one (Ex-miner, Self-made, Part-time).
        for (var k = 0; k + 1 < _tokens.Count && _dictionary is { } wordList; k++)
        {
            if (MentionParser.IsDescriptorCompound(_tokens[k]) && _tokens[k].Raw.Split('-') is [{ Length: <= MaximumFamilyNameLetters }, { Length: <= MaximumFamilyNameLetters } last]
                && !wordList.IsCommonNotName(last) && _tokens[k + 1] is { IsWord: true, IsCapitalized: true } surname && !BreakBetween(_tokens[k].End, surname.Start)
                && MentionParser.IsNameWord(surname))
            {
                _tokens[k] = _tokens[k] with { HyphenedGivenName = true };
            }
        }

        // A headline in title case capitalises every word: there any common word the text never capitalises inside a sentence is no name.
        // (Professional Conduct Panel decision: Institute of Legal Executive Practitioners v Callum Reddaway: a heading line that
        // writes a long word in lower case is in sentence case, and its capitals are names'; blind325.)
        var titleLines = _tokens.Where(t => t.Start < _bodyOffset).Select(t => LineAround(t.Start)).Distinct()
            .Where(line => IsTitleCased(line) && !IsBodysName(line)).Select(line => line.Start).ToHashSet();
        openers.AddRange(Enumerable.Range(0, _tokens.Count).Where(k => _tokens[k].Start < _bodyOffset && _tokens[k].IsWord && _tokens[k].IsCapitalized && !openers.Contains(k)
            && !BodyCapitalises(_tokens[k].Raw) && titleLines.Contains(LineAround(_tokens[k].Start).Start)));
        var occurrences = _tokens.Where(t => t.IsWord && t.IsCapitalized).GroupBy(t => t.Raw, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var k in openers)
        {
            var raw = _tokens[k].Raw;
            // (Um Samir, Abu Karim: a kunya's "mother of" or "father of" before a name is the name's first word, common word or not.)
            var kunya = Kunyas.Contains(raw) && k + 1 < _tokens.Count && _tokens[k + 1].IsWord && _tokens[k + 1].IsCapitalized;
            // (Accord, the union that represents …, said: a common word opening a sentence and described as a body is its name.)
            if (raw.Length > 1 && !raw.All(char.IsUpper) && !insideSentence.Contains(raw) && !kunya && !IsGivenNameBeforeSurname(k, occurrences)
                && !IsGivenNameBeforeNickname(k) && !DescribesBody(k + 1) && _dictionary.IsCommonNotName(raw))
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
            // adverb, preposition, determiner, title or role: Yesterday Labour said, Mayor Reid said, Under Northern Strength
            // Federation rules keep their first word out).
            var opener = _tokens[k].Lower;
            if (_tokens[k].CommonAtSentenceStart && k + 1 < _tokens.Count && IsNameOpeningPair(k) && _tokens[k + 1].Start >= _bodyOffset
                && !insideSentence.Contains(_tokens[k].Raw) && _dictionary.IsCommonNotName(_tokens[k + 1].Raw)
                && MayOpenBodyName(opener) && !QuoteLexicon.RoleNouns.Contains(_tokens[k + 1].Lower))
            {
                bodies.Add((_tokens[k].Raw, _tokens[k + 1].Raw));
            }
        }

        foreach (var k in openers)
        {
            if (_tokens[k].CommonAtSentenceStart && k + 1 < _tokens.Count && IsNameOpeningPair(k)
                && (bodies.Contains((_tokens[k].Raw, _tokens[k + 1].Raw)) || OpensBodyName(k)))
            {
                _tokens[k] = _tokens[k] with { CommonAtSentenceStart = false };
            }
        }
    }

    // A family name written before a hyphenated given name (Kim, Choi, Baek, Hwang) has at most this many letters, as has each
    // syllable of that given name (Sang-hoon, Yeon-hee); set by hand from Korean names, whose family names and syllables are short.
    private const int MaximumFamilyNameLetters = 5;

    // Building Inspectors Standards Board: a common word opening a line or a sentence before capitalised words that end in a body's
    // noun is the first word of the body's name, as no adverb, preposition, determiner, title or role opens one (blind359).
    private bool OpensBodyName(int k)
    {
        var opener = _tokens[k].Lower;
        if (!MayOpenBodyName(opener) || QuoteLexicon.OrganisationNouns.Contains(opener))
        {
            return false;
        }

        for (var j = k + 1; j < _tokens.Count && j - k <= MaximumBodyNameWordsAfterOpener; j++)
        {
            if (!_tokens[j].IsWord || !_tokens[j].IsCapitalized || _text[_tokens[j - 1].End.._tokens[j].Start] != " " || QuoteLexicon.RoleNouns.Contains(_tokens[j].Lower) && !QuoteLexicon.OrganisationNouns.Contains(_tokens[j].Lower))
            {
                return false;
            }

            if (QuoteLexicon.OrganisationNouns.Contains(_tokens[j].Lower) && j > k + 1)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a common word opening a sentence may be a body's first word: no adverb, preposition, determiner, title, role, quantity
    // or clause word opens one (Yesterday Labour said, Mayor Reid said, Under Northern Strength Federation rules).
    private static bool MayOpenBodyName(string opener) =>
        !QuoteLexicon.StopWords.Contains(opener) && !QuoteLexicon.ClauseWords.Contains(opener) && !QuoteLexicon.Determiners.Contains(opener)
        && !OpeningAdverbials.Contains(opener) && !SkippableBeforeVerb.Contains(opener) && !QuoteLexicon.RoleNouns.Contains(opener) && !QuoteLexicon.Honorifics.Contains(opener)
        && !QuoteLexicon.Quantities.Contains(opener) && !QuoteLexicon.NumberWords.Contains(opener) && !opener.EndsWith("ly", StringComparison.Ordinal);

    // Building Inspectors Standards Board: the words of a body's name after its common first word; set by hand.
    private const int MaximumBodyNameWordsAfterOpener = 4;

    // A sentence-opening word and the capitalised, uncommon word straight after it, one space apart.
    private bool IsNameOpeningPair(int k) =>
        _tokens[k + 1].IsWord && _tokens[k + 1].IsCapitalized && !_tokens[k + 1].CommonAtSentenceStart && _text[_tokens[k].End.._tokens[k + 1].Start] == " ";

    // Whether a line capitalises every word of MinimumSentenceCaseWordLength letters or more but the prepositions title case
    // leaves small.
    private bool IsTitleCased((int Start, int End) line) =>
        !_tokens.Any(t => t.Start >= line.Start && t.End <= line.End && t.IsWord && t.Raw.Length >= MinimumSentenceCaseWordLength && char.IsLower(t.Raw[0])
            && !TitleCaseSmallWords.Contains(t.Raw));

    // Harrowdene District Council, a heading line of its own: a line of a few capitalised words, the first no common word, the
    // last a body's noun, is the body's name, whose words keep their capitals however the text writes them (blind323).
    private bool IsBodysName((int Start, int End) line)
    {
        var words = _tokens.Where(t => t.Start >= line.Start && t.End <= line.End).ToList();
        return words.Count is >= 2 and <= MaximumBodyNameLineWords && words.All(t => t.IsWord && t.IsCapitalized)
            && QuoteLexicon.OrganisationNouns.Contains(words[^1].Lower) && !_dictionary!.IsCommonNotName(words[0].Raw);
    }

    // A body's name standing as a heading line runs to this many words at most (Harrowdene District Council is three); set by
    // hand.
    private const int MaximumBodyNameLineWords = 5;

    private (int Start, int End) LineAround(int position) =>
        (_text.LastIndexOf('\n', Math.Max(position - 1, 0)) + 1, _text.IndexOf('\n', position) is var end and >= 0 ? end : _text.Length);

    // A lowercase word this long in a heading line is no preposition a title leaves small (with, from, into are four letters, and
    // are listed); set by hand.
    private const int MinimumSentenceCaseWordLength = 4;

    private static readonly FrozenSet<string> TitleCaseSmallWords = FrozenSet.ToFrozenSet(
        ["with", "from", "into", "onto", "upon", "over", "amid", "than", "that", "after", "about", "under", "near", "past", "until", "without", "against", "through", "between"],
        StringComparer.Ordinal);

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
            // (Councillor Brenda Oakes, the chairman: a role's gender yields to a given name the lists firmly give the other; an
            // honorific, Mr or Mrs, never does.)
            foreach (var title in p.GenderTitles.Where(QuoteLexicon.GenderWords.ContainsKey))
            {
                if (QuoteLexicon.Honorifics.Contains(title) || ListedGender(p.Key, firmly: true) != !QuoteLexicon.GenderWords[title])
                {
                    SetGender(p.Key, QuoteLexicon.GenderWords[title]);
                }
            }
        }

        string? previousSubject = null;
        // (Councillor Rupinder Sahota said: "…" ¶ "…," she added: the subject of a paragraph that ends quoting them is who a
        // pronoun cue on the next paragraph's opening quote tells the gender of, as inside one paragraph.)
        string? quotedSubjectBefore = null;
        var lastSentenceQuoted = false;
        var unquotedInParagraph = false;
        var paragraphStarts = _paragraphs.Select(p => p.Start).ToHashSet();
        for (var b = 0; b + 1 < _breaks.Count; b++)
        {
            var sentence = TokensIn(_breaks[b], _breaks[b + 1]);
            var tokens = Unquoted(sentence);
            var people = new List<(string Key, int Index)>();
            if (paragraphStarts.Contains(_breaks[b]))
            {
                quotedSubjectBefore = lastSentenceQuoted ? previousSubject : null;
                previousSubject = null;
                unquotedInParagraph = false;
            }

            // (A sentence all quote, the second of a speaker's quote, tells nothing and leaves the subject before it standing.)
            if (tokens.Count == 0)
            {
                lastSentenceQuoted |= sentence.Count > 0;
                continue;
            }

            lastSentenceQuoted = tokens.Count < sentence.Count;

            var subjectBefore = previousSubject ?? (unquotedInParagraph ? null : quotedSubjectBefore);
            unquotedInParagraph = true;
            bool? pronoun = null;
            var mixed = false;

            // Asked whether Kieran would still be welcome, she smiled: a person named in an opening clause is not the subject the
            // pronoun after it stands for, so the sentence tells no one's gender.
            var openingClauseEnd = tokens.Count > 1 && (IsOpeningParticiple(tokens[0]) || OpeningAdverbials.Contains(tokens[0].Lower)
                || tokens[0].Lower is "if" or "although" or "though" or "until")
                ? tokens.FindIndex(t => t.Raw == ",")
                : -1;
            // (Asked by Inspector Gail Thorne, why he had …, he replied: the asker's clause runs to the main clause's pronoun.)
            if (openingClauseEnd > 0 && IsOpeningParticiple(tokens[0]) && tokens[1].Lower == "by" && AgentClauseEnd(tokens) is var agentEnd and > 0)
            {
                openingClauseEnd = agentEnd;
            }

            // Described him as …, since his death: an object pronoun shows a second person of its gender in the sentence,
            // whom his or he may stand for as well.
            bool? objectGender = null;
            for (var k = 0; k < tokens.Count; k++)
            {
                // (In Yeşilyurt's central Cumhuriyet neighbourhood, shopkeeper İbrahim Çelik …: names no person bears are places.)
                if (k < openingClauseEnd && MentionParser.IsNameWord(tokens[k]) && k > 0 && _persons.Any(p => p.Parts.Contains(tokens[k].Raw, StringComparer.Ordinal)))
                {
                    mixed = true;
                }

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
                        // (the bell mule, with Arnaut Casenave, 58, walking at her shoulder: a person "with" opens before a participle is
                        // the subject of a clause of their own, and a pronoun after them stands for the sentence's subject; blind365.)
                        mixed |= WordBeforeName(tokens[k].Start) == "with" && IsParticipleAfterName(tokens, k + 1);
                    }
                }
                else if (MentionParser.IsPossessive(tokens[k]) && tokens[k].IsCapitalized
                    && _persons.FirstOrDefault(p => p.Parts.Contains(tokens[k].Raw[..^2], StringComparer.Ordinal)) is { } owner)
                {
                    // Mia's manager, Colin Drey, was asked whether she would return: the owner is a second person "she" may stand for.
                    people.Add((owner.Key, k));
                }
                else if (people.Count > 0 && IsGenderEvidence(tokens, k))
                {
                    var male = tokens[k].Lower is "he" or "his" or "himself";
                    mixed |= pronoun is { } seen && seen != male;
                    pronoun = male;
                }
            }

            // (Councillor Brenda Oakes said the council did not accept his reading: a pronoun of the sentence may stand for someone
            // it does not name; a given name the lists give the other gender outranks it.)
            if (pronoun is { } gender && !mixed && gender != objectGender && people.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count() == 1
                && ListedGender(people[0].Key, firmly: true) != !gender)
            {
                SetGender(people[0].Key, gender);
            }

            // Dr Hart said the committee would meet on Monday. "Our phones are on," she said: a pronoun cue, in the sentence right
            // after one whose only person opens it as its subject, tells that person's gender as it would inside that sentence.
            if (people.Count == 0 && subjectBefore is { } subject && tokens is [{ Lower: "he" or "she" } cuePronoun, var cueVerb, ..]
                && QuoteLexicon.SpeechVerbs.Contains(cueVerb.Lower) && ListedGender(subject, firmly: true) != !(cuePronoun.Lower == "he"))
            {
                SetGender(subject, cuePronoun.Lower == "he");
            }

            var firstLowercase = tokens.FindIndex(t => t.IsWord && char.IsLower(t.Raw[0]));
            // (The commissioner, Dr Tunde Bello, defended …: a name in apposition to an opening role is the subject all the same.)
            if (tokens.Count > 2 && QuoteLexicon.Determiners.Contains(tokens[0].Lower) && tokens.FindIndex(t => t.Raw == ",") is var roleEnd and > 1
                && roleEnd <= MaximumRoleModifiersBeforeSource + 2 && people.Count > 0 && people[0].Index > roleEnd && people[0].Index <= roleEnd + MaximumStyleWords + 1)
            {
                firstLowercase = tokens.FindIndex(people[0].Index, t => t.IsWord && char.IsLower(t.Raw[0]));
            }

            previousSubject = !mixed && people.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count() == 1 && people[0].Index < firstLowercase
                ? people[0].Key : null;
        }

        // Augusto Paredes, Nadia Holloway: where the article tells nothing, a given name the name lists give one gender tells it,
        // and so does Kaur, the name every Sikh woman bears (Manpreet Kaur Sandhu); never against the article's own evidence.
        foreach (var p in _persons.Where(p => !_genders.ContainsKey(p.Key) && !_genderConflicts.Contains(p.Key)))
        {
            if (ListedGender(p.Key) is { } male)
            {
                _genders[p.Key] = male;
            }
        }
    }

    // The most words between a name's speech verb and the "it" that takes the name up (confirmed on Monday that it); set by hand.
    private const int MaximumWordsBeforeIt = 6;

    /// <summary>
    /// Tessary Line confirmed on Monday that it will cut 84 jobs: a name whose speech verb is followed by "it" (or "that it") as its
    /// own clause's subject is a body, not a person, when nothing tells a person's gender or title.
    /// </summary>
    private void FindBodiesTakenUpByIt()
    {
        foreach (var p in _persons.ToList())
        {
            if (_genders.ContainsKey(p.Key) || _genderConflicts.Contains(p.Key) || p.GenderTitles.Count > 0 || p.Parts.Length < 2
                || ListedGender(p.Key) is not null)
            {
                continue;
            }

            foreach (var position in p.Positions)
            {
                var k = _tokens.FindIndex(t => t.Start == position);
                // (Halcones de Tlacuache are champions: a name that takes a plural verb, and is no one of a pair, is a team's or a
                // body's; blind365.)
                if (k >= 0 && k + 1 < _tokens.Count && _tokens[k + 1].Lower is "are" or "were" && !BreakBetween(_tokens[k].End, _tokens[k + 1].Start)
                    && WordBeforeName(position) is not ("and" or "&" or "," or "both" or "nor" or "or"))
                {
                    _persons.Remove(p);
                    _organisations.AddRange(p.Positions.Select(x => (p.Key, x)));
                    break;
                }

                if (k < 0 || k + 2 >= _tokens.Count || !QuoteLexicon.SpeechVerbs.Contains(_tokens[k + 1].Lower) && _tokens[k + 1].Lower != "confirmed")
                {
                    continue;
                }

                var it = Enumerable.Range(k + 2, Math.Min(MaximumWordsBeforeIt, _tokens.Count - k - 2))
                    .TakeWhile(j => !BreakBetween(_tokens[j - 1].End, _tokens[j].Start) && _tokens[j].Lower is not ("he" or "she" or "his" or "her" or "they"))
                    .FirstOrDefault(j => _tokens[j].Lower == "it" && _tokens[j - 1].Lower is "that" or "said" or "confirmed" && j + 1 < _tokens.Count && _tokens[j + 1].IsWord, -1);
                if (it > 0)
                {
                    _persons.Remove(p);
                    _organisations.AddRange(p.Positions.Select(x => (p.Key, x)));
                    break;
                }
            }
        }
    }

    // Whether a present participle follows from `k`, past an age between commas (Arnaut Casenave, 58, walking …).
    private static bool IsParticipleAfterName(List<CueToken> tokens, int k)
    {
        if (k + 2 < tokens.Count && tokens[k].Raw == "," && tokens[k + 1].Raw.All(char.IsDigit) && tokens[k + 2].Raw == ",")
        {
            k += 3;
        }

        return k < tokens.Count && tokens[k].IsWord && char.IsLower(tokens[k].Raw[0]) && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    // The gender a person's names tell: Kaur for a woman, else the given name as the name lists give it (firmly: as all that hold it
    // give it); null when they tell none.
    private bool? ListedGender(string key, bool firmly = false)
    {
        var parts = key.Split(' ');
        if (parts.Length < 2 || MentionParser.IsPseudonym(key))
        {
            return null;
        }

        // (Han Soo-bin: a given name romanised from Korean or Chinese, its syllables joined by a hyphen and the second in lower case,
        // comes after the family name, which the lists may hold as a given name of another language; blind252.)
        if (parts is [_, var last] && IsRomanisedSyllablePair(last))
        {
            return null;
        }

        return parts.Skip(1).Contains("Kaur", StringComparer.Ordinal) ? false
            : parts[0].Length > 1 && char.IsLetter(parts[0][^1]) ? (firmly ? _givenNames.IsFirmlyMale(parts[0]) : _givenNames.IsMale(parts[0])) : null;
    }

    // Soo-bin, Chih-ming, Wei-lun: two syllables joined by a hyphen, the first capitalised and the second not.
    private static bool IsRomanisedSyllablePair(string word) =>
        word.IndexOf('-') is var hyphen and > 1 && hyphen < word.Length - 2 && char.IsUpper(word[0]) && word.IndexOf('-', hyphen + 1) < 0
        && word.Where((c, i) => i != 0 && i != hyphen).All(char.IsLower);

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
        if (!(first is "who" or "whose" || QuoteLexicon.Determiners.Contains(first) || QuoteLexicon.RoleNouns.Contains(first) || MentionParser.IsPossessive(_tokens[after + 1])
              || IsCapitalisedTitleRun(after + 1)))
        {
            yield break;
        }

        // (By Ann Lee, correspondent ¶ Across the street …: an appositive ends with its sentence.)
        var relativeObject = false;
        for (var k = after + 1; k < _tokens.Count && k <= after + MaximumAppositiveWords && _tokens[k].IsWord
             && (k == after + 1 || !BreakBetween(_tokens[k - 1].End, _tokens[k].Start)); k++)
        {
            // (Kenza Pascoe, the skipper's niece: she is the skipper's relation, never the skipper.)
            if (MentionParser.IsPossessive(_tokens[k]) && k + 1 < _tokens.Count && IsFamilyTie(_tokens[k + 1].Lower))
            {
                continue;
            }

            // (Aoife Ní Bhriain, a solicitor who represented a 19-year-old defendant: the person a relative clause's verb takes as its
            // object is someone else, so a person's noun there is no title of hers; after a copula, who is a magistrate, it is.)
            relativeObject |= k >= after + 3 && _tokens[k - 2].Lower is "who" or "that" && !QuoteLexicon.Copulas.Contains(_tokens[k - 1].Lower)
                && _tokens[k].Lower is "a" or "an" or "the";
            if (relativeObject && QuoteLexicon.PersonHeads.Contains(_tokens[k].Lower))
            {
                continue;
            }

            var w = MentionParser.Simplify(_tokens[k].Lower);
            yield return w;

            // (Councillor Ruth Abernethy-Cole, who chaired the committee, …. The chairman said: an office a relative clause says was
            // held, in the past, is the person's as the present's "who chairs" makes it; blind355.)
            if (k > after + 1 && _tokens[k - 1].Lower is "who" && OfficeByVerb.TryGetValue(w, out var held))
            {
                yield return held;
            }

            if (w.EndsWith('s'))
            {
                yield return w[..^1]; // chairs → chair

                // (Markos Dendrinos, 58, who farms the terraces … "…," the farmer grinned: the verb of a relative clause names its doer
                // by the person's noun made from it, farms → farmer, manages → manager; blind313.)
                if (k > after + 1 && _tokens[k - 1].Lower is "who" && AgentNounOf(w[..^1]) is { } agent)
                {
                    yield return agent;
                }
            }
        }
    }

    // The person's noun made from a verb's stem by -er or -r (farm → farmer, teache → teacher, manage → manager), when the lexicon
    // holds it as a person's noun; null otherwise.
    private static string? AgentNounOf(string stem) =>
        QuoteLexicon.PersonHeads.Contains(stem + "er") ? stem + "er" : QuoteLexicon.PersonHeads.Contains(stem + "r") ? stem + "r" : null;

    // Respondent: Desmond Achterberg, Valuation Officer.: a title in capitals with no article, as many words as a bracketed role
    // may have, ending in a role noun and then the end of its phrase, in apposition to a name as a tribunal's or a list's heading
    // gives it.
    private bool IsCapitalisedTitleRun(int from)
    {
        var end = from;
        while (end < _tokens.Count && end - from < MaximumBracketedRoleWords && _tokens[end] is { IsWord: true, IsCapitalized: true } && !MentionParser.IsPossessive(_tokens[end]))
        {
            end++;
        }

        return end > from && end < _tokens.Count && !_tokens[end].IsWord && _tokens[end].Raw is "." or "," or ";" or ")"
            && QuoteLexicon.RoleNouns.Contains(_tokens[end - 1].Lower) && !QuoteLexicon.OrganisationNouns.Contains(_tokens[end - 1].Lower);
    }

    // Appellant: Lowenna Fairweather-Quick: a capitalised person's noun and a colon right before a name, opening its sentence, as a
    // decision's heading lists the parties, give the name that role outright; lowercased, or null.
    private string? HeadingRoleBefore(int nameStart)
    {
        if (nameStart < 2 || _tokens[nameStart - 1].Raw != ":" || _tokens[nameStart - 2] is not { IsWord: true } label
            || !QuoteLexicon.PersonHeads.Contains(label.Lower) || QuoteLexicon.OrganisationNouns.Contains(label.Lower))
        {
            return null;
        }

        if (label.IsCapitalized)
        {
            return nameStart == 2 || BreakBetween(_tokens[nameStart - 3].End, label.Start) ? label.Lower : null;
        }

        // (…. Presenting officer: Ms Gurpreet Sandhu.: a label of two words, the first capitalised opening a sentence, gives its noun;
        // blind404. Not For the registrant: Mr Yusuf Erdoğan, who acts for the party the label names.)
        return nameStart >= 3 && _tokens[nameStart - 3] is { IsWord: true, IsCapitalized: true } modifier && !QuoteLexicon.StopWords.Contains(modifier.Lower)
            && (nameStart == 3 || BreakBetween(_tokens[nameStart - 4].End, modifier.Start))
            ? label.Lower
            : null;
    }

    private List<ReportedCue> FindReportedCues()
    {
        var cues = new List<ReportedCue>();
        var quoted = _marked.Select(m => new TextSpan(m.MarkStart, m.MarkEnd)).ToList();
        for (var b = 0; b + 1 < _breaks.Count; b++)
        {
            var (s, e) = (_breaks[b], _breaks[b + 1]);
            var tokens = TokensIn(s, e).Where(t => !quoted.Any(q => q.Start <= t.Start && t.End <= q.End)).ToList();
            // According to a person familiar with the plans, the board discussed …: the source a sentence opens with reports it.
            if (tokens.Count > 3 && tokens[0].Lower == "according" && tokens[1].Lower == "to"
                && SourceStartingAt(tokens, 2) is { Kind: not MentionKind.Pronoun } according)
            {
                cues.Add(new ReportedCue(tokens[0].Start, according, null));
                continue;
            }

            // Asked what he had said, Dray grinned: a speech verb inside an opening participle's clause reports no one's speech.
            var participleEnd = tokens.Count > 0 && IsOpeningParticiple(tokens[0]) ? tokens.FindIndex(t => t.Raw == ",") : -1;
            for (var v = participleEnd + 1; v < tokens.Count; v++)
            {
                // (an area the team calls "the Dustbin": naming a place, which reports no one's speech.)
                if (!IsActiveSpeechVerb(tokens, v) || IsDescribingRelative(tokens, v) || IsNamingCall(tokens, v)
                    || MentionBefore(tokens, v, ClauseStart(tokens, v)) is not { } mention)
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

    // Anwen Tallis, a professor who has advised the Society: a speech verb in the perfect inside a relative clause, with no "that" after
    // it in the clause, tells what the person has done for a living, not what they said.
    private static bool IsDescribingRelative(List<CueToken> tokens, int v) =>
        v >= 2 && tokens[v - 1].Lower is "has" or "have" or "had" && tokens[v - 2].Lower is "who" or "which"
        && !tokens.Skip(v + 1).TakeWhile(t => t.Raw is not ("," or ";")).Any(t => t.Lower == "that");

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
            // (a label read before, a podcast's title, is part of the sentence that introduces the quote after it)
            if (m.MarkEnd <= quote.MarkStart && m.MarkEnd > end && !_labels.Contains(m.MarkStart))
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
            if ((!IsQuoteMark(_tokens[k].Raw[0]) || _tokens[k].IsWord) && !_nicknames.Exists(n => n.Start <= _tokens[k].Start && _tokens[k].End <= n.End))
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

    // Whether the text writes the word alone after a lowercase "the" (the Chent'nyi said), as a role's noun is written.
    private bool IsWrittenAfterThe(string word) =>
        _tokens.Where((t, k) => k > 0 && t.Raw == word && _tokens[k - 1].Raw == "the" && (k + 1 == _tokens.Count || !MentionParser.IsNameWord(_tokens[k + 1]))).Any();

    private sealed class Person(string key, string[] parts, int first)
    {
        public string Key { get; } = key;

        public string[] Parts { get; } = parts;

        public int First { get; private set; } = first;

        public List<int> Positions { get; } = [];

        public List<string> Titles { get; } = [];

        public List<string> ExplicitTitles { get; } = [];

        // The nickname given in marks inside the full name (Bunny, of Bernard "Bunny" Haythornthwaite), by which the article may name
        // the person alone.
        public string? Nickname { get; set; }

        // The capitalised office an opening "The W of …, Name," gives (the Iyaloja), by which the article may name the person alone.
        public string? Office { get; set; }

        // Titles given outright and the honorifics of the surname alone (Ms Akinola): what tells the person's gender,
        // unlike the words of a relative clause (Kelly Marsh, whose two sons …) that Titles also keeps for role matching.
        public List<string> GenderTitles { get; } = [];

        public SpeakerIdentity Identity => new(Key, MentionKind.Name, Titles.Distinct(StringComparer.Ordinal).ToList());

        public int LastBefore(int position) => Positions.Where(p => p < position).DefaultIfEmpty(-1).Max();

        // Takes in another form of this person's name met in the text: its places and titles become this person's.
        public void Absorb(Person other)
        {
            First = Math.Min(First, other.First);
            Positions.AddRange(other.Positions);
            Positions.Sort();
            Titles.AddRange(other.Titles);
            ExplicitTitles.AddRange(other.ExplicitTitles);
            GenderTitles.AddRange(other.GenderTitles);
        }
    }
}
