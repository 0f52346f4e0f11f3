using Stemma.Quotes;
using Xunit.Abstractions;

namespace Stemma.Tests.Quotes;

/// <summary>
/// Measurements of quote extraction and attribution on annotated sets of articles written by people who
/// had not seen the quote stage (Data/Quotes/&lt;set&gt;/quotes.tsv), run through extraction and cleaning as
/// real input is and scored by <see cref="QuoteSetScoring"/>. Each set's floors are its measured figures
/// rounded down to two decimals, so quality can only go up.
/// </summary>
public class AnnotatedQuoteSetTests(ITestOutputHelper output)
{
    /// <summary>One annotated set, its floors, and how they were measured.</summary>
    public sealed record QuoteSet(string Name, int MinimumQuotes, double ExtractionPrecision, double ExtractionRecall, double AttributionPrecision, double AttributionRecall)
    {
        public override string ToString() => Name;
    }

    private static readonly QuoteSet[] Sets =
    [
        // 61 quotes. First measured (ec1b80d) extraction 57/58, 57/61, attribution 45/55, 45/61; its misses
        // then drove the first round of general rules, so it is no longer blind: now 61/61 throughout.
        new("heldout", 40, 1.00, 1.00, 1.00, 1.00),

        // 68 quotes. First measured (237717d) extraction 71/72, 68/68, attribution 40/65, 40/68; after the
        // second round of rules (whose author once saw part of this set's miss list) attribution 61/68; after the
        // seventh round (labels: "intercompany timing" no longer extracted; "For Marta Oyelaran, …" makes her the
        // subject a pronoun stands for) extraction 71/71, 68/68, attribution 62/67, 62/68. Eighth round (general rules, not
        // fitted to this set): 67/71, 64/68 (headline quotes take the speaker of the body quote holding their words; "he"
        // after "an email Mr Ellery sent to … Robert Hollins" is the person named first; "Area Commander Ruth
        // Okonjo-Haig, …, praised …" is the subject an uncued quote after it continues).
        new("blind2", 45, 1.00, 1.00, 0.94, 0.94),

        // 74 quotes. First measured (9c99fd8) extraction 74/75, 74/74, attribution 57/70, 57/74; 63/70, 63/74
        // after the second round of rules; 68/74 after the third, whose brief described (not showed) this
        // set's miss categories — so it is no longer fully blind. Seventh round (general rules, not fitted to this set):
        // extraction 74/74, 74/74 (the "thirteen-hour day" label dropped), attribution 70/73, 70/74. Eighth round (general
        // rules from blind6's misses and other desks' habits, none fitted to this set): attribution 72/73, 72/74 ("The words
        // came from Clare Havelock" now names the quote before it; a headline quote takes the speaker of the body quote
        // holding its words; "Mbeki-Ross's publisher" counts towards the lead "the author" stands for): 74/74, 74/74.
        new("blind3", 45, 1.00, 1.00, 1.00, 1.00),

        // 69 quotes, written and annotated blind (545c639). First measured: extraction 69/69, 69/69, attribution
        // 63/69, 63/69; 66/69 after a fourth round of rules written from a description of these misses (so it is
        // no longer blind) — the misses were: unnamed sources taken by a
        // pronoun or carried from an earlier speaker, organisations named by "the club" / "The company", and
        // "De Vries" opening a sentence not linked back to "Anneke de Vries"). Seventh round: 69/69 attribution
        // ("Veltrix, the Norbury-based … company" introduces the company; "one paramedic based at Kellin" is the
        // source, not Kellin; "chair of Kellin Patients Together" names an organisation).
        new("blind4", 45, 1.00, 1.00, 1.00, 1.00),

        // 70 quotes, written and annotated blind (8efb3e0), unused for development until the seventh round. First measured on the
        // current rules: extraction 70/72, 70/70, attribution 63/70, 63/70 (misses: two labels, "come and play"
        // sessions and known as "the Biscuit Tin", taken as quotes; "she said" given to the wrong person when
        // the speaker was only introduced in the paragraph before, by "For Danielle Okoro, ...", "One
        // violinist, ... said" or a partial quote, including she -> Marcus; "The campaign group" not linked
        // back to Save Ferncombe Fields). Those misses drove the seventh round of rules (labels after naming words or
        // before the noun they modify; gender from titles and earlier pronouns, not relative clauses; a speech-free
        // paragraph's last fitting person; modifiers of a description naming the organisation), so this set is no
        // longer blind: now extraction 70/70, 70/70, attribution 70/70, 70/70.
        new("blind5", 45, 1.00, 1.00, 1.00, 1.00),
        // 76 quotes in six articles (wire, business paper, local paper, broadcaster, tabloid, foreign desk),
        // written and annotated blind. First measured before the fifth round of rules:
        // extraction P 0.96 R 0.99; attribution P 0.74 (54/73) R 0.71 (54/76). After that round, whose author
        // never saw this set: extraction P 1.00 R 0.99, attribution P 0.75 (54/72) R 0.71. Misses then: Q&A
        // turns, "the force" / "the company" for a body named before, a person speaking for an organisation,
        // quotes whose speaker is named after them, roles ("the coach"), titles such as Bishop, pronouns. Those misses
        // drove the eighth round of rules, so this set is now development data, no longer blind: extraction 76/76, 76/76,
        // attribution 76/76, 76/76.
        new("blind6", 45, 1.00, 1.00, 1.00, 1.00),
        // 82 quotes in six articles (wire, local paper, broadcaster, tabloid, trade paper, foreign desk), written
        // and annotated blind at the same time as blind6 and sealed until the sixth round of rules was done: its
        // first measurement is the honest figure for text no rule writer had seen. Measured at the start of the
        // session (before rounds five and six): extraction P 0.94 R 0.99, attribution P 0.71 (58/82) R 0.71;
        // after round five 0.74 / 0.72; after round six, first look at the set: extraction P 0.95 (81/85)
        // R 0.99 (81/82), attribution P 0.825 (66/80) R 0.805 (66/82). Those misses drove the ninth round of rules
        // (labels after "known to … as", "titled", "calling"; "The university" and "which said" for a body named with
        // "of"/"for"; a judge, a first name given only, trimmed source postmodifiers, vox-pop sources after an opening
        // adverbial, "That warning came from", a presenter's questions and the reply to them), so this set is now
        // development data, no longer blind: extraction 82/82, 82/82, attribution 82/82, 82/82.
        new("blind7", 45, 1.00, 1.00, 1.00, 1.00),
        // 78 quotes in six articles (wire, local paper, tabloid, broadcaster, trade paper, foreign desk), written
        // and annotated blind, never seen by anyone changing the rules. After round six: extraction P 0.975 R 0.987,
        // attribution P 0.897 (70/78) R 0.897. After round seven (whose author never saw it either): extraction
        // P 0.975 (77/79) R 0.987 (77/78), attribution P 0.910 (71/78) R 0.910 (71/78). Misses: two labels
        // ("GreyLantern", a "fair pay pledge"), a body's partial quote, organisation names cut short ("College Staff
        // Union" for the University and College Staff Union, "Kelmsford" for Transit Kelmsford), an unnamed
        // source not cut to its head phrase, an uncued answer in a courtroom exchange. Those misses drove round eight
        // (names given to oneself or one's own scheme are labels; "and that …" after a quote carries its speaker;
        // "the X and Y Union" is one body; "Transit Kelmsford, which" keeps its common first word; a source placed
        // by a genitive phrase is cut to its head; an uncued turn after an uncued question answers it), so this set
        // is now development data, no longer blind: extraction 78/78, 78/78, attribution 78/78, 78/78.
        new("blind8", 45, 1.00, 1.00, 1.00, 1.00),
        // 77 quotes in six articles (wire, local paper, broadcaster, tabloid, business paper, foreign desk), written
        // and annotated blind, never seen by anyone changing the rules. After round seven: extraction P 0.95 R 0.99,
        // attribution P 0.827 R 0.805; after round eight: extraction P 0.951 (77/81) R 1.00, attribution P 0.829
        // (63/76) R 0.818 (63/77). Misses: four labels (a badge's slogan, a scheme's name, a quoted place name, a
        // fund's nickname); a tabloid descriptor kept in a name ("Gran-of-five Maureen Tully", four quotes); an
        // unnamed source's place kept ("a senior Western diplomat in Kolvar", three); a quote before its speaker is
        // named; a body's partial quote; a singer named by a role and age; an uncued reply. Those misses drove round
        // nine (a hyphenated or family descriptor before a name is a title; "in"/"near" and a place's name cut from an
        // unnamed source; a source named by the next sentence's "That leader, X,"; a role with an age is the person given
        // it or the story's first person; "what it called" is the body the sentence opens with; "according to an official
        // translation" names no one; a possessive role's appositive name before a colon; uncued title-case, "as the …",
        // counted phrases and a badge's words are labels; a reply after an opening participle clause), so this set is now
        // development data, no longer blind: extraction 77/77, 77/77, attribution 76/77, 76/77; 77/77 once the scorer
        // took an unnamed source with or without its trailing words ("one councillor who voted against").
        new("blind9", 45, 1.00, 1.00, 1.00, 1.00),
        // Written blind by people who never saw the code (a sports desk, a health desk, a court reporter, a political
        // live blog, an arts page, a regional broadcaster; 80 quotes), sealed through round nine. First measured before
        // round nine: extraction P 0.988 R 0.988, attribution P 0.911 R 0.900; after round nine: extraction 79/80,
        // 79/80, attribution P 0.924 (73/79) R 0.912 (73/80). Development data since round ten, whose rules it drove (royal titles,
        // a work's title and written signs as labels, the club the story opens on, a definite role subject for a pronoun, a live
        // blog's entries as contexts, a quote completing an auxiliary): extraction 80/80, 80/80, attribution P 0.975 (77/79)
        // R 0.963 (77/80); P 1.00 (79/79) R 0.988 (79/80) once the scorer normalised the apostrophe in speakers ("Prime
        // Minister’s spokesman", two answers). Left: "the minister" (the deputy reading the budget) has no speaker.
        new("blind10", 45, 1.00, 1.00, 1.00, 0.98),
        // Written blind likewise (a wire service, a technology trade site, a community weekly, a tabloid, a financial
        // paper, an international desk; 79 quotes), sealed through round nine. Before round nine: extraction P 0.963
        // R 1.00, attribution P 0.949 R 0.937; after round nine: extraction P 0.975 (79/81) R 1.00, attribution P 0.949
        // (74/78) R 0.937 (74/79), and P 0.987 (77/78) R 0.975 (77/79) once the scorer stopped comparing a leading "The"
        // ("The Financial Conduct Board", three quotes). Development data since round ten, whose rules it drove (placards and
        // signs as labels, "a source close to X" is not X, "the blonde star" as a role): extraction 79/79, 79/79, attribution
        // 79/79, 79/79.
        new("blind11", 45, 1.00, 1.00, 1.00, 1.00),
        // Written blind by people who never saw the code (a science magazine, an investigative long-read, a student paper,
        // a storm live page, a religious affairs desk, an agriculture trade paper; 84 quotes), sealed through rounds nine
        // and ten. First measured after round ten: extraction P 0.988 (84/85) R 1.00, attribution P 0.924 (73/79) R 0.869
        // (73/84). Misses: organisations' uncued statements (a journal's retraction notice, a dairy's partial quote), the
        // student paper's own questions in its Q&A, "the company" taken for the newspaper, a live page's "Governor:"
        // heading, "a mother" given the previous woman's name, a bishop's letter carried from another speaker, "Voices of
        // the Close" cut to "Voices", a scare-quoted word. Development data since round eleven, whose rules it drove (an
        // answer is not carried from its questioner, "a mother" for a later she, "The Rt Rev" opening a subject, a firm named
        // with "&" and "the company" never a newspaper, a "Governor:" heading, "Friends of the X" names, a one-word scare quote
        // in a clause about a thing, "That was the message on Monday from X", "the journal" and "the co-operative" as bodies,
        // a newsletter's title as a label): extraction 84/84, 84/84, attribution P 1.00 (82/82) R 0.976 (82/84). Left with no
        // speaker: the student paper's own two questions ("we asked").
        new("blind12", 45, 1.00, 1.00, 1.00, 1.00),
        // Written blind likewise (a crime desk, a celebrity gossip site, a parliamentary sketch, a shipping trade paper, an
        // environment desk, a transport desk; 83 quotes), sealed through rounds nine and ten. First measured after round
        // ten: extraction 83/83, 83/83, attribution P 0.951 (78/82) R 0.940 (78/83). Misses: a select committee's
        // question-and-answer turns carried to the wrong member (three), "one of Sir Anthony's advisers" taken for a woman
        // named before, an authority's uncued partial quote. Development data since round eleven (question-and-answer
        // turns, one of someone's advisers, a long "Asked whether …," opening, "shot back"): extraction 83/83, 83/83,
        // attribution P 1.00 (80/80) R 0.964 (80/83). Left with no speaker on purpose: two answers whose answerer the
        // exchange does not show (the witness is named only in the paragraphs before); the authority's partial quote.
        new("blind13", 45, 1.00, 1.00, 1.00, 1.00),
        // Written blind by people who never saw the code (a broadsheet's home desk, a motoring magazine, a local radio
        // site, a legal affairs desk, a first-person consumer column, a world desk; 79 quotes), sealed through rounds nine
        // to eleven. First measured after round eleven: extraction P 0.975 (78/80) R 0.987 (78/79), attribution P 0.924
        // (73/79) R 0.924 (73/79). Misses: "a process she" read as a name in a first-person column (three quotes), a
        // judgment quoted after another judge's name, a radio presenter's question given to the guest, a scare-quoted
        // term and a guide's title taken for quotes, a one-word partial quote missed. One rule came from it since (a
        // pronoun after a noun before the verb speaks: "a process she described as"): attribution P 0.937 (74/79) R 0.937.
        // Development data for round twelve (a paragraph ending in a colon introduces the quote paragraph after it; a reply is
        // the person asked; asking not to be named is no speech verb; a radio show is a body): attribution P 0.987 (78/79)
        // R 0.987. Left: the guide's title and the "acceptable use" policy taken as quotes, one-word "chaotic" missed.
        new("blind14", 45, 0.98, 1.00, 1.00, 1.00),
        // Written blind likewise (a property paper, a gaming site, a rural weekly, a tabloid showbiz page, an education
        // desk, a defence correspondent; 82 quotes), sealed through rounds nine to eleven. First measured after round
        // eleven: extraction P 1.00 (81/81) R 0.988 (81/82), attribution P 0.924 (73/79) R 0.890 (73/82). Misses: a
        // tabloid's "the insider" given to the paper and a judge's answers given to the production company, "one
        // resident" carried as the nurse before, a principal's letter carried as the college, "the family of Lewis
        // Brandt" cut to the dead man's name, a studio head's uncued statement. One rule came from it since ("the family
        // of X" speaks as the family, as "the widow of X" does): attribution P 0.937 (74/79) R 0.902 (74/82).
        // Development data for round twelve ("the insider" is the unnamed source before; a production company is a body, never
        // "he"; "The email continued"; "It added"; "One resident, a nurse who …" keeps its head; an office noun opens an
        // appositive): extraction 82/82, 82/82, attribution P 1.00 R 0.988. Left: "a senior programmer" after "Another,".
        new("blind15", 45, 1.00, 1.00, 1.00, 1.00),
        // Four sets written blind at the start of round twelve by people who never saw the code (79, 76, 83 and 77 quotes) and
        // sealed until round twelve was done; their first measurement is the honest figure for round twelve on unseen text.
        // blind16 (a business wire, a courts paper, a music magazine, a hyperlocal site, a health story, an Asia desk): extraction
        // P 0.975 (77/79) R 0.975, attribution P 0.947 (72/76) R 0.911 (72/79). Misses: "the official" given to a named person when
        // the unnamed official was introduced without a speech verb (twice), a "highways chief" role, partial quotes of people
        // named with an organisation. Development data for round thirteen: attribution P 0.974 (74/76) R 0.937.
        new("blind16", 45, 1.00, 0.98, 0.98, 0.96),
        // blind17 (a sports wire, a farming bulletin, an obituary page, a consumer programme, a science desk, a Middle East desk):
        // extraction P 0.987 (76/77) R 1.00, attribution P 0.918 (67/73) R 0.882 (67/76). Misses: "the official" again, "Arabic"
        // taken from "translated from Arabic" before a colon, "she" given to a town ("the town of Beit Halaf"), a son's "he"
        // given to the last woman. Development data for round thirteen: attribution P 0.945 (69/73) R 0.908.
        new("blind17", 45, 1.00, 1.00, 1.00, 1.00),
        // blind18 (a business daily, a celebrity weekly, a parish newsletter, a parliamentary sketch, a flood live page, a Latin
        // America desk): extraction P 0.976 (83/85) R 0.988, attribution P 0.795 (58/73) R 0.699 (58/83) — the hardest set yet:
        // a Commons exchange in bare turns, "bellowed"/"smiled"/"began" cues, "said retired postman Alf Mercer", "Kieran's post was
        // shorter", a bishop introduced by his see, a live page's heading quote, "Churchwarden" as a title. Development data for
        // round thirteen: extraction P 0.977 R 1.00, attribution P 0.914 (74/81) R 0.880 (73/83). Left: "the prime minister" whom
        // only the reader's knowledge names, a magazine's own questions, "a friend of the couple" as "the friend".
        new("blind18", 45, 0.97, 1.00, 0.97, 0.98),
        // blind19 (a legal journal, a football fanzine, a regional TV newsroom, a tabloid crime page, a higher-education weekly, a
        // Europe desk): extraction P 0.963 (77/80) R 1.00, attribution P 0.818 (63/77) R 0.818. Misses: "the official" again, a
        // body named in a plural ("North Sea Fisheries Compact") taken as a person, "He'll" not read as a pronoun, "According to
        // X, Y boasted" given to X, labels ("Project Meridian", "cultural fit", "Save Our 47"). Development data for round
        // thirteen: attribution P 0.844 (65/77) R 0.844.
        new("blind19", 45, 0.98, 1.00, 0.97, 0.98),
        // Two sets written blind during round twelve (81 and 78 quotes) and sealed until round thirteen was done: the honest figure
        // for round thirteen on unseen text. blind20 (a council desk, an outdoor magazine, a student radio site, a tabloid courts
        // page, a pharmaceutical journal, an Africa desk): extraction P 0.976 (82/84) R 1.00, attribution P 0.827 (67/81) R 0.827.
        // Misses: "Dean Rowley" resolved to a bare "Rowley" (four quotes), a rescuer's and a shop owner's quotes given to the
        // rider the story is about, a company named "the Lindenburg-based company", "Gran" as a name, titles of works as quotes.
        new("blind20", 45, 1.00, 1.00, 1.00, 1.00),
        // blind21 (a politics live page, a local sport page, an architecture magazine, a charity trade site, a technology desk, a
        // South Asia desk): extraction P 0.951 (77/81) R 0.987, attribution P 0.893 (67/75) R 0.859 (67/78). Misses: "the person"
        // and "the former employee" given to named people rather than the unnamed sources they stand for, "Superintendent of
        // Police Vikram Sodhi" cut wrongly, a live page's "He" left unresolved, labels ("facadism", "Operation Setu").
        new("blind21", 45, 0.98, 1.00, 0.97, 0.96),
        // Four sets written blind at the start of round fourteen (311 quotes) and sealed until its rules were done: the honest figure
        // for round fourteen on unseen text, pooled attribution P 0.918 (279/304) R 0.897 (279/311); the code before the round
        // scored P 0.895 (274/306) R 0.881 on them. blind22 (a wire file, a courts page, a farming weekly, a music interview, a
        // personal-finance column, a Latin America desk): extraction P 0.975 (77/79) R 0.987, attribution P 0.947 (71/75) R 0.922.
        // Misses: a Spanish label and its gloss taken as quotes, a passenger's quote given to the island, "Ms Quintana" not joined
        // to "Valeria Quintana Ríos", a bishop's statement read out ("a statement from … was read. It said:") left without speaker.
        new("blind22", 45, 0.98, 1.00, 0.98, 0.98),
        // blind23 (a tabloid showbiz page, a hospital trust on a city site, a defence site, a student paper, a rugby league report,
        // a Gulf desk): extraction P 0.963 (78/81) R 0.987, attribution P 0.818 (63/77) R 0.797 (63/79). Misses: a match report's
        // "Castlegate Rovers' Jordan Holt" and a coach's quotes in a row, "a pal of the couple" and "the friend", an NHS trust
        // named "Wrenfield and Brindlecombe", a sign-off ("D x") given to a surname, "English" (the language) as a speaker.
        new("blind23", 45, 0.97, 0.98, 0.98, 0.98),
        // blind24 (a markets report, a parish newsletter, an environment site, a transport trade magazine, a TV desk, an East
        // Africa desk): extraction P 1.00 R 1.00, attribution P 0.923 (72/78) R 0.923. Misses: "the company" before the water
        // company was named, the campaign "Rivers Not Drains", an elder's title "Mzee" taken as his name, a pronoun given to a man
        // rather than the woman just named.
        new("blind24", 45, 1.00, 1.00, 1.00, 1.00),
        // blind25 (a science desk, a local radio site, a legal trade journal, a fashion weekly, a county cricket page, a Southeast
        // Asia desk): extraction P 0.987 (77/78) R 1.00, attribution P 0.986 (73/74) R 0.948. Misses: a trial paper's title in a
        // science story, an unnamed pattern cutter's quote given to the fashion house, uncued quotes of a resident and a player.
        new("blind25", 45, 0.98, 1.00, 1.00, 1.00),
        // Four sets written blind before round fifteen (319 quotes), sealed until its rules (built from blind16-25) were done: the
        // honest figure for round fifteen on unseen text, pooled attribution P 0.923 (287/311) R 0.900 (287/319, 0.8997); the code
        // before the round (cc4d577) scored P 0.900 (280/311) R 0.878 on them. Floors are set after the round's last rules, which
        // were built from these sets' own misses once measured. blind26 (a regional TV site, a racing correspondent, a restaurant
        // critic, a shipping bulletin, a charity trade paper, a Balkans desk): extraction P 0.987 (77/78) R 1.00, attribution P
        // 0.973 (71/73) R 0.922 sealed. Misses: a trainer's answers after reported questions ("Would he appeal? "…""), a ship's
        // "her operator", a diplomat's "fragile but real" given to the capital named after him ("in the capital, Brasova,").
        new("blind26", 45, 0.98, 1.00, 0.97, 0.97),
        // blind27 (a wire sports file, a medical journal, a gaming site, a royal correspondent, a library closure on a council
        // site, a Central Asia desk): extraction P 1.00 (80/80) R 0.988, attribution P 0.962 (76/79) R 0.938 sealed. Misses:
        // "the company" given to the regulator, "Friends of Harrowby Library" cut to "Friends", "Russian" (the language) as a
        // speaker of a translated statement.
        new("blind27", 45, 1.00, 1.00, 1.00, 1.00),
        // blind28 (a deals column, a community radio blog, a motoring magazine, a boxing page, a union newsletter, a West Africa
        // desk): extraction P 0.988 (80/81) R 1.00, attribution P 0.925 (74/80) R 0.925 sealed. Misses: "the company" given to a
        // car model ("Arcadia SUV"), "an English translation" as the speaker, a rights group's "the group".
        new("blind28", 45, 1.00, 1.00, 1.00, 1.00),
        // blind29 (a political sketch, a hyperlocal site, an aviation journal, a religious weekly, a football fanzine, a Pacific
        // desk): extraction P 0.988 (81/82) R 1.00, attribution P 0.835 (66/79) R 0.815 (66/81) sealed. Misses: a budget sketch
        // where a minister's surname takes the quotes of "the Chancellor" and of the exchange across the dispatch box; "Eucharist"
        // (One regular at the early Eucharist, a retired schoolteacher, was blunt:) as a speaker;
        // a fire and rescue service cut to "Rescue Service".
        new("blind29", 45, 1.00, 1.00, 1.00, 0.97),
        // Four sets written blind at the start of this session (317 quotes), sealed until round fifteen was finished, including the
        // rules built from blind26-29: the honest figure for the round's final code on unseen text, pooled attribution P 0.905
        // (276/305) R 0.871 (276/317); the code before the round (cc4d577) scored P 0.877 (264/301) R 0.833 on them. blind30 (a
        // magistrates' court, a student paper, a farming weekly, a tabloid showbiz column, a ports bulletin, an Indian daily):
        // extraction P 0.988 (80/81) R 0.988, attribution P 0.896 (69/77) R 0.852. Misses: a columnist's own questions and the
        // answers to them, "the company" given to a ship, "Opposition" taken into a leader's name.
        new("blind30", 45, 1.00, 1.00, 0.96, 0.95),
        // blind31 (a wire business desk, a cricket blog, a local radio site, a diocesan newsletter, a science magazine, a West
        // Africa desk): extraction P 0.987 (76/77) R 1.00, attribution P 0.921 (70/76) R 0.897. Misses: a radio phone-in's turns,
        // "Monsignor" kept in a name, a paper's title in a science story.
        new("blind31", 45, 0.98, 1.00, 0.96, 0.93),
        // blind32 (a lobby correspondent, a neighbourhood page, a sea-rescue journal, a Jewish community paper, a rugby league
        // fanzine, a Brazil desk): extraction P 0.988 (80/81) R 1.00, attribution P 0.895 (68/76) R 0.850. Misses: "Coxswain" and
        // "Sofer" kept in names, a player's statement given to his club, "the company" left unresolved after a Portuguese name.
        new("blind32", 45, 0.98, 1.00, 0.96, 0.95),
        // blind33 (a health correspondent, a parish magazine, a rail trade paper, a Muslim community weekly, a boxing column, a
        // Norway desk): extraction P 0.987 (78/79) R 1.00, attribution P 0.908 (69/76) R 0.885. Misses: a boxing column's unquoted
        // questions and a trainer's answers, "Young" taken into a boy's name, pronouns given to the wrong man of two.
        new("blind33", 45, 0.98, 1.00, 0.97, 0.98),
        // blind34 (an economics editor, an agricultural show report, a maritime union bulletin, a Sikh community paper, a women's
        // football blog, an East Africa desk), sealed, measured with round fifteen's final code: extraction P 1.00 (76/76) R 1.00,
        // attribution P 0.827 (62/75) R 0.816. Misses: "Bhai" kept in a name, bodies named with "and" after "of" and "The", "Eng."
        // read as a sentence end, a goalkeeper's nickname in marks taken for the speaker, "she" after a sentence whose subject is "she".
        new("blind34", 45, 1.00, 1.00, 1.00, 1.00),
        // blind35 (a crime desk, a school newsletter, an energy trade journal, an Anglican diocesan paper, a darts column, a Caribbean
        // desk), sealed: extraction P 0.988 (81/82) R 1.00, attribution P 0.852 (69/81) R 0.852. Misses: "Ven" and "Welshman" kept
        // in names, "a jury heard" (the prosecutor), a partial quote inside "X told delegates that his company had", a vicar's
        // appositive with a place after a comma.
        new("blind35", 45, 1.00, 1.00, 0.93, 0.92),
        // blind36 (a foreign-affairs report, a student radio site, a mining trade paper, a Hindu temple newsletter, a cycling blog, a
        // South America desk), sealed: extraction P 0.976 (81/83) R 1.00, attribution P 0.866 (71/82) R 0.877. Misses: "Pandit" kept
        // in a name, a surname read as a plural (Paredes), a full name's possessive after "from", "the coach" given to a manager.
        new("blind36", 45, 0.97, 1.00, 0.98, 1.00),
        // blind37 (a consumer-affairs desk, a parish council bulletin, a railway heritage magazine, a Buddhist centre newsletter, a
        // racing tipster, a Middle East desk), sealed: extraction P 1.00 (74/74) R 1.00, attribution P 0.775 (55/71) R 0.743. Misses:
        // "Bhante" kept in a name, an unattributed Q&A, "Among those … was X" then "he", a man's "he" given to the woman writing.
        new("blind37", 45, 1.00, 1.00, 0.97, 0.93),
        // blind38 (a start-up newsletter, an island weekly, a school board report, a West African business daily, an expedition blog,
        // a magistrates' court report), sealed, measured after round sixteen's first rules: extraction P 0.987 (77/78) R 1.00,
        // attribution P 0.922 (71/77) R 0.922 (0.880 / 0.857 with the session's starting code). Misses: "Series B." read as an
        // initial, an appositive's relative clause kept in an unnamed source, "That was X" after a cry.
        new("blind38", 45, 0.98, 1.00, 0.94, 0.94),
        // blind39 (a radio bulletin, a science feature, a cricket desk, a wedding trade paper, a transport digest, a Punjabi community
        // paper), sealed, after the first rules: extraction P 0.975 (79/81) R 0.988, attribution P 0.859 (67/78) R 0.838 (0.808 /
        // 0.787 before). Misses: "the Guild of …", a person before "who runs X & Y", "a source who said", "the official" after an
        // opening adverbial.
        new("blind39", 45, 0.98, 0.98, 0.97, 0.95),
        // blind40 (a tabloid crime desk, a music review, a farm co-operative newsletter, a Brussels desk, a student paper, a vets'
        // journal), sealed, after the first rules: extraction P 1.00 (84/84) R 1.00, attribution P 0.845 (71/84) R 0.845 (the same
        // before). Misses: "said one first-year outside the library", a couple sharing a surname, "A member for 31 years, he".
        new("blind40", 45, 1.00, 1.00, 0.96, 0.96),
        // blind41 (a financial wire, a fire brigade blog, an East African sports page, a fashion diary, a sketch writer, a hospice
        // newsletter), sealed, after the first rules: extraction P 1.00 (78/78) R 1.00, attribution P 0.896 (69/77) R 0.885 (the same
        // before). Misses: "One of our marshals, …, put it well:", "the Competition and Markets Panel", "the house" for a maison.
        new("blind41", 45, 1.00, 1.00, 0.94, 0.93),
        // blind42 (a legal desk, a Welsh community paper, a gardening newsletter, a Gulf desk, a motor racing blog, a council live
        // report), sealed, measured with the round's final code: extraction P 0.963 (78/81) R 0.975, attribution P 0.908 (69/76)
        // R 0.873 (0.907 / 0.861 with the session's starting code). Misses: Welsh titles of works, a live report's unnamed turns.
        new("blind42", 45, 0.97, 0.98, 0.94, 0.94),
        // blind43 (a health bulletin, a folk magazine, a police round-up, a Chinese community paper, a rowing blog, a political
        // editor), sealed, final code: extraction P 1.00 (82/82) R 1.00, attribution P 0.963 (77/80) R 0.939 (0.938 / 0.915 before).
        // Misses: a band's statement, "she" for a second woman, a spokeswoman's phrase.
        new("blind43", 45, 1.00, 1.00, 0.96, 0.93),
        // blind44 (a sports wire, a housing newsletter, an archaeology page, a Polish weekly, a snooker column, a Southern Africa
        // desk), sealed, final code: extraction P 0.986 (72/73) R 0.973, attribution P 0.918 (67/73) R 0.905 (0.904 / 0.892 before).
        // Misses: a club and a horse named as speakers, a snooker Q&A's turns, a housing chief's apology.
        new("blind44", 45, 1.00, 0.97, 0.98, 0.95),
        // blind45 (a TV trade paper, a cricket club newsletter, an airline journal, a Jewish community paper, a weigh-in report, a
        // Pacific desk), sealed, final code: extraction P 0.987 (76/77) R 1.00, attribution P 0.875 (63/72) R 0.829 (0.863 / 0.829
        // before). Misses: a weigh-in's exchanges, a cricket club's chairman and a bishop, statements with no named body.
        new("blind45", 45, 0.98, 1.00, 0.98, 0.96),
        // blind46 (a shipping trade paper, a county show page, an esports site, a Nigerian daily, an opera digest, a mountain rescue
        // report), sealed, measured first with the session's starting code (6efd464): extraction P 0.963 (79/82) R 1.00, attribution
        // P 0.925 (74/80) R 0.937. Misses: a Yoruba title met alone (the Iyaloja), a police rank (SP), an office opening the sentence, a
        // plural owner's coach, a speaker named by "was speaking to", slogans joined by "and", a tag. All taken up in round seventeen.
        new("blind46", 45, 1.00, 1.00, 1.00, 1.00),
        // blind47 (a science desk, a rugby report, a residents' newsletter, a Turkish community paper, a wine journal, a coroner's
        // court), sealed, first measured with 6efd464: extraction P 1.00 (81/81) R 1.00, attribution P 0.938 (75/80) R 0.926. Misses:
        // "went on to describe", a letter from a woman of 84, the Mayor of a borough, a Master of Wine's letters.
        new("blind47", 45, 1.00, 1.00, 1.00, 1.00),
        // blind48 (a fashion desk, a planning report, a show jumping blog, a Brazilian correspondent, a hospital bulletin, a student
        // sports page), sealed, first measured with 6efd464: extraction P 0.987 (78/79) R 1.00, attribution P 0.838 (62/74) R 0.795.
        // Misses: Portuguese particles and "Dom", bodies described then named, "Her consultation response states", "put the question
        // to", "Those words come from a letter … by", "The judges' citation", a contrasting clause before a colon.
        new("blind48", 45, 1.00, 1.00, 1.00, 1.00),
        // blind49 (a wildlife magazine, a business wire, a Hebridean newsletter, a Russian emigre paper, a comedy column, a fire
        // service round-up), sealed, first measured with 6efd464: extraction P 1.00 (77/77) R 1.00, attribution P 0.973 (73/75) R 0.948.
        // Misses: "a man in the third row" as a she, a mother who asked not to be named, "in the words of one crofter," before a quote.
        new("blind49", 45, 1.00, 1.00, 1.00, 1.00),
        // blind50 (a prairie farm weekly, a theatre trade paper, a Pakistani daily, a staff bulletin, a rugby league fanzine, a Brussels
        // dispatch), sealed, measured with the session's starting code (6efd464): attribution P 0.905 (67/74) R 0.870; after round
        // seventeen's first rules (560b5ea), P 0.907 (68/75) R 0.883. Misses: a body with its short name in brackets, a Royal College
        // "of" a name, a chairman's Q&A turns, "the farmer" for an unnamed producer, "the skipper" for a captain.
        new("blind50", 45, 1.00, 1.00, 0.96, 0.96),
        // blind51 (a New Zealand daily, a wine journal, a union newsletter, a Caribbean radio site, a chess bulletin, an inquest), sealed,
        // 6efd464: P 0.824 (61/74) R 0.803; 560b5ea: the same. Misses: capitalised titles before a given name (International Arbiter,
        // FM, Minister of National Security), a company first named as an owner, "finds", a closing message before a colon.
        new("blind51", 45, 1.00, 1.00, 0.97, 0.97),
        // blind52 (an Irish weekly, a space news site, a Kenyan business weekly, a cathedral magazine, a motorsport blog, a planning
        // inquiry), sealed, 6efd464: P 0.857 (60/70) R 0.789; 560b5ea: the same. Misses: questions without marks put to a named person,
        // "The Dean, the Very Revd …", a participle appositive, a launch company first named as an owner.
        new("blind52", 45, 1.00, 1.00, 0.96, 0.94),
        // blind53 (a Welsh valleys paper, a veterinary journal, a Singapore wire, a student paper, a racing daily, a select committee
        // sketch), sealed, 6efd464: P 0.975 (77/79) R 0.963; 560b5ea: the same. Misses: "the lender" for a bank, a minister's sketch name.
        new("blind53", 45, 1.00, 0.98, 0.98, 0.97),
        // blind54 (a football programme, an Indian business daily, an accident investigation summary, parish council minutes, a festival
        // daily, a summit dispatch), sealed, measured with the session's starting code (6efd464) and again after round seventeen's
        // first two parts (430f60c): attribution P 0.893 (67/75) R 0.846 both times. Misses: "With those words, …, X walked out", a
        // capitalised "States" read as a verb, "the report states", a skipper's family, a second title phrase, "For X's minister, Y,".
        new("blind54", 45, 1.00, 1.00, 0.96, 0.96),
        // blind55 (an Australian rural radio site, a law firm briefing, a diocesan page, a Ghanaian sports daily, a cookery page, a
        // transport live blog), sealed, 6efd464 and 430f60c: P 0.883 (68/77) R 0.850 both times. Misses: "4,000" read as two clauses,
        // Cr, SES for a body named before, "Asked by X,", "she went on" across a live blog's paragraphs, "elected President".
        new("blind55", 45, 1.00, 0.98, 1.00, 0.97),
        // blind56 (a French-Canadian summary, a cybersecurity site, a Midlands evening paper, a zoo newsletter, a golf report, an
        // employment tribunal), sealed, 6efd464 and 430f60c: P 0.946 (70/74) R 0.921 both times. Misses: "she went on", "the
        // 21-year-old from Daegu" (still missed), a French federation's name, a nested quote's closing mark.
        new("blind56", 45, 1.00, 0.98, 0.96, 0.94),
        // blind57 (a Philippine site, an auction house press office, a Cornish fishing weekly, a university release, a boxing column,
        // a Lords committee), sealed, 6efd464 and 430f60c: P 0.925 (74/80) R 0.937 both times. Misses: a body with "and" in its name
        // taken up by "it", a trainer called the coach, the skipper against an unnamed retired skipper, catalogue captions in marks.
        new("blind57", 45, 0.96, 1.00, 0.98, 1.00),
        // blind58 (a Hong Kong business paper, a dales magazine, a veterans' newsletter, a South African rugby site, a literary prize
        // release, a crown court report), sealed until the session's last rules were in: attribution P 0.885 (69/78) R 0.873 with the
        // session's starting code (6efd464), P 0.897 (70/78) R 0.886 with 88dd498 — the session's honest figure, with blind59–61.
        new("blind58", 45, 0.98, 1.00, 0.95, 0.96),
        // blind59 (a Norwegian wire, a care home inspection, a darts magazine, a borough press office, an Arctic dispatch, a lobby
        // note), sealed: 6efd464 P 0.734 (58/79) R 0.734; 88dd498 the same. Misses: a darts player's surname given to his father (then
        // fixed: a relative introduced by the tie gives way), "the Dutchman", a care home's Q&A, a lobby briefing's "he".
        new("blind59", 45, 0.98, 1.00, 0.87, 0.87),
        // blind60 (a Jamaican daily, a hydrogen newsletter, a court column, a mosque newsletter, a cycling report, an ECB note), sealed:
        // 6efd464 P 0.957 (67/70) R 0.882; 88dd498 P 1.00 (72/72) R 0.947.
        new("blind60", 45, 1.00, 0.98, 1.00, 0.96),
        // blind61 (a Malaysian daily, a museum magazine, a union conference, a showbiz column, a lifeboat log, a standards ruling),
        // sealed: 6efd464 P 0.795 (58/73) R 0.795; 88dd498 the same. Misses: Malaysian names and titles (Datuk), "the Commissioner"
        // after "The Parliamentary Commissioner for Standards, Dame …," (then fixed), a lifeboat helm's title, a showbiz feud's turns.
        new("blind61", 45, 1.00, 1.00, 0.87, 0.87),
        // blind62 (a Brazilian business wire, a Hampshire village newsletter, a county cricket bulletin, an Egyptian daily, a phone launch
        // live blog, a Scottish sheriff court report), sealed: b3cc6a0 P 0.895 (68/76) R 0.895; 1c816d2 P 0.987 (76/77) R 1.00. Misses
        // then fixed: "Her opening line:", a person in apposition after "in row F", "LIVE:" read as a body, a short name in brackets
        // (Cecam), "The governor of Wadi Sahel, Major General …".
        new("blind62", 45, 0.98, 1.00, 0.98, 1.00),
        // blind63 (a Welsh paper's English digest, a hospice newsletter, a bike race report, a US capitol bureau, a dance company
        // release, a Northern Irish inquest), sealed: b3cc6a0 P 0.770 (57/74) R 0.750; 1c816d2 P 0.947 (72/76) R 0.947. Misses then
        // fixed: "Gov."/"Sen." kept in the name, the Welsh particle "ap", an inquest's question and answer turns, "the Rural Safety
        // Executive" read as a role, "According to our head of fundraising, Priya …,".
        new("blind63", 45, 1.00, 1.00, 0.98, 0.98),
        // blind64 (a Finnish broadcaster, a Glasgow tenants' bulletin, a racing trainer's blog, an oil trade paper, a students' union
        // newsletter, a royal correspondent), sealed: b3cc6a0 P 0.920 (69/75) R 0.896; 1c816d2 P 0.947 (71/75) R 0.922. Misses: a
        // firm's short name without "Oy" and "a Clydeview manager" (then fixed), "the housing association" read as the tenants'.
        new("blind64", 45, 1.00, 1.00, 0.94, 0.92),
        // blind65 (a Sri Lankan daily, a book trade magazine, a motorway police blog, a Dutch wire, a cricket club's annual report, a
        // Senate hearing summary), sealed: b3cc6a0 P 0.855 (65/76) R 0.844; 1c816d2 P 0.974 (75/77) R 0.974. Misses then fixed: a
        // transcript's speakers in capitals, "According to Senator Calloway, the documents show a company that" read as a body,
        // "A Fenwick & Lyle bookseller", "One of the drivers, Priya Dhaliwal,", a water board named in apposition.
        new("blind65", 45, 1.00, 1.00, 1.00, 1.00),
        // blind66 (a Kenyan daily, a sailing club bulletin, a pharmacy journal, a Quebec paper, an esports site, a Welsh magistrates'
        // court column), sealed: b3cc6a0 and 1c816d2 alike, P 0.938 (75/80) R 0.938. Misses: a French body's name, a mayor's reply
        // turn, a supporter's Discord post, a farmer's letter read as the last speaker's.
        new("blind66", 45, 0.98, 1.00, 0.97, 0.97),
        // blind67 (a Philippine broadsheet, a bee-keepers' newsletter, a ferry notice round-up, an Australian parliament sketch, a
        // concert review, a fire brigade log), sealed: b3cc6a0 and 1c816d2 alike, P 0.913 (63/69) R 0.887. Misses: the Speaker's
        // calls to order, question time's turns, an Office of the Governor, a detective's words after a named witness.
        new("blind67", 45, 0.97, 1.00, 0.95, 0.94),
        // blind68 (a Polish portal, a parish magazine, a rugby league fanzine, a US local TV site, a consumer watchdog, an employment
        // tribunal), sealed: b3cc6a0 and 1c816d2 alike, P 0.924 (73/79) R 0.924. Misses: a sacked coach's pronouns read as "one
        // player", a heckle from the back, "The agency" after the National Weather Service.
        new("blind68", 45, 0.97, 1.00, 0.96, 0.97),
        // blind69 (a South African site, an allotment newsletter, a chess bulletin, an island paper, a market wrap, an inquiry's
        // transcript summary), sealed: b3cc6a0 and 1c816d2 alike, P 0.861 (62/72) R 0.827. Misses: an inquiry's questions and a
        // witness's email, a chess player's pronouns read as a tournament, a growers' circle's short name.
        new("blind69", 45, 0.97, 0.98, 0.94, 0.93),
        // blind70 (a Nigerian daily, a canal society newsletter, a veterinary journal, a Belgian wire, a speedway fanzine, a Texas
        // sheriff's briefing), sealed: 25a6030 P 0.868 (66/76) R 0.868. Misses: a rider's pronoun read as the man he hit, "said the
        // gaffer" after a named team boss, a sheriff's turns read as a maintenance chief's, a professor's "She" read as a role.
        new("blind70", 45, 1.00, 1.00, 1.00, 0.98),
        // blind71 (a Vietnamese state paper, a Women's Institute newsletter, a mining weekly, a Scottish Parliament sketch, a theatre
        // review, a lifeguard club's report), sealed: 25a6030 P 0.857 (60/70) R 0.800. Misses: Vietnamese names after a long title,
        // "ordered officials to", a translated post, a touring company's statement, an interview's question and answer turns.
        new("blind71", 45, 0.98, 1.00, 0.93, 0.92),
        // blind72 (a Chilean paper, a cathedral choir newsletter, a cycling team release, a New Zealand paper, a wine bulletin, a
        // crown court report), sealed: 25a6030 P 0.825 (66/80) R 0.805. Misses: "our Director of Music, Dr Felicity Arkwright" read
        // as Music, "Her husband, Mark" without his surname, a French union's name, a winemaker's family read as one person.
        new("blind72", 45, 1.00, 1.00, 0.92, 0.92),
        // blind73 (an Indian business daily, a bowls club newsletter, a hospital staff magazine, a Danish broadcaster, a boxing site,
        // a planning inquiry), sealed: 25a6030 P 0.886 (62/70) R 0.805. Misses: counsel's "submitted that", a witness's "maintained
        // that", a county council "stating in its response", an unnamed source, a trainer read as the boxer he speaks for.
        new("blind73", 45, 1.00, 1.00, 0.96, 0.93),
        // blind74 (a Nigerian tech blog, a canal society newsletter, a Scottish council digest, a Brazilian daily, a school sports day
        // report, a coroner's inquest), sealed: 25a6030 and 158458e (round nineteen frozen) alike, P 0.973 (73/75) R 0.961. Misses: a
        // girl's mother and father named by the tie only, a bank's words given in the body.
        new("blind74", 45, 1.00, 1.00, 0.97, 0.96),
        // blind75 (a Pakistani daily, a choir society newsletter, a mountain rescue report, a Greek wire, an MMA site, a shareholder
        // meeting), sealed: 25a6030 P 0.918 (67/73) R 0.882; 158458e P 0.945 (69/73) R 0.908. Misses: a rescue team's partial quotes,
        // a shareholder's question given to the chairman, a choir member's question.
        new("blind75", 45, 0.98, 1.00, 0.97, 0.96),
        // blind76 (an Irish paper, a model railway bulletin, a student paper, a Japanese daily, a darts site, a licensing committee),
        // sealed: 25a6030 P 0.914 (74/81) R 0.914; 158458e P 0.926 (75/81) R 0.926. Misses: the committee's Chair, a driver's words read
        // as the investigator's, a Japanese given name alone, a detective's appeal.
        new("blind76", 45, 1.00, 1.00, 0.96, 0.96),
        // blind77 (a Ghanaian radio site, a birdwatching newsletter, a union branch bulletin, a Swiss paper, a netball report, a
        // health briefing), sealed: 25a6030 and 158458e alike, P 0.932 (69/74) R 0.920 (69/75; the writer's header row lacked its
        // "#", added). Misses: "the 22-year-old" read as a cup, a team's short name, a rescue chief's words given to the major.
        new("blind77", 45, 0.98, 1.00, 0.97, 0.97),
        // blind78 (a Kenyan business weekly, a rowing club newsletter, a police and crime commissioner's press digest, an Argentine daily,
        // a cricket league website, an employment tribunal judgment summary), sealed: 0090b24 (session start) P 0.890 (65/73) R 0.855
        // (65/76). Misses: a tribunal's judge named after her words, a bank's full name, a batsman named by age.
        new("blind78", 45, 0.97, 1.00, 0.98, 1.00),
        // blind79 (a Bangladeshi daily, a village hall newsletter, a lifeboat station's annual report, a Turkish wire, a cycling club
        // blog, a select committee write-up), sealed: 0090b24 (session start) P 0.846 (66/78) R 0.825 (66/80). Misses: an agency and a
        // company for their spokespeople, a rescuer's words given to the minister, a boat as "she".
        new("blind79", 45, 1.00, 1.00, 0.98, 0.97),
        // blind80 (a Welsh local news site, a beekeepers' bulletin, a college staff bulletin, a Korean daily, a snooker website, a parish
        // council summary), sealed: 0090b24 (session start) P 0.895 (68/76) R 0.850 (68/80). Misses: Korean names given by surname alone,
        // a bulletin's title as a speaker, a commentator's words unattributed.
        new("blind80", 45, 1.00, 1.00, 0.98, 0.96),
        // blind81 (a Zambian daily, an astronomy society newsletter, a nurses' union bulletin, a Norwegian paper, a hockey report, a fire
        // service briefing), sealed: 0090b24 (session start) P 0.933 (70/75) R 0.921 (70/76). Misses: a rank before a name kept in it, a
        // resident's words given to the next speaker.
        new("blind81", 45, 0.97, 1.00, 0.97, 0.96),
        // blind82 (a Kenyan business weekly, a bell-ringers' guild newsletter, a teachers' union press release, a Polish news agency, a
        // regatta report, a transport authority briefing), sealed until round twenty was frozen: 0090b24 (session start) and 939782b
        // (round twenty frozen) alike, P 0.973 (72/74) R 0.935 (72/77). Misses: a rescued miner's words given to another, a learner
        // ringer's words unattributed, the guild's words missed.
        new("blind82", 45, 1.00, 1.00, 0.97, 0.94),
        // blind83 (an Australian regional paper, a falconry club newsletter, a hospital trust board summary, a Brazilian wire, a boxing
        // site, a coastguard digest), sealed: 0090b24 and 939782b alike, P 0.895 (68/76) R 0.883 (68/77). Misses: a rank (Coastguard) kept
        // in a name, a trainer's words given to a council spokeswoman, a company by its short name, a promoter's cue inside the marks.
        new("blind83", 45, 1.00, 0.98, 0.96, 0.94),
        // blind84 (a Scottish weekly, a vintage car club bulletin, a council scrutiny committee report, an Italian daily, a cycling race
        // site, a police press conference), sealed: 0090b24 and 939782b alike, P 0.931 (67/72) R 0.905 (67/74). Misses: "the Belgian" read
        // as a name, a chairman's words given to the Major, a father's appeal given to the wrong parent.
        new("blind84", 45, 1.00, 1.00, 0.98, 0.98),
        // blind85 (a Canadian radio site, a model aircraft newsletter, a farmers' cooperative bulletin, a Turkish paper, a table tennis
        // report, a public inquiry summary), sealed: 0090b24 and 939782b alike, P 0.934 (71/76) R 0.910 (71/78). Misses: "a week" read as
        // a person, a player by first name alone, a runner-up's words given to the winner.
        new("blind85", 45, 1.00, 1.00, 0.96, 0.96),
        // blind86 (a Nigerian daily, a canal restoration society newsletter, a doctors' union bulletin, a Mexican paper's
        // English edition, a darts league report, a university senate summary), sealed: 6c20389 (session start) P 0.897 (70/78)
        // R 0.875 (70/80). Misses: a courtesy title (Doña) kept in a name, a defendant's nickname before his two surnames, a
        // prosecutor's office by its last word, a listed man's name whose article says she, a skipper's reply given to the
        // player named most, a statement read by the union president given to the union, thanks given in quotes.
        new("blind86", 45, 0.98, 1.00, 0.98, 0.98),
        // blind87 (a New Zealand regional site, a choir festival programme note, a port authority release, a Vietnamese wire, a
        // rugby league report, a planning appeal summary), sealed: 6c20389 (session start) P 0.943 (66/70) R 0.917 (66/72).
        // Misses: a forecasting centre by its last words, a nested single-marked quote closing the quote, a captain's verdict
        // in the next paragraph, a quote before "while" and another speaker, a festival's words.
        new("blind87", 45, 1.00, 1.00, 1.00, 1.00),
        // blind88 (an Irish local radio site, a cycling touring club magazine, a water company statements digest, a Japanese
        // daily, a badminton report, a coroner's inquest summary), sealed: 6c20389 (session start) P 1.000 (75/75) R 1.000
        // (75/75).
        new("blind88", 45, 1.00, 1.00, 1.00, 1.00),
        // blind89 (a South African weekly, a stamp collectors' society bulletin, a tenants' newsletter, a German paper in
        // English, a motor racing site, a licensing sub-committee write-up), sealed: 6c20389 (session start) P 0.975 (78/80) R
        // 0.963 (78/81). Misses: a water company named with "and" by its last word, a company's "it said" after a quote, a
        // nickname given by "nicknamed" read as a quote.
        new("blind89", 45, 1.00, 1.00, 1.00, 1.00),
        // blind90 (a Welsh weekly in translation, a ferry operator's bulletin, an esports news site, a Caribbean daily, a
        // veterinary trade journal, a coroner's inquest report), sealed until round twenty-two was frozen: 6c20389 (session
        // start) and 4281da8 (round twenty-two frozen) alike, P 0.975 (79/81) R 0.975 (79/81). Misses: a reporter's question
        // ("pressed") carried from the answerer, a substitute's words given to the player he replaced. Round thirty-six, which reads
        // "diocese" as a body's noun, gives a bishop's quoted letter to "the diocese" his that-clause names (0.975 / 0.975).
        new("blind90", 45, 1.00, 1.00, 0.97, 0.97),
        // blind91 (a Filipino broadsheet, a ballet programme notes page, a union branch newsletter, a French regional paper in
        // English, a cycling race site, a planning appeal write-up), sealed: 6c20389 and 4281da8 alike, P 0.908 (69/76) R 0.852
        // (69/81). Misses: a French court exchange (a defendant's answer carried from the judge, a lawyer's "she", a
        // syndicate's and a farmer's words unattributed), a diocese by its last word, an alliance's spokeswoman given to the
        // alliance, a race leader's role given to the wrong rider, a union organiser's words missed.
        new("blind91", 45, 1.00, 1.00, 0.96, 0.91),
        // blind92 (a Scottish island weekly, a birdwatching club bulletin, a students' union paper, a Brazilian outlet in
        // English, a rugby league site, an employment tribunal report), sealed: 6c20389 P 0.962 (75/78) R 0.949 (75/79);
        // 4281da8 (round twenty-two frozen) P 0.974 (76/78) R 0.962 (76/79). Misses: "in Portuguese" read as a name, a
        // committee named with "and" by its tail.
        new("blind92", 45, 1.00, 1.00, 1.00, 1.00),
        // blind93 (a Ghanaian daily, a chess federation newsletter, a hospital trust staff bulletin, a Polish paper in English,
        // an ocean race site, a magistrates' court report), sealed: 6c20389 and 4281da8 alike, P 0.895 (68/76) R 0.872 (68/78).
        // Misses: a Ghanaian title (Nana) kept in a name, a naval rank (Lt Cdr) read as a name, a panel's words given to "an
        // independent inquiry", a team by its short name, a rescued skipper's words given to "one skipper".
        new("blind93", 45, 1.00, 1.00, 0.97, 0.97),
        // blind94 (an Icelandic news site, a beekeepers' newsletter, a hospice charity bulletin, a Spanish paper in English, a
        // snooker site, a safety regulator's prosecution report), sealed until round twenty-three was frozen: 6c20389 (session
        // start) P 0.949 (74/78) R 0.949 (74/78); 1f3c2b3 (round twenty-three frozen) P 0.974 (76/78) R 0.974 (76/78). Misses:
        // a bullfighter's nickname inside his name, a pronoun after him.
        new("blind94", 45, 1.00, 1.00, 1.00, 1.00),
        // blind95 (a Malaysian daily, a model railway society magazine, a parish council minutes summary, a Dutch paper in
        // English, a golf site, a school admissions appeal summary), sealed: 6c20389 and 1f3c2b3 alike, P 0.805 (62/77) R 0.795
        // (62/78). Misses: a Fire and Rescue Department split at "and", "in Dutch" read as a name, titles (Datuk, DC, Cllrs)
        // kept or misread, a chair's words given to another member, an exhibitor's memory unattributed, the school's words
        // given to the school not its head.
        new("blind95", 45, 0.98, 1.00, 0.98, 1.00),
        // blind96 (an Indian city paper, an allotment society newsletter, a fire and rescue service release, an Austrian paper
        // in English, a horse racing site, a select committee write-up), sealed: 6c20389 P 0.901 (73/81) R 0.890 (73/82);
        // 1f3c2b3 P 0.902 (74/82) R 0.902 (74/82). Misses: a title (Corporator) kept in a name, a committee exchange's answers
        // given to the questioner, a racing site's own name as a speaker.
        new("blind96", 45, 0.97, 0.98, 0.97, 0.97),
        // blind97 (a Northern Irish weekly, a choir's newsletter, a bus company notice digest, a Greek paper in English, a
        // netball site, a taxi licensing appeal report), sealed: 6c20389 and 1f3c2b3 alike, P 0.910 (71/78) R 0.910 (71/78).
        // Misses: a hearing's cross-examination turns given to the wrong party, a bus users' spokeswoman given another's
        // answer, a choir's letter-writer.
        new("blind97", 45, 0.98, 1.00, 1.00, 1.00),
        // blind98 (a Kenyan daily, a quilting guild newsletter, a coastguard incident log, a Portuguese wire in
        // English, a darts league bulletin, a coroner's inquest report), sealed: d95e3c5 and 61d2950 alike, P 0.931
        // (67/72) R 0.918 (67/73). Misses: a 999 caller's words given to the operator he told, an unnamed walker, a
        // casualty's message, a coordination centre's statement, a tram company named by its initials.
        new("blind98", 45, 1.00, 1.00, 0.97, 0.97),
        // blind99 (a Pakistani daily, a vintage vehicle club magazine, a student paper, a Swiss wire in English, a
        // cycling race report, a planning inquiry summary), sealed: d95e3c5 and 61d2950 alike, P 0.918 (67/73) R
        // 0.905 (67/74). Misses: "the 24-year-old Spaniard" read as a name, a son named by his given name only, a
        // German title before a name, a campaign and a ramblers' body cut short.
        new("blind99", 45, 1.00, 1.00, 0.98, 0.98),
        // blind100 (a Nigerian daily, an orchid society bulletin, a lifeboat station blog, a Czech wire in English,
        // a rowing club report, an ombudsman decision summary), sealed: d95e3c5 and 61d2950 alike, P 0.867 (65/75) R
        // 0.833 (65/78). Misses: Tunde read as a woman's name (the lists' Tünde), so a commissioner's four quotes
        // went to a state; an oba's regnal numeral; an ombudsman's summary of a resident's and a landlord's words.
        new("blind100", 45, 1.00, 1.00, 0.93, 0.89),
        // blind101 (a Philippine daily, a chess federation newsletter, a mountain rescue blog, a Swedish wire in
        // English, a rugby league report, an employment tribunal summary), sealed: d95e3c5 and 61d2950 alike, P
        // 0.924 (73/79) R 0.924 (73/79). Misses: a place the team calls "the Dustbin" taken as a speaker, Aling and
        // IA kept as names, a chef's dismissal words given to the owner.
        new("blind101", 45, 0.98, 1.00, 0.97, 0.97),
        // blind102 (a Ghanaian daily, a pigeon racing gazette, a canal trust newsletter, a Belgian wire in English,
        // a bowls club report, a public accounts committee summary), sealed: d95e3c5 and e726dbb alike, P 0.873
        // (69/79) R 0.863 (69/80). Misses: Opanin and Madam kept as names, "Member of Parliament for …" read as a
        // name, a committee's questions and answers given to the wrong party, a neighbour's words.
        new("blind102", 45, 1.00, 1.00, 0.95, 0.95),
        // blind103 (a Bangladeshi daily, a stamp collectors' journal, a cathedral newsletter, a Finnish wire in
        // English, a motor racing report, a licensing committee summary), sealed: d95e3c5 and e726dbb alike, P 0.973
        // (72/74) R 0.960 (72/75). Misses: a street read as a speaker, "the 24-year-old" given to the wrong driver,
        // a stewards' finding.
        new("blind103", 45, 1.00, 1.00, 0.97, 0.96),
        // blind104 (a Zimbabwean daily, a falconry society newsletter, an air ambulance charity blog, a Norwegian
        // wire in English, a hockey club report, a charity regulator's inquiry summary), sealed: d95e3c5 and e726dbb
        // alike, P 0.846 (66/78) R 0.835 (66/79). Misses: Sekuru kept as a name, "Minister of Agriculture" split
        // into a name, a regulator's inquiry read for the charity and its treasurer, an air ambulance's crew member
        // taken for the charity.
        new("blind104", 45, 1.00, 1.00, 0.93, 0.92),
        // blind105 (a Jamaican daily, a brass band newsletter, a rural bus company notice, an Italian wire in
        // English, a squash championship report, a health and safety tribunal summary), sealed: d95e3c5 and e726dbb
        // alike, P 0.947 (72/76) R 0.923 (72/78). Misses: "Municipal Corporation" cut from its name, a band's
        // principal named by a role, a logistics firm's words.
        new("blind105", 45, 1.00, 1.00, 0.97, 0.96),
        // blind106 (a Tanzanian daily, a bonsai society newsletter, a ferry operator's notice, a Polish wire in English,
        // a badminton report, a coroner's court summary), sealed: 4203138 (round twenty-five frozen) P 0.937 (74/79) R
        // 0.925 (74/80). Misses: a plural owner cut from a network's name, a bracketed short name of a Polish company,
        // "a precaution and" read as a speaker, an inquest's officer and jury, a mother's words given to the solicitor.
        new("blind106", 45, 1.00, 1.00, 0.97, 0.96),
        // blind107 (a Ugandan weekly, a real ale society bulletin, a hospital trust release, a Hungarian wire in
        // English, a table tennis report, a transport committee summary), sealed: 4203138 P 0.951 (77/81) R 0.951
        // (77/81). Misses: "Assistant Superintendent of Police" read as the name, a state secretary "for Transport" kept
        // in a name, a Zrt. company's stop read as a sentence's end.
        new("blind107", 45, 0.98, 1.00, 0.98, 1.00),
        // blind108 (a Sri Lankan daily, a model aircraft newsletter, a ranger bulletin, a Romanian wire in English, a
        // fencing report, a housing tribunal summary), sealed: 4203138 P 1.000 (78/78) R 0.963 (78/81). Misses: a port
        // company's and a landlord's words left unattributed.
        new("blind108", 45, 1.00, 1.00, 1.00, 0.98),
        // blind109 (a Trinidadian daily, a birdwatching newsletter, a water utility notice, a Danish wire in English, a
        // volleyball report, a data protection regulator's decision), sealed: 4203138 P 0.917 (66/72) R 0.917 (66/72).
        // Misses: "the Office" of a regulator named in full before, a company's short name, the decision's words given
        // to a chief executive, a resident's words given to a neighbour.
        new("blind109", 45, 0.97, 1.00, 0.94, 0.94),
        // blind110 (a Cameroonian daily, a dahlia society newsletter, a harbour master's notice, a Slovak wire in
        // English, a lacrosse report, a professional conduct panel summary), sealed: 682d53f (round twenty-six frozen) P
        // 0.938 (75/80) R 0.904 (75/83); 4203138 P 0.913 (73/80) R 0.880. Misses: a conduct panel's questions and
        // answers given to the wrong party, a co-operative's name cut short, a ministry's notice unattributed.
        new("blind110", 45, 1.00, 0.98, 1.00, 0.97),
        // blind111 (a Nepali weekly, a vintage radio society bulletin, a university press release, a Croatian wire in
        // English, a handball report, a regional assembly committee summary), sealed: 682d53f and 4203138 alike, P 0.961
        // (74/77) R 0.961 (74/77). Misses: the Nepali given name Man read as a title, "a set the judges" read as a
        // speaker, a trekking agent's words given to a guide.
        new("blind111", 45, 1.00, 1.00, 0.98, 0.98),
        // blind112 (a Zambian daily, a canal boat owners' newsletter, a library service notice, a Bulgarian wire in
        // English, a judo report, a schools adjudicator's decision), sealed: 682d53f and 4203138 alike, P 0.867 (65/75)
        // R 0.844 (65/77). Misses: Ba and Sensei kept as names, a city and a village read as speakers, pronouns given to
        // the wrong miner and parent, an adjudicator's finding.
        new("blind112", 45, 1.00, 1.00, 0.93, 0.92),
        // blind113 (a Fijian daily, a cycling touring club newsletter, an electricity network notice, a Lithuanian wire
        // in English, a water polo report, a medical negligence settlement summary), sealed: 682d53f and 4203138 alike,
        // P 0.918 (67/73) R 0.918 (67/73). Misses: Ratu kept as a name, a club read as a speaker, an expert's and a
        // widower's words given to others.
        new("blind113", 45, 1.00, 1.00, 0.95, 0.95),
        // blind114 (a Malawian daily, a sourdough bakers' forum digest, a highways roadworks notice, a
        // Latvian wire in English, a curling report, a pensions ombudsman determination), sealed: 8b8a72d
        // (round twenty-six and its follow-up), P 0.972 (69/71) R 0.945 (69/73). Misses: a firm's reply in a
        // determination left without a speaker, a minister's words given to another, a forum tip carried from
        // the wrong member.
        new("blind114", 45, 1.00, 1.00, 0.97, 0.97),
        // blind115 (a Rwandan daily, a canoe club newsletter, a port authority notice, an Estonian
        // broadcaster in English, a baseball report, a building safety regulator notice), sealed: 8b8a72d, P
        // 0.908 (69/76) R 0.908 (69/76). Misses: a nickname between given name and surname after a dateline
        // split the batter from his surname, a team read as the speaker before a role and a name, a weir read
        // as a person, words carried from the wrong paddler and spokeswoman.
        new("blind115", 45, 1.00, 1.00, 1.00, 1.00),
        // blind116 (a Senegalese weekly, a bell-ringers' guild newsletter, a district nursing bulletin, a
        // Slovenian daily in English, a speedway report, a teachers' professional standards hearing), sealed:
        // 8b8a72d, P 1.000 (78/78) R 0.975 (78/80). Misses: a presenting officer's question in a hearing's
        // exchange, a former pupil's words, both left without a speaker.
        new("blind116", 45, 1.00, 1.00, 1.00, 0.98),
        // blind117 (a Mauritian daily, a model boat club bulletin, a national park fire warning, a Serbian
        // wire in English, a triathlon report, a financial conduct enforcement notice), sealed: 8b8a72d, P
        // 0.921 (70/76) R 0.921 (70/76). Misses: a surname with an elided particle (d'Arifat) cut off, a
        // French company's name unread so "the company" stayed a word, "the Authority" after a comma not
        // taken for the body, a striker's words carried from his employer.
        new("blind117", 45, 1.00, 1.00, 1.00, 1.00),
        // blind118 (a Botswana daily, a stained-glass restorers' journal, a rail replacement bus notice, a
        // Georgian broadcaster in English, a gymnastics report, an immigration appeal tribunal summary),
        // sealed: 2a62482 (round twenty-seven frozen) and 8b8a72d alike, P 0.893 (67/75) R 0.882 (67/76).
        // Misses: the Setswana forms of address Mma, Rra and Kgosi kept in the names, a diocese named short,
        // a restorer's words carried from the diocese, a commuter's question and a judge's phrase given to
        // others.
        new("blind118", 45, 1.00, 1.00, 1.00, 0.98),
        // blind119 (a Namibian daily, a mushroom foragers' society newsletter, a council waste collection
        // notice, an Albanian broadcaster in English, a sailing regatta report, a police misconduct hearing
        // summary), sealed: 2a62482 and 8b8a72d alike, P 0.808 (63/78) R 0.818 (63/77). Misses: a mushroom
        // read as a person, "the member" left unnamed on purpose read as others, the Oshiwambo Tate kept in a
        // name, a contractor's words given to the corporation, a former partner's words given to the officer
        // and a witness.
        new("blind119", 45, 0.97, 1.00, 0.96, 0.97),
        // blind120 (a Sierra Leonean daily, a vintage tractor club newsletter, a university estates bulletin,
        // a Faroese broadcaster in English, a kabaddi report, a care home inspection report), sealed: 2a62482
        // and 8b8a72d alike, P 0.973 (72/74) R 0.935 (72/77). Misses: the Faroese particle við cutting a name
        // short, a deputy minister's title read for another, unnamed members and competitors left without a
        // speaker.
        new("blind120", 45, 1.00, 1.00, 1.00, 0.97),
        // blind121 (a Papua New Guinean daily, an amateur astronomy society newsletter, a canal lock closure
        // notice, a Moldovan broadcaster in English, a sumo report, a gambling regulator penalty notice),
        // sealed: 2a62482 and 8b8a72d alike, P 0.842 (64/76) R 0.821 (64/78). Misses: sumo wrestlers known by
        // one ring name and the rank Ozeki, a newsletter's masthead read as the society, a customer's and an
        // account manager's words given to the regulator and a staff member, a firm named short.
        new("blind121", 45, 0.98, 0.98, 0.86, 0.84),
        // blind122 (a Gambian daily, a woodturners' guild newsletter, a community mental health
        // team bulletin, a Luxembourg wire in English, a pickleball club report, a parliamentary
        // standards commissioner's findings), sealed at 64151a4 (round twenty-seven and its
        // follow-up): P 0.867 (65/75) R 0.855 (65/76). Misses: a trading firm's "it" after "Last
        // week" and "the company" given to the newspaper, a college's tail "of Craft" read as a
        // person, a title used as an exchange label, a surname named in full only inside a quote.
        // Round twenty-eight took all of them.
        new("blind122", 45, 0.98, 1.00, 1.00, 1.00),
        // blind123 (an Ethiopian weekly, a cactus society magazine, a lighthouse heritage trust
        // update, an Andorran news site, a korfball round-up, a food standards hearing), sealed at
        // 64151a4: P 0.846 (66/78) R 0.846 (66/78). Misses: the Amharic titles Ato and Weyzero
        // kept in names, "the fund", a supporter's chant, a club's post given to its opponent, a
        // letter read out by a solicitor given to her.
        new("blind123", 45, 1.00, 1.00, 0.96, 0.96),
        // blind124 (a Mozambican news agency, a homebrewing forum digest, a flood warning notice,
        // a Maltese daily in English, an archery newsletter, an aviation accident report), sealed
        // at 64151a4: P 0.942 (65/69) R 0.878 (65/74). Misses: the Maltese title Perit, an
        // aircraft type read as a person (the pilot), a radio call, a forum's question-and-answer
        // thread.
        new("blind124", 45, 0.96, 0.98, 0.98, 0.95),
        // blind125 (a Lesotho weekly, a vintage motorcycle club magazine, a school transport
        // bulletin, a Cypriot broadcaster in English, an ice hockey supporters' blog, a charity
        // inquiry report), sealed at 64151a4: P 0.845 (60/71) R 0.779 (60/77). Misses: a Sesotho
        // name opening with an elision mark read as a quote's opening, the rank Major kept in a
        // name, a body's speech keeping "she" from the person it asked, "concludes", a question
        // the writer reports putting, two players told apart by pronoun, administrators in
        // apposition after "According to".
        new("blind125", 45, 0.98, 1.00, 0.97, 0.98),
        // blind126 (an Eswatini daily, a knitting circle blog, an ambulance service press release,
        // a Belarusian exile outlet in English, a wrestling federation bulletin, an electoral
        // commission report), sealed: 0aaf83a (round twenty-eight frozen) and 64151a4 alike, P
        // 0.919 (68/74) R 0.895 (68/76). Misses: the siSwati title Gogo kept in a name, a
        // journalist's surname given to her mother, a chief executive's standard given to her
        // board, a knitting shop's question-and-answer turns.
        new("blind126", 45, 0.98, 1.00, 0.97, 0.98),
        // blind127 (a Solomon Islands broadcaster, a tropical fish society newsletter, a reservoir
        // safety notice, a Montenegrin daily in English, a biathlon team blog, a telecoms
        // regulator decision), sealed: 0aaf83a and 64151a4 alike, P 1.000 (74/74) R 0.949 (74/78).
        // Misses, all unattributed: an interview's bare questions, a villager's short reply, a
        // chant.
        new("blind127", 45, 0.97, 1.00, 1.00, 1.00),
        // blind128 (a Samoan weekly, a classic car auction newsletter, a tram works notice, a
        // Bosnian news portal in English, an orienteering club report, an equality commission
        // investigation), sealed: 0aaf83a and 64151a4 alike, P 0.926 (75/81) R 0.926 (75/81).
        // Misses: Emir, a Bosnian given name, dropped as a title; a company named with the legal
        // ending the annotation leaves off.
        new("blind128", 45, 1.00, 1.00, 0.97, 0.97),
        // blind129 (a Vanuatu news service, a guinea pig breeders' magazine, a university library
        // closure notice, a North Macedonian outlet in English, a cross-country skiing blog, a
        // prisons inspectorate report), sealed: 0aaf83a and 64151a4 alike, P 0.905 (67/74) R 0.882
        // (67/76). Misses: an inspectorate's report speaking for it, a student's question given to
        // the librarian, a nurse and a chief told apart, a skier's words carried to another.
        new("blind129", 45, 0.98, 1.00, 0.93, 0.93),
        // blind130 (a Burundian daily's English edition, a succulent growers' club
        // newsletter, a hospice at home service update, a Liechtenstein wire, a padel
        // tennis blog, a medicines regulator hearing), sealed: 46da7a9, P 0.935 (72/77)
        // R 0.911 (72/79). Misses: the blogger's question (her byline under "Posted
        // by"), a cut-in short answer, a daughter and her mother told apart, an answer
        // two turns after its question.
        new("blind130", 45, 0.97, 0.97, 0.97, 0.94),
        // blind131 (a Liberian news site, a model tram society, a river authority
        // bulletin, an Icelandic-language regional paper in translation, a fives club
        // report, a veterinary disciplinary committee), sealed: 46da7a9, P 0.959
        // (70/73) R 0.909 (70/77). Misses: a company named with Iceland's lowercase
        // ehf., a director who declined an interview but wrote, a chairman named after
        // his association, a solicitor named before her firm, a team taken for the
        // player.
        new("blind131", 45, 0.98, 1.00, 1.00, 1.00),
        // blind132 (a Guyanese paper, a vintage sewing machine collectors' forum, a
        // school meals service notice, a Kosovan outlet, a bandy federation, a coastal
        // erosion inquiry), sealed: 46da7a9, P 0.987 (75/76) R 0.987 (75/76). Miss: a
        // statement read on a resident's behalf.
        new("blind132", 45, 0.98, 1.00, 1.00, 1.00),
        // blind133 (a Belizean weekly, a heritage apple orchard group, a mobile library
        // notice, a Slovak regional daily, a roller derby league, a broadcasting
        // standards ruling), sealed: 46da7a9, P 0.896 (69/77) R 0.908 (69/76). Misses:
        // a guesthouse owner whose surname is a role noun (Usher), a ruling speaking
        // for its panel, a quote credited by "said it" after it, a captain's second
        // post, an anonymous senior figure.
        new("blind133", 45, 0.98, 1.00, 0.96, 0.97),
        // blind134 (a Surinamese news site, a fountain pen enthusiasts' blog, a dental
        // practice notice, a Kazakh wire in English, a canoe polo club, a tax
        // tribunal), sealed: d0a87ed (round twenty-nine frozen) P 0.852 (69/81) R 0.821
        // (69/84); 46da7a9 P 0.864 (70/81) R 0.833 (70/84). Misses: a village captain's
        // words carried to another, a blogger's interview answers, a tribunal's
        // exchange of questions, counsel's words, an economist whose description in
        // apposition stood before her verb and "but" (round twenty-nine lost her; fixed
        // after).
        new("blind134", 45, 1.00, 1.00, 0.95, 0.92),
        // blind135 (a Djiboutian outlet, a lace-makers' guild, a park and ride notice,
        // an Armenian diaspora paper, a hurling club, a nursing council fitness to
        // practise hearing), sealed: d0a87ed and 46da7a9 alike, P 0.947 (71/75) R 0.899
        // (71/79). Misses: a bus users' group, a speaker at an anniversary, a diocese,
        // a manager's words carried, a club's statement, a ward sister.
        new("blind135", 45, 1.00, 0.98, 0.98, 0.96),
        // blind136 (a Comoros paper, a tortoise keepers' society, a cemetery services
        // update, a Mongolian wire, a polo club, an agricultural tribunal), sealed:
        // d0a87ed and 46da7a9 alike, P 0.886 (70/79) R 0.886 (70/79). Misses: a port
        // captain's words, a mother's phone call, a society's statement, a helpline
        // volunteer, a tribunal's finding.
        new("blind136", 45, 0.98, 1.00, 0.97, 0.97),
        // blind137 (a Seychelles daily, a gliding club newsletter, a leisure centre
        // closure notice, a Kyrgyz outlet, a shinty report, a legal ombudsman
        // decision), sealed: d0a87ed and 46da7a9 alike, P 0.961 (74/77) R 0.949
        // (74/78). Misses: an instructor's second quote, a district head's reported
        // words, a solicitor's apology.
        new("blind137", 45, 1.00, 1.00, 0.96, 0.96),
        // blind138 (a Maldivian daily, a bonsai society newsletter, a bin collection
        // notice, an Andorran wire story, a korfball report, a ports regulator
        // decision), sealed with 2712876 (round twenty-nine and its follow-ups): P
        // 0.949 (75/79) R 0.949 (75/79). Misses: a head of service's title kept in her
        // name, the other side's coach given to this one, a bishop's letter given to a
        // board. Round thirty: 77/79.
        new("blind138", 45, 1.00, 1.00, 0.98, 0.98),
        // blind139 (a Bhutanese weekly, a bell ringers' guild newsletter, a care home
        // inspection notice, a Moldovan regional paper, a lacrosse report, an energy
        // ombudsman decision), sealed with 2712876: P 0.850 (68/80) R 0.840 (68/81).
        // Misses: Bhutanese titles (Lyonpo, Aum, Dasho) kept in names, a provider's
        // words given to its manager, a question's reporter carried to the coach's
        // answer, an ombudsman's opening quote, an adviser who "had written". Round
        // thirty: 77/81.
        new("blind139", 45, 1.00, 1.00, 0.96, 0.96),
        // blind140 (a Tongan daily, a vintage tractor club bulletin, a community
        // pharmacy notice, a Montenegrin wire story, a sepak takraw report, a water
        // regulator decision), sealed with 2712876: P 0.948 (73/77) R 0.948 (73/77).
        // Misses: a patient's question and a pharmacist's answer swapped, an EU
        // delegation's words given to Montenegro.
        new("blind140", 45, 0.96, 1.00, 0.98, 0.98),
        // blind141 (a Cape Verdean paper, a falconry club newsletter, a housing
        // association notice, a Georgian regional outlet, an underwater hockey report,
        // a planning inspectorate decision), sealed with 2712876: P 0.861 (62/72) R
        // 0.827 (62/75). Misses: a register's reply ("the register said"), a restorer's
        // words given to the church, a quote named by the next sentence ("The speaker
        // was", "the whole submission of"), a counsel's question in a cross-
        // examination, a player named in the next paragraph. Round thirty: 64/75.
        new("blind141", 45, 1.00, 1.00, 0.89, 0.86),
        // blind142 (a São Tomé daily, a stamp collectors' journal, a youth hostel
        // closure notice, a Belarusian exile outlet, a tug of war report, a gambling
        // commission ruling), sealed until round thirty was frozen: 1a07a9a and 2712876
        // alike, P 0.960 (72/75) R 0.935 (72/77). Misses: a chocolate maker's words
        // given to "the company" unresolved, a coach's exclamation with no cue, a
        // club's praise given to a team's short name, a chief executive's apology not
        // extracted.
        new("blind142", 45, 0.96, 0.98, 0.96, 0.93),
        // blind143 (a Palauan weekly, a clock restorers' society bulletin, a food bank
        // appeal, an Albanian wire story, a croquet report, a rail accident
        // investigation report), sealed: 1a07a9a and 2712876 alike, P 0.873 (69/79) R
        // 0.873 (69/79). Misses: a driver's account given to the report's heading, a
        // signaller's words given to a place, a harbour master's reply given to the
        // port authority, a chief's words carried from a bureau, a croquet captain's
        // words given to a trophy.
        new("blind143", 45, 0.97, 1.00, 0.92, 0.91),
        // blind144 (a Nauruan paper, a ferret club newsletter, an ambulance trust
        // notice, a Latvian regional outlet, a pétanque report, a charity regulator
        // decision), sealed: 1a07a9a and 2712876 alike, P 0.973 (73/75) R 0.936
        // (73/78). Misses: a show visitor's questions with no cue, a relative's
        // question given to the board, a regulator's direction and a landowner's words
        // given to no one.
        new("blind144", 45, 0.97, 1.00, 0.97, 0.93),
        // blind145 (an East Timorese daily, a quilting guild newsletter, a lifeboat
        // station report, a North Macedonian wire story, a kabaddi report, a pensions
        // ombudsman decision), sealed: 1a07a9a and 2712876 alike, P 0.910 (71/78) R
        // 0.910 (71/78). Misses: a company's words given under its legal ending (Ltd)
        // the annotation leaves off, a deputy ombudsman's finding given to the office
        // rather than her, a member's words carried to the administrator, a fisherman's
        // words with no cue, a coxswain's words carried to a crewman.
        new("blind145", 45, 0.97, 1.00, 0.93, 0.93),
        // blind146 (a Marshallese weekly, a mushroom foragers' newsletter, a harbour
        // master notice, a Bosnian wire story, a water polo report, a telecoms
        // ombudsman decision), sealed with adb5c79 (round thirty): P 0.868 (66/76) R
        // 0.857 (66/77). Misses: a vessel named after "the coxswain of the" taken for
        // the speaker, "the Harbour Master" after Harbour Master Captain Rhona
        // Gilfedder, "the company" for a contractor read as a person, a mayor's village
        // in a second appositive, a figure's source after "That estimate, from", a
        // council's team for the council, and a customer's question to an adviser;
        // round thirty-one fixed seven.
        new("blind146", 45, 0.97, 1.00, 0.98, 0.97),
        // blind147 (a Kiribati daily, a beekeepers' bulletin, a village hall committee
        // notice, a Lithuanian wire story, a handball report, a financial ombudsman
        // decision), sealed with adb5c79: P 0.948 (73/77) R 0.901 (73/81). Misses: Nei,
        // a Kiribati woman's title, kept in her name; "the firm" given to the committee
        // of the byline; a recorded sales call's four uncued turns; "this office" in a
        // firm's reply; round thirty-one fixed three.
        new("blind147", 45, 1.00, 1.00, 0.98, 0.93),
        // blind148 (a Tuvaluan paper, a canal restoration newsletter, a blood donation
        // notice, a Serbian wire story, a curling report, a housing ombudsman
        // decision), sealed with adb5c79: P 0.944 (67/71) R 0.882 (67/76). Misses: a
        // curler's three uncued answers, one boater's words given to the next person
        // named, "An inspection" taken for a speaker, an ombudsman's finding with no
        // cue, and a spokeswoman for the Board; round thirty-one fixed four.
        new("blind148", 45, 1.00, 1.00, 1.00, 0.96),
        // blind149 (a Papua New Guinean daily, a rock climbing newsletter, a
        // crematorium notice, an Estonian wire story, a netball report, a local
        // government ombudsman decision), sealed with adb5c79: P 0.987 (75/76) R 0.962
        // (75/78). Misses: a transport officer's words reported through a parent, one
        // short phrase unextracted.
        new("blind149", 45, 1.00, 0.98, 0.98, 0.96),
        // blind150 (a Fijian weekly, a birdwatching bulletin, a recycling centre
        // notice, a Croatian wire story, a rowing report, a financial conduct regulator
        // ruling), sealed with 8492234 (round thirty-one frozen): P 0.947 (72/76) R
        // 0.923 (72/78); adb5c79: 0.934 / 0.910. Misses: a firm's words given to the
        // regulator named short, a head of treasury's words and the regulator's finding
        // with no cue, a village elder's two quotes given to the man named before him,
        // one phrase unextracted.
        new("blind150", 45, 0.98, 0.98, 0.94, 0.92),
        // blind151 (a Bruneian paper, a model railway newsletter, a swimming pool
        // closure notice, a Slovenian wire story, a biathlon report, a data protection
        // regulator decision), sealed with 8492234: P 0.844 (65/77) R 0.793 (65/82);
        // adb5c79 the same. Misses: Brunei's honorifics (Yang Berhormat, Dato Paduka,
        // Haji, Awang, Dayang) kept in the names, so six quotes went to the wrong form
        // of the minister's name and three to the student's and the lecturer's; a
        // hearing's uncued question-and-answer turns; "the hospital" for the trust; a
        // decision's finding with no cue; a letter running over paragraphs split.
        new("blind151", 45, 1.00, 1.00, 0.98, 0.97),
        // blind152 (a Sri Lankan Tamil daily, a chess club newsletter, a drainage board
        // notice, a Hungarian wire story, a squash report, a transport ombudsman
        // decision), sealed with 8492234: P 0.937 (74/79) R 0.925 (74/80); adb5c79 the
        // same. Misses: "State Minister for Plantation Welfare Kumaravel Sivagnanam"
        // split at the wrong word, a picker's words with no cue, a town's name taken
        // for a speaker, a loader's words given to his employer, one label unextracted.
        new("blind152", 45, 0.98, 0.98, 0.97, 0.96),
        // blind153 (a Greenlandic paper, an amateur astronomy bulletin, a tenants'
        // association notice, a Romanian wire story, a ski jumping report, an
        // environment regulator ruling), sealed with 8492234: P 0.962 (75/78) R 0.962
        // (75/78); adb5c79 the same. Misses: "calling the jury '…'" given to the coach,
        // not the rival the second clause is about; "One of our newest members,
        // 14-year-old Priya Ramsamy" kept as the unnamed source; a reporter's question
        // ("was asked by a reporter:") given to the one asked.
        new("blind153", 45, 1.00, 1.00, 0.97, 0.97),
        // blind154 (a Cook Islands paper, a dry stone walling newsletter, a level
        // crossing closure notice, a Ukrainian wire story, a bobsleigh report, an
        // advertising standards ruling), sealed with 9ee6e27 (round thirty-one's
        // review): P 0.974 (76/78) R 0.974 (76/78). Misses, both read since in round
        // thirty-two: an unnamed pilot ("One, a pilot from a rival team who …") given
        // to the track manager; a marketing head's words named after the quote ("That
        // was the position of …") left with no speaker.
        new("blind154", 45, 0.97, 1.00, 0.98, 1.00),
        // blind155 (a Niuean paper, an origami society bulletin, a council tax office
        // notice, an Azerbaijani wire story, a beach volleyball report, a medical
        // practitioners tribunal decision), sealed with 9ee6e27: P 0.933 (70/75) R
        // 0.921 (70/76). Misses: a pipeline company in apposition with its short name
        // in brackets, two quotes given to the protester before it; "Green Caspian
        // Watch" cut to "Caspian Watch"; a statement read "from Patient A's daughter"
        // given to the Tribunal; "the village council in Tavaleka" named short; one
        // word unextracted.
        new("blind155", 45, 0.98, 0.98, 0.98, 0.97),
        // blind156 (a Zanzibari daily, a kite flying newsletter, a water main repair
        // notice, an Uzbek wire story, a motocross report, a police conduct panel
        // finding), sealed with 9ee6e27: P 0.924 (73/79) R 0.936 (73/78). Misses: a
        // village after "near" taken for the woman "she" stood for; an unnamed buyer
        // introduced with no speech verb; "Mr B's mother" written "B's mother" (two); a
        // panel's first question given to the officer questioned.
        new("blind156", 45, 0.98, 1.00, 0.98, 1.00),
        // blind157 (a Bermudian paper, an embroiderers' guild newsletter, a hospital
        // car park notice, a Bulgarian wire story, a track cycling report, a civil
        // aviation authority decision), sealed with 9ee6e27: P 0.922 (71/77) R 0.899
        // (71/79). Misses: an interview introduced by "Speaking to TrackWorld …" turned
        // the wrong way (four), and the commentator named after it; a fund's letter's
        // two phrases with no cue; an airline's "accepted that" not read as a cue.
        new("blind157", 45, 0.98, 1.00, 0.98, 1.00),
        // blind158 (a Gibraltarian paper, a metal detecting newsletter, a street
        // lighting notice, a Czech wire story, a synchronised swimming report, a
        // teaching regulation panel decision), sealed until round thirty-two was frozen
        // (9a00cbf): P 0.908 (69/76) R 0.908 (69/76); 9ee6e27 the same. Misses: the
        // Spanish title Comisario kept in a name; "the Government Delegation in
        // Villaluz" named short, and the town taken for a speaker; "Witness B" given as
        // "B" (two); a swimming club's appeal given to the federation; an audit
        // chamber's finding with no cue.
        new("blind158", 45, 0.98, 1.00, 0.94, 0.94),
        // blind159 (an Anguillan paper, a sea swimming newsletter, a pest control
        // notice, an Austrian wire story, a luge report, a solicitors disciplinary
        // tribunal decision), sealed with 9a00cbf: P 0.974 (74/76) R 0.974 (74/76);
        // 9ee6e27 the same. Misses: a ward's name (Cranmoor) taken for the councillor
        // who represents it; "That was how Dutch skier Pieter van der Molen described"
        // read as "Dutch".
        new("blind159", 45, 1.00, 1.00, 0.97, 0.97),
        // blind160 (a Montserrat paper, a puppetry guild bulletin, a school crossing
        // patrol notice, a Swedish wire story, a dressage report, a press complaints
        // ruling), sealed with 9a00cbf: P 0.974 (76/78) R 0.974 (76/78); 9ee6e27 the
        // same. Misses: a campaign group's founder's words ("she said") given to the
        // group named before her; a note "from a member of the harbour staff, who said"
        // left with no speaker.
        new("blind160", 45, 0.98, 1.00, 0.97, 0.97),
        // blind161 (a St Helena paper, a storytelling festival newsletter, a bus
        // station relocation notice, a Tajik wire story, a fell running report, a
        // parking adjudicator decision), sealed with 9a00cbf: P 0.958 (69/72) R 0.896
        // (69/77); 9ee6e27 the same. Misses: uncued interview turns of a fell runner
        // (two) and of an appeal hearing (one); a council's reasons with no cue and one
        // given to "the council" short; a fisherman's question given to a place; a
        // river fund's two phrases with no cue.
        new("blind161", 45, 0.98, 1.00, 0.97, 0.90),
        // blind162 (a Falkland Islands weekly, an amateur radio club newsletter, a road
        // closure notice, a Turkmen state agency wire story, a canoe slalom report, an
        // information commissioner's decision), sealed with 384d73d: P 0.907 (68/75) R
        // 0.861 (68/79); round thirty-three 0.910 (71/78) / 0.899. Misses: a Turkmen
        // office title with a chain of bodies (Deputy Chairman of the Cabinet of
        // Ministers X) split wrongly (two); a village's elders given to the village; a
        // council's refusal with no cue; minutes that "record" a councillor describing;
        // a principle whose author the next sentence gives ("That principle was set out
        // by"); a radio net's turn given to the operator before.
        new("blind162", 45, 1.00, 1.00, 0.93, 0.93),
        // blind163 (a Tristan da Cunha newsletter, a caving club journal, a dog fouling
        // order notice, a Lao wire story, a speed skating report, a valuation tribunal
        // decision), sealed with 384d73d: P 0.933 (70/75) R 0.909 (70/77); round
        // thirty-three 0.974 (74/76) / 0.961. Misses: a company given short (Meridian
        // Fisheries for Cape Meridian Fisheries); an islander's pronoun given to the
        // resident before; an institute's phrase with no cue.
        new("blind163", 45, 1.00, 1.00, 0.98, 0.97),
        // blind164 (an Orkney weekly, a pottery guild newsletter, a tree felling
        // notice, a Paraguayan wire story, a surfing contest report, a food hygiene
        // rating appeal), sealed with 384d73d: P 0.947 (71/75) R 0.899 (71/79); round
        // thirty-three 0.987 (76/77) / 0.962. Misses: a resident's "he said" after
        // "That did not satisfy the resident" given to the manager; an inspector's
        // findings with no cue (two).
        new("blind164", 45, 1.00, 1.00, 0.98, 0.98),
        // blind165 (a Shetland weekly, a fly fishing club newsletter, a parking permit
        // notice, a Bolivian wire story, a ballroom dancing report, a research ethics
        // committee decision), sealed with 384d73d: P 0.863 (63/73) R 0.808 (63/78);
        // round thirty-three 0.921 (70/76) / 0.897. Misses: a complaint's words given
        // to "the participant" where the annotation keeps "a participant" (two); a
        // committee's letter with no cue; an officer's notice given to her service and
        // then the wrong woman (two); a scientist's uncued interview turns (two); "The
        // member" for "one long-standing member".
        new("blind165", 45, 1.00, 1.00, 0.94, 0.93),
        // blind166 (an Isle of Man weekly, a geocaching group newsletter, a school term
        // dates notice, an Ecuadorian wire story, a sheepdog trials report, a traffic
        // commissioner's decision), sealed with round thirty-three frozen (788a237): P
        // 0.947 (71/75) R 0.899 (71/79); 384d73d 0.907 / 0.861. Misses: the
        // commissioner's own questions in the first person (At the inquiry I asked Mr X
        // who …) and the uncued turns after them (five); a forum's words given to
        // another forum; a resident's pronoun given to the councillor before (two).
        new("blind166", 45, 1.00, 1.00, 0.97, 0.97),
        // blind167 (a Jersey weekly, a fossil hunting society bulletin, a boil water
        // notice, a Madagascan wire story, a modern pentathlon report, a barristers'
        // disciplinary tribunal decision), sealed with 788a237: P 0.892 (66/74) R 0.846
        // (66/78); 384d73d the same. Misses: a tribunal's hearing and its quoted
        // transcript, with "the Recorder" read as a name and its uncued turns (eight);
        // an email with no cue; a rider's interview turns (two); a stallholder's
        // pronoun given to the woman before; a sign's words read as a quote.
        new("blind167", 45, 0.98, 1.00, 0.98, 0.97),
        // blind168 (an Alderney weekly, a letterpress printers' guild newsletter, a
        // bridge closure notice, a Guatemalan wire story, a trampolining report, a
        // dental council decision), sealed with 788a237: P 0.935 (72/77) R 0.911
        // (72/79); 384d73d 0.921 / 0.886. Misses: "Patient C" given as "C" and
        // "Patient" (four); a question that "came from Byron Ajanel, 24, Tzul's nephew"
        // given to the relation; a printer's phrase with no cue; a partial quote not
        // found.
        new("blind168", 45, 1.00, 0.98, 0.98, 0.96),
        // blind169 (an Azores paper, a handweavers' guild newsletter, a leisure centre
        // closure notice, a Uruguayan wire story, a cross-country skiing report, a land
        // court crofting decision), sealed with 788a237: P 0.880 (66/75) R 0.835
        // (66/79); 384d73d 0.867 / 0.823. Misses: a will's words and a croft hearing's
        // uncued turns (three); a statement whose nested single quote split it in two;
        // a senator named with the Spanish "y" (Ramiro Sosa y Lamas) given as Lamas
        // (two); a bequest's terms with no cue; a guild's exchange turns (two); a
        // scientist's phrase with no cue; a skipper given as "the skipper".
        new("blind169", 45, 1.00, 1.00, 0.94, 0.91),
        // blind170 (a Sark paper, a hedgelaying society newsletter, a winter gritting
        // notice, a Togolese wire story, a BMX race report, an architects' registration
        // board decision), sealed with 584fa4b: P 0.924 (73/79) R 0.912 (73/80).
        // Misses: a deputy minister "of Maritime Economy" whose portfolio was read into
        // her name (two); a UCI "Commissaire" kept in a name; a society's statement
        // given to "society's committee"; an unnamed competitor's words given to the
        // named one before; a builder's phrase given to the architect; a resident's
        // phrase with no cue.
        new("blind170", 45, 1.00, 1.00, 0.96, 0.95),
        // blind171 (a Guernsey paper, a stained glass society newsletter, a polling
        // station notice, a Beninese wire story, a figure skating report, an optical
        // council decision), sealed with 584fa4b: P 0.867 (65/75) R 0.823 (65/79).
        // Misses: "El Hadj" kept in a farmers' leader's name (four); "Patient A" and a
        // registrant's answers in a hearing (three); an association named with its
        // place's possessive given short (two); a skater's uncued answers (two); a
        // restorer's answer given to the man who asked; a forum's statement given to
        // the person before; a minister's phrase with no cue.
        new("blind171", 45, 1.00, 1.00, 0.94, 0.91),
        // blind172 (an Isles of Scilly paper, a calligraphy guild newsletter, a harbour
        // dues notice, a Gabonese wire story, a rhythmic gymnastics report, a parole
        // board decision), sealed with 584fa4b: P 0.947 (72/76) R 0.923 (72/78).
        // Misses: a guild's "Master" read as a name (two); a company given by its
        // bracketed initials (two); the harbour commissioners' phrase and a probation
        // officer's assessment with no cue.
        new("blind172", 45, 1.00, 1.00, 1.00, 0.98),
        // blind173 (a Gotland paper, a bookbinding circle newsletter, a tree
        // preservation order notice, a Mauritanian wire story, an open-water swimming
        // report, an osteopathic council decision), sealed with 584fa4b: P 0.897
        // (70/78) R 0.897 (70/78). Misses: "Patient A" and the council's advocate in a
        // hearing (three); an arboricultural consultant's report given to the developer
        // (two); a "Wali" kept in a governor's name; a campaign group given as "the
        // group"; an unnamed swimmer's words given to the named one before.
        new("blind173", 45, 1.00, 1.00, 0.92, 0.92),
        // blind174 (an Åland paper, a lichen recording society newsletter, a street
        // market relocation notice, a Honduran wire story, a weightlifting report, a
        // chiropractic council decision), sealed with round thirty-four (83caf84): P
        // 0.897 (70/78) R 0.875 (70/80), as with 584fa4b. Misses: a clinic's owner, its
        // leaflet and its answers in a hearing given to the clinic or the leaflet
        // (four); a Swedish "Kommundirektör" kept in a name (two); a member's questions
        // given to the unnamed member before (two); a council's finding given to
        // "Advertising"; an association's phrase with no cue.
        new("blind174", 45, 1.00, 1.00, 0.97, 0.95),
        // blind175 (a Madeira paper, a dragonfly recording group newsletter, a notice
        // banning fireworks on a common, a Nicaraguan wire story, a karting report, a
        // competition appeal tribunal ruling), sealed with round thirty-four (83caf84):
        // P 0.920 (69/75) R 0.885 (69/78), as with 584fa4b. Misses: a tribunal's quoted
        // email and its uncued questions (three); a resident's questions at a meeting
        // given to the unnamed one before (two); an unnamed guide's words given to the
        // named one before (two); "Don" kept in a name; a relief group given short as
        // "the group".
        new("blind175", 45, 1.00, 1.00, 0.93, 0.93),
        // blind176 (a Lanzarote paper, a koi keepers' club newsletter, a cemetery
        // regulations notice, a Salvadoran wire story, a harness racing report, a
        // mental health tribunal decision), sealed with round thirty-four (83caf84): P
        // 0.808 (59/73) R 0.756 (59/78), as with 584fa4b. Misses: a tribunal's patient
        // known by initials (RT) and his mother, with uncued turns (six); a Spanish
        // "Consejera" kept in a name (three); a notice's regulations given to
        // "Regulation" and a town clerk given to a place (five); a guest-house owner
        // given as "one resident" (two); a driver's uncued answers (two); a koi vet's
        // answer given to the man who asked.
        new("blind176", 45, 1.00, 1.00, 0.90, 0.89),
        // blind177 (a Bornholm paper, a sea glass collectors' newsletter, a street
        // naming consultation notice, a Panamanian wire story, a powerlifting report, a
        // broadcasting standards decision), sealed with round thirty-four (83caf84)
        // after a fix for a crash on its running quote before an exchange (584fa4b
        // crashed too; with the same fix it scores the same): P 0.900 (63/70) R 0.818
        // (63/77). Misses: a conservancy's statement and a ranger's answers with no cue
        // (five); a presenter's exchange and a caller's words (three); a Danish
        // "Borgmester" kept in a name (two); a federation named with an opening "Under"
        // (two); an engineers' report with no cue; a fire service given short; a sign
        // counted as a quote.
        new("blind177", 45, 0.98, 1.00, 0.97, 0.96),
        // blind178 (an Isle of Wight paper, a ham radio club newsletter, a water meter
        // notice, a Yemeni wire story, a diving championship report, a social security
        // tribunal decision), sealed with round thirty-four's code (8a0cea3): P 0.948
        // (73/77) R 0.924 (73/79). Misses: a diving judge's protest and two officials'
        // words given short or to the wrong person (three); a residents' association
        // given short; a grain cell's words carried to the last speaker; a quote cut at
        // a sign's name.
        new("blind178", 45, 1.00, 0.98, 0.96, 0.93),
        // blind179 (an Anglesey paper, a barometer collectors' newsletter, a speed
        // limit order, a Qatari wire story, a bouldering report, a lands tribunal
        // decision), sealed with round thirty-four's code (8a0cea3): P 0.922 (71/77) R
        // 0.887 (71/80). Misses: a lands tribunal's cross-examination, its expert
        // witnesses and a question answered by "He answered:" (six); "Her Excellency"
        // as a speaker; an officer's answer after "Asked whether …:" given to a school;
        // an inspector's decision with no cue.
        new("blind179", 45, 0.98, 1.00, 0.96, 0.95),
        // blind180 (an Isle of Skye paper, a wood turning guild newsletter, a bridge
        // weight restriction notice, a Lebanese wire story, an ultrarunning report, a
        // trade mark office decision), sealed with round thirty-four's code (8a0cea3):
        // P 0.892 (66/74) R 0.846 (66/78). Misses: a Gaelic surname (Mac a’ Phearsain)
        // cut at its article (four); a hearing officer's own questions, written with
        // "I" (two); an opponent's and an applicant's pleadings (two); a race
        // director's answers to a runner (three); an engineers' report with no cue.
        new("blind180", 45, 1.00, 1.00, 0.94, 0.91),
        // blind181 (an Outer Hebrides paper, a moth recording newsletter, a rock pool
        // byelaw notice, a Kuwaiti wire story, a greyhound racing report, a social work
        // regulator decision), sealed with round thirty-four's code (8a0cea3): P 0.840
        // (63/75) R 0.808 (63/78). Misses: Gaelic surnames cut at Mac and Nic (four)
        // and a Gaelic council given to a parents' group (three); an editor's telephone
        // interview (three); a byelaw hearing's exchange after "The exchange was noted
        // as follows." (two); a submission given as the speaker; a stewards' chairman
        // given to "the committee"; a regulator's case presenter's question.
        new("blind181", 45, 0.98, 1.00, 0.94, 0.94),
        // blind182 (a Corsica paper, a glow-worm survey newsletter, a hosepipe
        // restriction notice, a Bahraini wire story, a paddleboarding report, a
        // boundary commission decision), sealed with round thirty-five (f4f341d): P
        // 0.872 (68/78) R 0.861 (68/79), as with 8a0cea3. Misses: a French "Commandant"
        // kept in a name (four); a sous-préfecture's statement given to a place; a
        // boundary hearing's uncued turns (two); a customer forum given short; a
        // minister's and a commuter's words left or carried (two); a race report's
        // partial quote with no cue.
        new("blind182", 45, 0.98, 1.00, 0.96, 0.94),
        // blind183 (a Sardinia paper, a bat group newsletter, a footpath diversion
        // order, a Cambodian wire story, a windsurfing regatta report, a pensions
        // ombudsman decision), sealed with round thirty-five (f4f341d): P 0.910 (71/78)
        // R 0.899 (71/79), as with 8a0cea3. Misses: a consortium and a stopper
        // manufacturer given short (three); a protest hearing's uncued turns (two); a
        // diocese given short; an order's provision with no cue; a pension scheme's
        // words carried to the last speaker.
        new("blind183", 45, 1.00, 1.00, 0.98, 0.97),
        // blind184 (a Gozo paper, a quilting guild newsletter, a bus lane enforcement
        // notice, a Burmese wire story, a camogie final report, a bar standards
        // tribunal decision), sealed with round thirty-five (f4f341d): P 0.835 (66/79)
        // R 0.825 (66/80); 8a0cea3 had one fewer. Misses: an Irish surname (Nic an
        // tSaoir) cut at Nic, a captain and a manager given to the club (five); a
        // tribunal's findings and a barrister's turns (four); Burmese titles (Daw, Ko)
        // kept and a mother's words given to the wrong person (three); a Maltese
        // priest's "Dun" kept in his name; a hospice given short.
        new("blind184", 45, 0.98, 1.00, 0.98, 0.98),
        // blind185 (a Texel paper, a stamp collectors' society newsletter, a festival
        // road closure notice, a Monaco wire story, a strongman contest report, an
        // information commissioner decision), sealed with round thirty-five (f4f341d):
        // P 0.833 (60/72) R 0.759 (60/79), as with 8a0cea3. Misses: a commissioner's
        // investigation exchange and a clinic's statements with no cue (six); a
        // cooperative's and a councillor's words given to others (five); an
        // auctioneer's and a collector's words given to the wrong people (three);
        // consultation responses given as speakers (two); a show organiser given as a
        // role.
        new("blind185", 45, 0.98, 1.00, 0.89, 0.89),
        // blind186 (a Saaremaa island paper, a bell-ringers' newsletter, a cattle grid notice, a Syrian wire
        // story, a kitesurfing report, a press standards ruling), sealed until measured with round
        // thirty-five's code (29ed91d): P 0.841 (58/69) R 0.744 (58/78). Misses: answers to a reporter's
        // unquoted questions (a race director's, a bell founder's), one of a lifeboat crew, an exchange at a
        // public meeting carried from an unnamed resident, a neighbour given as the neighbour, a press
        // regulator's uncued ruling. Round thirty-six took up the questions and the crew. At 3c3e21e (round
        // thirty-six frozen, drawn from these misses): P 0.920 R 0.885.
        new("blind186", 45, 1.00, 0.98, 0.96, 0.93),
        // blind187 (a Lofoten islands paper, a thatchers' guild newsletter, a street trading notice, an Iraqi
        // wire story, a pole vault report, a physiotherapy regulator decision), sealed until measured with
        // round thirty-five's code (29ed91d): P 0.920 (69/75) R 0.873 (69/79). Misses: a body's statements with
        // no cue, a pole vault official's "the official" given to a named athlete, a tribunal's quoted
        // findings, a trader's question carried from the last speaker. At 3c3e21e (round thirty-six frozen,
        // drawn from these misses): P 0.947 R 0.899.
        new("blind187", 45, 0.98, 1.00, 0.97, 0.94),
        // blind188 (a Menorca island paper, a fern society newsletter, a level crossing notice, a Jordanian
        // wire story, a cyclo-cross report, a social housing regulator decision), sealed until measured with
        // round thirty-five's code (29ed91d): P 0.921 (70/76) R 0.897 (70/78). Misses: a Catalan office and its
        // portfolio kept in a name, Dutch surnames with ten and 't, "the cooperative" for a body named before
        // its noun, a society's uncued statement. Round thirty-six took up all but the last. At 3c3e21e (round
        // thirty-six frozen, drawn from these misses): P 1.000 R 0.974.
        new("blind188", 45, 0.98, 1.00, 1.00, 0.97),
        // blind189 (a Rathlin island newsletter, a butterfly recording newsletter, a streetlight notice, a
        // Tunisian wire story, a croquet report, a director disqualification decision), sealed until measured
        // with round thirty-five's code (29ed91d): P 0.986 (73/74) R 0.936 (73/78). Misses: a puffin warden's
        // reported words, a croquet referee's ruling, a butterfly recorder's plea carried from the last
        // speaker. At 3c3e21e (round thirty-six frozen, drawn from these misses): P 0.987 R 0.949.
        new("blind189", 45, 1.00, 1.00, 1.00, 0.97),
        // blind190 (a Lundy island newsletter, a bird ringing newsletter, a river moorings notice, an Algerian
        // wire story, a triathlon report, a traffic penalty adjudication), sealed until round thirty-six was
        // frozen: 29ed91d (session start) and 3c3e21e (round thirty-six frozen) alike, P 0.959 (70/73) R 0.886
        // (70/79). Misses: an adjudicator's uncued findings and a driver's cross-examination turns, "his head"
        // read as a speaker, a consultation respondent given to a lock's name, a marshal's words given by "she"
        // to the marshal.
        new("blind190", 45, 0.98, 1.00, 0.97, 0.97),
        // blind191 (an Elba island paper, an orchid society newsletter, a premises licence notice, a Somali
        // wire story, an ice hockey report, an electoral commission penalty), sealed until round thirty-six was
        // frozen: 29ed91d (session start) and 3c3e21e (round thirty-six frozen) alike, P 0.897 (70/78) R 0.897
        // (70/78). Misses: a letter of support and a team's nickname read as speakers, a party's uncued
        // representation, an orchid thief's letter and a finder's words given to the society's secretary.
        new("blind191", 45, 0.98, 1.00, 0.89, 0.89),
        // blind192 (a Capri island paper, a dry stone walling newsletter, a gas mains roadworks notice, a
        // Sudanese wire story, a motocross report, a residential property tribunal decision), sealed until
        // round thirty-six was frozen: 29ed91d (session start) and 3c3e21e (round thirty-six frozen) alike, P
        // 0.934 (71/76) R 0.899 (71/79). Misses: a tribunal's uncued findings and a landlord's answer, a
        // council team named without its place, "Don" kept before a priest's name, a shopkeeper's words given
        // to "the shopkeeper".
        new("blind192", 45, 1.00, 1.00, 0.94, 0.92),
        // blind193 (a Valentia Island paper, a clock collectors' newsletter, a causeway tidal closure notice,
        // an Iranian wire story, a badminton report, a charity regulator inquiry), sealed until round
        // thirty-six was frozen: 29ed91d (session start) P 0.855 (65/76) R 0.823 (65/79); 3c3e21e (round
        // thirty-six frozen) P 0.842 (64/76) R 0.810 (64/79). Misses: "Haj" kept before a farmer's name and his
        // family given his words, a clock keeper's answers carried from the questioner, a trustee's answers in
        // an inquiry, an accountant and a shuttle read as speakers; round thirty-six gave "the Friends" a
        // hospice's words.
        new("blind193", 45, 1.00, 1.00, 0.89, 0.84),
        // blind194 (a Hiiumaa island paper, a bonsai society newsletter, a noise abatement notice, a Libyan
        // wire story, a luge World Cup report, an employment tribunal judgment), sealed until round thirty-six
        // was frozen and read for round thirty-seven: e88b656 (session start) P 0.946 (70/74) R 0.909 (70/77);
        // 55f8227 (round thirty-seven frozen) P 0.973 (73/75) R 0.948 (73/77). Left: a notice's uncued
        // condition, a cross-examined manager's answers, one resident's words given to a retired fisherman.
        new("blind194", 45, 1.00, 1.00, 1.00, 1.00),
        // blind195 (a Svalbard settlement newsletter, an origami club newsletter, a waste collection notice, an
        // Eritrean wire story, a bobsleigh report, a tax tribunal decision), sealed until round thirty-six was
        // frozen and read for round thirty-seven: e88b656 (session start) P 0.936 (73/78) R 0.912 (73/80);
        // 55f8227 P 0.962 (75/78) R 0.938 (75/80). Left: "our youngest member" not read back to her name, a
        // possessive saint's name cut from a charity's, a veteran mechanic's words carried from a federation, a
        // plumber's answers at a hearing.
        new("blind195", 45, 1.00, 1.00, 0.97, 0.97),
        // blind196 (an Ibiza island paper, a lacemakers' guild newsletter, a fly-tipping enforcement notice, a
        // Chadian wire story, a squash report, a gambling regulator decision), sealed until round thirty-six
        // was frozen and read for round thirty-seven: e88b656 (session start) P 0.923 (72/78) R 0.935 (72/77);
        // 55f8227 P 0.949 (74/78) R 0.961 (74/77). Left: a licensing board's uncued finding, a fisherwoman's
        // words carried from another, an operator's answer carried from the questioner, a sign's wording and a
        // club night's name read as quotes.
        new("blind196", 45, 0.97, 1.00, 0.94, 0.96),
        // blind197 (a Mallorca island paper, a mushroom foragers' newsletter, a dog control order notice, a
        // Malian wire story, a curling report, a teachers' misconduct panel decision), sealed until round
        // thirty-six was frozen and read for round thirty-seven: e88b656 (session start) P 0.821 (64/78) R
        // 0.810 (64/79); 55f8227 P 0.949 (74/78) R 0.937 (74/79). Left: a traders' association's submission
        // read as a speaker, a dog walker's questions given to the councillor she asked, a first-time member
        // given to "the member", an integrity unit's uncued finding.
        new("blind197", 45, 0.98, 1.00, 0.97, 0.97),
        // blind198 (a Rügen island paper, a racing pigeon club newsletter, a footpath diversion order, a
        // Nigerien wire story, a rowing regatta report, a pharmacy regulator decision), sealed until round
        // thirty-seven was frozen: e88b656 (session start) P 0.789 (60/76) R 0.750 (60/80); 55f8227 (round
        // thirty-seven frozen) P 0.779 (60/77) R 0.750 (60/80). Misses: a fancier called by his nickname
        // ("Bunny") throughout, a pharmacist's cross-examination turns, a committee's name cut after
        // "Practise", an order's heading and a cut body's name ("Westmarsh Rights") read as speakers.
        new("blind198", 45, 1.00, 1.00, 0.88, 0.86),
        // blind199 (a Frisian islands paper, a calligraphy circle newsletter, a tree preservation order notice,
        // an Afghan wire story, a sailing regatta report, an ombudsman complaint decision), sealed until round
        // thirty-seven was frozen: e88b656 and 55f8227 alike, P 0.795 (58/73) R 0.725 (58/80). Misses: a
        // protest hearing's questions and answers with no tags and a sailor named by surname only, "Mawlawi"
        // kept before a name, an ombudsman's findings and a council's acceptance with no cue, a policy
        // statement read as a speaker.
        new("blind199", 45, 1.00, 1.00, 0.91, 0.83),
        // blind200 (a Lampedusa island paper, a model railway club newsletter, an alcohol-free zone notice, a
        // Kurdish wire story, a fencing report, a financial ombudsman decision), sealed until round
        // thirty-seven was frozen: e88b656 and 55f8227 alike, P 0.840 (63/75) R 0.787 (63/80). Misses: Italian
        // naval ranks (Capitano di Corvetta, Nostromo) and a Kurdish teacher's title (Mamosta) kept in names, a
        // capital "Di" particle dropped, a bank's call-recording turns and its case given as "the bank".
        new("blind200", 45, 0.98, 1.00, 0.89, 0.83),
        // blind201 (a Procida island paper, a stamp collectors' newsletter, a parking permit notice, a Yemeni
        // wire story, a water polo report, a legal services regulator decision), sealed until round
        // thirty-seven was frozen: e88b656 and 55f8227 alike, P 0.937 (74/79) R 0.937 (74/79). Misses: "Don"
        // kept before a priest's name, an agronomist resolved from a pronoun instead of her name, a lowercase
        // particle surname ("de Maio") not read back to the full name.
        new("blind201", 45, 1.00, 1.00, 0.93, 0.93),
        // blind202 (a Crete island paper, a sweet pea growers' newsletter, a pavement licence notice, a
        // Congolese wire story, a taekwondo report, a press regulator decision), measured sealed with round
        // thirty-seven's code (b888a9b): P 0.883 (68/77) R 0.883 (68/77); round thirty-eight was built on its
        // misses: a Grandmaster's hyphenated given name (Tae-jun) read as a description, an abbot's title lost
        // at the sentence's start, "the union" read on to its championships, "the Star" read as a role.
        new("blind202", 45, 0.98, 1.00, 1.00, 1.00),
        // blind203 (a Lesbos island paper, a traction engine owners' newsletter, a skip permit notice, an
        // Ivorian wire story, a karate report, a racing stewards' inquiry decision), measured sealed with round
        // thirty-seven's code: P 0.919 (68/74) R 0.861 (68/79); round thirty-eight was built on its misses: a
        // given name alone after its owner named with particles (Wilf de la Haye's), questions put to the
        // president before an exchange, an insurer's "it" given to the club, uncued stewards' findings.
        new("blind203", 45, 1.00, 1.00, 0.97, 0.93),
        // blind204 (a Hvar island paper, a change ringers' newsletter, an electoral register canvass notice, an
        // Angolan wire story, an eventing report, a boxing board decision), measured sealed with round
        // thirty-seven's code: P 0.987 (76/77) R 0.950 (76/80); round thirty-eight was built on its misses: a
        // groom not read as a person, a visiting ringer's "he" given to the last man named.
        new("blind204", 45, 1.00, 0.98, 0.98, 0.97),
        // blind205 (an Ischia island paper, a barbershop singers' newsletter, a CCTV notice, a Malagasy wire
        // story, a skateboarding report, a special educational needs tribunal decision), measured sealed with
        // round thirty-seven's code: P 1.000 (77/77) R 0.975 (77/79). Misses: a quartet's turns in a contest
        // hearing with no cue.
        new("blind205", 45, 1.00, 1.00, 1.00, 0.98),
        // blind206 (a Pantelleria island paper, a family history society newsletter, a conservation area
        // notice, an Indonesian wire story, an alpine skiing report, a prisons ombudsman decision), sealed
        // until round thirty-eight was frozen: b888a9b and 0ea9512 alike, P 0.947 (71/75) R 0.922 (71/77).
        // Misses: a regent's office and "Haji" kept in his name, a farmer named only by one name (Sumarni) left
        // as "one farmer", a directorate's name cut, uncued council and jury findings.
        new("blind206", 45, 1.00, 1.00, 0.94, 0.92),
        // blind207 (a Sylt island paper, a horologists' newsletter, a listed building consent notice, a Thai
        // wire story, a Gaelic football report, a motor ombudsman decision), sealed until round thirty-eight
        // was frozen: b888a9b and 0ea9512 alike, P 0.897 (70/78) R 0.886 (70/79). Misses: a German state
        // office's name cut (Landesamt für …), "one St Fiachra's supporter" read as a possessive role, a
        // garage's acceptance carried from the complainant, an unnamed official given a name met before.
        new("blind207", 45, 1.00, 0.98, 0.92, 0.91),
        // blind208 (an Islay island paper, a wargamers' club newsletter, an asset of community value notice, a
        // Laotian wire story, a dragon boat report, an energy regulator decision), sealed until round
        // thirty-eight was frozen: b888a9b and 0ea9512 alike, P 0.935 (72/77) R 0.900 (72/80). Misses: a Gaelic
        // distillery manager's "He" given to the distillery, one stillman's words given to the manager, a
        // committee given as the society, uncued council and regulator findings.
        new("blind208", 45, 1.00, 1.00, 0.94, 0.91),
        // blind209 (an Ameland island paper, a woodcarvers' guild newsletter, a market relocation notice, a
        // Myanmar wire story, a clay pigeon shooting report, an election court decision), sealed until round
        // thirty-eight was frozen: b888a9b and 0ea9512 alike, P 0.908 (69/76) R 0.873 (69/79). Misses: "Major"
        // kept before a referee's surname, an abbot and a senior official given names met before, a church
        // council's wording with no cue, a spectator's words given to the referee.
        new("blind209", 45, 1.00, 1.00, 0.94, 0.91),
        // blind210 (a Stromboli island paper, a chrysanthemum society newsletter, a parking suspension notice,
        // a Palestinian wire story, a real tennis report, a health service ombudsman decision), measured sealed
        // with round thirty-eight's code (2fb8d42): P 0.890 (65/73) R 0.844 (65/77); round thirty-nine was
        // built on its misses: an ombudsman's own investigator and clinical adviser, and an administrator met
        // as a sentence's object, given a manager named later; "Maresciallo" kept before a name. With round
        // thirty-nine: 70/74.
        new("blind210", 45, 1.00, 0.98, 0.94, 0.90),
        // blind211 (a Rhodes island paper, a bantam breeders' newsletter, a cycle lane consultation notice, an
        // Emirati wire story, a rugby sevens report, an immigration tribunal decision), measured sealed with
        // round thirty-eight's code: P 0.838 (62/74) R 0.795 (62/78); round thirty-nine was built on its
        // misses: "Sheikh" kept after "His Highness" and "H.E." before a name, an ephorate's name cut at "of",
        // a probation officer's letter given to the appellant. With round thirty-nine: 69/74.
        new("blind211", 45, 1.00, 0.98, 0.98, 0.91),
        // blind212 (a Naxos island paper, a reptile keepers' newsletter, a traffic regulation order notice, a
        // Saudi wire story, an Australian rules report, a judicial conduct decision), measured sealed with
        // round thirty-eight's code: P 0.857 (66/77) R 0.835 (66/79). Misses: a defendant's words given to the
        // solicitor whose relative clause named him, a Greek group's name cut at "tou", hauliers' and council
        // wording with no cue. With round thirty-nine: 67/77.
        new("blind212", 45, 1.00, 1.00, 0.91, 0.89),
        // blind213 (a Korčula island paper, a typewriter collectors' newsletter, a hackney carriage licensing
        // notice, a Comoran wire story, a snowboard cross report, a rail regulator decision), measured sealed
        // with round thirty-eight's code: P 0.908 (69/76) R 0.896 (69/77); round thirty-nine was built on its
        // misses: "Don" kept before a priest's name, "the company" not read back to a French firm named in
        // apposition to "the operator". With round thirty-nine: 71/76.
        new("blind213", 45, 1.00, 1.00, 0.94, 0.93),
        // blind214 (a Jeju island paper, a crochet circle newsletter, a bus stop relocation notice, a Cuban
        // wire story, a Nordic combined report, an optical council decision), sealed until round thirty-nine
        // was frozen: 2fb8d42 and 6ca6783 alike, P 0.935 (72/77) R 0.923 (72/78). Misses: a diver's words given
        // to another woman named before, a jury's finding carried from a skier, the optometrist's "he" given to
        // a pseudonymous patient.
        new("blind214", 45, 0.98, 1.00, 0.96, 0.94),
        // blind215 (an Okinawa island paper, a fuchsia society newsletter, a busking licence notice, a Haitian
        // wire story, a Basque pelota report, a broadcasting standards decision), sealed until round
        // thirty-nine was frozen: 2fb8d42 and 6ca6783 alike, P 0.973 (72/74) R 0.923 (72/78); the writer left
        // ".txt" off the document column, added before measuring. Misses: a residents' association and a trials
        // network with no cue, "417th" cut from an air wing's name, a caller's words on a phone-in.
        new("blind215", 45, 1.00, 1.00, 0.98, 0.94),
        // blind216 (a Tasmania island paper, a lepidopterists' newsletter, a filming permit notice, a Kyrgyz
        // wire story, an ultimate frisbee report, an architects' registration board decision), sealed until
        // round thirty-nine was frozen: 2fb8d42 and 6ca6783 alike, P 0.890 (65/73) R 0.823 (65/79). Misses:
        // Kyrgyz patronymics (uulu, kyzy) cut from names, a herder known by one name (Ermek), an agency head's
        // words given to the agency, a film company's name cut, uncued turns.
        new("blind216", 45, 1.00, 1.00, 0.96, 0.92),
        // blind217 (a Martinique island paper, a rose society newsletter, a bridleway diversion notice, a
        // Mongolian wire story, a steeplechase report, a financial ombudsman decision), sealed until round
        // thirty-nine was frozen: 2fb8d42 and 6ca6783 alike, P 0.920 (69/75) R 0.896 (69/77). Misses: "M."
        // (Monsieur) kept before a name, "plc" and a leading word cut from bodies' names, an order's title read
        // as a speaker, a steward's words given to the last man named.
        new("blind217", 45, 1.00, 1.00, 0.94, 0.93),
        // blind218 (a Cyprus regional paper, a heather society newsletter, a planning application notice, a
        // Laotian wire story, a boules report, a parliamentary ombudsman decision), measured sealed with round
        // thirty-nine's code (315ffde): P 0.922 (71/77) R 0.887 (71/80); 0.987 (77/78) / 0.963 (77/80) once
        // round forty was frozen. Misses left: "Nai Ban", a Lao village head's title, kept before a name; a
        // landed estate that "said in a statement".
        new("blind218", 45, 0.98, 1.00, 0.98, 0.97),
        // blind219 (a Sicily island paper, a lily growers' newsletter, an alcohol licence notice, a Kosovar
        // wire story, a kendo report, a dental council decision), measured sealed with round thirty-nine's code
        // (315ffde): P 0.934 (71/76) R 0.910 (71/78); 1.000 (78/78) / 1.000 (78/78) once round forty was
        // frozen.
        new("blind219", 45, 0.98, 1.00, 1.00, 1.00),
        // blind220 (a Hokkaido regional paper, a camellia society newsletter, a compulsory purchase notice, a
        // Moroccan wire story, a racquetball report, a health and care professions tribunal decision), measured
        // sealed with round thirty-nine's code (315ffde): P 0.947 (71/75) R 0.899 (71/79); 0.987 (74/75) /
        // 0.937 (74/79) once round forty was frozen. Misses left: a letter "written in 1831 by" its author that
        // "describes", uncued turns of an exchange at a hearing.
        new("blind220", 45, 1.00, 1.00, 0.98, 0.94),
        // blind221 (a Tenerife island paper, a rhododendron group newsletter, a common land consent notice, a
        // Mozambican wire story, a softball report, a sports arbitration decision), measured sealed with round
        // thirty-nine's code (315ffde): P 0.917 (66/72) R 0.835 (66/79); 0.932 (69/74) / 0.873 (69/79) once
        // round forty was frozen. Misses left: a consent notice's uncued exchange and bodies' views with no
        // cue, a diary's words, a player's evidence at an appeal.
        new("blind221", 45, 1.00, 1.00, 0.97, 0.92),
        // blind222 (a Chios island paper, a marquetry society newsletter, a litter enforcement notice, a
        // Peruvian wire story, a powerboat racing report, a council standards committee decision), sealed until
        // round forty was frozen: 315ffde and 7058690 alike, P 0.922 (71/77) R 0.899 (71/79). Misses: a double
        // Andean surname (de la Cruz Ccori), an observatory's findings with no cue, a returning villager's
        // words.
        new("blind222", 45, 0.98, 1.00, 0.93, 0.92),
        // blind223 (a Mauritius island paper, a woodturning club newsletter, a graffiti removal notice, a
        // Colombian wire story, a kickboxing report, a human rights commission decision), sealed until round
        // forty was frozen: 315ffde and 7058690 alike, P 0.921 (70/76) R 0.875 (70/80). Misses: uncued answers
        // in a club's question-and-answer, a fighter's answers to a reporter, a text message quoted in a
        // decision.
        new("blind223", 45, 1.00, 1.00, 0.94, 0.91),
        // blind224 (a Guadeloupe island paper, an accordion players' newsletter, a pavement licence notice, a
        // Venezuelan wire story, a floorball report, a children's commissioner decision), sealed until round
        // forty was frozen: 315ffde P 0.935 (72/77) R 0.911 (72/79); 7058690 P 0.948 (73/77) R 0.924 (73/79).
        // Misses: a child known by a label (Child A) with no cue, a fuel distributor's figures, an
        // observatory's bulletin.
        new("blind224", 45, 1.00, 1.00, 0.96, 0.92),
        // blind225 (a Penang regional paper, an alpaca breeders' newsletter, an advertisement consent notice, a
        // Costa Rican wire story, a highland games report, an accountants' disciplinary tribunal decision),
        // sealed until round forty was frozen: 315ffde and 7058690 alike, P 0.915 (65/71) R 0.833 (65/78).
        // Misses: a tribunal's uncued cross-examination, an institute's name holding "of" twice, a tour guide's
        // words, a civic society's objection.
        new("blind225", 45, 1.00, 0.98, 0.94, 0.91),
        // blind226 (a Santorini island paper, a bellringers' guild newsletter, a house in multiple occupation
        // licence notice, an Equatorial Guinean wire story, a cyclocross report, a press standards ruling),
        // measured sealed with round forty's code (288c127): P 0.933 (70/75) R 0.897 (70/78); 0.962 (75/78) R
        // 0.962 (75/78) once round forty-one was frozen (f8f1cc7). Misses left: an association of families
        // named in its own language after the quote, an occupier quoted inside a complaint ("a complaint from
        // one occupier, who wrote").
        new("blind226", 45, 1.00, 1.00, 0.97, 0.97),
        // blind227 (a Bermuda island paper, a lacemakers' society newsletter, a scrap metal dealer's licence
        // notice, a Bissau-Guinean wire story, a paragliding report, an estate agents' redress decision),
        // measured sealed with round forty's code (288c127): P 0.893 (67/75) R 0.848 (67/79); 0.946 (70/74) R
        // 0.886 (70/79) once round forty-one was frozen (f8f1cc7). Misses left: a reported question with no one
        // named ("I asked whether …") before its answer, a clerk who "recorded" words, a governing body whose
        // name holds "of".
        new("blind227", 45, 1.00, 1.00, 0.94, 0.88),
        // blind228 (a Barbados island paper, a clock collectors' newsletter, a caravan site licence notice, a
        // Burkinabe wire story, a sambo report, a bar disciplinary tribunal decision), measured sealed with
        // round forty's code (288c127): P 0.944 (68/72) R 0.861 (68/79); 0.947 (72/76) R 0.911 (72/79) once
        // round forty-one was frozen (f8f1cc7). Misses left: a possessive brand name (Hallett's Rum) cut to its
        // last word, a fighter's uncued answer, a chambers member quoted after "the same barrister".
        new("blind228", 45, 1.00, 1.00, 0.96, 0.92),
        // blind229 (a Prince Edward Island paper, a bagpipe society newsletter, an animal boarding licence
        // notice, a Comorian wire story, a muay thai report, an architects' registration board decision),
        // measured sealed with round forty's code (288c127): P 0.949 (75/79) R 0.949 (75/79); 0.949 (75/79) R
        // 0.949 (75/79) once round forty-one was frozen (f8f1cc7). Misses left: an email quoted in a decision
        // given to the committee, an injured resident resumed by a pronoun and a role, a drummer's question in
        // a newsletter.
        new("blind229", 45, 1.00, 1.00, 0.96, 0.96),
        // blind230 (a Kodiak island paper, a fly tyers' club newsletter, an environmental permit notice, a
        // South Sudanese wire story, a disc golf report, an employment appeal tribunal judgment), sealed until
        // round forty-one was frozen: 288c127 P 0.934 (71/76) R 0.887 (71/80); f8f1cc7 P 0.947 (72/76) R 0.900
        // (72/80). Misses: uncued cross-examination turns at an employment appeal, the tribunal's reasons as a
        // running quote, a winner's answers to a reporter.
        new("blind230", 45, 1.00, 1.00, 0.97, 0.92),
        // blind231 (a Tahiti island paper, an auricula society newsletter, a zoo licence notice, a Basotho wire
        // story, a rodeo report, an auditor general's report), sealed until round forty-one was frozen: 288c127
        // and f8f1cc7 alike, P 0.847 (61/72) R 0.782 (61/78). Misses: a title kept in the speaker's name
        // (Auditor-General Imelda Castellanos-Reeve), villagers' uncued turns at a meeting, a rodeo judge and a
        // mother confused, an extraction error on a name after a quote.
        new("blind231", 45, 0.98, 0.98, 0.89, 0.85),
        // blind232 (a Palawan island paper, a ukulele orchestra newsletter, a smoke control area notice, a
        // Singaporean wire story, a sled dog race report, a privacy commissioner's finding), sealed until round
        // forty-one was frozen: 288c127 and f8f1cc7 alike, P 0.842 (64/76) R 0.821 (64/78). Misses: a Filipino
        // title (Kagawad) kept and a given name read as a surname (Dr Maricel …), a place read as a person
        // (Slate Creek), an investigator's uncued questions.
        new("blind232", 45, 1.00, 1.00, 0.90, 0.88),
        // blind233 (a Shikoku regional paper, a heraldry society newsletter, a temporary event notice, a
        // Micronesian wire story, a futsal report, a utility regulator's decision), sealed until round
        // forty-one was frozen: 288c127 and f8f1cc7 alike, P 0.987 (77/78) R 0.975 (77/79). Misses: a resident
        // resumed by "she" after another woman was named, a report's words with no cue.
        new("blind233", 45, 1.00, 1.00, 0.98, 0.97),
        // blind234 (an Aruba island paper, a coin collectors' newsletter, a parking order notice, a Dominican
        // wire story, a stock car report, a water regulator's decision), measured sealed with round forty-one's
        // code (c79e348): P 0.961 (74/77) R 0.937 (74/79); 0.961 (74/77) R 0.937 (74/79) once round forty-two
        // was frozen (da41fe7). Misses left: questions at a hearing with no asker named, a resident resumed by
        // "she" after another woman, a senior official's words given to the body he works for.
        new("blind234", 45, 1.00, 1.00, 0.96, 0.93),
        // blind235 (a Curaçao island paper, a glassblowers' guild newsletter, a market rights notice, a Swazi
        // wire story, a tenpin bowling report, a first-tier tribunal decision), measured sealed with round
        // forty-one's code (c79e348): P 0.847 (61/72) R 0.782 (61/78); 0.972 (70/72) R 0.897 (70/78) once round
        // forty-two was frozen (da41fe7). Misses left: a body's written submission ("whose written submission
        // states"), a report "of" an officer, a resident of Tanner's Row read as a person, a fire service's
        // finding.
        new("blind235", 45, 1.00, 1.00, 1.00, 0.94),
        // blind236 (a Tobago island paper, a crossword setters' newsletter, a water abstraction licence notice,
        // a Bahamian wire story, a billiards report, an energy regulator's decision), measured sealed with
        // round forty-one's code (c79e348): P 0.915 (65/71) R 0.823 (65/79); 0.958 (68/71) R 0.861 (68/79) once
        // round forty-two was frozen (da41fe7). Misses left: a setter's uncued answers, a body's words in a
        // farm licence notice, a council's words carried to a minister, a regulator's finding.
        new("blind236", 45, 0.98, 0.98, 0.95, 0.86),
        // blind237 (a Newfoundland regional paper, a steam engine society newsletter, a marine licence notice,
        // a Barbadian wire story, a beach soccer report, an upper tribunal decision), measured sealed with
        // round forty-one's code (c79e348): P 0.907 (68/75) R 0.861 (68/79); 0.920 (69/75) R 0.873 (69/79) once
        // round forty-two was frozen (da41fe7). Misses left: a resident's uncued questions to a mayor, a
        // reporter's question at a press visit, a volunteer known only by description, a conservancy's
        // objection.
        new("blind237", 45, 1.00, 0.98, 0.92, 0.88),
        // blind238 (a Vancouver Island paper, a classic motorcycle club newsletter, a stopping up order notice,
        // a Grenadian wire story, an Aussie rules report, an actuaries' tribunal decision), sealed until round
        // forty-two was frozen: c79e348 and da41fe7 alike, P 0.918 (67/73) R 0.859 (67/78). Misses: a team name
        // (Ravens) read as a speaker, a passenger's uncued question at a ferry meeting, a body's department
        // (Democratic Services) given a respondent's words, uncued hearing turns.
        new("blind238", 45, 1.00, 1.00, 0.93, 0.89),
        // blind239 (a Maui island paper, an embroidery guild newsletter, a street collection permit notice, an
        // Antiguan wire story, a wheelchair rugby report, a legal services ombudsman's decision), sealed until
        // round forty-two was frozen: c79e348 and da41fe7 alike, P 0.917 (66/72) R 0.835 (66/79). Misses: an
        // ombudsman investigator's uncued exchange with a solicitor, a law firm's name cut after its particle
        // (van der Lyn LLP), a child's question with no cue.
        new("blind239", 45, 1.00, 1.00, 0.94, 0.89),
        // blind240 (a Nantucket island paper, a vinyl collectors' newsletter, a pet shop licence notice, a
        // Kittitian wire story, a goalball report, a medical practitioners' tribunal decision), sealed until
        // round forty-two was frozen: c79e348 and da41fe7 alike, P 0.897 (70/78) R 0.886 (70/79). Misses: a
        // title kept in the name (Harbormaster, the American spelling), a footpath (Shore Path) read as a
        // person, a "written submission" read as a speaker, a doctor's uncued answers.
        new("blind240", 45, 1.00, 1.00, 0.94, 0.93),
        // blind241 (a Kangaroo Island paper, a carnivorous plant society newsletter, a dangerous wild animal
        // licence notice, a Vincentian wire story, a boccia report, a broadcasting regulator's decision),
        // sealed until round forty-two was frozen: c79e348 and da41fe7 alike, P 0.880 (66/75) R 0.857 (66/77).
        // Misses: a broadcasting licensee (the Licensee) read as a name, a grower's uncued answers to
        // questions, an owner's answers carried on to an inspector.
        new("blind241", 45, 1.00, 0.98, 0.90, 0.89),
        // blind242 (a Stewart Island paper, a handbell ringers' newsletter, a sex establishment licence notice,
        // a Monégasque wire story, a woodchopping report, a court of appeal judgment summary), measured sealed
        // with round forty-two's code (e111b9c): P 0.885 (69/78) R 0.863 (69/80); 0.936 (73/78) R 0.912 (73/80)
        // once round forty-three was frozen (c0d5cbd). Misses left: a body's name read off its place (Rivage),
        // a woodchopper's rival's words carried on, a licensing committee's reasons with no cue.
        new("blind242", 45, 0.98, 1.00, 0.96, 0.96),
        // blind243 (a Chatham Islands paper, a tap dance society newsletter, a highway licence notice, a
        // Sammarinese wire story, an arm wrestling report, a police conduct watchdog's findings), measured
        // sealed with round forty-two's code (e111b9c): P 0.822 (60/73) R 0.759 (60/79); 0.868 (66/76) R 0.835
        // (66/79) once round forty-three was frozen (c0d5cbd). Misses left: a San Marino title cut into the
        // name (Captain Regent, Secretary of State for Internal Affairs), a ferry operator read as a woman, a
        // council head read as a name.
        new("blind243", 45, 1.00, 0.98, 0.86, 0.83),
        // blind244 (a New Caledonia paper, a miniature horse breeders' newsletter, an exhumation licence
        // notice, an Israeli wire story, a sitting volleyball report, a press council's ruling), measured
        // sealed with round forty-two's code (e111b9c): P 0.859 (61/71) R 0.772 (61/79); 0.878 (65/74) R 0.823
        // (65/79) once round forty-three was frozen (c0d5cbd). Misses left: an exhibitor resumed by "she" after
        // a named woman, a French honorific (M.) kept, a desalination exchange's uncued turns, a newspaper
        // editor's uncued answers.
        new("blind244", 45, 0.97, 1.00, 0.89, 0.84),
        // blind245 (a Cebu paper, a peony growers' newsletter, a pedlar's certificate notice, a Tibetan exile
        // wire story, a lawn bowls report, a health and safety regulator's prosecution notice), measured sealed
        // with round forty-two's code (e111b9c): P 0.747 (59/79) R 0.747 (59/79); 0.797 (63/79) R 0.797 (63/79)
        // once round forty-three was frozen (c0d5cbd). Misses left: Tibetan titles used once (Khenpo, Kalon)
        // kept in the name, a barangay read as a speaker, a pedlar's words given to the trader in a notice, a
        // judge read as a speaker.
        new("blind245", 45, 1.00, 1.00, 0.89, 0.89),
        // blind246 (a Lombok paper, a ventriloquists' guild newsletter, a film permit notice, a Uyghur diaspora
        // wire story, a dog agility report, a public audit office's report), sealed until round forty-three was
        // frozen: e111b9c and c0d5cbd alike, P 0.987 (75/76) R 0.949 (75/79). Misses: an archive's uncued
        // answer, "the post" read as a name, a surf exchange's uncued turns.
        new("blind246", 45, 1.00, 1.00, 0.98, 0.94),
        // blind247 (a Langkawi paper, a juggling club newsletter, a drone restriction notice, an Inuit
        // community wire story, a sled hockey report, a language commissioner's report), sealed until round
        // forty-three was frozen: e111b9c P 0.948 (73/77) R 0.924 (73/79); c0d5cbd P 0.949 (74/78) R 0.937
        // (74/79). Misses: a passenger (one of them) resumed by "she", a Malaysian engineer's title (Ir.) read
        // as the name, a drone notice's objector with no cue.
        new("blind247", 45, 0.98, 1.00, 0.94, 0.93),
        // blind248 (a Phuket paper, a steel pan association newsletter, a neighbourhood plan referendum notice,
        // an island wire story, a synchronised swimming report, an ombudsperson's decision), sealed until round
        // forty-three was frozen: e111b9c and c0d5cbd alike, P 0.767 (56/73) R 0.709 (56/79). Misses: a Thai
        // village headman's title (Kamnan) kept in the name, a newsletter's name (Pan Notes) read as a speaker,
        // an ombudsperson's transcript turns with no asker named, a club's post read as its words.
        new("blind248", 45, 0.98, 1.00, 0.82, 0.75),
        // blind249 (a Corfu paper, a taxidermy guild newsletter, a boundary review notice, a divided-island
        // wire story, a tractor pulling report, a heritage council's listing decision), sealed until round
        // forty-three was frozen: e111b9c and c0d5cbd alike, P 0.899 (71/79) R 0.887 (71/80). Misses: a family
        // read as a speaker (her family, his own family), a force named short, a heritage council's finding
        // with no cue.
        new("blind249", 45, 0.98, 1.00, 0.91, 0.91),
        // blind250 (a Hainan paper, a unicycling club newsletter, a local plan examination notice, a Corsican
        // wire story, a canicross report, a rent tribunal decision), measured sealed with round forty-three's
        // code (008e9ac): P 0.882 (67/76) R 0.848 (67/79); 0.947 (72/76) R 0.911 (72/79) once round forty-four
        // was frozen (d942fc4). Misses left: a council report's findings and a tenant's uncued answers in a
        // rent tribunal's decision, a letting agent's letter given to the tribunal, a parish council's words
        // carried from a resident, a husband named in apposition resumed by "he" after another man.
        new("blind250", 45, 0.98, 1.00, 0.94, 0.91),
        // blind251 (a Kinmen paper, a budgerigar society newsletter, a bye-law consultation notice, a Sardinian
        // wire story, a para-cycling report, a medical council fitness-to-practise decision), measured sealed
        // with round forty-three's code (008e9ac): P 0.908 (69/76) R 0.885 (69/78); 0.908 (69/76) R 0.885
        // (69/78) once round forty-four was frozen (d942fc4). Misses left: an Italian rank cut into the name
        // (Commissario Capo), a Taiwanese ferryman's "he" after a bridge official, a respondent read off a
        // beach's name, a patient's statement given to the tribunal, a hospital trust's finding with no cue.
        new("blind251", 45, 1.00, 1.00, 0.94, 0.92),
        // blind252 (an Ulleung paper, a vintage bus preservation newsletter, a marriage venue approval notice,
        // a Gagauz wire story, a bog snorkelling report, a bar council disciplinary decision), measured sealed
        // with round forty-three's code (008e9ac): P 0.907 (68/75) R 0.872 (68/78); 0.923 (72/78) R 0.923
        // (72/78) once round forty-four was frozen (d942fc4). Misses left: a Gagauz title (Başkan) kept in the
        // name, a coach met by "who coaches" resumed as "the coach", a tribunal chair resumed as "the chair"
        // after counsel, a barrister's uncued statement in cross-examination, a cooperative chairman's uncued
        // answer given to the biologist.
        new("blind252", 45, 1.00, 1.00, 0.94, 0.94),
        // blind253 (a Sakhalin paper, a watermill trust newsletter, a burial ground closure notice, a Ladin
        // valley wire story, a cheese rolling report, a pharmacy council decision), measured sealed with round
        // forty-three's code (008e9ac): P 0.961 (74/77) R 0.937 (74/79); 0.974 (75/77) R 0.949 (75/79) once
        // round forty-four was frozen (d942fc4). Misses left: an expert's report read as "an expert", a lift
        // company's study given to the company named short, a bereavement manager's report with no cue.
        new("blind253", 45, 1.00, 1.00, 0.98, 0.96),
        // blind254 (a Réunion paper, a lapidary club newsletter, a harbour revision order notice, a Sorbian
        // wire story, a gig rowing report, a sports tribunal decision), sealed until round forty-four was
        // frozen: 008e9ac and d942fc4 alike, P 0.893 (67/75) R 0.870 (67/77). Misses: a Sorbian headteacher's
        // title (Direktorka) kept in the name, harbour commissioners named short, a sports tribunal's panel and
        // an athlete's uncued answers, an agency named short.
        new("blind254", 45, 0.98, 1.00, 0.90, 0.88),
        // blind255 (a St Lucia paper, a hurdy-gurdy players' newsletter, a rights of way modification notice, a
        // Breton wire story, a sand yachting report, a nursing council decision), sealed until round forty-four
        // was frozen: 008e9ac and d942fc4 alike, P 0.974 (76/78) R 0.974 (76/78). Misses: a fish auction
        // operator resumed as a role after a union man.
        new("blind255", 45, 1.00, 1.00, 0.97, 0.97),
        // blind256 (a Kefalonia paper, a concertina club newsletter, a dangerous structure notice, a Kashubian
        // wire story, an ice speedway report, a fisheries tribunal decision), sealed until round forty-four was
        // frozen: 008e9ac P 0.819 (59/72) R 0.738 (59/80); d942fc4 P 0.824 (61/74) R 0.762 (61/80). Misses:
        // Greek and Kashubian titles (Kyria, Wójt) kept in the name, a terrace read as a speaker, a race clerk
        // read as a name, a fisheries tribunal's uncued turns.
        new("blind256", 45, 1.00, 1.00, 0.90, 0.85),
        // blind257 (a Zakynthos paper, a gamelan ensemble newsletter, a charity collection permit notice, an
        // Occitan wire story, a Walloon football report, a public service commission decision), sealed until
        // round forty-four was frozen: 008e9ac and d942fc4 alike, P 0.883 (68/77) R 0.850 (68/80). Misses: an
        // Indonesian honorific (Pak) kept in the name, a French M. kept, a union named short, a permit
        // hearing's uncued questions, a trader resumed wrongly.
        new("blind257", 45, 1.00, 1.00, 0.97, 0.96),
        // blind258 (a Samos paper, a genealogy society newsletter, a polling district review notice, a Tatar
        // wire story, a kayak polo report, an ethics commission decision), measured sealed with round
        // forty-four's code (baf7cca): P 1.000 (79/79) R 1.000 (79/79); 1.000 (79/79) R 1.000 (79/79) once
        // round forty-five was frozen (f084ad1). No miss.
        new("blind258", 45, 0.98, 1.00, 1.00, 1.00),
        // blind259 (a Taiwan east-coast paper, a postcard collectors' newsletter, a community asset listing
        // notice, a Chuvash wire story, an underwater hockey report, a health professions council decision),
        // measured sealed with round forty-four's code (baf7cca): P 0.907 (68/75) R 0.861 (68/79); 0.921
        // (70/76) R 0.886 (70/79) once round forty-five was frozen (f084ad1). Misses left: a Taiwanese noodle
        // seller's "she" given to a man, a pub's friends group and a parents' committee's words uncued or named
        // short, a health professions hearing's uncued answers and a testimonial read as a speaker.
        new("blind259", 45, 0.98, 1.00, 0.93, 0.88),
        // blind260 (a Penghu paper, a thimble collectors' newsletter, a library closure consultation notice, an
        // Aymara wire story, a quidditch report, a surveyors' institution decision), measured sealed with round
        // forty-four's code (baf7cca): P 0.873 (69/79) R 0.873 (69/79); 0.936 (73/78) R 0.924 (73/79) once
        // round forty-five was frozen (f084ad1). Misses left: a Friends group named short, a cabinet member
        // read as "one member", a surveyors' panel named short, an expert's answer carried to a street's name.
        new("blind260", 45, 0.98, 1.00, 0.93, 0.92),
        // blind261 (a Ryukyu paper, a weaving guild newsletter, a Sunday trading hours notice, a Guarani wire
        // story, a wife carrying report, an engineering council decision), measured sealed with round
        // forty-four's code (baf7cca): P 0.922 (71/77) R 0.910 (71/78); 0.948 (73/77) R 0.936 (73/78) once
        // round forty-five was frozen (f084ad1). Misses left: a garden centre called "the company", a licensing
        // sub-committee named short, an engineering council hearing's uncued question.
        new("blind261", 45, 1.00, 1.00, 0.96, 0.94),
        // blind262 (a Mindoro paper, a kazoo orchestra newsletter, a tattoo studio licence notice, a Maori wire
        // story, a crazy golf report, a teaching council decision), sealed until round forty-five was frozen:
        // baf7cca and f084ad1 alike, P 0.892 (66/74) R 0.825 (66/80). Misses: Filipino and Maori titles
        // (Kagawad, Kaumātua) kept in the name, a golfer's "he" and "she" given wrongly, a tattoo licence
        // hearing's uncued answers, bodies' words with no cue.
        new("blind262", 45, 1.00, 1.00, 0.98, 0.95),
        // blind263 (a Bohol paper, a harmonica club newsletter, a street party road closure notice, an Asturian
        // wire story, a toe wrestling report, a police complaints decision), sealed until round forty-five was
        // frozen: baf7cca and f084ad1 alike, P 0.921 (70/76) R 0.875 (70/80). Misses: a street party notice's
        // representations with no cue, an operator, a resident and an objector each resumed by role and all
        // given to one woman, a police complaint's roadside exchange uncued, "the historian" given to the wrong
        // man.
        new("blind263", 45, 1.00, 1.00, 0.93, 0.90),
        // blind264 (a Siquijor paper, a shire horse society newsletter, a market charter consultation notice, a
        // Rusyn wire story, a worm charming report, a copyright tribunal decision), sealed until round
        // forty-five was frozen: baf7cca and f084ad1 alike, P 0.910 (71/78) R 0.887 (71/80). Misses: Filipino
        // titles (Kagawad, Lola) kept in the name, a copyright tribunal's uncued turns and a tariff's title
        // read as a quote, a surveyor's finding on a church with no cue.
        new("blind264", 45, 0.98, 1.00, 0.92, 0.90),
        // blind265 (a Kythira paper, a seaweed foraging newsletter, a riding establishment licence notice, a
        // Buryat wire story, a stone skimming report, a racing appeal board decision), sealed until round
        // forty-five was frozen: baf7cca and f084ad1 alike, P 0.907 (68/75) R 0.872 (68/78). Misses: a Buryat
        // lama's title kept in the name, a riding licence hearing's uncued turns and a sub-committee named
        // short, a racing appeal's findings given to a newspaper.
        new("blind265", 45, 1.00, 0.98, 0.93, 0.92),
        // blind266 (a Camiguin paper, a beer mat collectors' newsletter, an empty homes notice, an Udmurt wire
        // story, a pea shooting report, a trade mark opposition decision), measured sealed with round
        // forty-five's code (c8bab51): P 0.974 (75/77) R 0.974 (75/77); 0.987 (76/77) R 0.987 (76/77) once
        // round forty-six was frozen (f30633f). Misses left: an applicant company resumed as "the applicant"
        // given to counsel.
        new("blind266", 45, 1.00, 1.00, 0.98, 0.98),
        // blind267 (a Brač paper, a hand spinning guild newsletter, a parish poll notice, an Amazigh wire
        // story, a conker report, a wine appellation board decision), measured sealed with round forty-five's
        // code (c8bab51): P 0.821 (64/78) R 0.800 (64/80); 0.872 (68/78) R 0.850 (68/80) once round forty-six
        // was frozen (f30633f). Misses left: a wine board hearing's uncued turns and its President, a
        // minister's answers given to a foreman, a head teacher's "she" given to a foreman, a champion's
        // tribute given to the player "the new champion" named, a syndicate's finding with no cue.
        new("blind267", 45, 1.00, 1.00, 0.87, 0.85),
        // blind268 (an Ikaria paper, a dolls' house miniaturists' newsletter, a dog breeding licence notice, an
        // Aragonese wire story, a gurning report, a kennel club disciplinary decision), measured sealed with
        // round forty-five's code (c8bab51): P 0.897 (70/78) R 0.886 (70/79); 0.923 (72/78) R 0.911 (72/79)
        // once round forty-six was frozen (f30633f). Misses left: a caller's uncued turns, a judge's words
        // given to the runner-up, a forum poster resumed as "the author of the post", two councils' words given
        // to each other.
        new("blind268", 45, 1.00, 1.00, 0.93, 0.92),
        // blind269 (a Paros paper, a mandolin orchestra newsletter, an advertisement consent notice, a Livonian
        // wire story, a bossaball report, a notaries' chamber decision), measured sealed with round
        // forty-five's code (c8bab51): P 0.904 (66/73) R 0.846 (66/78); 0.959 (70/73) R 0.897 (70/78) once
        // round forty-six was frozen (f30633f). Misses left: a net-mender's question carried from an official,
        // an outdoor media firm's application with no cue, a chair's finding with no cue.
        new("blind269", 45, 1.00, 1.00, 0.96, 0.93),
        // blind270 (an Andros paper, a terrarium keepers' newsletter, a boarding kennel licence notice, a
        // Karelian wire story, a shin kicking report, an interpreters' register decision), sealed until round
        // forty-six was frozen: c8bab51 and f30633f alike, P 0.945 (69/73) R 0.873 (69/79). Misses: a
        // resident's "he" given to a mayor, a kennel hearing's uncued turns, a keepers' circle and a water
        // authority named short or not at all, the register named short, a contest's uncued exchange.
        new("blind270", 45, 1.00, 1.00, 0.94, 0.87),
        // blind271 (a Tinos paper, a canary fanciers' newsletter, an HMO licence notice, a Mapuche wire story,
        // an egg throwing report, a pilotage authority decision), sealed until round forty-six was frozen:
        // c8bab51 and f30633f alike, P 0.933 (70/75) R 0.897 (70/78). Misses: a pilotage inquiry's uncued
        // turns, a canary circle named "the committee", a society's rule carried from a thrower, a chair's
        // finding with no cue.
        new("blind271", 45, 1.00, 1.00, 0.93, 0.92),
        // blind272 (a Lefkada paper, a cigarette card collectors' newsletter, a pawnbroker's licence notice, a
        // Friulian wire story, a sheep shearing report, an enforcement agents' regulator decision), sealed
        // until round forty-six was frozen: c8bab51 and f30633f alike, P 0.829 (63/76) R 0.797 (63/79). Misses:
        // a Gaelic name cut to Mac an Tòisich, a retired shearer's words carried, a bailiff's uncued answers, a
        // panel and a sub-committee named short, a fair committee's rule with no cue, a lexicographer's words
        // given to a reporter.
        new("blind272", 45, 1.00, 1.00, 0.93, 0.92),
        // blind273 (a Syros paper, a hedgehog rescue newsletter, a funfair licence notice, a Yakut wire story,
        // an underwater rugby report, a driving instructor registrar decision), sealed until round forty-six
        // was frozen: c8bab51 and f30633f alike, P 0.878 (65/74) R 0.812 (65/80). Misses: a Greek title
        // (Demarch) kept in the name, Christmas Eve and a village read as speakers, a union named "the
        // congress", a foreman's words carried from an official, a sub-committee's findings with no cue.
        new("blind273", 45, 1.00, 1.00, 0.98, 0.95),
        // blind274 (a Kalymnos paper, a matchbox label collectors' newsletter, a dog warden notice, a Votic
        // wire story, a lumberjack show report, a locksmiths' licensing board decision), measured sealed with
        // round forty-six's code (b4d90a0): P 0.936 (73/78) R 0.924 (73/79); 0.987 (77/78) R 0.975 (77/79) once
        // round forty-seven was frozen (ad69087). Misses left: two questions from the floor with no cue, a sign
        // read as a quote.
        new("blind274", 45, 0.98, 1.00, 0.98, 0.97),
        // blind275 (a Leyte paper, a badger group newsletter, a hairdressing registration notice, a Kven wire
        // story, a footgolf report, a land registration adjudicator decision), measured sealed with round
        // forty-six's code (b4d90a0): P 0.890 (65/73) R 0.833 (65/78); 0.986 (72/73) R 0.923 (72/78) once round
        // forty-seven was frozen (ad69087). Misses left: counsel's uncued questions, a grandmother resumed as
        // "the woman", a board named short, a badger group's long submission and a solicitors' letter with no
        // cue.
        new("blind275", 45, 1.00, 1.00, 0.98, 0.93),
        // blind276 (a Samar paper, an amphibian society newsletter, a private security licence notice, a Tuvan
        // wire story, a chessboxing report, an embalmers' board decision), measured sealed with round
        // forty-six's code (b4d90a0): P 0.947 (72/76) R 0.935 (72/77); 0.974 (74/76) R 0.961 (74/77) once round
        // forty-seven was frozen (ad69087). Misses left: a door supervisor's uncued answers and his "applicant"
        // given to counsel, an authority's guidance with no cue.
        new("blind276", 45, 1.00, 1.00, 0.98, 0.97),
        // blind277 (a Milos paper, a tulip society newsletter, an explosives storage licence notice, a
        // Circassian wire story, a welly wanging report, a gas safety register decision), measured sealed with
        // round forty-six's code (b4d90a0): P 0.973 (71/73) R 0.887 (71/80); 0.987 (74/75) R 0.925 (74/80) once
        // round forty-seven was frozen (ad69087). Misses left: a licensing hearing's uncued turns, a daughter's
        // words given to the mother she reports, a warning sign read as a quote.
        new("blind277", 45, 0.98, 1.00, 0.98, 0.92),
        // blind278 (a Skopelos paper, an alpaca breeders' newsletter, a knacker's yard licence notice, an
        // Abkhaz wire story, a coal carrying report, an electrical contractors' register decision), sealed
        // until round forty-seven was frozen: b4d90a0 and ad69087 alike, P 0.962 (76/79) R 0.962 (76/79).
        // Misses: a minister's question given to an exporter, a judge's words given to a showground, a sign
        // read as a quote.
        new("blind278", 45, 1.00, 1.00, 1.00, 1.00),
        // blind279 (an Alonissos paper, a skittles league newsletter, a performing animals notice, an Ossetian
        // wire story, a haggis hurling report, an opticians' council decision), sealed until round forty-seven
        // was frozen: b4d90a0 and ad69087 alike, P 0.859 (67/78) R 0.848 (67/79). Misses: an inspector's report
        // and a circus owner's answers carried from others, a cooperative's words given to a rival, an
        // optometrist's answers carried from a patient, a committee named short.
        new("blind279", 45, 1.00, 1.00, 0.93, 0.93),
        // blind280 (a Serifos paper, a quoits club newsletter, a late night refreshment licence notice, a
        // Lezgin wire story, an ice stock report, a patent attorneys' tribunal decision), sealed until round
        // forty-seven was frozen: b4d90a0 and ad69087 alike, P 0.935 (72/77) R 0.911 (72/79). Misses: a coach's
        // words given to his club, a licensee's uncued answer, a resident's words given to a second, a ministry
        // cut to "Crafts", a railway's nickname read as a speaker, a tribunal's finding with no cue and its
        // respondent given to counsel, a sign read as a quote.
        new("blind280", 45, 1.00, 1.00, 0.96, 0.94),
        // blind281 (a Sifnos paper, a coracle makers' newsletter, a market pitch licence notice, an Aromanian
        // wire story, a pesäpallo report, an acupuncture council decision), sealed until round forty-seven was
        // frozen: b4d90a0 and ad69087 alike, P 0.897 (70/78) R 0.886 (70/79). Misses: a heckler's retort
        // carried, a shepherd's words given to a mayor, a lease's terms given to the owner, a councillor's
        // uncued question, an acupuncturist's answers carried from a patient.
        new("blind281", 45, 1.00, 1.00, 0.92, 0.91),
        // blind282 (a Kythnos paper, a pygmy goat keepers' newsletter, a skin piercing registration notice, a
        // Chechen wire story, a jugger report, a chimney sweeps' guild decision), measured sealed with round
        // forty-seven's code (f601e62): P 0.911 (72/79) R 0.878 (72/82); 0.963 (77/80) R 0.939 (77/82) once
        // round forty-eight was frozen (d9b2b1e). Misses left: a goat show judge's count with no cue, a
        // spectator's question given to a team, a certificate's words given to a village, a guild named after a
        // member's possessive, the yurtda's last words with the title used alone.
        new("blind282", 45, 1.00, 1.00, 0.97, 0.95),
        // blind283 (an Amorgos paper, a sundial makers' newsletter, a motor salvage registration notice, a
        // Galician wire story, a tchoukball report, a massage therapists' council decision), measured sealed
        // with round forty-seven's code (f601e62): P 0.911 (72/79) R 0.878 (72/82); 0.949 (75/79) R 0.915
        // (75/82) once round forty-eight was frozen (d9b2b1e). Misses left: the Igoumenos with the title used
        // alone, a fisherman's words carried from his cofradía, an inspector's finding and a team's officials
        // with no cue, a spectator's retort given to a player, a committee named short, a chair's words given to
        // a client.
        new("blind283", 45, 1.00, 1.00, 0.95, 0.92),
        // blind284 (a Folegandros paper, a harmonium players' newsletter, a sunbed salon licence notice, a Seto
        // wire story, a sack race report, a dental technicians' board decision), measured sealed with round
        // forty-seven's code (f601e62): P 0.937 (74/79) R 0.902 (74/82); the same once round forty-eight was
        // frozen (d9b2b1e). Misses left: a parish council and a town council with no cue, a reply given to the
        // woman it answers, spectators' shouts given to a village and a runner, a pharmacy's submission read as
        // its own speaker.
        new("blind284", 45, 1.00, 1.00, 0.98, 0.95),
        // blind285 (a Karpathos paper, a corn dolly makers' newsletter, a pleasure boat licence notice, an
        // Ingush wire story, a kin-ball report, a podiatrists' panel decision), measured sealed with round
        // forty-seven's code (f601e62): P 0.929 (78/84) R 0.929 (78/84); the same once round forty-eight was
        // frozen (d9b2b1e). Misses left: a surveyor's report given to the sub-committee, a spectator's words
        // given to a team and to a grandmother, a podiatrist's uncued answers carried from a patient.
        new("blind285", 45, 1.00, 1.00, 0.95, 0.95),
        // blind286 (a Lošinj paper, a magic lantern collectors' newsletter, a pedicab licence notice, a Kalmyk
        // wire story, a stoolball report, a driving instructors' registrar's appeal), sealed until round
        // forty-eight was frozen: f601e62 P 0.919 (68/74) R 0.840 (68/81), d9b2b1e P 0.946 (70/74) R 0.864
        // (70/81), the applicant no longer given to the sub-committee. Misses: an examiner's and an instructor's
        // uncued words in an appeal, a lanternist's words given to a namesake's surname, a child's shouts, a
        // traders' association with no cue.
        new("blind286", 45, 1.00, 1.00, 0.98, 0.98),
        // blind287 (a Mljet paper, a kaleidoscope makers' newsletter, a hypnotism licence notice, an Erzya wire
        // story, a racketlon report, a piano tuners' guild decision), sealed until round forty-eight was frozen:
        // f601e62 and d9b2b1e alike, P 0.904 (75/83) R 0.904 (75/83). Misses: a union named short, a
        // complainant's answers given to the hypnotist, a spectator's words given to a player, a guild's finding
        // given to its member.
        new("blind287", 45, 1.00, 1.00, 0.95, 0.95),
        // blind288 (a Masbate paper, a marbles players' newsletter, a car boot sale licence notice, a Bashkir
        // wire story, a teqball report, a farriers' council decision), sealed until round forty-eight was
        // frozen: f601e62 and d9b2b1e alike, P 0.964 (80/83) R 0.964 (80/83). Misses: a player's and an umpire's
        // words given to a spectator and a rival.
        new("blind288", 45, 1.00, 1.00, 0.96, 0.96),
        // blind289 (a Romblon paper, a gooseberry growers' newsletter, a beach hut licence notice, a Nenets wire
        // story, a kubb report, a hearing aid dispensers' council decision), sealed until round forty-eight was
        // frozen: f601e62 and d9b2b1e alike, P 0.976 (82/84) R 0.976 (82/84). Misses: a panel named short, a
        // councillor's retort given to a company.
        new("blind289", 45, 1.00, 1.00, 0.98, 0.98),
        // blind290 (an Ithaca paper, a snuff collectors' newsletter, a slaughterhouse licence notice, a Kabyle
        // wire story, a mölkky report, a tree surgeons' guild decision), measured sealed with round
        // forty-eight's code (976278b): P 0.812 (65/80) R 0.774 (65/84); 0.939 (77/82) R 0.917 (77/84) once
        // round forty-nine was frozen (be74ae6), the hearing's exchange and the Amghar's title read. Misses
        // left: a player's words given to another's partner, a consultant's finding with no cue, a wife's words
        // given to her relation, a report named before it speaks, a farmer's words given to a village, an
        // assembly named short.
        new("blind290", 45, 1.00, 1.00, 0.96, 0.95),
        // blind291 (a Krk paper, a slide rule collectors' newsletter, a campsite licence notice, an Aranese wire
        // story, a tejo report, a dietitians' council decision), measured sealed with round forty-eight's code
        // (976278b): P 0.939 (77/82) R 0.928 (77/83); the same once round forty-nine was frozen (be74ae6).
        // Misses left: a dealer's words not found, a submission read as its own speaker, a council and a union
        // named in Aranese given short, a senior official read as the department, a player's words given to her
        // club; a Spanish motto counted.
        new("blind291", 45, 0.98, 0.98, 0.95, 0.93),
        // blind292 (a Lastovo paper, a tin toy collectors' newsletter, a mobile home site licence notice, a
        // Khanty wire story, a sandboarding report, an occupational therapists' board decision), measured sealed
        // with round forty-eight's code (976278b): P 0.928 (77/83) R 0.917 (77/84); 0.952 (79/83) R 0.940
        // (79/84) once round forty-nine was frozen (be74ae6), a spectator and a brother given their words.
        // Misses left: a therapist's uncued answer, a keeper's wife's words with no cue, an oil company named in
        // Khanty read as "the company" and as the union.
        new("blind292", 45, 1.00, 1.00, 0.96, 0.95),
        // blind293 (a Šolta paper, a yo-yo players' newsletter, an ice cream van consent notice, an Evenki wire
        // story, a paddle tennis report, a speech therapists' council decision), measured sealed with round
        // forty-eight's code (976278b): P 0.962 (76/79) R 0.916 (76/83); the same once round forty-nine was
        // frozen (be74ae6). Misses left: a fire brigade's findings and a union's words with no cue, a letter
        // read as its own speaker, a commentator's words given to a player, a herder's question, a secretary's
        // words given to the contest; a Croatian saying counted.
        new("blind293", 45, 0.98, 1.00, 0.97, 0.92),
        // blind294 (a Catanduanes paper, a kendama players' newsletter, a hot food takeaway licence notice, a
        // Mansi wire story, a shuffleboard report, a radiographers' board decision), sealed until round
        // forty-nine was frozen: 976278b P 0.889 (72/81) R 0.878 (72/82), be74ae6 P 0.926 (75/81) R 0.915
        // (75/82), a spectator's questions no longer given to the referee. Misses: a union named short, a
        // shelter keeper's words given to its sign, a takeaway owner's words given to a neighbour, a relative's
        // words given to another woman, a sub-committee's conclusion with no cue; a song's title counted.
        new("blind294", 45, 0.98, 1.00, 0.98, 0.97),
        // blind295 (a Marinduque paper, a dormouse breeders' newsletter, a fairground licence notice, a Sámi
        // wire story, a hornussen report, an orthoptists' council decision), sealed until round forty-nine was
        // frozen: 976278b and be74ae6 alike, P 0.892 (74/83) R 0.881 (74/84). Misses: a Punong Barangay's title
        // kept in her name, an audit office's finding with no cue, a chair's words given to the applicant's
        // director, a spectator's words given to a veteran, an orthoptist's uncued answers given to the clinical
        // lead and her advice to the patient's mother, a roads agency's words given to the herders.
        new("blind295", 45, 1.00, 1.00, 0.91, 0.90),
        // blind296 (an Aegina paper, a leek growers' newsletter, a riding stables licence notice, a Khakas wire
        // story, a gaelic handball report, a prosthetists' board decision), sealed until round forty-nine was
        // frozen: 976278b P 0.976 (80/82) R 0.952 (80/84), be74ae6 P 1.000 (82/82) R 0.976 (82/84), a
        // spectator's words no longer given to a player. Misses: a one-word quote not found, a condition with no
        // cue.
        new("blind296", 45, 1.00, 0.98, 1.00, 0.98),
        // blind297 (a Spetses paper, a tatting lacemakers' newsletter, a cattle grid order, a Chukchi wire
        // story, a cycle speedway report, a dental hygienists' council decision), sealed until round forty-nine
        // was frozen: 976278b and be74ae6 alike, P 0.974 (75/77) R 0.915 (75/82). Misses: a chairman left
        // unresolved, a farmer's words given to the chair, an expert's finding and a hunters' council's words
        // with no cue, a spectator's words given to a named man, a retired trawlerman's words with the pronoun
        // unresolved.
        new("blind297", 45, 1.00, 1.00, 0.98, 0.95),
        // blind298 (a Patmos paper, a gramophone collectors' newsletter, a deckchair hire licence, a Dolgan wire
        // story, a rounders report, an art therapists' board decision), measured sealed with round forty-nine's
        // code (35167c5): P 0.927 (76/82) R 0.938 (76/81); unchanged once round fifty was frozen (26a4146).
        // Misses left: an abbot, Geronda Porfyrios, whose letter and words went to the residents' secretary and
        // to a name with his title in it, a collector's verdict owned by his possessive given to the telephone
        // buyer, a captain's words given to a team.
        new("blind298", 45, 0.98, 1.00, 0.93, 0.95),
        // blind299 (a Symi paper, a netsuke collectors' newsletter, a boat hire licence, a Nanai wire story, a
        // sheaf toss report, a gas fitters' council decision), measured sealed with round forty-nine's code
        // (35167c5): P 0.928 (77/83) R 0.917 (77/84); unchanged once round fifty was frozen (26a4146). Misses
        // left: an unnamed member's words given to the dealer they spoke of, a chairman left unresolved, a
        // partial quote given to the person named after it, a gas fitter's answers given to his questioner, a
        // fisherman's words given to a campaign group.
        new("blind299", 45, 1.00, 1.00, 0.92, 0.91),
        // blind300 (a Tilos paper, a clog dancers' newsletter, a rickshaw licence, a Koryak wire story, a pitch
        // and putt report, a pharmacy technicians' board decision), measured sealed with round forty-nine's code
        // (35167c5): P 0.927 (76/82) R 0.905 (76/84); P 0.976 (81/83) R 0.964 (81/84) once round fifty was
        // frozen (26a4146): the registrant labelled on the heading line, the union renaming the association, the
        // objection made in writing. Misses left: a chairman left unresolved, the council named only in a
        // capitalised headline.
        new("blind300", 45, 1.00, 1.00, 0.97, 0.97),
        // blind301 (a Nisyros paper, a music box collectors' newsletter, a cinema licence, a Yupik wire story, a
        // footvolley report, an audiologists' council decision), measured sealed with round forty-nine's code
        // (35167c5): P 0.923 (72/78) R 0.857 (72/84); P 0.976 (80/82) R 0.952 (80/84) once round fifty was
        // frozen (26a4146): the cross-examination that took place, the Municipality of Nisyros. Misses left: a
        // resident's submission with no author read, a councillor named by her surname alone, a chair's words
        // given to the one before.
        new("blind301", 45, 1.00, 1.00, 0.97, 0.95),
        // blind302 (an Astypalaia paper, a cigar band collectors' newsletter, a private water supply notice, an
        // Itelmen wire story, a gorodki report, a chiropodists' board decision), sealed until round fifty was
        // frozen: 35167c5 and 26a4146 alike, P 0.940 (78/83) R 0.918 (78/85). Misses: a farmer's words given to
        // his village, the youngest collector given to another woman, an officer's findings and notice given to
        // the council or to no one, the mayor given to a named player.
        // Round fifty-one (c8526b0): P 0.940 (79/84) R 0.929 (79/85), the officer's report named with her.
        new("blind302", 45, 1.00, 1.00, 0.95, 0.95),
        // blind303 (a Thasos paper, a tea caddy collectors' newsletter, a pavement café licence, a Selkup wire
        // story, a lapta report, a music therapists' council decision), sealed until round fifty was frozen:
        // 35167c5 P 0.901 (73/81) R 0.869 (73/84), 26a4146 P 0.914 (74/81) R 0.881 (74/84). Misses: a hunter
        // named with his title Ira read as part of his name, the applicant given to a street, a chairman left
        // unresolved, a coach given to the other side's, a finding with no cue.
        // Round fifty-one (c8526b0): P 0.975 (79/81) R 0.940 (79/84), the Ira read as a title.
        new("blind303", 45, 0.98, 1.00, 0.97, 0.96),
        // blind304 (a Lemnos paper, a paperweight collectors' newsletter, an advertising consent, a Yukaghir
        // wire story, a glima report, a sonographers' board decision), sealed until round fifty was frozen:
        // 35167c5 and 26a4146 alike, P 0.915 (75/82) R 0.904 (75/83). Misses: the applicant company given to its
        // director, a director's words given to another man, a chairman left unresolved, a runner-up and a young
        // digger given to others, a residents' association's objection with no cue.
        new("blind304", 45, 0.98, 1.00, 0.93, 0.93),
        // blind305 (a Skiathos paper, a lead soldier collectors' newsletter, a house-to-house collection permit,
        // a Nivkh wire story, a jai alai report, a phlebotomists' council decision), sealed until round fifty
        // was frozen: 35167c5 and 26a4146 alike, P 0.873 (69/79) R 0.812 (69/85). Misses: a phlebotomist's
        // exchange given to the committee and a witness, its questions to no one, the committee chair's words
        // given to the committee, a chairman's words given to the applicant, a clan community and a hunter left
        // without a speaker.
        new("blind305", 45, 0.98, 1.00, 0.88, 0.82),
        // blind306 (written blind: a Skyros weekly, a snow globe collectors' newsletter, a market stall licence
        // notice, an Ulch wire story, a crokinole report, a play therapists' board decision), measured sealed
        // with round fifty's code (5e9b9e4): P 0.873 (62/71) R 0.756 (62/82); P 0.883 (68/77) R 0.829 (68/82)
        // once round fifty-one was frozen (c8526b0), which read "The exchange continued:" as the asker's and the
        // answerer's turns. Misses left: a farmer and a spectator given to others, a granddaughter's question
        // given to her role, a trust's and an expert's words with no cue, a council team's and an applicant's
        // findings, a child's father behind "he".
        new("blind306", 45, 1.00, 1.00, 0.91, 0.86),
        // blind307 (written blind: a Samothrace weekly, an inkwell collectors' newsletter, a hot-food takeaway
        // notice, an Udege wire story, a carrom report, an orthotists' council decision), measured sealed with
        // round fifty's code (5e9b9e4): P 0.949 (74/78) R 0.892 (74/83); P 0.950 (76/80) R 0.916 (76/83) once
        // round fifty-one was frozen (c8526b0), which read Acharya written after a given name as a surname.
        // Misses left: a dealer's reply and a collector's words given to the society, a registrant's apology
        // given to the committee, an expert's finding with no cue, a hunter's words given to a neighbour.
        new("blind307", 45, 1.00, 1.00, 0.98, 0.96),
        // blind308 (written blind: a Kasos weekly, a pipe smokers' newsletter, a mobile trader consent, a Veps
        // wire story, a buzkashi report, a perfusionists' board decision), measured sealed with round fifty's
        // code (5e9b9e4): P 0.886 (70/79) R 0.854 (70/82); P 0.925 (74/80) R 0.902 (74/82) once round fifty-one
        // was frozen (c8526b0), which read Opendai Čurkina as a title and a surname. Misses left: Aegean
        // Meridian Lines and the Northern Chapandaz Union named short, a farmer given to his role, an officer's
        // and a council's findings.
        new("blind308", 45, 1.00, 0.97, 0.97, 0.95),
        // blind309 (written blind: a Psara weekly, a tobacco tin collectors' newsletter, a horse-drawn carriage
        // licence, an Aleut wire story, a calcio storico report, a sign language interpreters' council
        // decision), measured sealed with round fifty's code (5e9b9e4): P 0.920 (69/75) R 0.821 (69/84); P 0.963
        // (78/81) R 0.929 (78/84) once round fifty-one was frozen (c8526b0), which joined x̂ to its letter, read
        // "the kapetan" as his office and "The report of the licensing officer, Ms …," as hers. Misses left: the
        // Maestro di Campo, a title of three words, an interpreter's exchange with no one named as asking.
        new("blind309", 45, 1.00, 1.00, 0.96, 0.92),
        // blind310 (written blind: an Oinousses weekly, a fan collectors' newsletter, a lido operating licence,
        // a Nganasan wire story, a schwingen report, a clinical scientists' board decision), sealed until round
        // fifty-one was frozen: 5e9b9e4 and c8526b0 alike, P 0.902 (74/82) R 0.881 (74/84). Misses: a
        // shipowner's and a skipper's words given to others, a chairman and an association with no cue, a
        // herder's short reply, a scientist's answers in an exchange.
        new("blind310", 45, 1.00, 1.00, 0.96, 0.94),
        // blind311 (written blind: a Fournoi weekly, a toy theatre newsletter, a Christmas market licence, a
        // Tofalar wire story, a kho kho report, a respiratory therapists' council decision), sealed until round
        // fifty-one was frozen: 5e9b9e4 and c8526b0 alike, P 0.964 (80/83) R 0.952 (80/84). Misses: a
        // grandmother's story, an umpire's verdict, two answers of a therapist in an exchange.
        new("blind311", 45, 1.00, 1.00, 0.98, 0.97),
        // blind312 (written blind: a Kimolos weekly, a penknife collectors' newsletter, a butcher's food
        // business approval, a Teleut wire story, a cornhole report, a dramatherapists' board decision), sealed
        // until round fifty-one was frozen: 5e9b9e4 and c8526b0 alike, P 0.938 (76/81) R 0.927 (76/82). Misses:
        // a registrant's four answers given to another, a council's finding, a fisherman's words on the lease.
        new("blind312", 45, 1.00, 1.00, 0.98, 0.98),
        // blind313 (written blind: an Anafi weekly, a weather vane collectors' newsletter, a tethered balloon
        // permit, a Negidal wire story, a sipa report, a genetic counsellors' council decision), sealed until
        // round fifty-one was frozen: 5e9b9e4 and c8526b0 alike, P 0.905 (76/84) R 0.905 (76/84). Misses: an
        // applicant company's and a council's words in a notice, a farmer's two quotes, a hatchery manager's, a
        // patient's.
        new("blind313", 45, 1.00, 1.00, 0.97, 0.97),
        // blind314 (written blind: an Agathonisi weekly, a doll's house collectors' newsletter, a sandwich board
        // licence, a Ludic wire story, a ringette report, an operating department practitioners' council
        // decision), first measured at the start of round fifty-two with dec4896: P 0.928 (77/83) R 0.906
        // (77/85); after the round (7b08c1c) P 0.976 (83/85) R 0.976. Misses left: an unnamed fisherman's words
        // given to the village council, a ringette driver's.
        new("blind314", 45, 0.98, 1.00, 0.97, 0.97),
        // blind315 (written blind: a Kastellorizo weekly, a bagatelle players' newsletter, a street furniture
        // licence, an Izhorian wire story, a bo-taoshi report, a speech therapists' board decision), first
        // measured at the start of round fifty-two with dec4896: P 0.904 (75/83) R 0.904; after the round
        // (7b08c1c) P 0.964 (80/83) R 0.964. Misses left: a panel chair's words given to the panel, a
        // fisherman's.
        new("blind315", 45, 1.00, 1.00, 0.96, 0.96),
        // blind316 (written blind: a Gavdos weekly, a tin soldier collectors' newsletter, a boat hire licence,
        // an Oroch wire story, a fistball report, an occupational therapists' council decision), first measured
        // at the start of round fifty-two with dec4896: P 0.962 (76/79) R 0.916 (76/83); after the round
        // (7b08c1c) P 0.975 (79/81) R 0.952. Misses left: a priest named by one name, an officer's and a
        // spectator's words with no cue, a panel chair's.
        new("blind316", 45, 1.00, 1.00, 0.97, 0.96),
        // blind317 (written blind: an Antiparos weekly, a button collectors' newsletter, a gaming machine
        // permit, a Meänkieli wire story, a dodgeball report, a dispensing opticians' board decision), first
        // measured at the start of round fifty-two with dec4896 and unchanged by the round: P 0.963 (79/82) R
        // 0.952 (79/83). Misses: a Greek priest's title kept in his name (Papa Stamatis), a player's words given
        // to the coach.
        new("blind317", 45, 1.00, 0.98, 0.96, 0.95),
        // blind318 (written blind: a Paxos weekly, a music box enthusiasts' newsletter, a charitable street
        // collection permit, a Võro wire story, a bunnock report, a biomedical scientists' council decision),
        // sealed until round fifty-two was frozen: dec4896 and 7b08c1c alike, P 0.938 (76/81) R 0.894 (76/85).
        // Misses: a rank kept in a name (Sub-Lieutenant), a hearing's four turns with no introduction read, a
        // trust's words given to its chairman.
        new("blind318", 45, 0.98, 1.00, 0.97, 0.97),
        // blind319 (written blind: an Elafonisos weekly, a mechanical puzzle makers' newsletter, a fish market
        // stall licence, a Chulym wire story, a bocce report, a practitioner psychologists' tribunal decision),
        // sealed until round fifty-two was frozen: dec4896 and 7b08c1c alike, P 0.952 (80/84) R 0.952. Misses: a
        // questioner's three turns given to the client the decision labels Client A, a farmer's words given to a
        // street's name.
        new("blind319", 45, 1.00, 1.00, 0.98, 0.98),
        // blind320 (written blind: a Sikinos weekly, a spinning top collectors' newsletter, a bouncy castle hire
        // permit, a Soyot wire story, a horseshoe pitching report, a dental therapists' board decision), sealed
        // until round fifty-two was frozen: P 0.927 (76/82) R 0.894 (76/85) with dec4896, P 0.951 (78/82) R
        // 0.918 with 7b08c1c. Misses: an expert's findings given to the registrant or to no one, a collector's
        // words given to another, a child named only later.
        new("blind320", 45, 1.00, 0.98, 0.95, 0.92),
        // blind321 (written blind: a Donousa weekly, a pocket watch collectors' newsletter, a water taxi
        // licence, a Kumandin wire story, a gateball report, a health visitors' council decision), sealed until
        // round fifty-two was frozen: dec4896 and 7b08c1c alike, P 0.948 (73/77) R 0.880 (73/83). Misses: a
        // hearing's four turns with no introduction read, an employer's words given to the panel (named short as
        // Practise Panel), a valuer's and a doctor's words.
        new("blind321", 45, 1.00, 0.98, 0.97, 0.95),
        // blind322 (written blind: a Koufonisi weekly, a lace bobbin makers' newsletter, a street kiosk licence,
        // a Chelkan wire story, a chinlone exhibition report, an orthodontic therapists' council decision), read
        // at first sight for round fifty-three: f6f6972 and c5a2bf8 alike, P 0.975 (78/80) R 0.975 (78/80).
        // Misses: an objector's words given to an unnamed resident, a chairman's recollection of a friend left
        // unattributed.
        new("blind322", 45, 0.97, 1.00, 0.97, 0.98),
        // blind323 (written blind: a Schinoussa weekly, a hatpin collectors' newsletter, a sky lantern release
        // notice, a Moksha wire story, a glíma report, a trade mark attorneys' tribunal decision), read at first
        // sight for round fifty-three: P 0.963 (78/81) R 0.963 (78/81) with f6f6972, P 0.975 (79/81) with
        // c5a2bf8. Misses: a brother's words before his name, the respondent's words given to the Committee's
        // advocate.
        new("blind323", 45, 1.00, 1.00, 0.98, 0.98),
        // blind324 (written blind: an Iraklia weekly, an egg cup collectors' newsletter, an amusement arcade
        // permit, a Kildin Sámi wire story, a cycle polo report, a licensed conveyancers' council decision),
        // read at first sight for round fifty-three: P 0.917 (77/84) R 0.917 (77/84) with f6f6972, P 0.952
        // (80/84) with c5a2bf8. Misses: a neighbour's question given to a councillor, a member's and a
        // spectator's words given to others, a Sámi speaker's words given to the district council.
        new("blind324", 45, 1.00, 1.00, 0.95, 0.95),
        // blind325 (written blind: a Poros weekly, a napkin ring collectors' newsletter, a temporary climbing
        // wall notice, a Skolt Sámi wire story, a broomball report, a legal executives' panel decision), read at
        // first sight for round fifty-three: P 0.963 (78/81) R 0.929 (78/84) with f6f6972, P 1.000 (81/81) R
        // 0.964 with c5a2bf8. Misses: a Sámi speaker's words left unattributed, two short quotes not found.
        new("blind325", 45, 1.00, 0.97, 1.00, 0.96),
        // blind326 (written blind: a Salamis weekly, a door knocker collectors' newsletter, a bandstand hire
        // notice, a Hill Mari wire story, a beach handball report, a costs lawyers' board decision), sealed
        // until round fifty-three was frozen: f6f6972 and c5a2bf8 alike, P 0.889 (72/81) R 0.867 (72/83).
        // Misses: a hearing's turns unread, a Hill Mari title kept in a name, a trust's words given to its
        // chairman, a collector's words given to a place.
        new("blind326", 45, 1.00, 1.00, 0.96, 0.93),
        // blind327 (written blind: an Ereikoussa weekly, a sealing wax enthusiasts' newsletter, a street naming
        // decision, a Tubalar wire story, a street hockey report, a clinical dental technicians' council
        // decision), sealed until round fifty-three was frozen: f6f6972 and c5a2bf8 alike, P 0.915 (75/82) R
        // 0.893 (75/84). Misses: a hearing's turns unread, a detachment's report and a clause taken for
        // speakers, a decision's reasons left unattributed.
        new("blind327", 45, 0.98, 1.00, 0.93, 0.92),
        // blind328 (written blind: an Othonoi weekly, a bookplate collectors' newsletter, a farmers' market
        // stall licence, a Tsakhur wire story, a wiffle ball report, a clinical scientists' panel decision),
        // sealed until round fifty-three was frozen: P 0.928 (77/83) R 0.917 (77/84) with f6f6972, P 0.929
        // (78/84) R 0.929 with c5a2bf8. Misses: words addressed to a player given to him, a committee and an
        // auction house named short.
        new("blind328", 45, 0.98, 1.00, 0.97, 0.97),
        // blind329 (written blind: a Mathraki weekly, an ocarina players' newsletter, a roller shutter planning
        // application, a Rutul wire story, a platform tennis report, a hypnotherapists' committee decision),
        // sealed until round fifty-three was frozen: f6f6972 and c5a2bf8 alike, P 0.875 (70/80) R 0.833 (70/84).
        // Misses: two players of one surname told apart wrongly, a farmer's words given to his family, a finding
        // left unattributed, a health district's words not found.
        new("blind329", 45, 1.00, 0.98, 0.91, 0.88),
        // blind330 (written blind: an Antipaxos weekly, a chess set collectors' newsletter, a pavement café
        // licence, a Meadow Mari wire story, a cammag report, a landscape architects' board decision), measured
        // at first sight with 7ecb9ed: P 0.951 (77/81) R 0.917 (77/84); 0.988 (80/81) / 0.952 with round
        // fifty-four (4a91343). Misses: a breakaway body's statement left unattributed (Shem Ser), a licensing
        // officer's report and a neighbour's submission given to no one.
        new("blind330", 45, 0.98, 1.00, 0.98, 0.96),
        // blind331 (written blind: a Silba weekly, a playing card collectors' newsletter, a dropped kerb
        // application, a Kamas wire story, a knattleikr report, a private investigators' authority decision),
        // measured at first sight with 7ecb9ed: P 0.877 (71/81) R 0.845 (71/84); 0.951 (77/81) / 0.917 with
        // round fifty-four. Misses: a hearing's turns with no introduction read, a neighbour's head taken for a
        // role, a council's finding given to no one.
        new("blind331", 45, 1.00, 1.00, 0.95, 0.92),
        // blind332 (written blind: an Olib weekly, a domino collectors' newsletter, a parklet permit, an Uilta
        // wire story, a gilli danda report, a marriage celebrants' council decision), measured at first sight
        // with 7ecb9ed: P 0.928 (77/83) R 0.917 (77/84); 1.000 (83/83) / 0.988 with round fifty-four. Miss: an
        // expert's opinion given to no one.
        new("blind332", 45, 1.00, 1.00, 1.00, 0.98),
        // blind333 (written blind: a Susak weekly, a mah-jong set collectors' newsletter, a temporary ice rink,
        // an Alyutor wire story, a lagori report, a driving instructors' board decision), measured at first
        // sight with 7ecb9ed: P 0.975 (79/81) R 0.952 (79/83); 1.000 (81/81) / 0.976 with round fifty-four.
        // Misses: an applicant's undertaking and an examiner's finding given to no one.
        new("blind333", 45, 1.00, 1.00, 1.00, 0.97),
        // blind334 (written blind: an Eigg weekly, a shoe horn collectors' newsletter, a food truck trading
        // permit, a Besermyan wire story, a kemari report, a family mediators' body decision), sealed until
        // round fifty-four was frozen: 7ecb9ed and 4a91343 alike, P 0.939 (77/82) R 0.928 (77/83). Misses: a
        // complainant the decision calls the mother given to the mediator, a collector's words given to another,
        // a body named short, an engineer's finding given to no one.
        new("blind334", 45, 0.98, 1.00, 0.95, 0.93),
        // blind335 (written blind: a Colonsay weekly, a pocket knife collectors' newsletter, a shop sign
        // consent, a Budukh wire story, a cestoball report, a sports therapists' council decision), sealed until
        // round fifty-four was frozen: 7ecb9ed and 4a91343 alike, P 0.915 (75/82) R 0.893 (75/84). Misses: a
        // title of another language kept in a name (Ma'lla), a farmer's and an elder's words given to another
        // villager, experts' opinions given to no one, a panel named short.
        new("blind335", 45, 1.00, 1.00, 1.00, 1.00),
        // blind336 (written blind: a Lismore weekly, a window box gardeners' newsletter, a phone mast prior
        // approval, a Kryts wire story, an inline hockey report, a harbour pilots' authority decision), sealed
        // until round fifty-four was frozen: P 0.951 (77/81) R 0.939 (77/82) with 7ecb9ed, P 0.963 (78/81) R
        // 0.951 with 4a91343. Misses: a report taken for its author, a chairman's words left unresolved and
        // carried to another.
        new("blind336", 45, 1.00, 1.00, 1.00, 1.00),
        // blind337 (written blind: an Unije weekly, a flagpole and bunting makers' newsletter, a mural planning
        // consent, a Khinalug wire story, a ringball report, a loss adjusters' panel decision), sealed until
        // round fifty-four was frozen: 7ecb9ed and 4a91343 alike, P 0.976 (81/83) R 0.964 (81/84). Misses: a
        // waterworks' notice given to a committee and to no one, a guild named short.
        new("blind337", 45, 1.00, 1.00, 0.97, 0.96),
        // blind338 (written blind: an Ilovik weekly, a bottle cap collectors' newsletter, a bollard removal
        // notice, a Hunzib wire story, a lelo burti report, a process servers' board decision), measured at
        // first sight with 0ca0612: P 0.976 (82/84) R 0.976 (82/84); 1.000 (84/84) / 1.000 with round
        // fifty-five. Misses at first sight: a reply given to an earlier speaker rather than to one of the pair
        // the paragraph opened on.
        new("blind338", 45, 1.00, 1.00, 1.00, 1.00),
        // blind339 (written blind: a Zlarin weekly, a keyring collectors' newsletter, a bike hangar permit, a
        // Bezhta wire story, an elephant polo report, a reflexologists' council decision), measured at first
        // sight with 0ca0612: P 0.962 (76/79) R 0.905 (76/84); 0.976 (80/82) / 0.952 with round fifty-five.
        // Misses: a vice-captain's words after "cut in:" given to the captain, an adviser's report given to no
        // one, the chair's words given to the Committee named short.
        new("blind339", 45, 0.98, 0.98, 0.97, 0.95),
        // blind340 (written blind: a Prvić weekly, an enamel sign collectors' newsletter, a satellite dish
        // enforcement notice, a Tundra Nenets wire story, a showdown report, a naturopaths' panel decision),
        // measured at first sight with 0ca0612 and unchanged by round fifty-five: P 0.963 (77/80) R 0.939
        // (77/82). Misses: a conservation officer's findings "in her report" given to no one, a presenting
        // officer's questions carried to the registrant, a herder's words given to another herder.
        new("blind340", 45, 0.98, 1.00, 0.96, 0.96),
        // blind341 (written blind: a Kaprije weekly, a toy soldier collectors' newsletter, an EV charging point
        // approval, a Forest Nenets wire story, a coasteering report, a town planners' institute decision),
        // measured at first sight with 0ca0612: P 0.963 (79/82) R 0.952 (79/83); 0.988 (81/82) / 0.976 with
        // round fifty-five. Misses: a priest's title and a given name the lists lack (Don Mate), a chair's
        // partial quote missed.
        new("blind341", 45, 1.00, 0.98, 0.98, 0.97),
        // blind342 (written blind: a Scalpay weekly, a bus ticket collectors' newsletter, a bin store siting
        // notice, an Alutiiq wire story, a slacklining report, a stenographers' board decision), sealed until
        // round fifty-five was frozen: 0ca0612 and f82c75a alike, P 0.882 (67/76) R 0.817 (67/82). Misses: a
        // hearing's turns and a witness's words given to the panel or to no one, objectors' submissions given to
        // no one, a finalist's words given to another by a role. Round fifty-six (bc3a40a): P 0.974 (76/78) R
        // 0.927.
        new("blind342", 45, 1.00, 1.00, 0.97, 0.92),
        // blind343 (written blind: a Kerrera weekly, a weather vane makers' newsletter, a hot tub retrospective
        // consent, an Akkala Sámi wire story, a conkers report, a sommeliers' guild decision), sealed until
        // round fifty-five was frozen: P 0.988 (82/83) R 0.965 (82/85) with 0ca0612, P 0.988 (83/84) R 0.976
        // with f82c75a. Misses: a member's partial quote given to no one, a colleague's words given to the
        // respondent.
        new("blind343", 45, 1.00, 1.00, 0.98, 0.97),
        // blind344 (written blind: a Filicudi weekly, a tide clock collectors' newsletter, a solar panel listed
        // building consent, a Ludian wire story, a pooh sticks report, a trichologists' council decision),
        // sealed until round fifty-five was frozen: 0ca0612 and f82c75a alike, P 0.961 (74/77) R 0.881 (74/84).
        // Misses: a hearing's six turns with no readable introduction, a charity's words given to a paper, a
        // valuer's finding given to no one. Round fifty-six (bc3a40a): P 0.976 (81/83) R 0.964.
        new("blind344", 45, 0.98, 1.00, 0.97, 0.96),
        // blind345 (written blind: an Alicudi weekly, a philatelic accessory collectors' newsletter, an awning
        // replacement notice, a Ter Sámi wire story, a hammer throw report, a chartered engineers' conduct
        // committee decision), sealed until round fifty-five was frozen: 0ca0612 and f82c75a alike, P 0.946
        // (70/74) R 0.875 (70/80). Misses: a hearing's turns given to no one or to the engineer, a priest's
        // title kept in his name (Don Gaetano), a father's words given to a sergeant. Round fifty-six (bc3a40a):
        // P 0.987 (78/79) R 0.975.
        new("blind345", 45, 0.98, 1.00, 0.98, 0.97),
        // blind346 (written blind: a Vulcano weekly, a stamp hinge collectors' newsletter, a dropped kerb
        // notice, a Tsez wire story, a fierljeppen report, a homeopaths' regulator decision), read at first
        // sight with round fifty-five's code (1a5582c): P 0.976 (81/83) R 0.953 (81/85); round fifty-six
        // (bc3a40a) P 0.988 (84/85) R 0.988. Left: a son's called reply given to an unnamed official.
        new("blind346", 45, 0.98, 1.00, 0.98, 0.98),
        // blind347 (written blind: a Panarea weekly, a pin badge collectors' newsletter, an air source heat pump
        // notice, a Godoberi wire story, a klootschieten report, an anaesthesia associates' regulator decision),
        // read at first sight with round fifty-five's code (1a5582c): P 0.952 (80/84) R 0.952 (80/84), unchanged
        // by round fifty-six. Left: a treasurer whose given name the lists call a man's, so her "she" goes to
        // another; an acoustic consultant's report given to the parish council; a farmer's rhetorical question
        // given to the wire.
        new("blind347", 45, 0.98, 1.00, 0.95, 0.95),
        // blind348 (written blind: an Ustica weekly, a milk bottle collectors' newsletter, a dormer window
        // notice, a Botlikh wire story, an aunt sally report, a physician associates' regulator decision), read
        // at first sight with round fifty-five's code (1a5582c): P 0.988 (81/82) R 0.964 (81/84); round
        // fifty-six (bc3a40a) 1.000 / 1.000, the hearing's answers given to the doctor questioned.
        new("blind348", 45, 1.00, 1.00, 1.00, 1.00),
        // blind349 (written blind: a Levanzo weekly, a telephone card collectors' newsletter, a loft conversion
        // notice, a Chamalal wire story, a bat and trap report, a marine pilotage disciplinary panel decision),
        // read at first sight with round fifty-five's code (1a5582c): P 0.988 (84/85) R 0.988; round fifty-six
        // (bc3a40a) 1.000 / 1.000.
        new("blind349", 45, 1.00, 1.00, 1.00, 1.00),
        // blind350 (written blind: a Marettimo weekly, a lace bobbin collectors' newsletter, an outbuilding
        // notice, an Akhvakh wire story, a knur and spell report, a letting agents' regulator decision), sealed
        // until round fifty-six was frozen: 1a5582c and bc3a40a alike, P 0.976 (81/83) R 0.976 (81/83). Misses:
        // a keeper's words carried to the lights service, an adviser's finding given to the agent. Rounds
        // fifty-seven and fifty-eight (5a12899): 1.000 / 1.000.
        new("blind350", 45, 1.00, 1.00, 1.00, 1.00),
        // blind351 (written blind: a Linosa weekly, a sugar packet collectors' newsletter, a tree works notice,
        // a Karata wire story, a cycle ball report, a tax advisers' regulator decision), sealed until round
        // fifty-six was frozen: 1a5582c and bc3a40a alike, P 1.000 (81/81) R 0.964 (81/84). Misses: a hearing's
        // questions and an expert's finding given to no one. Rounds fifty-seven and fifty-eight (5a12899): 1.000
        // / 1.000.
        new("blind351", 45, 0.98, 1.00, 1.00, 1.00),
        // blind352 (written blind: a Capraia weekly, a doorknob collectors' newsletter, a telecom mast notice, a
        // Bagvalal wire story, a dwile flonking report, an immigration advisers' regulator decision), sealed
        // until round fifty-six was frozen: 1a5582c and bc3a40a alike, P 0.902 (74/82) R 0.892 (74/83). Misses:
        // a hearing's turns given to the wrong party, a board's and an applicant's words named short, a bride's
        // mother and a groom confused, partial quotes given to no one. Rounds fifty-seven and fifty-eight
        // (5a12899): 0.940 (79/84) / 0.952.
        new("blind352", 45, 0.97, 1.00, 0.94, 0.95),
        // blind353 (written blind: a Šipan weekly, a horse brass collectors' newsletter, a garden decking
        // notice, a Tindi wire story, a jeu de paume report, a claims management regulator decision), sealed
        // until round fifty-six was frozen: 1a5582c and bc3a40a alike, P 0.926 (75/81) R 0.893 (75/84). Misses:
        // a secretary's report given to the Fellowship, a saint's name taken for a speaker (St Roch), a head
        // coach named by one word, officers' findings given to no one, a woman's words given to an unnamed
        // official. Rounds fifty-seven and fifty-eight (5a12899): 0.952 (79/83) / 0.940.
        new("blind353", 45, 0.97, 1.00, 0.97, 0.96),
        // blind354 (written blind: a Lampione weekly, an ex libris collectors' newsletter, a fence height
        // notice, a Hinukh wire story, an Eton wall game report, a debt advice firms' regulator decision), read
        // at first sight with round fifty-six's code (cfcf374): P 0.949 (74/78) R 0.881 (74/84); rounds
        // fifty-seven and fifty-eight (5a12899) 0.988 / 1.000, the hearing's turns under a sub-numbered
        // paragraph and a file review's findings given to their parties.
        new("blind354", 45, 0.97, 1.00, 0.98, 1.00),
        // blind355 (written blind: a Tavolara weekly, an airline sick bag collectors' newsletter, a garage
        // conversion notice, a Tabasaran wire story, a palant report, a debt collection agencies' regulator
        // decision), read at first sight with round fifty-six's code (cfcf374): P 0.964 (81/84) R 0.964; rounds
        // fifty-seven and fifty-eight (5a12899) 0.988 / 0.976. Misses: a woman the writer calls the chairman, a
        // player's 'she' given to a spectator.
        new("blind355", 45, 0.98, 1.00, 0.98, 0.97),
        // blind356 (written blind: a Gorgona weekly, a luggage label collectors' newsletter, a window
        // replacement notice, an Aghul wire story, a road bowls report, a financial advisers' regulator
        // decision), read at first sight with round fifty-six's code (cfcf374): P 0.938 (76/81) R 0.905 (76/84);
        // rounds fifty-seven and fifty-eight (5a12899) 0.988 / 0.988. Miss: 'the champion' for a bowler named by
        // his nickname.
        new("blind356", 45, 0.98, 1.00, 1.00, 1.00),
        // blind357 (written blind: a Pianosa weekly, a fruit sticker collectors' newsletter, a boundary wall
        // notice, a Mingrelian wire story, a pall mall report, a speech therapists' panel decision), read at
        // first sight with round fifty-six's code (cfcf374): P 0.975 (77/79) R 0.963 (77/80); rounds fifty-seven
        // and fifty-eight (5a12899) 1.000 / 0.988.
        new("blind357", 45, 0.98, 0.98, 1.00, 0.98),
        // blind358 (written blind: a Giannutri weekly, a bottle cap collectors' newsletter, a beehives notice, a
        // Kabardian wire story, a jorkyball report, an insolvency practitioners' regulator decision), sealed
        // until round fifty-eight was frozen: cfcf374 and 5a12899 alike, P 0.925 (74/80) R 0.892 (74/83).
        new("blind358", 45, 1.00, 1.00, 0.96, 0.96),
        // blind359 (written blind: a Molat weekly, a tea towel collectors' newsletter, a change of use notice,
        // an Adyghe wire story, a horseball report, a building inspectors' regulator decision), sealed until
        // round fifty-eight was frozen: cfcf374 and 5a12899 alike, P 0.901 (73/81) R 0.901 (73/81).
        new("blind359", 45, 1.00, 1.00, 0.91, 0.91),
        // blind360 (written blind: a Žirje weekly, a key ring collectors' newsletter, a shop sign notice, a
        // Nogai wire story, an ulama report, a mortgage brokers' regulator decision), sealed until round
        // fifty-eight was frozen: cfcf374 and 5a12899 alike, P 0.952 (80/84) R 0.952 (80/84).
        new("blind360", 45, 1.00, 1.00, 0.97, 0.97),
        // blind361 (written blind: a Lopud weekly, a postmark collectors' newsletter, a rooflight notice, a
        // Kumyk wire story, a stickball report, an energy assessors' regulator decision), sealed until round
        // fifty-eight was frozen: cfcf374 P 0.928 (64/69) R 0.780 (64/82), 5a12899 0.930 (66/71) / 0.805.
        new("blind361", 45, 1.00, 1.00, 0.98, 0.93),
        // blind362 (written blind: a Biševo weekly, a raffle ticket collectors' newsletter, a garden room
        // notice, a Dargwa wire story, a wallball report, a drama therapists' regulator decision), read at first
        // sight with round fifty-eight's code (7df7b4b): P 0.975 (79/81) R 0.952 (79/83); round fifty-nine
        // (07d5456) 1.000 / 1.000, 'Its conclusion:' given to the report's author and a pronoun after two
        // coordinated clauses given to the later subject.
        new("blind362", 45, 1.00, 1.00, 1.00, 1.00),
        // blind363 (written blind: a Koločep weekly, a cheese label collectors' newsletter, an EV charger
        // notice, a Lezgian wire story, a punchball report, a fire risk assessors' regulator decision), read at
        // first sight with round fifty-eight's code (7df7b4b): P 1.000 (81/81) R 0.964 (81/84); round fifty-nine
        // (07d5456) 1.000 / 1.000, what a body's code requires given to the body.
        new("blind363", 45, 1.00, 1.00, 1.00, 1.00),
        // blind364 (written blind: a Dugi Otok weekly, a tram ticket collectors' newsletter, a carport notice, a
        // Mirandese wire story, a jereed report, a credit brokers' regulator decision), read at first sight with
        // round fifty-eight's code (7df7b4b): P 0.976 (81/83) R 0.976 (81/83); round fifty-nine (07d5456) 1.000
        // / 1.000.
        new("blind364", 45, 1.00, 1.00, 1.00, 1.00),
        // blind365 (written blind: an Ugljan weekly, a ration book collectors' newsletter, a fire escape notice,
        // a Gascon wire story, a pelota mixteca report, a dog groomers' regulator decision), read at first sight
        // with round fifty-eight's code (7df7b4b): P 0.889 (72/81) R 0.867 (72/83); round fifty-nine (07d5456)
        // 1.000 / 1.000, a given name before a nickname in marks and 'the chairman' for the woman so named.
        new("blind365", 45, 1.00, 1.00, 1.00, 1.00),
        // blind366 (written blind: a Pašman weekly, a seed packet collectors' newsletter, a pergola notice, a
        // Picard wire story, a cnapan report, a driving examiners' regulator decision), sealed until round
        // fifty-nine was frozen: 7df7b4b and 07d5456 alike, P 0.939 (77/82) R 0.917 (77/84).
        new("blind366", 45, 1.00, 1.00, 0.96, 0.95),
        // blind367 (written blind: a Murter weekly, a tea card collectors' newsletter, a hardstanding notice, a
        // Limburgish wire story, a rinkball report, an equine dentists' regulator decision), sealed until round
        // fifty-nine was frozen: 7df7b4b and 07d5456 alike, P 1.000 (82/82) R 0.976 (82/84).
        new("blind367", 45, 1.00, 1.00, 1.00, 0.98),
        // blind368 (written blind: a Zverinac weekly, a beer label collectors' newsletter, a balustrade notice,
        // a Sater wire story, a hurdling report, a home inspectors' regulator decision), sealed until round
        // fifty-nine was frozen: 7df7b4b and 07d5456 alike, P 0.963 (77/80) R 0.939 (77/82).
        new("blind368", 45, 1.00, 1.00, 1.00, 1.00),
        // blind369 (written blind: a Premuda weekly, an old map collectors' newsletter, an air source heat pump
        // notice, an Elfdalian wire story, a Ba game report, a bureaux de change regulator decision), sealed
        // until round fifty-nine was frozen: 7df7b4b and 07d5456 alike, P 0.952 (79/83) R 0.952 (79/83).
        new("blind369", 45, 1.00, 1.00, 0.98, 0.98),
        // blind370 (written blind: a Vrgada weekly, a luggage tag collectors' newsletter, a roof terrace notice,
        // a Crimean Tatar wire story, a boßeln report, a payment institutions' regulator decision), read at
        // first sight with round fifty-nine's code (348e3f4): P 0.900 (72/80) R 0.878 (72/82); round sixty
        // (81ca794) 1.000 / 1.000, a body taken up by 'which runs', a compound foreign body noun and turns after
        // an introduction closed by a cued reply.
        new("blind370", 45, 1.00, 1.00, 1.00, 1.00),
        // blind371 (written blind: a Sestrunj weekly, a ferry ticket collectors' newsletter, a cycle store
        // notice, a Karaim wire story, a shinny report, an e-money issuers' regulator decision), read at first
        // sight with round fifty-nine's code (348e3f4): P 0.904 (75/83) R 0.893 (75/84); round sixty (81ca794)
        // 1.000 / 1.000, a two-word title by use and a letter's writer after 'read out by'.
        new("blind371", 45, 1.00, 1.00, 1.00, 1.00),
        // blind372 (written blind: a Krapanj weekly, a cinema ticket collectors' newsletter, a gate pier notice,
        // a Megleno-Romanian wire story, a bocce volo report, a money transmitters' regulator decision), read at
        // first sight with round fifty-nine's code (348e3f4): P 0.902 (74/82) R 0.892 (74/83); round sixty
        // (81ca794) 0.940 / 0.940, 'she replied' after being asked by someone and the writer of a letter read
        // out 'in which she wrote'.
        new("blind372", 45, 1.00, 1.00, 0.93, 0.93),
        // blind373 (written blind: a Kornat weekly, a lottery ticket collectors' newsletter, a rear extension
        // notice, an Istro-Romanian wire story, a trugo report, a debt management firms' regulator decision),
        // read at first sight with round fifty-nine's code (348e3f4): P 0.950 (76/80) R 0.927 (76/82); round
        // sixty (81ca794) 0.988 / 0.988, a given name before an age and a report's author named after a
        // description of its kind.
        new("blind373", 45, 1.00, 1.00, 0.98, 0.98),
        // blind374 (written blind: a Zečevo weekly, a shipping label collectors' newsletter, a green roof
        // notice, a Tsakonian wire story, a kyykkä report, a timeshare sellers' regulator decision), sealed
        // until round sixty was frozen: 348e3f4 P 0.987 (77/78) R 0.917 (77/84); 81ca794 P 1.000 (79/79) R 0.940
        // (79/84); after the freeze, with rules from their misses, 1.000 / 0.988 (d652cef).
        new("blind374", 45, 1.00, 1.00, 1.00, 0.98),
        // blind375 (written blind: a Vrnik weekly, an airline sick bag collectors' newsletter, a lift shaft
        // notice, an Arbëresh wire story, a longue paume report, a speech and language therapists' regulator
        // decision), sealed until round sixty was frozen: 348e3f4 and 81ca794 alike, P 0.916 (76/83) R 0.905
        // (76/84); after the freeze, with rules from their misses, 0.929 / 0.929 (d652cef).
        new("blind375", 45, 1.00, 1.00, 0.98, 0.98),
        // blind376 (written blind: a Lokrum weekly, a bus pass collectors' newsletter, an outdoor kitchen
        // notice, a Griko wire story, a kaatsen report, a weighbridge operators' regulator decision), sealed
        // until round sixty was frozen: 348e3f4 and 81ca794 alike, P 0.912 (73/80) R 0.912 (73/80); after the
        // freeze, with rules from their misses, 0.925 / 0.925 (d652cef).
        new("blind376", 45, 1.00, 1.00, 0.97, 0.97),
        // blind377 (written blind: a Žut weekly, a menu card collectors' newsletter, a garden wall notice, a
        // Cimbrian wire story, a ball badminton report, a bingo operators' regulator decision), sealed until
        // round sixty was frozen: 348e3f4 and 81ca794 alike, P 0.965 (82/85) R 0.976 (82/84); after the freeze,
        // with rules from their misses, 0.988 / 1.000.
        new("blind377", 45, 0.98, 1.00, 0.98, 1.00),
        // blind378 (written blind: a Tijat weekly, a bookmark collectors' newsletter, a summerhouse notice, a
        // Resian wire story, a Cornish wrestling report, a childminders' regulator decision), read at first
        // sight with round sixty's code (6159380): P 0.951 (77/81) R 0.928 (77/83); round sixty-one (aa50d2f)
        // 1.000 / 1.000.
        new("blind378", 45, 1.00, 1.00, 1.00, 1.00),
        // blind379 (written blind: a Murvica weekly, a ration book collectors' newsletter, a conservatory
        // notice, a Ladino wire story, a gouren report, a bailiffs' regulator decision), read at first sight
        // with round sixty's code (6159380): P 0.976 (80/82) R 0.952 (80/84); round sixty-one (aa50d2f) 0.988 /
        // 0.976.
        new("blind379", 45, 1.00, 0.98, 0.98, 0.97),
        // blind380 (written blind: an Ošljak weekly, a tram ticket collectors' newsletter, a garage conversion
        // notice, a Yenish wire story, a tamburello report, a claims management firms' regulator decision), read
        // at first sight with round sixty's code (6159380): P 0.976 (80/82) R 0.952 (80/84); round sixty-one
        // (aa50d2f) 1.000 / 1.000.
        new("blind380", 45, 1.00, 1.00, 1.00, 1.00),
        // blind381 (written blind: a Sestrica weekly, a corkscrew collectors' newsletter, a notice on solar
        // panels on a listed roof, a Gottscheerish wire story, a toad in the hole report, a letting agents'
        // regulator decision), read at first sight with round sixty's code (6159380): P 0.975 (79/81) R 0.975
        // (79/81); round sixty-one (aa50d2f) 1.000 / 1.000.
        new("blind381", 45, 1.00, 1.00, 1.00, 1.00),
        // blind382 (written blind: a Brbinj weekly, an egg cup collectors' newsletter, a flagpole notice, a
        // Wymysorys wire story, an aunt sally report, an estate agents' regulator decision), sealed until round
        // sixty-one was frozen: 6159380 and aa50d2f alike, P 0.975 (77/79) R 0.975 (77/79); the rules after the
        // freeze leave it so.
        new("blind382", 45, 0.98, 0.98, 0.97, 0.97),
        // blind383 (written blind: a Kukljica weekly, a tin toy collectors' newsletter, a driveway notice, a
        // Csángó wire story, a quoits report, a pawnbrokers' regulator decision), sealed until round sixty-one
        // was frozen: 6159380 and aa50d2f alike, P 0.962 (76/79) R 0.905 (76/84); after the freeze, with rules
        // from their misses, 0.963 / 0.940.
        new("blind383", 45, 0.98, 0.98, 0.96, 0.94),
        // blind384 (written blind: a Lavdara weekly, a phonecard collectors' newsletter, a boundary fence
        // notice, a Lemko wire story, a sepak takraw report, a driving instructors' regulator decision), sealed
        // until round sixty-one was frozen: 6159380 and aa50d2f alike, P 0.892 (74/83) R 0.892 (74/83); after
        // the freeze, with rules from their misses, 0.940 / 0.940.
        new("blind384", 45, 0.98, 1.00, 0.95, 0.95),
        // blind385 (written blind: a Zverinac weekly, a cigar band collectors' newsletter, an air source heat
        // pump notice, an Aranese wire story, a bossaball report, a private investigators' regulator decision),
        // sealed until round sixty-one was frozen: 6159380 and aa50d2f alike, P 0.893 (75/84) R 0.893 (75/84);
        // after the freeze, with rules from their misses, 0.953 / 0.964.
        new("blind385", 45, 0.98, 1.00, 0.95, 0.96),
        // blind386 (written blind: a Fourni weekly, a sheet music collectors' newsletter, a shepherd's hut
        // notice, a Mòcheno wire story, a road bowling report, a security guard firms' regulator decision), read
        // at first sight with round sixty-one's code (24de582): P 0.976 (82/84) R 0.965 (82/85); round sixty-two
        // (e15157b) 1.000 / 1.000.
        new("blind386", 45, 1.00, 1.00, 1.00, 1.00),
        // blind387 (written blind: a Schoinoussa weekly, a gramophone needle tin collectors' newsletter, a cycle
        // shelter notice, a Walser wire story, a chess boxing report, a debt collectors' regulator decision),
        // read at first sight with round sixty-one's code (24de582): P 1.000 (79/79) R 0.988 (79/80); round
        // sixty-two (e15157b) 1.000 / 1.000.
        new("blind387", 45, 1.00, 1.00, 1.00, 1.00),
        // blind388 (written blind: a Koufonisia weekly, a sewing pattern collectors' newsletter, a log cabin
        // notice, a Vepsian wire story, a gig racing report, a scaffolding firms' regulator decision), read at
        // first sight with round sixty-one's code (24de582): P 1.000 (81/81) R 0.964 (81/84); round sixty-two
        // (e15157b) 1.000 / 1.000.
        new("blind388", 45, 1.00, 1.00, 1.00, 1.00),
        // blind389 (written blind: a Leipsoi weekly, a pen nib collectors' newsletter, a holiday let notice, a
        // Pomak wire story, a tiddlywinks report, an osteopaths' regulator decision), read at first sight with
        // round sixty-one's code (24de582): P 0.976 (80/82) R 0.964 (80/83); round sixty-two (e15157b) 1.000 /
        // 0.988.
        new("blind389", 45, 1.00, 0.98, 1.00, 0.98),
        // blind390 (written blind: a Marathi weekly, a jam jar label collectors' newsletter, a telecoms mast
        // notice, a Bunjevac wire story, a wellie wanging report, a bookmakers' regulator decision), sealed
        // until round sixty-two was frozen: 24de582 and e15157b alike, P 0.987 (74/75) R 0.914 (74/81); after
        // the freeze (bbf8885) 0.987 / 0.963.
        new("blind390", 45, 1.00, 0.98, 0.98, 0.96),
        // blind391 (written blind: a Pserimos weekly, a fridge magnet collectors' newsletter, a riding arena
        // notice, a Székely wire story, a log rolling report, a tattooists' regulator decision), sealed until
        // round sixty-two was frozen: 24de582 and e15157b alike, P 0.950 (76/80) R 0.927 (76/82); the rules
        // after the freeze leave it so.
        new("blind391", 45, 1.00, 1.00, 0.95, 0.92),
        // blind392 (written blind: a Telendos weekly, a hotel soap collectors' newsletter, a rooftop terrace
        // notice, a Low German wire story, an axe throwing report, a removal firms' regulator decision), sealed
        // until round sixty-two was frozen: 24de582 and e15157b alike, P 0.940 (79/84) R 0.929 (79/85); after
        // the freeze (bbf8885) 0.976 / 0.965.
        new("blind392", 45, 1.00, 1.00, 0.98, 0.97),
        // blind393 (written blind: a Kinaros weekly, a luggage tag collectors' newsletter, an EV charger notice,
        // a Plautdietsch wire story, a barrel racing report, a wedding venues' regulator decision), sealed until
        // round sixty-two was frozen: 24de582 and e15157b alike, P 0.976 (82/84) R 0.976 (82/84); the rules
        // after the freeze leave it so.
        new("blind393", 45, 1.00, 1.00, 0.97, 0.97),
        // blind394 (written blind: a Levitha weekly, a cufflink collectors' newsletter, a treehouse notice, a
        // Hutsul wire story, a spikeball report, a body piercers' regulator decision), read at first sight with
        // round sixty-two's code (9b54fcf): P 0.938 (75/80) R 0.904 (75/83); round sixty-three (b74fe1e) 1.000 /
        // 0.988.
        new("blind394", 45, 1.00, 1.00, 1.00, 0.98),
        // blind395 (written blind: a Trizonia weekly, a hat pin collectors' newsletter, a pizza oven notice, a
        // Boyko wire story, a shove ha'penny report, a minicab firms' regulator decision), read at first sight
        // with round sixty-two's code (9b54fcf): P 1.000 (85/85) R 1.000 (85/85); round sixty-three (b74fe1e)
        // leaves it so.
        new("blind395", 45, 1.00, 1.00, 1.00, 1.00),
        // blind396 (written blind: a Kalamos weekly, a pipe tamper collectors' newsletter, a glamping pod
        // notice, a Latgalian wire story, a bar billiards report, a scrapyard operators' regulator decision),
        // read at first sight with round sixty-two's code (9b54fcf): P 0.964 (80/83) R 0.952 (80/84); round
        // sixty-three (b74fe1e) 1.000 / 0.988.
        new("blind396", 45, 1.00, 1.00, 1.00, 0.98),
        // blind397 (written blind: a Kastos weekly, a bottle opener collectors' newsletter, a polytunnel notice,
        // a Jèrriais wire story, a pancake racing report, an escape room operators' regulator decision), read at
        // first sight with round sixty-two's code (9b54fcf): P 0.878 (72/82) R 0.857 (72/84); round sixty-three
        // (b74fe1e) 1.000 / 0.988.
        new("blind397", 45, 1.00, 1.00, 1.00, 0.98),
        // blind398 (written blind: a Meganisi weekly, a pencil sharpener collectors' newsletter, a roof lantern
        // notice, a Guernésiais wire story, a raft racing report, a waste carriers' regulator decision), sealed
        // until round sixty-three was frozen: 9b54fcf P 0.867 (72/83) R 0.857 (72/84); b74fe1e 0.928 (77/83) /
        // 0.917 (77/84); the rules after the freeze leave it so; round sixty-four (4da8b22) 0.929 (78/84) /
        // 0.929.
        new("blind398", 45, 1.00, 1.00, 0.92, 0.92),
        // blind399 (written blind: an Angistri weekly, a button hook collectors' newsletter, a padel court
        // notice, a Ligurian wire story, a bed racing report, a livery yards' regulator decision), sealed until
        // round sixty-three was frozen: 9b54fcf and b74fe1e alike, P 0.940 (78/83) R 0.929 (78/84); the rules
        // after the freeze leave it so.
        new("blind399", 45, 1.00, 1.00, 0.93, 0.92),
        // blind400 (written blind: a Thirasia weekly, a lapel pin collectors' newsletter, a shipping container
        // notice, a Piedmontese wire story, a bicycle polo report, a soft play centres' regulator decision),
        // sealed until round sixty-three was frozen: 9b54fcf and b74fe1e alike, P 0.926 (75/81) R 0.915 (75/82);
        // the rules after the freeze leave it so.
        new("blind400", 45, 0.98, 0.98, 0.92, 0.91),
        // blind401 (written blind: an Antikythira weekly, a cap badge collectors' newsletter, a pump track
        // notice, a Neapolitan wire story, a quadball report, a beauty salons' regulator decision), sealed until
        // round sixty-three was frozen: 9b54fcf and b74fe1e alike, P 0.940 (79/84) R 0.952 (79/83); after the
        // freeze (fdf4dde) 0.964 / 0.976.
        new("blind401", 45, 0.97, 1.00, 0.96, 0.97),
        // blind402 (written blind: a Zourva weekly, a sugar tongs collectors' newsletter, a bike store notice, a
        // Doric wire story, a wheelbarrow race report, a hairdressers' regulator decision), read at first sight
        // with round sixty-three's code (f7b0d97): P 0.902 (74/82) R 0.881 (74/84); round sixty-four (7af1055)
        // 0.964 (81/84) / 0.964.
        new("blind402", 45, 0.97, 1.00, 0.96, 0.96),
        // blind403 (written blind: a Vormsi weekly, a salt cellar collectors' newsletter, a pop-up bar notice,
        // an Arpitan wire story, a duck race report, a nail bars' regulator decision), read at first sight with
        // round sixty-three's code (f7b0d97): P 0.923 (72/78) R 0.867 (72/83); round sixty-four (7af1055) 0.963
        // (78/81) / 0.940.
        new("blind403", 45, 0.98, 1.00, 0.96, 0.93),
        // blind404 (written blind: an Agios Efstratios weekly, a model bus collectors' newsletter, a tennis
        // court notice, a Venetian wire story, a pram race report, a pet sitters' regulator decision), read at
        // first sight with round sixty-three's code (f7b0d97): P 0.940 (78/83) R 0.907 (78/86); round sixty-four
        // (7af1055) 0.977 (84/86) / 0.977.
        new("blind404", 45, 1.00, 1.00, 0.97, 0.97),
        // blind405 (written blind: a Dokos weekly, a match box collectors' newsletter, a car park barrier
        // notice, a Lombard wire story, a tin bath race report, a trampoline parks' regulator decision), read at
        // first sight with round sixty-three's code (f7b0d97): P 0.854 (70/82) R 0.824 (70/85); round sixty-four
        // (7af1055) 0.931 (81/87) / 0.953.
        new("blind405", 45, 0.96, 1.00, 0.93, 0.95),
        // blind406 (written blind: a Salamina weekly, a trouser press collectors' newsletter, a vending machine
        // notice, an Emilian wire story, a punting report, a chauffeur firms' regulator decision), sealed until
        // round sixty-four was frozen: f7b0d97 P 0.964 (80/83) R 0.952 (80/84); 7af1055 0.976 (81/83) / 0.964;
        // the rules after the freeze leave it so.
        new("blind406", 45, 0.94, 0.98, 0.97, 0.96),
        // blind407 (written blind: a Samiopoula weekly, a tie clip collectors' newsletter, a phone box notice, a
        // Romagnol wire story, a zorbing report, a bike hire firms' regulator decision), sealed until round
        // sixty-four was frozen: f7b0d97 P 0.905 (76/84) R 0.894 (76/85); 7af1055 the same; the rules after the
        // freeze leave it so.
        new("blind407", 45, 0.98, 1.00, 0.90, 0.89),
        // blind408 (written blind: an Arkoi weekly, a letter opener collectors' newsletter, a post box notice, a
        // Gallurese wire story, a unicycle hockey report, a window cleaners' regulator decision), sealed until
        // round sixty-four was frozen: f7b0d97 P 0.873 (69/79) R 0.821 (69/84); 7af1055 the same; after the
        // freeze (90db454) 0.880 (73/83) / 0.869.
        new("blind408", 45, 0.98, 1.00, 0.87, 0.86),
        // blind409 (written blind: a Kihnu weekly, a hip flask collectors' newsletter, a market canopy notice, a
        // Sassarese wire story, a segway polo report, a car washes' regulator decision), sealed until round
        // sixty-four was frozen: f7b0d97 P 0.877 (71/81) R 0.845 (71/84); 7af1055 0.889 (72/81) / 0.857; after
        // the freeze (a9011b2) 0.924 (73/79) / 0.869.
        new("blind409", 45, 0.97, 1.00, 0.92, 0.86),
        new("blind410", 45, 0, 0, 0, 0),
        new("blind411", 45, 0, 0, 0, 0),
        new("blind412", 45, 0, 0, 0, 0),
        new("blind413", 45, 0, 0, 0, 0),
        new("blind414", 45, 0, 0, 0, 0),
        new("blind415", 45, 0, 0, 0, 0),
        new("blind416", 45, 0, 0, 0, 0),
        new("blind417", 45, 0, 0, 0, 0),
    ];

    public static TheoryData<QuoteSet> All() => new(Sets);

    private static string Dir(QuoteSet set) => Path.Combine(QuoteFixtures.Dir, set.Name);

    [Theory]
    [MemberData(nameof(All))]
    public void Extraction_and_attribution_reach_the_floors_of_the_set(QuoteSet set)
    {
        var gold = QuoteSetScoring.Gold(Dir(set));
        gold.Count.ShouldBeGreaterThanOrEqualTo(set.MinimumQuotes);
        var predicted = QuoteSetScoring.Predict(Dir(set));

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);
        output.WriteLine($"{set.Name}: gold {gold.Count}, predicted {predicted.Count}, boundaries right {score.Found}, speaker right {score.RightSpeaker}, attributed {score.Attributed}; annotated rows found {score.GoldFound}, with their speaker {score.GoldAttributed}");
        output.WriteLine($"{set.Name}: extraction P {score.ExtractionPrecision:F3} R {score.ExtractionRecall:F3}; attribution P {score.AttributionPrecision:F3} R {score.AttributionRecall:F3}");
        score.ExtractionPrecision.ShouldBeGreaterThanOrEqualTo(set.ExtractionPrecision);
        score.ExtractionRecall.ShouldBeGreaterThanOrEqualTo(set.ExtractionRecall);
        score.AttributionPrecision.ShouldBeGreaterThanOrEqualTo(set.AttributionPrecision);
        score.AttributionRecall.ShouldBeGreaterThanOrEqualTo(set.AttributionRecall);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_annotated_quote_is_the_exact_text_of_its_document(QuoteSet set)
    {
        // An annotation that is not in its article (a typo, a straight apostrophe for a curly one) would
        // count as a miss the extractor could never fix. A running quote reopens each paragraph with a
        // mark the annotation leaves out, so those marks are dropped before comparing.
        foreach (var row in QuoteSetScoring.Gold(Dir(set)))
        {
            var text = QuoteFixtures.Normalize(File.ReadAllText(Path.Combine(Dir(set), row.Document))
                .Replace("\n\n“", "\n\n", StringComparison.Ordinal)
                .Replace("\n\n\"", "\n\n", StringComparison.Ordinal));
            text.ShouldContain(QuoteFixtures.Normalize(row.Text), customMessage: $"{set.Name}/{row.Document}: {row.Text}");
        }
    }

    [Fact]
    public void Scoring_counts_a_wrong_boundary_as_a_miss_and_a_wrong_speaker_against_attribution()
    {
        GoldQuote[] gold = [new("a.txt", "Lena Ortiz", "It is not an experiment"), new("a.txt", "Tomas Brandvold", "Ask me")];
        Quote[] predicted =
        [
            QuoteSetScoring.Predicted("a.txt", "It is not an experiment.", "Lena Ortiz"),
            QuoteSetScoring.Predicted("a.txt", "Ask me", "Lena Ortiz"),
        ];

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);

        score.Found.ShouldBe(1);
        score.RightSpeaker.ShouldBe(0);
        score.ExtractionPrecision.ShouldBe(0.5);
        score.AttributionPrecision.ShouldBe(0.0);
    }

    [Fact]
    public void Scoring_counts_a_headline_quote_repeated_in_the_body_once_for_recall()
    {
        GoldQuote[] gold = [new("a.txt", "Lena Ortiz", "no more surprises"), new("a.txt", "Tomas Brandvold", "Ask me")];
        Quote[] predicted =
        [
            QuoteSetScoring.Predicted("a.txt", "no more surprises", null),
            QuoteSetScoring.Predicted("a.txt", "no more surprises", "Lena Ortiz"),
            QuoteSetScoring.Predicted("a.txt", "Ask me", "Lena Ortiz"),
        ];

        var score = QuoteSetScoring.Score(gold, predicted, output.WriteLine);

        score.ExtractionPrecision.ShouldBe(1.0);
        score.ExtractionRecall.ShouldBe(1.0);
        score.AttributionPrecision.ShouldBe(0.5);
        score.AttributionRecall.ShouldBe(0.5);
    }

    [Theory]
    [InlineData("one councillor who voted against", "one councillor", true)]
    [InlineData("a senior Western diplomat", "A senior Western diplomat in Kolvar", true)]
    [InlineData("one councillor", "one resident", false)]
    [InlineData("a spokesman", "a", false)]
    [InlineData("Maureen Tully", "Maureen Tully's son", false)]
    [InlineData("Skelby Council", "Skelby", false)]
    [InlineData("The Financial Conduct Board", "Financial Conduct Board", true)]
    [InlineData("the Prime Minister's spokesman", "The Prime Minister's spokesman", true)]
    [InlineData("the Prime Minister's spokesman", "Prime Minister", false)]
    [InlineData("the Prime Minister’s spokesman", "Prime Minister's spokesman", true)]
    public void Scoring_takes_an_unnamed_source_with_or_without_its_trailing_words_and_names_but_for_a_leading_article_exactly(string gold, string predicted, bool same)
    {
        QuoteSetScoring.SameSpeaker(gold, predicted).ShouldBe(same);
    }
}
