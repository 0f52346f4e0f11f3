using System.Collections.Frozen;

namespace Stemma.Quotes;

/// <summary>Reads the noun phrase that names a speaker next to a cue: names with titles, roles, organisations, pronouns.</summary>
internal static class MentionParser
{
    // A role phrase runs back from its head over at most this many modifiers (a senior White House administration official).
    private const int MaximumRoleModifiers = 4;

    // Whether the word at k opens a clause (a clause conjunction ends the role phrase after a verb: asked one spectator as umpire
    // Fionnuala de Búrca paced out the mark; blind386), not "as" after a participle that names (the man known as Brian Tuck).
    private static bool OpensClause(IReadOnlyList<CueToken> tokens, int k) =>
        QuoteLexicon.ClauseConjunctions.Contains(tokens[k].Lower)
        && !(tokens[k].Lower == "as" && k > 0 && (tokens[k - 1].Lower == "known" || tokens[k - 1].Lower.EndsWith("ed", StringComparison.Ordinal)));

    // The name of a body standing before a role (a Dunbridge Fire and Rescue Service spokesperson) runs to at most this many words
    // more; the longest such names in our fixtures have six. Set by hand.
    private const int MaximumNameModifierWords = 6;

    /// <summary>Lowercase particles that open a surname (de Vries, van der Berg, von Trapp, al-Hassan).</summary>
    internal static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(["de", "van", "von", "der", "den", "ter", "da", "dos", "das", "do", "di", "del", "della", "al", "bin", "ibn", "bint", "binti", "binte", "bte", "la", "le", "du", "ole", "ap", "ab", "af", "zu", "ben",
        "við", "á", // (Faroese: Sverri við Gjógv, Jóannes á Lakjuni)
        "ten", "te", "'t", // (Dutch: Maaike ten Brink, Lieke 't Hooft, Jan te Winkel; met in blind188)
        "los", "las", // (Spanish and Filipino: Maricel de los Santos, Bartolomé de las Casas; blind232)
        "dela", "delos", // (Filipino, written as one word: Rogelio dela Peña, Ma. Luisa delos Reyes; blind245)
        "y", "i", // (the "and" joining a Spanish or Catalan double surname: Ramiro Sosa y Lamas, Joana Maria Pons i Ferrà; blind169, blind196-197)
        "ag", // (Tuareg "son of": Issa ag Moussa; blind197)
        "dé", // (Jèrriais and Guernésiais "de": Aubin dé Gruchy; blind397)
        "des"], StringComparer.Ordinal); // (French plural "of the", in a surname and a body's name: Syndicat des Eaux de la Serra Alta; blind250)

    /// <summary>
    /// Her Excellency told guests, His Worship said: a style of address after "His" or "Her" with no name after it stands for the
    /// person last named, as "she" or "he" does; read as that pronoun, the style kept as the mention's text. Null when the words
    /// ending at <paramref name="style"/> are not so.
    /// </summary>
    private static SpeakerMention? StyleAsPronoun(IReadOnlyList<CueToken> tokens, int style, int floor) =>
        style - 1 >= floor && tokens[style].IsCapitalized && Styles.Contains(tokens[style].Lower) && tokens[style - 1].Raw is "His" or "Her"
            ? new SpeakerMention(MentionKind.Pronoun, $"{tokens[style - 1].Raw} {tokens[style].Raw}", tokens[style - 1].Raw == "His" ? "he" : "she", [], null, true,
                tokens[style - 1].Start)
            : null;

    // The styles by which a dignitary is called in their place (His Excellency for an ambassador or a minister of the Gulf states,
    // His Holiness, Her Worship for a mayor, His Honour for a judge), from the forms of address; met in blind179.
    internal static readonly FrozenSet<string> Styles = FrozenSet.ToFrozenSet(
        ["excellency", "highness", "eminence", "holiness", "worship", "honour", "honor", "lordship", "ladyship", "majesty", "beatitude", "grace"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a particle inside a name: one of <see cref="NameParticles"/>, or the article of a
    /// Scottish Gaelic patronymic surname after its Mac, Nic or Mhic (Donnchadh Mac a’ Phearsain, Ruairidh Mac an t-Saoir, Ealasaid
    /// Nic a’ Phì), which runs the surname on though "an" and "na" are English words elsewhere.
    /// </summary>
    public static bool IsNameParticle(IReadOnlyList<CueToken> tokens, int i) => NameParticles.Contains(tokens[i].Raw) || IsGaelicArticle(tokens, i);

    private static bool IsGaelicArticle(IReadOnlyList<CueToken> tokens, int i) =>
        i > 0 && GaelicArticles.Contains(tokens[i].Raw) && GaelicPatronymicHeads.Contains(tokens[i - 1].Raw);

    // The articles of a Gaelic surname after Mac or Nic (a’ before a consonant, an before a vowel or t-, na, nan and nam in the
    // plural), and the words that open such a surname (Mac for a son, Nic and Mhic for a daughter or a wife), from Scottish Gaelic
    // naming; met in blind180 and blind181.
    private static readonly FrozenSet<string> GaelicArticles = FrozenSet.ToFrozenSet(["a’", "a'", "an", "na", "nan", "nam"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> GaelicPatronymicHeads = FrozenSet.ToFrozenSet(["Mac", "Nic", "Mhic"], StringComparer.Ordinal);

    /// <summary>The mention whose last word is <c>tokens[end - 1]</c>, not reaching before <paramref name="floor"/>.</summary>
    public static SpeakerMention? EndingAt(IReadOnlyList<CueToken> tokens, int end, int floor)
    {
        if (end <= floor || end > tokens.Count)
        {
            return null;
        }

        // Imogen Sandhu KC, Declan Faherty MBE: letters after a name are no part of it.
        while (end - 3 >= floor && IsPostNominal(tokens[end - 1]) && IsNameWord(tokens[end - 2]) && (IsNameWord(tokens[end - 3]) || IsHonorific(tokens[end - 3])))
        {
            end--;
        }

        // Ōkubo sensei said, Tanaka san: a Japanese honorific written apart after a name is no part of it.
        if (end - 2 >= floor && TrailingHonorifics.Contains(tokens[end - 1].Raw) && IsNameWord(tokens[end - 2]))
        {
            end--;
        }

        var last = tokens[end - 1];
        if (!last.IsWord)
        {
            return null;
        }

        var lower = last.Lower;
        if (QuoteLexicon.Pronouns.Contains(lower))
        {
            return new SpeakerMention(MentionKind.Pronoun, last.Raw, lower, [], null, true, last.Start);
        }

        if (StyleAsPronoun(tokens, end - 1, floor) is { } style)
        {
            return style;
        }

        // said in a written statement, translated from Portuguese: a language or a people after "in", "from" or "into" is how the
        // words were given, no speaker.
        if (end - 2 >= floor && IsLanguageGiven(tokens, end - 1))
        {
            return null;
        }

        // the 24-year-old Spaniard told reporters: a people's noun after a determiner and lowercase words is a description of a
        // person, capitalised as peoples are, no name.
        if (IsNameWord(last) && end - 2 >= floor && !IsNameWord(tokens[end - 2]) && IsNationality(lower) && QuoteLexicon.PersonHeads.Contains(lower))
        {
            var d = end - 2;
            while (d > floor && end - d <= MaximumRoleModifiers + 1 && tokens[d].IsWord && (char.IsLower(tokens[d].Raw[0]) || IsAge(tokens[d].Lower))
                   && !QuoteLexicon.Determiners.Contains(tokens[d].Lower))
            {
                d--;
            }

            if (tokens[d].IsWord && QuoteLexicon.Determiners.Contains(tokens[d].Lower) && RoleEndingAt(tokens, end, floor) is { Kind: MentionKind.Role } people)
            {
                return people;
            }
        }

        if (IsNameWord(last))
        {
            var s = end - 1;
            while (s - 1 >= floor)
            {
                // Ashby Rovers' Callum Reddin: a plural owner before two or more name words is the body the person plays or works for,
                // no part of the person's name (The Supporters' Trust, the Ramblers' Federation of the North and the Fishers' Welfare
                // Network, holding a body's noun, are one name).
                if (IsNameWord(tokens[s - 1]) && tokens[s - 1].Raw.EndsWith('\'') && end - s >= 2 && IsNameWord(tokens[s])
                    && !Range(tokens, s, end).Any(t => t.IsCapitalized && (QuoteLexicon.OrganisationNouns.Contains(t.Lower) || QuoteLexicon.OrganisationDescriptors.Contains(t.Lower))))
                {
                    return FromRun(tokens, s, s, end);
                }

                // Team Tidewright, Team Sky: "Team" before a name opens the team's name.
                if (tokens[s - 1].Raw == "Team" && (s - 2 < floor || !IsNameWord(tokens[s - 2])))
                {
                    var team = Join(tokens, s - 1, end);
                    return new SpeakerMention(MentionKind.Organisation, team, team, [], null, true, tokens[s - 1].Start);
                }

                if (IsNameWord(tokens[s - 1]))
                {
                    s--;
                    continue;
                }

                // The auctioneers, Cresswell & Dunne, said: names joined by an ampersand are one firm's name.
                if (tokens[s - 1].Raw == "&" && s - 2 >= floor && IsNameWord(tokens[s - 2]) && tokens[s - 1].Start == tokens[s - 2].End + 1
                    && tokens[s].Start == tokens[s - 1].End + 1)
                {
                    var firmStart = s - 2;
                    while (firmStart - 1 >= floor && IsNameWord(tokens[firmStart - 1]))
                    {
                        firmStart--;
                    }

                    var firm = Join(tokens, firmStart, end);
                    return new SpeakerMention(MentionKind.Organisation, firm, firm, [], null, true, tokens[firmStart].Start);
                }

                // The Carrickmere Fishermen's Co-operative, the Women's Institute, the People's Party: a capitalised owner before a
                // body's noun is part of the body's name.
                if (IsPossessive(tokens[s - 1]) && tokens[s - 1].IsCapitalized && s == end - 1 && last.IsCapitalized
                    && QuoteLexicon.OrganisationNouns.Contains(lower) && !QuoteLexicon.RoleNouns.Contains(lower))
                {
                    s--;
                    continue;
                }

                // The Federal Prosecutor's Office, the Attorney General's Department: an office's holder, as an owner, before a body's
                // noun is one body's name.
                if (IsOfficeOwner(tokens[s - 1]) && end - s == 1 && QuoteLexicon.OrganisationNouns.Contains(last.Lower) && !QuoteLexicon.RoleNouns.Contains(last.Lower))
                {
                    s--;
                    continue;
                }

                // The Conduct and Competence Panel, the Standards and Appeals Committee: a capitalised word, "and" and capitalised words
                // ending in a body's noun are one body's name, when the word before "and" is no body or office of its own (the Council
                // and Planning Committee, the Mayor and Finance Committee are two); blind335.
                if (tokens[s - 1].Lower == "and" && s - 2 >= floor && tokens[s - 2] is { IsWord: true, IsCapitalized: true } joined && IsNameWord(joined)
                    && last.IsCapitalized && QuoteLexicon.OrganisationNouns.Contains(lower) && !QuoteLexicon.RoleNouns.Contains(lower)
                    && !QuoteLexicon.OrganisationNouns.Contains(joined.Lower) && !QuoteLexicon.RoleNouns.Contains(joined.Lower) && !IsHonorific(joined)
                    && (s - 3 < floor || !IsNameWord(tokens[s - 3])))
                {
                    s -= 2;
                    continue;
                }

                // The Royal College of Nursing, the Ministry of Defence: a body's noun, "of" and a name are one body's name.
                if (tokens[s - 1].Lower == "of" && s - 2 >= floor && IsNameWord(tokens[s - 2]) && QuoteLexicon.OrganisationNouns.Contains(tokens[s - 2].Lower)
                    && !QuoteLexicon.RoleNouns.Contains(tokens[s - 2].Lower))
                {
                    s -= 2;
                    continue;
                }

                // The Ramblers' Federation of the North, the Ministry of the Interior: a body's noun, "of the" and a name are one body's
                // name too (Leader of the Opposition is a role's office, handled below).
                // (The Conduct Committee of the Harbour Pilots Standards Board: a name after "of the" that ends in a body's noun is a
                // body of its own, which "the Board" names later.)
                if (s - 3 >= floor && tokens[s - 1].Lower == "the" && tokens[s - 2].Lower == "of" && IsNameWord(tokens[s - 3])
                    && QuoteLexicon.OrganisationNouns.Contains(tokens[s - 3].Lower) && !QuoteLexicon.RoleNouns.Contains(tokens[s - 3].Lower)
                    && !(QuoteLexicon.OrganisationNouns.Contains(last.Lower) && !QuoteLexicon.RoleNouns.Contains(last.Lower)))
                {
                    s -= 3;
                    continue;
                }

                // Voices of the Close, Friends of the Marsh: a capitalised plural, "of the" and a name are one body's name.
                // (One head word and "of the" only: Tom Jones of Cardiff is a person and where he comes from.)
                var of = s - 2;
                if (of - 1 >= floor && tokens[s - 1].Lower == "the" && tokens[of].Lower == "of" && IsGroupNameHead(tokens[of - 1])
                    && (of - 2 < floor || !IsNameWord(tokens[of - 2])))
                {
                    var text = Join(tokens, of - 1, end);
                    return new SpeakerMention(MentionKind.Organisation, text, text, [], null, true, tokens[of - 1].Start);
                }

                // Friends of Harrowby Library: a group's plural head, "of" and a name are one body's name.
                if (s - 2 >= floor && tokens[s - 1].Lower == "of" && tokens[s - 2].IsCapitalized && QuoteLexicon.GroupNameHeads.Contains(tokens[s - 2].Lower))
                {
                    var text = Join(tokens, s - 2, end);
                    return new SpeakerMention(MentionKind.Organisation, text, text, [], null, true, tokens[s - 2].Start);
                }

                // bin Pengiran Ahmad, binti Hajah Aminah: a title after a patronymic's particle is the father's, and the name runs on.
                if (IsHonorific(tokens[s - 1]) && s - 2 >= floor && PatronymicParticles.Contains(tokens[s - 2].Lower))
                {
                    s--;
                    continue;
                }

                // Greta van der Berg: a run of particles belongs to the name when a given name comes before it.
                var p = s - 1;
                while (p >= floor && (NameParticles.Contains(tokens[p].Lower) || IsGaelicArticle(tokens, p)))
                {
                    p--;
                }

                if (p == s - 1 || p < floor || !IsNameWord(tokens[p]))
                {
                    // (Dr van der Berghe: after an honorific, the particles open the surname, the given name left out.)
                    // (Gwilym "the Professor" ap Rhys: so after a nickname's closing mark, which ends the run the particles open; blind286.)
                    s = (p != s - 1 && p >= floor && IsHonorific(tokens[p])) || (p != s - 1 && p + 1 == floor && floor > 0 && tokens[floor - 1].Raw is "\"" or "”")
                        ? p + 1 : s;
                    break;
                }

                s = p;
            }

            // Superintendent of Police Vikram Sodhi, Secretary of State Ana Ruiz: after a capitalised role and "of", the first word
            // of a run of three or more is the office's, not the person's. (Minister of Lands and Agriculture Rufaro Gumbochuma: so
            // after an office's words joined by "and"; State Secretary for Transport Gábor Erdélyi-Nagy: so after "for".)
            var office = s - 1;
            while (office - 2 >= floor && tokens[office].Lower is "and" or "," && IsNameWord(tokens[office - 1]))
            {
                office -= 2;
            }

            if (end - s >= 3 && office - 1 >= floor && tokens[office].Lower is "of" or "for" && tokens[office - 1].IsCapitalized && QuoteLexicon.RoleNouns.Contains(tokens[office - 1].Lower))
            {
                return FromRun(tokens, office - 1, s + 1, end);
            }

            // Leader of the Opposition Harish Mandal: so with "of the" between the role and the office.
            if (end - s >= 3 && s - 3 >= floor && tokens[s - 1].Lower == "the" && tokens[s - 2].Lower == "of" && tokens[s - 3].IsCapitalized
                && QuoteLexicon.RoleNouns.Contains(tokens[s - 3].Lower))
            {
                return FromRun(tokens, s - 3, s + 1, end);
            }

            // Title words before the name: lowercase roles and capitalised words (Port Authority chair).
            var t = s;
            while (t - 1 >= floor && tokens[t - 1].IsWord && (QuoteLexicon.RoleNouns.Contains(tokens[t - 1].Lower) || IsNameWord(tokens[t - 1]) || IsHonorific(tokens[t - 1])
                || IsDescriptorCompound(tokens[t - 1])))
            {
                t--;
            }

            return FromRun(tokens, t, s, end);
        }

        // the dad-of-three, the 29-year-old beautician: a family descriptor, or any noun an age modifies, names a person.
        if (QuoteLexicon.RoleNouns.Contains(lower) || QuoteLexicon.OrganisationNouns.Contains(lower) || IsAge(lower) || FamilyHead(lower) is not null
            || (char.IsLower(last.Raw[0]) && (QuoteLexicon.PersonHeads.Contains(lower) || last.TitleByUse))
            // (The Amghar said: an office kept in its language and capitalised, alone after "the"; blind290.)
            || (last.TitleByUse && end - 2 >= floor && tokens[end - 2].Lower == "the")
            // (The Ullu Hazzan said: so a two-word office; blind371.)
            || (last.TitleByUse && end - 3 >= floor && tokens[end - 2].TitleByUse && tokens[end - 3].Lower == "the")
            || (end - 2 >= floor && IsAge(tokens[end - 2].Lower) && char.IsLower(last.Raw[0])))
        {
            return RoleEndingAt(tokens, end, floor);
        }

        return null;
    }

    /// <summary>The mention that starts at <c>tokens[start]</c> (after <c>said</c>, <c>according to</c>), if any.</summary>
    public static SpeakerMention? StartingAt(IReadOnlyList<CueToken> tokens, int start)
    {
        if (start >= tokens.Count || !tokens[start].IsWord)
        {
            return null;
        }

        var first = tokens[start];
        if (QuoteLexicon.Pronouns.Contains(first.Lower))
        {
            return new SpeakerMention(MentionKind.Pronoun, first.Raw, first.Lower, [], null, true, first.Start);
        }

        // "…?" asked another, who gave her name only as Brenda: "another" alone in lowercase, after the verb of a cue, is one more of the
        // people spoken of, unnamed unless the words after it name them (blind405). (Not Another, Piers de la Mare, wrote: opening a
        // sentence it takes a name in apposition; blind188.)
        if (first.Raw == "another" && (start + 1 >= tokens.Count || !tokens[start + 1].IsWord))
        {
            return new SpeakerMention(MentionKind.Role, first.Raw, first.Lower, [], null, false, first.Start);
        }

        if (start + 1 < tokens.Count && StyleAsPronoun(tokens, start + 1, start) is { } style && (start + 2 >= tokens.Count || !IsNameWord(tokens[start + 2])))
        {
            return style;
        }

        // Scan forward over title and name words, then read the phrase back from its end.
        var e = start;
        var sawDeterminer = false;
        while (e < tokens.Count && tokens[e].IsWord)
        {
            var w = tokens[e];
            // Fenwright Maddox's senior partner: a name's possessive determines the role after it, as "the" would.
            var isDeterminer = (e == start && (QuoteLexicon.Determiners.Contains(w.Lower) || IsPossessive(w)))
                || (!sawDeterminer && e > start && IsPossessive(w) && w.IsCapitalized && Enumerable.Range(start, e - start).All(j => IsNameWord(tokens[j])));
            if (isDeterminer)
            {
                sawDeterminer = true;
            }
            else if (!IsNameWord(w) && !IsHonorific(w) && !QuoteLexicon.RoleNouns.Contains(w.Lower) && !QuoteLexicon.OrganisationNouns.Contains(w.Lower)
                && !(sawDeterminer && char.IsLower(w.Raw[0]) && (QuoteLexicon.PersonHeads.Contains(w.Lower) || w.TitleByUse))
                && !(sawDeterminer && e - start <= MaximumRoleModifiers && !QuoteLexicon.SpeechVerbs.Contains(w.Lower) && !OpensClause(tokens, e)
                     && (char.IsLower(w.Raw[0]) || IsAge(w.Lower)) && !IsPossessive(w) && e + 1 < tokens.Count && tokens[e + 1].IsWord)
                && !IsPossessive(w)
                && !IsParticleInName(tokens, e, start))
            {
                break;
            }

            e++;
        }

        // Stop before trailing words that belong to the sentence (said Vasquez on Friday).
        while (e > start && !EndsMention(tokens[e - 1]))
        {
            e--;
        }

        if (e == start)
        {
            return null;
        }

        // said Friends of the Marsh: the name runs on through "of the" after a capitalised plural.
        if (e + 1 < tokens.Count && e > start && tokens[e].Lower == "of" && tokens[e + 1].Lower == "the" && IsGroupNameHead(tokens[e - 1])
            && (e - 2 < start || !IsNameWord(tokens[e - 2])))
        {
            var tail = e + 2;
            var tailEnd = tail;
            while (tailEnd < tokens.Count && IsNameWord(tokens[tailEnd]))
            {
                tailEnd++;
            }

            e = tailEnd > tail ? tailEnd : e;
        }

        // said Assistant Superintendent of Police Sarah Nabukeera: after a capitalised role, "of" or "for" and a run of three or more
        // name words go on to the person, whose name ends the run (EndingAt splits the office's word off).
        if (e + 1 < tokens.Count && e > start && tokens[e].Lower is "of" or "for" && tokens[e - 1].IsCapitalized && QuoteLexicon.RoleNouns.Contains(tokens[e - 1].Lower))
        {
            var runEnd = e + 1;
            while (runEnd < tokens.Count && IsNameWord(tokens[runEnd]))
            {
                runEnd++;
            }

            e = runEnd - (e + 1) >= MinimumOfficeAndNameWords ? runEnd : e;
        }

        var mention = EndingAt(tokens, e, start);

        // said Unison regional organiser Kelly Brent: a body's name, lowercase title words ending in a role, then a person's
        // name of two words or more — the person, the body and the role their titles.
        if (mention is { Kind: MentionKind.Name or MentionKind.Organisation } && e < tokens.Count && tokens[e].IsWord && char.IsLower(tokens[e].Raw[0]))
        {
            var roleEnd = e;
            while (roleEnd < tokens.Count && roleEnd - e <= MaximumRoleModifiers && tokens[roleEnd].IsWord && char.IsLower(tokens[roleEnd].Raw[0])
                   && !QuoteLexicon.SpeechVerbs.Contains(tokens[roleEnd].Lower) && !QuoteLexicon.NotNames.Contains(tokens[roleEnd].Lower))
            {
                roleEnd++;
            }

            if (roleEnd > e && QuoteLexicon.RoleNouns.Contains(tokens[roleEnd - 1].Lower) && EndingAtName(tokens, roleEnd) is { } nameEnd
                && EndingAt(tokens, nameEnd, start) is { Kind: MentionKind.Name } person)
            {
                return person;
            }
        }

        // say Dunhallow parents: a place before a plural role is a group of people, not a person named Dunhallow.
        if (mention is { Kind: MentionKind.Name } && e < tokens.Count && IsPluralRole(tokens[e]))
        {
            var group = Join(tokens, start, e + 1);
            return new SpeakerMention(MentionKind.Role, group, group, [tokens[e].Lower[..^1]], tokens[e].Lower[..^1], false, tokens[start].Start);
        }

        // the union's president, Declan Oduya: the name after the comma is the speaker, the role its title.
        if (mention is { Kind: MentionKind.Role } role && e + 1 < tokens.Count && tokens[e].Raw == ",")
        {
            // Bramwell's vicar, the Reverend Alan Hesketh: an article and a title may open the name in apposition.
            var opens = e + 1 + (tokens[e + 1].Lower is "the" ? 1 : 0);
            while (opens < tokens.Count && tokens[opens].IsWord && (IsHonorific(tokens[opens]) || (tokens[opens].IsCapitalized && QuoteLexicon.RoleNouns.Contains(tokens[opens].Lower))))
            {
                opens++;
            }

            if (EndingAtName(tokens, opens) is { } nameEnd && EndingAt(tokens, nameEnd, e + 1) is { Kind: MentionKind.Name } named && EndsApposition(tokens, nameEnd))
            {
                return named with { Titles = [.. role.Titles, .. named.Titles] };
            }

            // said the summit's president, Marenga's environment minister Ana Ferreyra: a second title phrase may open the name.
            // (One reader, a nurse from Harlow Vale: a place after a preposition is no name in apposition.)
            if (opens == e + 1 && StartingAt(tokens, e + 1) is { Kind: MentionKind.Name } retitled && retitled.Name.Contains(' ', StringComparison.Ordinal)
                && retitled.Start > tokens[e + 1].Start && EndsApposition(tokens, IndexStarting(tokens, retitled.Start, e + 1) + retitled.Text.Split(' ').Length)
                && Range(tokens, e + 1, IndexStarting(tokens, retitled.Start, e + 1))
                    .All(t => t.IsWord && t.Lower is not ("a" or "an" or "one" or "from" or "of" or "at" or "in" or "on" or "for" or "with" or "near" or "by")))
            {
                return retitled with { Titles = [.. role.Titles, .. retitled.Titles] };
            }
        }

        // The local highway authority, Northshire Highways, raises no objection: a body described, then named between commas.
        if (mention is { Kind: MentionKind.Organisation, Definite: true } body && char.IsLower(body.Name[0]) && e + 1 < tokens.Count && tokens[e].Raw == ","
            && EndingAtName(tokens, e + 1) is { } bodyNameEnd && bodyNameEnd < tokens.Count && tokens[bodyNameEnd].Raw == ","
            && EndingAt(tokens, bodyNameEnd, e + 1) is { Kind: MentionKind.Name or MentionKind.Organisation } bodyName && bodyName.Start == tokens[e + 1].Start)
        {
            return new SpeakerMention(MentionKind.Organisation, bodyName.Text, bodyName.Text, body.Titles, body.Head, true, bodyName.Start);
        }

        return mention;
    }

    // According to a senior port official, the Salama Njema failed …: a name after a role's comma is in apposition to the role
    // only when nothing or a speech verb follows it (the union's president, Declan Oduya, said; a spokesman, Jo Bates said), not
    // when a verb of its own clause does.
    private static bool EndsApposition(IReadOnlyList<CueToken> tokens, int nameEnd) =>
        nameEnd >= tokens.Count || !tokens[nameEnd].IsWord || !char.IsLower(tokens[nameEnd].Raw[0])
        || QuoteLexicon.SpeechVerbs.Contains(tokens[nameEnd].Lower) || tokens[nameEnd].Lower is "who" or "whose"
        || (nameEnd + 1 < tokens.Count && tokens[nameEnd].Lower is "has" or "had" or "have" or "was" or "is" && QuoteLexicon.SpeechVerbs.Contains(tokens[nameEnd + 1].Lower));

    /// <summary>
    /// A run of name words without its honorifics (Dr, Ms, Dato, Pengiran) and without the words of a Malay style or title of honour
    /// (<c>Yang Berhormat</c>, <c>Dato Seri Setia</c>, <c>Tan Sri</c>); from a patronymic's particle on (<c>bin Haji Sulaiman</c>,
    /// <c>binti Pengiran Ahmad</c>) every word is the father's name and stays.
    /// </summary>
    private static List<CueToken> WithoutHonorifics(IEnumerable<CueToken> words, bool afterTitleHead)
    {
        var run = words.ToList();
        var kept = new List<CueToken>(run.Count);
        var inTitle = afterTitleHead;
        for (var k = 0; k < run.Count; k++)
        {
            var t = run[k];
            if (PatronymicParticles.Contains(t.Lower) && kept.Count > 0)
            {
                kept.AddRange(run.Skip(k));
                break;
            }

            var next = k + 1 < run.Count ? run[k + 1].Lower : "";
            var styleYang = t.Lower == "yang" && QuoteLexicon.MalayStyleWords.Contains(next);
            var head = QuoteLexicon.MalayTitleHeads.Contains(t.Lower) && (t.Lower != "tan" || next is "sri" or "seri");
            // (Dato Seri Anwar Ibrahim: a word of rank after the head is the title's while two words are left for the name.)
            var rank = inTitle && QuoteLexicon.MalayRankWords.Contains(t.Lower) && run.Count - k > MinimumNameWordsAfterRank;
            if (t.IsCapitalized && (styleYang || head || rank || (inTitle && QuoteLexicon.MalayStyleWords.Contains(t.Lower))))
            {
                inTitle = true;
                continue;
            }

            inTitle = false;
            // His Highness Sheikh Mansoor bin Khalid Al Khaddari: a style of address opening the run is no part of the name, so the
            // title after it opens what is left and is read as a title there.
            // (Grace Imoke, Honor Blackwood: a style that is a given name too opens the name unless "His" or "Her" comes before it.)
            if (kept.Count == 0 && t.IsCapitalized && ((Styles.Contains(t.Lower) && (k > 0 && run[k - 1].Raw is "His" or "Her" || !GivenNameGenders.Shared.IsGivenName(t.Raw)))
                || (t.Raw is "His" or "Her" && Styles.Contains(next))))
            {
                continue;
            }

            // Daw Khin Myat Noe, U Aung Myint Oo, Ko Thiha Kyaw, Dun Salv Mifsud: a Burmese title or a Maltese priest's opens the run
            // while two words at least are left for the name (Ko Eun-ji, a Korean surname before one given name, stays; so does Dun
            // in a place's or a body's name, Dun Laoghaire Harbour Company).
            if (kept.Count == 0 && t.IsCapitalized && TitlesBeforeFullName.Contains(t.Raw) && run.Count - k > MinimumNameWordsAfterRank
                && !QuoteLexicon.OrganisationNouns.Contains(run[^1].Lower))
            {
                continue;
            }

            if (!IsHonorific(t))
            {
                kept.Add(t);
            }
        }

        return kept;
    }

    /// <summary>Whether a word is a particle that opens a father's name in a patronymic (bin, binti, ibn).</summary>
    public static bool IsPatronymicParticle(string word) => PatronymicParticles.Contains(word);

    // A word of rank after a Malay title's head is the title's only while this many words are left for the name (Dato Seri Anwar
    // Ibrahim; Dato Seri alone before one word keeps it as the name). Set by hand from the countries' forms of address.
    private const int MinimumNameWordsAfterRank = 2;

    // Titles written before a full name that are words of names elsewhere: Burmese (U and Ko for a man, older and younger; Daw for a
    // woman; Naw for a Karen woman) and Dun, a Maltese priest's, from those languages' forms of address; Daw, Ko and Dun met in
    // blind184. Ma and Saw are left out: both are surnames elsewhere too.
    private static readonly FrozenSet<string> TitlesBeforeFullName = FrozenSet.ToFrozenSet(["U", "Daw", "Ko", "Naw", "Dun"], StringComparer.Ordinal);

    // The particles that open a father's name in a patronymic (Khairul Anwar bin Haji Sulaiman, Siti Mariam binti Osman).
    private static readonly FrozenSet<string> PatronymicParticles = FrozenSet.ToFrozenSet(["bin", "binti", "binte", "bte", "bint", "ibn"], StringComparer.Ordinal);

    // Bishop Dom Aurélio Mendonça, Dom Helder Pessoa Câmara: "Dom", the Portuguese and Benedictine title, before a full name or after
    // another title; alone before one surname it is a given name (Dom Sibley).
    private static bool IsDomTitle(List<CueToken> nameTokens, bool titledBefore) =>
        nameTokens[0].Lower == "dom" && (nameTokens.Count > 2 || (titledBefore && nameTokens.Count > 1));

    /// <summary>
    /// Whether the token at <c>k</c> is the apostrophe of a plural owner (<c>the Wolves' head coach</c>, <c>the players' union</c>):
    /// a lone apostrophe written onto a word ending in "s", before a lowercase word.
    /// </summary>
    public static bool IsPluralPossessiveMark(IReadOnlyList<CueToken> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Raw is "'" or "’" && tokens[k - 1].IsWord && tokens[k - 1].Raw.EndsWith('s') && tokens[k - 1].End == tokens[k].Start
        && tokens[k + 1].IsWord && tokens[k + 1].Start > tokens[k].End && char.IsLower(tokens[k + 1].Raw[0]);

    // A rank or title written in capitals before a name (FM, GM, SP, DCI) has at most this many letters.
    private const int MaximumTitleAbbreviation = 4;

    // A given name is followed by at most this many words of surname (Ingrid Solvang, Mary Lou McDonald, Ana de la Cruz).
    private const int MaximumWordsAfterGivenName = 3;

    // The index of the given name that opens a person's name inside a run of capitalised words, after words the name lists do not
    // give as names (International Arbiter | Ingrid Solvang); 0 when the run opens with a given name or holds none, or when what
    // stands before it is no run of title words (a body's name, or letters in capitals that are initials of a name).
    private static int GivenNameAfterTitleWords(List<CueToken> nameTokens)
    {
        if (nameTokens.Count < 3)
        {
            return 0;
        }

        var names = GivenNameGenders.Shared;
        var words = Matching.Paraphrase.WordNet.Shared;
        var titleWord = -1;
        for (var k = 1; k < nameTokens.Count - 1; k++)
        {
            // (PCSO Kerry Danvers: a name given to men and women alike is a given name too.)
            // (Municipal Agriculturist Ma. Lourdes Ocampo-Tiu: the Philippine Ma., for María, opens the given name; a token keeps
            // its stop only before a given name the lists hold (CueToken.IsAbbreviation); blind275.)
            if (!char.IsUpper(nameTokens[k].Raw[0]) || !(names.IsGivenName(nameTokens[k].Raw) || nameTokens[k].Raw == "Ma."))
            {
                continue;
            }

            // (International Master Petra Lindgren: a common word the name lists also hold, after a title word and before another given
            // name, is the title's.)
            // (Harbour Master Ibrahim Saïd Mlanao: a name the dictionary holds only as one person's, the patriarch's, is no common word.)
            if (k + 2 < nameTokens.Count && names.IsMale(nameTokens[k + 1].Raw) is not null && words is not null && words.IsCommonWord(nameTokens[k].Lower))
            {
                titleWord = k;
                continue;
            }

            // (Manpreet Kaur Sandhu: a word no dictionary holds is a name of its own, not a title; FM, GM: a short abbreviation is.
            // Second Coxswain Bryony Hale, First Officer: an ordinal is a rank's word, though a name list holds it; Defenceman Tomasz
            // Wrobel-Kane: a dictionary noun with "man" or "woman" written onto it is a title word.)
            // (Lyonpo Karma Tenzin Wangdi: a given name the lists hold right before another is the first of two given names, unless it
            // heads a title, naming a person, a rank or an office; karma, a common noun but no person's, does not. Young Alfie
            // Fairweather: an adjective describes the person, whatever the lists hold.)
            var before = nameTokens.Take(k).ToList();
            return nameTokens.Count - k - 1 <= MaximumWordsAfterGivenName
                && (k - 1 == titleWord || !names.IsGivenName(before[^1].Raw) || IsTitleHead(words, before[^1])
                    || (words is not null && words.IsVerbOrAdjective(before[^1].Lower)))
                && before.Select((t, j) => (t, j)).All(x => (x.j == titleWord || names.IsMale(x.t.Raw) is null || RankOrdinals.Contains(x.t.Lower))
                    // (Club Commodore Rachel Nwosu: a body's noun before the title word is the body the title is held in.)
                    && x.t is var t && (!QuoteLexicon.OrganisationNouns.Contains(t.Lower) || x.j < k - 1) && !QuoteLexicon.CompanyTradeWords.Contains(t.Lower)
                    && !IsPossessive(t) && !NameParticles.Contains(t.Raw) && !PlainPersonNouns.Contains(t.Lower)
                    && ((t.Raw.Length <= MaximumTitleAbbreviation && t.Raw.All(char.IsUpper)) || (words is not null && IsDictionaryTitleWord(words, t.Lower))))
                && !nameTokens.Skip(k + 1).Any(t => QuoteLexicon.OrganisationNouns.Contains(t.Lower) || QuoteLexicon.CompanyTradeWords.Contains(t.Lower)
                    || QuoteLexicon.CampaignNameEnds.Contains(t.Lower))
                ? k : 0;
        }

        return 0;
    }

    // Belgian, Dane, Kenyan, Frenchman: a noun whose first sense is, a few hypernym links up, an inhabitant (Belgian → European →
    // inhabitant; Dane → Scandinavian → European → inhabitant). Four links reach every nation's name WordNet holds; set by hand.
    private static bool IsNationality(string lower) =>
        Matching.Paraphrase.WordNet.Shared is { } words && words.FirstSenseIsKindOf(lower, "inhabitant", MaximumNationalityLinks);

    private const int MaximumNationalityLinks = 4;

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a language or a people after "in", "from" or "into" (speaking in Dutch,
    /// translated from Portuguese): how words were given, never who gave them.
    /// </summary>
    public static bool IsLanguageGiven(IReadOnlyList<CueToken> tokens, int k) =>
        k >= 1 && IsNameWord(tokens[k]) && tokens[k - 1].Lower is "in" or "from" or "into" && IsLanguageOrPeople(tokens[k].Lower);

    // Portuguese, Welsh, Dutch: a word whose first sense is a people, or one of whose first two senses is a language. Counted in the
    // installed WordNet: Portuguese, French and Spanish stand six links below "language" (Romance, Italic, Indo-European, natural
    // language), English five, Greek three; Welsh and German are peoples; Dutch, Thai and Lao are peoples first and languages
    // second. Polish (a language only in its fourth sense) is not found; nor are Fox and Crow, surnames whose language sense is fifth
    // or sixth, which is why the senses read stop at two.
    private static bool IsLanguageOrPeople(string lower) =>
        IsNationality(lower) || (Matching.Paraphrase.WordNet.Shared is { } words && words.LeadingSenseIsKindOf(lower, "language", MaximumLanguageLinks, LanguageSenses));

    private const int MaximumLanguageLinks = 6;

    // How many of a word's leading noun senses are read for a language; set by hand from the WordNet index (above).
    private const int LanguageSenses = 2;

    // Ordinals heading a rank (Second Coxswain, First Officer, Third Engineer).
    private static readonly FrozenSet<string> RankOrdinals = FrozenSet.ToFrozenSet(["first", "second", "third", "fourth", "fifth"], StringComparer.Ordinal);

    /// <summary>Whether a title's last word names a person's office (Master, Coxswain, Commodore, PCSO), as before a name.</summary>
    public static bool IsTitleHead(string raw) => IsTitleHead(Matching.Paraphrase.WordNet.Shared, raw);

    private static bool IsTitleHead(Matching.Paraphrase.WordNet? words, CueToken t) => IsTitleHead(words, t.Raw);

    // The last word of a title before a name: an abbreviation (FM, PCSO), a role or rank the lexicon knows, a dictionary noun with
    // "man" or "woman" written onto it, or a noun one of whose two leading senses is a kind of person (arbiter, reeve, commodore).
    private static bool IsTitleHead(Matching.Paraphrase.WordNet? words, string raw) =>
        raw.ToLowerInvariant() is var lower
        && ((raw.Length <= MaximumTitleAbbreviation && raw.All(char.IsUpper)) || QuoteLexicon.RoleNouns.Contains(lower) || RankOrdinals.Contains(lower)
            || (words is not null && (IsPersonCompound(words, lower) || words.LeadingSenseIsKindOf(lower, "person", MaximumTitleHeadLinks, TitleHeadSenses))));

    // Hypernym links from a title's noun up to person (commodore → naval officer → military officer → serviceman → skilled worker
    // → worker → person is six); its two leading senses are read, since the first of some (master) is a thing. Set by hand.
    private const int MaximumTitleHeadLinks = 10;
    private const int TitleHeadSenses = 2;

    // A word the dictionary holds (coxswain, second), or a dictionary noun with "man" or "woman" written onto it (defenceman,
    // linesman, which WordNet spells otherwise or leaves out).
    private static bool IsDictionaryTitleWord(Matching.Paraphrase.WordNet words, string lower) =>
        words.Lemmas(lower).Any() || IsPersonCompound(words, lower);

    // Defenceman, linesman: a dictionary noun with "man" or "woman" written onto it (not Herman or Truman, whose stems are no words).
    private static bool IsPersonCompound(Matching.Paraphrase.WordNet words, string lower) =>
        ((string[])["woman", "man"]).Any(ending => lower.EndsWith(ending, StringComparison.Ordinal) && lower.Length - ending.Length >= MinimumCompoundStem
            && words.Lemmas(lower[..^ending.Length]).Any());

    // Man, Boy: a plain noun for a person is never written as a title before a name, so the word is a given name (Man Bahadur Rai,
    // a Nepali man's name) though the dictionary holds it.
    internal static readonly FrozenSet<string> PlainPersonNouns = FrozenSet.ToFrozenSet(["man", "woman", "boy", "girl", "child", "person"], StringComparer.Ordinal);

    // The stem of such a compound has at least this many letters (defence-man, lines-man; not "Oman" or "Truman"'s "tru"). Set by hand.
    private const int MinimumCompoundStem = 4;

    // The index of the token that starts at `start`, looking from `from` on; `from` when none does.
    private static int IndexStarting(IReadOnlyList<CueToken> tokens, int start, int from)
    {
        for (var k = from; k < tokens.Count && tokens[k].Start <= start; k++)
        {
            if (tokens[k].Start == start)
            {
                return k;
            }
        }

        return from;
    }

    // Conceição Aparecida dos Santos, Morro do Caracol: a lowercase particle between two name words runs the name on.
    // (Lucía Beltrán de la Fuente: so is each particle of a run between them.)
    private static bool IsParticleInName(IReadOnlyList<CueToken> tokens, int i, int start)
    {
        if (i <= start || !IsNameParticle(tokens, i))
        {
            return false;
        }

        var before = i - 1;
        while (before > start && IsNameParticle(tokens, before) && i - before < MaximumParticleRun)
        {
            before--;
        }

        var after = i + 1;
        while (after < tokens.Count && IsNameParticle(tokens, after) && after - i < MaximumParticleRun)
        {
            after++;
        }

        // (Dr van der Berghe: so after an honorific, the given name left out.)
        return after < tokens.Count && (IsNameWord(tokens[before]) || IsHonorific(tokens[before])) && IsNameWord(tokens[after]);
    }

    // The longest run of particles inside a name (de los, van der, von und zu); set by hand.
    internal const int MaximumParticleRun = 3;

    // Voices, Friends, Sisters: a capitalised plural that is no title or possessive, heading a body's name before "of".
    private static bool IsGroupNameHead(CueToken t) =>
        IsNameWord(t) && t.Raw.Length > 3 && t.Raw.EndsWith('s') && !t.Raw.EndsWith("ss", StringComparison.Ordinal) && !IsPossessive(t)
            && !QuoteLexicon.RoleNouns.Contains(t.Lower) && !QuoteLexicon.LeadingTitles.Contains(t.Lower);

    // parents, residents, campaigners: a lowercase plural of a role noun.
    private static bool IsPluralRole(CueToken t) =>
        t.IsWord && char.IsLower(t.Raw[0]) && t.Raw.Length > 2 && t.Raw.EndsWith('s') && QuoteLexicon.RoleNouns.Contains(t.Lower[..^1]);

    private static int? EndingAtName(IReadOnlyList<CueToken> tokens, int start)
    {
        var e = start;
        while (e < tokens.Count && IsNameWord(tokens[e]))
        {
            e++;
        }

        return e - start >= 2 ? e : null;
    }

    private static bool EndsMention(CueToken t) =>
        IsNameWord(t) || QuoteLexicon.RoleNouns.Contains(t.Lower) || QuoteLexicon.OrganisationNouns.Contains(t.Lower) || QuoteLexicon.Pronouns.Contains(t.Lower)
        || (char.IsLower(t.Raw[0]) && QuoteLexicon.PersonHeads.Contains(t.Lower))
        || t.TitleByUse; // (the Amghar did not hesitate: an office the article writes as one, alone after "the"; blind290)

    // Subcommittee, Workforce: a word ending in a body's noun this long is a body's noun itself (not "Nunn", which ends in "un").
    private const int MinimumCompoundBodyNoun = 5;

    // Vice Chairman of the provincial People's Committee: the "of" of an office stands at most this many words before the run that
    // holds the body's noun; set by hand from offices' names.
    private const int MaximumOfficeWords = 4;

    // The nouns of a region that close an office's name (Governor of the Western Province); set by hand.
    private static readonly FrozenSet<string> RegionNouns = FrozenSet.ToFrozenSet(
        ["province", "region", "district", "county", "prefecture", "governorate", "oblast", "canton", "municipality", "commune"], StringComparer.Ordinal);

    // Committee, Province, Subcommittee: a body's or a region's noun, or a word ending in a body's noun of some length.
    private static bool IsBodyOrRegionNoun(string lower) =>
        QuoteLexicon.OrganisationNouns.Contains(lower) || RegionNouns.Contains(lower)
        || QuoteLexicon.OrganisationNouns.Any(n => n.Length >= MinimumCompoundBodyNoun && lower.EndsWith(n, StringComparison.Ordinal));

    private static bool IsSurnameAfterGivenName(IReadOnlyList<CueToken> tokens, int runStart, int k, int end) =>
        k == end - 1 && k > runStart && tokens[k].IsCapitalized && tokens[k - 1] is { IsWord: true, IsCapitalized: true } given
        && !QuoteLexicon.RoleNouns.Contains(given.Lower) && !QuoteLexicon.LeadingTitles.Contains(given.Lower) && !IsHonorific(given)
        && GivenNameGenders.Shared.IsGivenName(given.Raw);

    private static SpeakerMention? FromRun(IReadOnlyList<CueToken> tokens, int titleStart, int runStart, int end)
    {
        // Inside a capitalised run, the last title word splits the title from the name (Foreign Minister | Sergei Lavrov).
        // councillor Dean Forbes: after a lowercase title, two capitalised words are a given name and a surname, though the
        // first is also a role (Dean); longer runs keep their titles (officer Detective Inspector Mair Hollis).
        var split = runStart;
        var titledBefore = end - runStart == 2 && runStart > titleStart && char.IsLower(tokens[runStart - 1].Raw[0])
            && QuoteLexicon.RoleNouns.Contains(tokens[runStart - 1].Lower);
        // Nobody gave Dean Pritchard a prayer: two capitalised words after a lowercase word, the first a given name the lists agree
        // on, are a given name and a surname though the first is also a title (the Dean, Dean Jane Smith keep theirs).
        titledBefore |= end - runStart == 2 && runStart == titleStart && runStart > 0 && tokens[runStart - 1].IsWord && char.IsLower(tokens[runStart - 1].Raw[0])
            && tokens[runStart - 1].Lower is not ("the" or "a" or "an") && !IsPossessive(tokens[runStart - 1])
            && QuoteLexicon.RoleNouns.Contains(tokens[runStart].Lower) && !IsHonorific(tokens[runStart]) && GivenNameGenders.Shared.IsMale(tokens[runStart].Raw) is not null
            && GivenNameGenders.Shared.IsMale(tokens[runStart + 1].Raw) is null; // (Canon Margaret: a title before a given name)
        // the Northern Premier Alliance: a capitalised run ending in a body's noun is the body's whole name, role words and all.
        var bodyName = end - runStart > 1 && QuoteLexicon.OrganisationNouns.Contains(tokens[end - 1].Lower) && !QuoteLexicon.RoleNouns.Contains(tokens[end - 1].Lower);
        for (var k = runStart; k < end && !titledBefore && !bodyName; k++)
        {
            // (Tom Baker, Dorla Usher, Sara Porter: a role noun ending the run straight after a given name the lists hold is a surname.)
            if (QuoteLexicon.RoleNouns.Contains(tokens[k].Lower) && !IsSurnameAfterGivenName(tokens, runStart, k, end) && !tokens[k].Pseudonym)
            {
                split = k + 1;
            }

            // (Deputy Minister for the Maritime Economy | Essowè Kpatcha-Banna: so after the words the article marks as a portfolio's.)
            if (tokens[k].OfficeWord)
            {
                split = k + 1;
            }

            // Vice Chairman of the provincial People's Committee Trần Văn Lộc, Governor of the Western Province Nguyễn Văn Bình: a
            // body's or a region's noun inside the run ends the office, and the two or more words after it are the person's name.
            // (League Two Castlebury Town: without an office's "of" before it, the noun may open a body's or a place's name.)
            if (end - k >= 3 && tokens[k].IsCapitalized && IsBodyOrRegionNoun(tokens[k].Lower)
                && Range(tokens, Math.Max(0, titleStart - MaximumOfficeWords), k).Any(t => t.Lower == "of")
                && !Range(tokens, k + 1, end).Any(t => IsBodyOrRegionNoun(t.Lower)))
            {
                split = k + 1;
            }
        }

        // Consellera d'Agricultura | Aina Triay Olives: after a title, a word joined to an elided "d'" is the office's portfolio while
        // two words at least are left for the name.
        if (split > 0 && split < end && IsHonorific(tokens[split - 1]) && tokens[split].Raw.StartsWith("d'", StringComparison.Ordinal) && IsParticleName(tokens[split])
            && end - split > MinimumNameWordsAfterRank)
        {
            split++;
        }

        // (the Minister, Yang Berhormat Dato | Seri Setia Haji Abdul Rahim: the split after a Malay title's head leaves its ranks.)
        var nameTokens = WithoutHonorifics(Range(tokens, split, end), split > 0 && QuoteLexicon.MalayTitleHeads.Contains(tokens[split - 1].Lower));

        // Prince Tunde Aleru, Sheikh Omar Saleh: a royal or traditional title before a name is a title, which tells a gender;
        // the same word after a given name (Sarah King) is a surname.
        var leadingTitles = new List<string>();
        // (Mayor Emir Hadžiselimović: a title word the name lists hold as a given name, before one word they do not, is the given name.)
        while (nameTokens.Count > 1 && nameTokens[0].Raw.Length > 1 && char.IsLower(nameTokens[0].Raw[1])
               && (QuoteLexicon.LeadingTitles.Contains(nameTokens[0].Lower) || IsDomTitle(nameTokens, split > titleStart))
               && !(nameTokens.Count == 2 && GivenNameGenders.Shared.IsGivenName(nameTokens[0].Raw) && !GivenNameGenders.Shared.IsGivenName(nameTokens[1].Raw)))
        {
            leadingTitles.Add(nameTokens[0].Lower);
            nameTokens.RemoveAt(0);
        }

        // International Arbiter Ingrid Solvang, Reeve Marjorie Pelletier, FM Viktor Halloran: capitalised words the lexicon does not
        // know as titles, before a given name the name lists agree on and its surname, are the person's titles.
        var givenAt = GivenNameAfterTitleWords(nameTokens);
        if (givenAt > 0)
        {
            leadingTitles.AddRange(nameTokens.Take(givenAt).Select(t => Simplify(t.Lower)));
            nameTokens.RemoveRange(0, givenAt);
        }

        // Mother-of-three, Grandfather-of-six: the family word heading a descriptor is a title of its own, which tells a gender.
        var titles = Range(tokens, titleStart, split)
            .SelectMany(t => IsDescriptorCompound(t) && t.Lower.Split('-')[0] is var family && QuoteLexicon.GenderWords.ContainsKey(family)
                ? (IEnumerable<string>)[Simplify(t.Lower), family]
                : [Simplify(t.Lower)])
            .Concat(leadingTitles)
            .ToList();
        var text = Join(tokens, titleStart, end);

        // the Queen, the Sheikh: a royal or traditional title alone after "the" is a role held by the person given it, not a name.
        if (nameTokens.Count == 1 && end - titleStart == 1 && titleStart > 0 && tokens[titleStart - 1].Lower == "the"
            && QuoteLexicon.LeadingTitles.Contains(nameTokens[0].Lower))
        {
            var title = nameTokens[0].Lower;
            return new SpeakerMention(MentionKind.Role, text, text, [title], title, true, tokens[titleStart].Start);
        }

        // "…," the Belgian added; the Dane said: a people's name alone after "the" is a role, the person of that nation the article
        // is about, not a name.
        if (nameTokens.Count == 1 && end - titleStart == 1 && titleStart > 0 && tokens[titleStart - 1].Lower == "the" && IsNationality(nameTokens[0].Lower))
        {
            var nation = nameTokens[0].Lower;
            return new SpeakerMention(MentionKind.Role, text, text, [nation], nation, true, tokens[titleStart].Start);
        }

        // the Rural Safety Executive, the Health and Safety Executive: an executive whose capitalised modifiers are no titles
        // (not Chief Executive) is a body.
        if (nameTokens.Count == 0 && end - titleStart >= 2 && tokens[end - 1] is { IsCapitalized: true, Lower: "executive" }
            && Range(tokens, titleStart, end - 1).All(t => t.IsCapitalized && !QuoteLexicon.RoleNouns.Contains(t.Lower) && !IsHonorific(t)))
        {
            var bodyStart = titleStart >= 3 && tokens[titleStart - 1].Lower == "and" && tokens[titleStart - 2].IsCapitalized
                && !QuoteLexicon.RoleNouns.Contains(tokens[titleStart - 2].Lower) ? titleStart - 2 : titleStart;
            var body = Join(tokens, bodyStart, end);
            return new SpeakerMention(MentionKind.Organisation, body, body, [], null, true, tokens[bodyStart].Start);
        }

        if (nameTokens.Count == 0)
        {
            var head = tokens[end - 1].Lower;
            // (the new President, the outgoing Chair: a lowercase word or two may stand between the article and the title.)
            var definite = (titleStart > 0 && tokens[titleStart - 1].Lower == "the")
                || (titleStart > 1 && tokens[titleStart - 2].Lower == "the" && tokens[titleStart - 1] is { IsWord: true } adjective && char.IsLower(adjective.Raw[0])
                    && !QuoteLexicon.SpeechVerbs.Contains(adjective.Lower));
            return new SpeakerMention(MentionKind.Role, text, text, titles, head, definite, tokens[titleStart].Start);
        }

        // Harrowby RFC, Lowmoor NHS: a name ending in capitals (not letters after a person's name) is an organisation's.
        var endsInCapitals = nameTokens.Count > 1 && nameTokens[^1].Raw.Length > 1 && nameTokens[^1].Raw.All(char.IsUpper);

        // Coach operator Fjordline, the retailer Crumbworth: one name word after an organisation noun names the organisation.
        endsInCapitals |= nameTokens.Count == 1 && titles.Count > 0 && QuoteLexicon.OrganisationNouns.Contains(titles[^1]);
        endsInCapitals |= nameTokens.Count > 1 && QuoteLexicon.CompanyTradeWords.Contains(nameTokens[^1].Lower);
        // (Port Astra, Port Talbot: "port" opening a name names a town, not a port authority.)
        if (nameTokens.Where((t, j) => !(j == 0 && nameTokens.Count > 1 && t.Lower == "port")).Any(t => QuoteLexicon.OrganisationNouns.Contains(t.Lower))
            || nameTokens.Any(t => t.Raw.All(char.IsUpper) && t.Raw.Length > 1 && nameTokens.Count == 1) || endsInCapitals)
        {
            var orgText = Join(tokens, split, end);
            return new SpeakerMention(MentionKind.Organisation, orgText, orgText, titles, null, true, tokens[split].Start);
        }

        var name = string.Join(' ', nameTokens.Select(t => t.Raw));
        return new SpeakerMention(MentionKind.Name, text, name, titles, null, true, tokens[titleStart].Start);
    }

    private static SpeakerMention? RoleEndingAt(IReadOnlyList<CueToken> tokens, int end, int floor)
    {
        var head = FamilyHead(tokens[end - 1].Lower) ?? tokens[end - 1].Lower;
        var s = end - 1;
        var definite = false;
        var anchored = false;
        // A Dunbridge Fire and Rescue Service spokesperson: the words of a body's name before the role count as one modifier.
        var nameWords = 0;
        while (s - 1 >= floor && end - s - nameWords <= MaximumRoleModifiers + 1 && end - s <= MaximumRoleModifiers + MaximumNameModifierWords
               && (tokens[s - 1].IsWord || IsPluralPossessiveMark(tokens, s - 1)
                   || (tokens[s - 1].Raw == "&" && s - 2 >= floor && IsNameWord(tokens[s - 2]) && IsNameWord(tokens[s])))) // (A Fenwick & Lyle bookseller)
        {
            var w = tokens[s - 1];
            // the Wolves' head coach: a plural owner's apostrophe anchors the role as "the club's" would.
            if (IsPluralPossessiveMark(tokens, s - 1) && s - 2 >= floor)
            {
                var pluralOwner = s - 2;
                while (pluralOwner - 1 >= floor && end - pluralOwner <= MaximumRoleModifiers + 2 && IsNameWord(tokens[pluralOwner - 1]))
                {
                    pluralOwner--;
                }

                var ownedTitles = Range(tokens, s, end).Select(t => Simplify(t.Lower)).ToList();
                if (head != tokens[end - 1].Lower)
                {
                    ownedTitles.Add(head);
                }

                var opens = pluralOwner - 1 >= floor && tokens[pluralOwner - 1].Lower == "the" ? pluralOwner - 1 : pluralOwner;
                var ownedText = Join(tokens, opens, end);
                return new SpeakerMention(MentionKind.Role, ownedText, ownedText, ownedTitles, head, true, tokens[opens].Start);
            }

            if (QuoteLexicon.Determiners.Contains(w.Lower) || IsPossessive(w))
            {
                s--;
                anchored = true;
                definite = w.Lower is not ("a" or "an" or "one" or "another");
                break;
            }

            var inName = s < end - 1 && tokens[s].IsCapitalized && s - 2 >= floor && IsNameWord(tokens[s - 2])
                && (w.Lower is "and" or "of" or "for" or "&" || IsNameWord(w));
            if (!inName && (QuoteLexicon.SpeechVerbs.Contains(w.Lower) || QuoteLexicon.NotNames.Contains(w.Lower)))
            {
                break;
            }

            nameWords += inName ? 1 : 0;
            s--;
        }

        // Counsel asked: the one role written without an article, as the courts write it, opening its clause.
        if (!anchored && s == end - 1 && (s == floor || !tokens[s - 1].IsWord) && tokens[s].IsCapitalized && head == "counsel")
        {
            return new SpeakerMention(MentionKind.Role, tokens[s].Raw, tokens[s].Raw, [head], head, true, tokens[s].Start);
        }

        if (!anchored)
        {
            return null;
        }

        // the Prime Minister's spokesman, the Harbour Board's engineer: a possessive owner runs back over the capitalised words of its name,
        // and its words are the owner's, no title of the person (the Prime Minister's spokesman is no minister).
        var owned = IsPossessive(tokens[s]) ? s + 1 : s;
        if (IsPossessive(tokens[s]) && tokens[s].IsCapitalized)
        {
            while (s - 1 >= floor && end - s <= MaximumRoleModifiers + 1 && IsNameWord(tokens[s - 1]))
            {
                s--;
            }

            // Mr B's mother: a person kept anonymous by one letter keeps the honorific before it, all the name there is.
            if (s == owned - 1 && tokens[s].Raw.Length <= AnonymisedOwnerLength && s - 1 >= floor && IsHonorific(tokens[s - 1]))
            {
                s--;
            }
        }

        var titles = Range(tokens, owned, end).Where(t => !QuoteLexicon.Determiners.Contains(t.Lower)).Select(t => Simplify(t.Lower)).ToList();
        if (head != tokens[end - 1].Lower)
        {
            titles.Add(head);
        }

        var text = Join(tokens, s, end);
        var bare = Join(tokens, IsPossessive(tokens[s]) ? s : s + 1, end);
        var kind = QuoteLexicon.OrganisationNouns.Contains(head) && !QuoteLexicon.RoleNouns.Contains(head) ? MentionKind.Organisation : MentionKind.Role;
        // (one stopper manufacturer, a local supplier: a body left unnamed keeps its determiner, as an unnamed person does.)
        return new SpeakerMention(kind, text, kind == MentionKind.Organisation && definite ? bare : text, titles, head, definite, tokens[s].Start);
    }

    // B's, A’s: a one-letter owner with its possessive ending, as tribunals and courts name people they keep anonymous.
    private const int AnonymisedOwnerLength = 3;

    /// <summary>
    /// The family or role word heading a descriptor such as <c>dad-of-three</c> or <c>mother-of-two</c> (<c>dad</c>,
    /// <c>mother</c>), or null when the word is no such descriptor.
    /// </summary>
    public static string? FamilyHead(string lower)
    {
        var of = lower.IndexOf("-of-", StringComparison.Ordinal);
        if (of <= 0)
        {
            return null;
        }

        var head = lower[..of];
        return QuoteLexicon.RoleNouns.Contains(head) || QuoteLexicon.GenderWords.ContainsKey(head) ? head : null;
    }

    /// <summary>The ending of an age used as a noun (<c>the 41-year-old</c>).</summary>
    public const string AgeSuffix = "-year-old";

    /// <summary>Whether a word is an age used as a noun (<c>41-year-old</c>), which a tabloid uses for a person named with that age.</summary>
    public static bool IsAge(string lower) =>
        lower.EndsWith(AgeSuffix, StringComparison.Ordinal) && lower.Length > AgeSuffix.Length && lower[..^AgeSuffix.Length].All(char.IsDigit);

    /// <summary>A capitalised word that can be part of a name (not a weekday, a month, a sentence opener).</summary>
    public static bool IsNameWord(CueToken t) =>
        t.IsWord && (t.IsCapitalized || IsParticleName(t)) && !t.CommonAtSentenceStart && (t.EndsName || t.Pseudonym || !QuoteLexicon.NotNames.Contains(t.Lower)) && (!IsPossessive(t) || t.PossessiveInName)
        && !QuoteLexicon.Pronouns.Contains(t.Lower)
        && !(t.Raw.Length > 1 && char.IsDigit(t.Raw[1])) && !IsHonorific(t) && !IsPostNominal(t) && !IsDescriptorCompound(t)
        && !(QuoteLexicon.Rubrics.Contains(t.Lower) && t.Raw.All(char.IsUpper))
        // (A retired GP was blunter, A local GP said: a role's abbreviation in capitals is the role noun, no name; blind253.)
        && !(t.Raw.Length > 1 && t.Raw.All(char.IsUpper) && QuoteLexicon.RoleNouns.Contains(t.Lower));

    /// <summary>
    /// Whether a word is a surname written with a lowercase particle joined by a hyphen (<c>al-Nour</c>, <c>el-Amin</c>,
    /// <c>bin-Zayed</c>) or by an elided vowel's apostrophe (<c>d’Arifat</c>): lowercase, yet a name.
    /// </summary>
    public static bool IsParticleName(CueToken t) =>
        IsHyphenedParticleName(t)
        || (t.Raw.IndexOfAny(Apostrophes) is var elided and > 0 && elided + 1 < t.Raw.Length && char.IsUpper(t.Raw[elided + 1])
            && ElidedParticles.Contains(t.Raw[..elided])) // Laurent d’Arifat, Giulia dell’Orto: an elided particle joined to the name
        || IsIrishMutatedName(t.Raw)
        || TrailingPatronymics.Contains(t.Raw);

    /// <summary>
    /// Whether a word is an Irish name whose first letter is mutated after an article or Ó, Ní, Uí (Nic an tSaoir, Ó hUiginn, Ní
    /// hÉalaí, Uí bhFiannachta, Mac an nGall): the prefixed letters lowercase, the name's own initial capital, then lowercase. (mRNA
    /// and dB have no lowercase after their capital.)
    /// </summary>
    /// <remarks>Read for every lowercase word the name reader meets, so it looks at the first letters only and allocates nothing.</remarks>
    private static bool IsIrishMutatedName(string raw)
    {
        var prefix = raw.StartsWith("bh", StringComparison.Ordinal) ? 2 : raw.Length > 0 && IrishMutations.Contains(raw[0]) ? 1 : 0;
        return prefix > 0 && raw.Length >= prefix + 2 && char.IsUpper(raw[prefix]) && char.IsLower(raw[prefix + 1]);
    }

    // The letters Irish prefixes to a name's initial: t before s or a vowel, h before a vowel (prefixing), and the eclipses
    // (n before a vowel, g or d; m before b; g before c; b before p; d before t; bh before f, read above), from Irish grammar; met
    // in blind184.
    private const string IrishMutations = "thnmgbd";

    /// <summary>Whether a word is a surname joined by a hyphen to a lowercase particle (<c>al-Nour</c>).</summary>
    public static bool IsHyphenedParticleName(CueToken t) =>
        t.Raw.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 && dash + 1 < t.Raw.Length && char.IsUpper(t.Raw[dash + 1])
        && HyphenedParticles.Contains(t.Raw[..dash]);

    // Particles written joined by a hyphen to the name after them (al-Nour; the t- of a Gaelic name after "an", Mac an t-Saoir).
    private static readonly FrozenSet<string> HyphenedParticles = FrozenSet.ToFrozenSet(["al", "el", "ad", "ud", "an", "as", "at", "bin", "ibn", "ben", "abu", "bint", "ould", "t"], StringComparer.Ordinal);

    // Japanese honorifics written lowercase after a name (Ōkubo sensei, met in blind219; Tanaka san, Sato sama, Kenji kun).
    private static readonly FrozenSet<string> TrailingHonorifics = FrozenSet.ToFrozenSet(["sensei", "san", "sama", "kun", "chan", "senpai", "dono"], StringComparer.Ordinal);

    // Lowercase words that end a Turkic patronymic, "son of" or "daughter of" after the father's name: Temirlan Asan uulu, Aijan
    // Bolot kyzy (Kyrgyz; met in blind216), Ilham Heydar oglu, Leyla Arif qizi (Azerbaijani), Marat Serik uly (Kazakh). Part of the
    // name as written, and the last word of it.
    private static readonly FrozenSet<string> TrailingPatronymics = FrozenSet.ToFrozenSet(["uulu", "kyzy", "oglu", "ogly", "oğlu", "qizi", "kizi", "gizi",
        "uly", "qyzy", "ugli"], StringComparer.Ordinal);

    // Particles elided before a vowel and joined by an apostrophe to the name after them (French, Italian).
    // (Not "l": l'Estrie, l'Isle are places.)
    private static readonly FrozenSet<string> ElidedParticles = FrozenSet.ToFrozenSet(["d", "dell", "dall"], StringComparer.Ordinal);

    private static readonly char[] Apostrophes = ['\'', '\u2019'];

    /// <summary>
    /// Whether a capitalised word is a hyphenated description of a person (<c>Gran-of-five</c>, <c>Mother-of-two</c>,
    /// <c>Ex-miner</c>): it ends in a lowercase part, which no name does (Jean-Paul, Smith-Jones, Southend-on-Sea end in capitals).
    /// </summary>
    public static bool IsDescriptorCompound(CueToken t) =>
        t.IsWord && t.IsCapitalized && !t.HyphenedGivenName && t.Raw.Contains('-', StringComparison.Ordinal) && t.Raw[(t.Raw.LastIndexOf('-') + 1)..] is { Length: > 0 } last
        && last.All(char.IsLower) && t.Raw[..t.Raw.IndexOf('-')].ToLowerInvariant() is var head && !WordPrefixes.Contains(head) && !HyphenedNameEnds.Contains(last)
        // (Sijjt-sārrnej Lōnnjeva: a compound of two words no dictionary holds is a foreign office or a name, no description of a
        // person in English words, as Mother-of-three and Lindenburg-based are; blind324.)
        && (Matching.Paraphrase.WordNet.Shared is not { } words || words.IsCommonWord(head) || words.IsCommonWord(last) || QuoteLexicon.StopWords.Contains(head));

    // Lowercase ends a name takes after a hyphen: Tuvan -ool, "son" (Sholban Kara-ool, Ondar-ool; met in blind276), and the Turkic
    // patronymics when joined so (Mammad-oglu); from the languages' naming, not from any annotated set.
    private static readonly FrozenSet<string> HyphenedNameEnds = FrozenSet.ToFrozenSet(["ool", .. TrailingPatronymics], StringComparer.Ordinal);

    // Co-operation, Re-use, Non-Proliferation: a prefix joined by a hyphen makes one word of a name, no description of a person.
    private static readonly FrozenSet<string> WordPrefixes = FrozenSet.ToFrozenSet(["co", "re", "non", "pre", "inter", "pan", "semi", "multi"], StringComparer.Ordinal);

    /// <summary>Whether a name is a pseudonym, a person noun and a capital letter (Patient A, Witness B): no given name, no title.</summary>
    public static bool IsPseudonym(string name) => name.Split(' ') is [var noun, [var letter]] && char.IsUpper(letter) && QuoteLexicon.PersonHeads.Contains(noun.ToLowerInvariant());

    /// <summary>Whether a word is an honorific before a name (<c>Dr</c>, <c>Prof.</c>, <c>Ms</c>, <c>Cllr</c>, <c>Det Insp</c>), capitalised.</summary>
    public static bool IsHonorific(CueToken t) => t.IsWord && t.IsCapitalized && !t.SurnameByUse
        && !(QuoteLexicon.PoliceRankAbbreviations.Contains(t.Lower) && !char.IsUpper(t.Raw[1])) // (DI Kaur, but Rosaria Di Bella)
        && (t.TitleByUse || QuoteLexicon.Honorifics.Contains(t.Lower.TrimEnd('.')) || (t.Raw.EndsWith('.') && QuoteLexicon.DottedTitles.Contains(t.Lower.TrimEnd('.')))
            || IsOfficeCompound(t.Lower));

    /// <summary>
    /// Whether a word is a German or Scandinavian office written as one compound before a name (<c>Gemeindepräsident Urs Casutt</c>,
    /// <c>Bürgermeister</c>, <c>Landesminister</c>, <c>Polizeidirektorin</c>): it ends in an office's noun after a stem of its own.
    /// </summary>
    public static bool IsOfficeCompound(string lower) =>
        OfficeEndings.Any(e => lower.Length >= e.Length + MinimumOfficeStem && lower.EndsWith(e, StringComparison.Ordinal))
        && !GivenNameGenders.Shared.IsGivenName(lower);

    // The offices' nouns that close such a compound, in German and the Scandinavian languages; set by hand from their forms of address.
    private static readonly string[] OfficeEndings =
        ["präsident", "präsidentin", "meister", "meisterin", "direktor", "direktorin", "minister", "ministerin", "kommissar", "kommissarin",
         "ordfører", "ordförande", "borgmester", "borgmästare"];

    // Police Sarah Nabukeera: an office's word and a name of two words at least.
    private const int MinimumOfficeAndNameWords = 3;

    // Gemeinde-, Bürger-, Landes-: the stem before the office is a word of its own, this long at least (not Kommissar alone). Set by hand.
    private const int MinimumOfficeStem = 4;

    // Prosecutor's, General's: a capitalised owner that is a role noun, the office holder a body's name may be called after.
    private static bool IsOfficeOwner(CueToken t) =>
        t.IsWord && t.IsCapitalized && IsPossessive(t) && QuoteLexicon.RoleNouns.Contains(t.Lower[..^2]);

    /// <summary>
    /// Whether a word is written as letters after a name (<c>KC</c>, <c>OBE</c>, <c>PhD</c>, <c>CEng</c>, <c>Jr</c>): capitalised, and
    /// all capitals or two at least (Mr Gareth Penhallow-Rees CEng; blind345), save Jr and Sr.
    /// </summary>
    public static bool IsPostNominal(CueToken t) =>
        t.PostNominalByUse
        || (t.IsWord && t.IsCapitalized && t.Raw.Length >= 2 && QuoteLexicon.PostNominals.Contains(t.Lower.TrimEnd('.'))
            && (t.Raw.TrimEnd('.').All(char.IsUpper) || t.Raw.Count(char.IsUpper) >= 2 || t.Lower.TrimEnd('.') is "jr" or "sr"));

    /// <summary>Whether a word is a possessive (<c>Russia's</c>, <c>workers'</c>).</summary>
    public static bool IsPossessive(CueToken t) => (t.Raw.EndsWith("'s", StringComparison.Ordinal) || t.Raw.EndsWith("’s", StringComparison.Ordinal)) && t.Raw.Length > 2;

    /// <summary>A title word reduced for matching: possessive and demonym endings off (Russia's, Russian → russia).</summary>
    public static string Simplify(string word)
    {
        var w = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        return w.EndsWith("ian", StringComparison.Ordinal) ? w[..^1] : w;
    }

    private static IEnumerable<CueToken> Range(IReadOnlyList<CueToken> tokens, int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            yield return tokens[k];
        }
    }

    private static string Join(IReadOnlyList<CueToken> tokens, int s, int e) => string.Join(' ', Range(tokens, s, e).Select(t => t.Raw));
}
