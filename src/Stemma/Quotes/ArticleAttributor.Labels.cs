using System.Collections.Frozen;
using Stemma.Cleaning;
using Stemma.Matching;

namespace Stemma.Quotes;

/// <content>Quoted words that name something rather than report speech: labels, nicknames, titles of works, signs.</content>
internal sealed partial class ArticleAttributor
{
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

            // once billed in a government brochure as "…", marketed to tourists as "…": a verb that sells or names a thing, a short
            // phrase and "as" give it a name, whoever coined it.
            if (verb == "as" && BilledAs(words, last))
            {
                return true;
            }

            // a title …, which roughly means "first of the knowing ones": what a word means is its gloss, no one's speech (what a plan
            // "meant", in the past, is someone's account of it; blind380).
            if (verb is "means" or "meaning")
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

            // what the industry has taken to calling the "cable crunch", have begun calling "the glide path": a name coined for a thing.
            if (verb == "calling" && last > 0 && words[last - 1].Lower is "to" or "started" or "begun" or "began" or "start")
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

            // Residents have nicknamed the lone tanker "the Lotto truck": a verb that only ever gives a name, then its object, holds
            // a name whatever the quote opens with.
            for (var k = words.Count - 2; k >= 0 && words.Count - 2 - k <= MaximumNamedObjectWords; k--)
            {
                if (words[k].Lower is "nicknamed" or "christened" or "rechristened" or "renamed" && words[k + 1].Lower is "the" or "a" or "an" or "its" or "their" or "it" or "him" or "her")
                {
                    return true;
                }

                if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || QuoteLexicon.Copulas.Contains(words[k].Lower))
                {
                    break;
                }
            }

            // The return fixture is already being called, in the club bar at least, the "rematch of the wall": so with a phrase between
            // commas after the naming verb (blind380).
            if (words[^1].Lower == "the" && prefix.Count > 3 && prefix[^2].Raw == "," && prefix.FindLastIndex(prefix.Count - 3, t => t.Raw == ",") is var opening and > 0
                && prefix.Count - 3 - opening <= MaximumNamedObjectWords + 2 && prefix[opening - 1].Lower is "called" or "dubbed" or "nicknamed" or "christened")
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

        // a nickname in the local press, "the Postman's Comet": a quote in apposition to a noun for a name is that name.
        if (prefix.Count > 2 && prefix[^1].Raw == ",")
        {
            var clause = prefix.Count - 2;
            while (clause >= 0 && prefix[clause].Raw != ",")
            {
                clause--;
            }

            var phrase = prefix.Skip(clause + 1).Where(t => t.IsWord).ToList();
            if (Enumerable.Range(1, Math.Max(0, phrase.Count - 1)).Any(j => phrase[j - 1].Lower is "a" or "an" or "the" or "its" or "their" && NameNouns.Contains(phrase[j].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    // call, calls, calling, styles itself, bills itself, dubs: a verb that gives a name, in any form.
    private static bool IsNamingVerb(string lower) =>
        QuoteLexicon.NamingWords.Contains(lower) || lower is "calling" or "styles" or "styling" or "bills" or "billing" or "brands" or "branding"
            or "dubs" or "dubbing" or "names" or "naming";

    // Verbs that sell or name a thing before "as" (billed as, marketed as, hailed as); set by hand, not from any annotated set.
    private static readonly FrozenSet<string> PromotionVerbs = FrozenSet.ToFrozenSet(
        ["billed", "marketed", "touted", "hailed", "advertised", "promoted", "pitched", "branded", "styled", "sold", "refer", "refers", "referred",
            "referring"], StringComparer.Ordinal);

    // billed in a government brochure as: the promotion verb comes within this many words before "as" (the phrase between has
    // four); the same reach as "known to … as".
    private static bool BilledAs(List<CueToken> words, int asIndex)
    {
        for (var k = asIndex - 1; k >= 0 && asIndex - k <= MaximumKnownToWords; k--)
        {
            if (PromotionVerbs.Contains(words[k].Lower))
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

    // A capitalised word of a place's name after "at", "in" or "on" (at Hollin Wood), up to two words after the preposition.
    private static bool IsPlaceAfterPreposition(List<CueToken> words, int k) =>
        words[k - 1].Lower is "at" or "in" or "on" || (k > 1 && !char.IsLower(words[k - 1].Raw[0]) && words[k - 2].Lower is "at" or "in" or "on");

    // known to his victims as, known among traders as: "known", a preposition and a short noun phrase before "as".
    private static bool KnownToSomeoneAs(List<CueToken> words, int asIndex)
    {
        for (var k = asIndex - 1; k >= 1 && asIndex - k <= MaximumKnownToWords; k--)
        {
            // (known in the weighing room as "the Iceman", known on the circuit as: where it is known, as to whom; known for years
            // afterwards at Hollin Wood as "the Tallis ghost": how long, and a place's name; known along the coast as "Stari"; blind377.)
            if (words[k].Lower is "to" or "among" or "amongst" or "by" or "in" or "on" or "at" or "around" or "across" or "for" or "along" or "throughout"
                && words[k - 1].Lower == "known")
            {
                return true;
            }

            if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || words[k].Lower is "and" or "but" or "that" or "which" or "who"
                || (!char.IsLower(words[k].Raw[0]) && !IsPlaceAfterPreposition(words, k)))
            {
                return false;
            }
        }

        return false;
    }

    // officials are calling "the Brisk Protocol", what the union calls "the Long Walk": a quote that is itself a proper name
    // (a determiner and capitalised words, or capitalised words alone) straight after a naming verb names something, whoever
    // gives the name.
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

        // a finish Corvane is calling "Fogstone": one capitalised word, or a name in title case, with no stop of a sentence.
        if (parts.Length >= 1 && text.IndexOfAny(['.', '!', '?', ',']) < 0 && parts[0] != "I"
            && (parts is [var single] ? char.IsUpper(single[0]) && single.Skip(1).Any(char.IsLower) : IsTitleCaseName(text)))
        {
            return true;
        }

        return parts.Length >= 2 && parts[0] is "the" or "The" && parts.Skip(1).All(w => char.IsUpper(w[0]) || QuoteLexicon.NameConnectors.Contains(w))
            && char.IsUpper(parts[^1][0]);
    }

    // the pony "Biscuit", her boat "Marigold": one capitalised word straight after a determiner and a lowercase noun is the name
    // of the thing the noun is, whoever the sentence says spoke (blind296).
    private static bool IsNameAfterItsNoun(List<CueToken> prefix, string text) =>
        prefix.Count >= 2 && prefix[^1] is { IsWord: true } noun && char.IsLower(noun.Raw[0]) && !QuoteLexicon.SpeechVerbs.Contains(noun.Lower)
        && prefix[^2].Lower is "the" or "a" or "her" or "his" or "its" or "their" or "our"
        && text.Length > 1 && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower) && text != "I";

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

    // Boards and windows words are written on, which read words but never say them (the board of a company says): set by hand.
    private static readonly FrozenSet<string> BoardNouns = FrozenSet.ToFrozenSet(
        ["board", "boards", "blackboard", "chalkboard", "whiteboard", "signboard", "signpost", "window", "windows"], StringComparer.Ordinal);

    // The prepositions that say where a sign stands (a sign on the door, a banner across the road).
    private static readonly FrozenSet<string> InscriptionPlaceWords = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "outside", "above", "over", "by", "near", "behind", "across", "along"], StringComparer.Ordinal);

    // Whether the words before a comma end in a sign and where it stands (a handwritten sign on the clubhouse door): an inscribed
    // thing's noun, then nothing or a place of a few lowercase words.
    private static bool InscriptionInApposition(List<CueToken> words)
    {
        for (var k = words.Count - 1; k >= 1 && words.Count - 1 - k <= MaximumInscriptionWords; k--)
        {
            if (InscribedNouns.Contains(words[k].Lower))
            {
                return (k == words.Count - 1 || InscriptionPlaceWords.Contains(words[k + 1].Lower))
                    && words.Skip(k + 1).All(w => char.IsLower(w.Raw[0])) && (QuoteLexicon.Determiners.Contains(words[k - 1].Lower) || char.IsLower(words[k - 1].Raw[0]));
            }

            if (!char.IsLower(words[k].Raw[0]) || QuoteLexicon.SpeechVerbs.Contains(words[k].Lower))
            {
                return false;
            }
        }

        return false;
    }

    // Things a label is marked on (a door marked "PRIVATE", a crate stamped "FRAGILE"); set by hand. The word before "marked" must
    // be one, as "the sale marked 'the end of a long, dark chapter'" has the verb's subject there.
    private static readonly FrozenSet<string> MarkedThingNouns = FrozenSet.ToFrozenSet(
        ["door", "doors", "gate", "gates", "box", "boxes", "crate", "crates", "envelope", "envelopes", "bag", "bags", "sack", "sacks", "file", "files",
            "folder", "folders", "jar", "jars", "bottle", "bottles", "tin", "tins", "drawer", "drawers", "button", "switch", "lane", "bay", "bays",
            "bin", "bins", "package", "packages", "parcel", "parcels", "label", "labels", "route", "exit", "entrance", "van", "vehicle", "car",
            "cabinet", "cupboard", "shelf", "tray", "trays", "page", "pages", "sheet", "sheets"],
        StringComparer.Ordinal);

    // A sign on the ticket office read "…": the verb of what is written comes within this many words after the thing it is written on.
    private const int MaximumInscriptionWords = 6;

    // Works whose title a quote in apposition gives (a touring exhibition, "Bronze and Memory",).
    private static readonly FrozenSet<string> WorkNouns = FrozenSet.ToFrozenSet(
        ["exhibition", "show", "play", "film", "album", "book", "novel", "series", "programme", "program", "documentary", "song", "single", "musical",
            "opera", "ballet", "memoir", "collection", "installation", "retrospective", "podcast", "sitcom", "drama", "production", "festival", "tour", "poem",
            "newsletter", "magazine", "journal", "newspaper", "blog", "column", "website", "review", "study", "paper", "report", "guidebook", "guide",
            "handbook", "article", "essay", "thesis", "textbook", "manifesto", "pamphlet", "primer", "anthology", "songbook", "hymnal"],
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

        // (the only door marked "FIRE EXIT - KEEP CLEAR", a crate stamped "FRAGILE": a thing's noun and the participle of what is
        // written on it; blind365.)
        // (The site notice, headed "Have your say",: so a notice's heading; blind373.)
        if (words[^1].Lower is "marked" or "stamped" or "inscribed" or "engraved" or "embossed" or "headed" && prefix[^1].IsWord
            && (InscribedNouns.Contains(words[^2].Lower) || MarkedThingNouns.Contains(words[^2].Lower)))
        {
            return true;
        }

        // (A handwritten sign on the clubhouse door, "Soci: silenzio durante il tiro", was ignored: the words in apposition to a sign are
        // what it reads; blind372.)
        if (prefix[^1].Raw == "," && InscriptionInApposition(words))
        {
            return true;
        }

        if (words[^1].Lower is not ("reading" or "read" or "reads" or "said" or "says" or "saying" or "declaring" or "proclaiming" or "bearing"))
        {
            return false;
        }

        var reading = words[^1].Lower is "reading" or "read" or "reads";
        for (var k = words.Count - 2; k >= 0 && words.Count - 1 - k <= MaximumInscriptionWords; k--)
        {
            // The noun heads the subject: the verb follows it, or a place or relative clause does (a sign on the door, a banner that);
            // a banner firm said is the firm.
            // (a hand-painted board already reads: a board reads words, though a company's board says them; an adverb may stand
            // before the verb; blind373.)
            if (InscribedNouns.Contains(words[k].Lower) || (reading && BoardNouns.Contains(words[k].Lower)))
            {
                return k == words.Count - 2 || InscriptionPlaceWords.Contains(words[k + 1].Lower) || words[k + 1].Lower is "that" or "which"
                    || words.Skip(k + 1).SkipLast(1).All(w => w.Lower is "already" or "still" or "now" or "simply" or "only" or "once");
            }

            // A protest spokesman said, a banner firm's owner said: a person nearer the verb is its subject (a sign on the
            // ticket office read: the place a sign hangs is not, nor a common noun's possessive in it, a board on the fishermen's
            // steps; blind397).
            if (QuoteLexicon.SpeechVerbs.Contains(words[k].Lower) || QuoteLexicon.Pronouns.Contains(words[k].Lower) || MentionParser.IsNameWord(words[k])
                || QuoteLexicon.RoleNouns.Contains(words[k].Lower) || (MentionParser.IsPossessive(words[k]) && words[k].IsCapitalized))
            {
                return false;
            }
        }

        return false;
    }

    // … has hung a hand-painted sign over the classroom door. It reads "Tervhen!": "it" and "reads" or "read" opening the sentence
    // after one that names a sign, placard or banner are what the sign reads (blind388). Not "it said", a body's verb.
    private bool ReadsAsSignBefore(List<CueToken> prefix)
    {
        if (prefix is not [{ Lower: "it" } it, { Lower: "reads" or "read" }])
        {
            return false;
        }

        var paragraph = _paragraphs.FirstOrDefault(p => p.Start <= it.Start && it.Start < p.End);
        var sentence = SentenceStart(it.Start, paragraph.Start);
        return paragraph.End > 0 && sentence > paragraph.Start && TokensIn(sentence, it.Start).Count == 0
            && TokensIn(SentenceStart(sentence - 1, paragraph.Start), sentence).Any(t => InscribedNouns.Contains(t.Lower));
    }

    // Words a title-case name leaves in lower case (Grist to the Mill, Friends of the Earth, The Lass from the Ferry Inn; blind386).
    private static readonly FrozenSet<string> TitleCaseFunctionWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "to", "for", "from", "in", "on", "a", "an", "at", "by", "with", "or", "&"], StringComparer.Ordinal);

    // "Operation Setu", "Harrow Fells: Hard Miles": a name runs to this many words; set by hand. No quote of speech in the 1,805
    // annotated quotes of our sets has two capitalised words, no lowercase word but these function words and no stop.
    private const int MaximumTitleCaseNameWords = 6;

    /// <summary>
    /// Whether a body quote is a name in title case (an operation, a campaign, a project, a work): two to six words, at least two
    /// of them capitalised, every other one a function word, and no stop, question or exclamation mark anywhere. Speech is
    /// written in sentence case; a headline's title case is left alone by the caller.
    /// </summary>
    private static bool IsTitleCaseName(string text)
    {
        if (text.IndexOfAny(['.', '!', '?']) >= 0)
        {
            return false;
        }

        var words = text.Split([' ', ':', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaximumTitleCaseNameWords && char.IsUpper(words[0][0]) && words[0] != "I"
            && words.Count(w => char.IsUpper(w[0])) >= 2
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleCaseFunctionWords.Contains(w));
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

        // her group's 2024 review, "Hepatotoxicity in incretin-class peptides: a systematic review": a title and its subtitle, in any case.
        if (text.Contains(": ", StringComparison.Ordinal) && text.IndexOfAny(['.', '!', '?']) < 0)
        {
            return true;
        }

        var parts = text.TrimEnd(',', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && char.IsUpper(parts[0][0]) && char.IsUpper(parts[^1][0])
            && parts.All(w => char.IsUpper(w[0]) || QuoteLexicon.NameConnectors.Contains(w) || w is "and" or "or" or "of" or "the" or "a" or "in" or "on" or "for"
                || IsForeignParticle(w, text));
    }

    // a primer, "Göttscheabarisch vür di Khindr": in a title written with letters English lacks, a short lowercase word no English
    // list holds stands as "of" or "the" would (blind381).
    private static bool IsForeignParticle(string word, string title) =>
        word.Length <= MaximumForeignParticleLetters && word.All(char.IsLetter) && !QuoteLexicon.StopWords.Contains(word) && title.Any(c => c > 'z' && char.IsLetter(c));

    // Foreign particles (vür, dï, då) are this short at most; set by hand.
    private const int MaximumForeignParticleLetters = 3;

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
            || QuoteLexicon.EvaluationVerbs.Contains(prefix[^1].Lower) || (QuoteLexicon.Pronouns.Contains(prefix[^1].Lower)
                && prefix[^1].Lower is not ("its" or "their" or "our" or "my" or "your"))); // (its "acceptable use" policy: a possessive's label)
    }

    // A word that can be the subject of a naming verb used as speech (what he called, what Ortiz called).
    // (which the family called "the lucky stone": what a household calls a thing is its name for it, not a statement.)
    private static bool IsSpeakerWord(CueToken t) =>
        QuoteLexicon.Pronouns.Contains(t.Lower) || t.Lower is "they" or "we" or "i" or "you" || MentionParser.IsNameWord(t)
        || (QuoteLexicon.RoleNouns.Contains(t.Lower) && t.Lower is not ("family" or "locals" or "residents"));

    // A quoted complete sentence (capital start, its own terminal mark inside the quote) is speech
    // however short: "That's football." is not a scare quote.
    private static bool IsCompleteSentence(string text) =>
        char.IsUpper(text[0]) && text[^1] is '.' or '!' or '?' or '…';
}
