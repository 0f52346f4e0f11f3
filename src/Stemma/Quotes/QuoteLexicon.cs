using System.Collections.Frozen;

namespace Stemma.Quotes;

/// <summary>The English words attribution and alteration checks rely on. Lowercase, compared ordinally.</summary>
internal static class QuoteLexicon
{
    /// <summary>Verbs that introduce speech, in the forms news writing uses.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "continued", "continues",
        "stated", "states", "explained", "explains", "noted", "notes", "argued", "argues", "warned", "warns",
        "insisted", "insists", "asked", "asks", "replied", "replies", "declared", "declares", "announced",
        "claimed", "claims", "urged", "urges", "called", "calls", "suggested", "suggests", "proposed", "proposes",
        "recalled", "recalls", "acknowledged", "admitted", "admits", "conceded", "complained", "predicted",
        "promised", "vowed", "pledged", "accused", "accuses", "described", "describes", "dismissed", "tweeted",
        "posted", "responded", "countered", "cautioned", "stressed", "emphasised", "emphasized", "observed",
        "remarked", "commented", "joked", "shouted", "revealed", "reiterated", "conceded", "concluded",
        "insisted", "maintained", "denied", "confirmed", "told", "recounted", "wondered", "testified", "interjected", "interrupted",
        "retorted", "quipped", "snapped", "exclaimed", "demanded", "pleaded", "boasted", "remind", "reminds", "reminded",
        "advised", "advises", "advise", "reported", "reports", "submitted", "submits", "contended", "contends", "asserted", "asserts",
        // The present tense of the verbs above that had only their past (The Commission concludes that the conduct "amounted to …"),
        // as a report's summary and a review write them.
        "concludes", "acknowledges", "concedes", "complains", "predicts", "promises", "vows", "pledges", "responds", "counters",
        "cautions", "stresses", "emphasises", "emphasizes", "observes", "remarks", "comments", "reveals", "reiterates", "maintains",
        "denies", "confirms", "recounts", "testifies", "demands", "pleads", "announces");

    /// <summary>
    /// Verbs of the manner of speaking, or of a gesture made while speaking, that cue a quote next to them (<c>"Order!" bellowed
    /// the Speaker</c>, <c>she smiled: "Ask me in a month"</c>, <c>he began</c>) but introduce no reported statement.
    /// </summary>
    public static readonly FrozenSet<string> MannerSpeechVerbs = Set("muttered", "mutters", "mumbled", "murmured", "whispered", "whispers",
        "bellowed", "barked", "yelled", "yells", "screamed", "shrieked", "roared", "growled", "sighed", "laughed", "laughs", "smiled", "smiles",
        "grinned", "groaned", "gasped", "sobbed", "wept", "cried", "fumed", "raged", "blasted", "gushed", "teased", "sneered", "scoffed",
        "mouthed", "chuckled", "beamed", "shrugged", "began", "begins", "chimed", "mused", "ventured", "agreed", "agrees", "answered", "answers",
        // ("Is that a yes?" the reporter pressed: pressing a question is asking it again.)
        "pressed",
        // ("Could he not have another go?" the spectator tried again: so is trying it again, or persisting; blind396.)
        "tried", "persisted");

    /// <summary>
    /// Professor Kinnear thanked members for "a serious debate, seriously conducted": thanks and congratulations are given in the
    /// thanker's words, as praise is (a letter's "which thanked them for their 'input'" is a thing's, read apart).
    /// </summary>
    public static readonly FrozenSet<string> ThankingVerbs = Set("thanked", "congratulated", "congratulates", "applauded", "applauds", "commended", "commends");

    /// <summary>
    /// Verbs of evaluation that take a quoted word or phrase as their object (<c>praised her side's
    /// "patience"</c>): the subject is the speaker of the quote, but the rest of the sentence is not a
    /// reported statement.
    /// </summary>
    public static readonly FrozenSet<string> EvaluationVerbs = Set(["praised", "praises", "criticised", "criticized", "criticises", "criticizes",
        "branded", "brands", "labelled", "labeled", "hailed", "hails", "condemned", "condemns", "slammed", "slams", "termed", "terms", "dubbed", "dubs",
        "blamed", "blames", "welcomed", "welcomes", "lamented", "laments", "lambasted", "lambasts",
        // (The parish council regretted "the loss of one of the oldest family plots": so verbs of regret and disapproval; blind244.)
        "regretted", "regrets", "deplored", "deplores", "decried", "decries", "bemoaned", "bemoans", "mourned", "mourns",
        // (his neighbour, Alan Brigstock, thought the whole business was "a storm in a feed bucket": an opinion so reported is theirs.)
        "thought", "thinks", "reckoned", "reckons", "believed", "believes",
        // (The conservation officer assessed the harm as "less than substantial": a judgement so given is its judge's words; blind365.
        // Not "judged", which a judge of a show or a contest does to entries, blind268.)
        "assessed", "assesses", "deemed", "deems", "characterised", "characterises", "characterized", "characterizes",
        .. ThankingVerbs]);

    /// <summary>Participles that hang a quote on the subject of the main clause (<c>…, saying "…"</c>).</summary>
    public static readonly FrozenSet<string> SpeechParticiples = Set("saying", "adding", "warning", "writing", "calling", "telling", "insisting", "arguing", "noting",
        "describing", "declaring", "urging", "asking", "promising", "claiming", "stressing", "explaining", "stating", "submitting", "maintaining",
        "contending", "asserting", "accepting", "admitting", "conceding", "acknowledging", "confirming", "recalling",
        // (opened by reminding members that the society was founded "to share, not to sell"; blind394.)
        "reminding", "suggesting");

    /// <summary>
    /// Participles of a finding or a remark that hang a quote on the main clause's subject only after a comma (<c>Dr Rook did not
    /// uphold it, finding that the share was "…"</c>); after "after" or "on" they report a reason, often a statute's words.
    /// </summary>
    public static readonly FrozenSet<string> FindingParticiples = Set("finding", "concluding", "observing", "remarking", "commenting");

    /// <summary>Words that make the verb after them passive or not the subject's speech (<c>was accused</c>).</summary>
    public static readonly FrozenSet<string> PassiveMarkers = Set("been", "was", "were", "be", "being", "is", "are", "get", "got");

    /// <summary>
    /// The parties a decision, a notice or a tribunal's record names by their part in the case (the appellant, the claimant, the
    /// registrant); set by hand. Role nouns all, and the person a decision is about when no one was made one outright.
    /// </summary>
    public static readonly FrozenSet<string> CaseParties = Set("appellant", "claimant", "complainant", "applicant", "registrant", "petitioner",
        "defendant", "respondent");

    /// <summary>
    /// Nouns naming a person by role or office, listed by hand from the fixtures and annotated sets, and two of them joined by a
    /// hyphen (a player-coach, the secretary-treasurer, an owner-trainer; blind259).
    /// </summary>
    public static readonly RoleNounList RoleNouns = new(HandRoleNouns());

    private static FrozenSet<string> HandRoleNouns() => Set("president", "minister", "chair", "chairman", "chairwoman", "chairperson", "director", "mayor",
        "leader", "speaker", "official", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor",
        "governor", "senator", "chief", "head", "commissioner", "ambassador", "diplomat", "ceo", "manager",
        "operator", "driver", "worker", "haulier", "analyst", "professor", "economist", "lawyer", "attorney",
        "judge", "officer", "inspector", "captain", "general", "councillor", "councilor", "premier",
        "representative", "envoy", "negotiator", "organiser", "organizer", "founder", "owner", "resident",
        "teacher", "doctor", "nurse", "scientist", "researcher", "expert", "engineer", "architect", "curator",
        "librarian", "farmer", "fisherman", "skipper", "captain", "coach", "player", "striker", "steward",
        "treasurer", "trustee", "administrator", "superintendent", "sheriff", "prosecutor", "auditor",
        "mediator", "spokesperson", "vice-president", "deputy", "lawmaker", "legislator", "mp", "gp", "congressman",
        "congresswoman", "activist", "campaigner", "historian", "pilot", "warden", "ranger", "host", "commuter", "passenger",
        "hydrologist", "spokesperson", "shopkeeper", "student", "volunteer", "landlord", "tenant", "fisher",
        "boss", "member", "source", "person", "aide", "adviser", "advisor", "witness", "executive",
        "commander", "sergeant", "constable", "detective", "magistrate", "investor", "shareholder", "surgeon", "headteacher",
        "referee", "umpire", "archbishop", "principal", "provost", "vicar", "chaplain", "rabbi", "imam", "paramedic", "firefighter",
        "coroner", "pathologist", "barrister", "solicitor", "counsel", "defendant", "editor", "correspondent", "presenter",
        "lieutenant", "colonel", "commandant", "corporal", "soldier", "admiral", "physician", "midwife", "pharmacist", "headmaster", "headmistress",
        "consultant", "pensioner", "neighbour", "neighbor", "shopper", "fan", "supporter", "voter", "customer", "patient", "employee",
        "insider", "banker", "trader", "accountant", "contractor", "builder", "protester", "protestor", "demonstrator", "survivor",
        "relative", "parent", "mourner", "eyewitness", "onlooker", "bystander", "motorist", "cyclist", "tourist", "visitor",
        "colleague", "friend", "staffer", "agent", "author", "writer", "novelist", "poet", "bishop", "cardinal", "pastor", "reverend",
        "canon", "deacon", "archdeacon", "justice", "harbourmaster",
        // An elected member of an Indian city corporation (Corporator Meenakshi Iyer), and an alderman.
        "corporator", "alderman", "alderwoman",
        // A council's or a court's clerk (The Clerk confirmed …), who speaks in its minutes.
        "clerk",
        "chef", "singer", "actor", "actress", "comedian", "footballer", "boxer", "athlete", "dancer", "musician", "artist", "designer",
        "broadcaster", "star", "legend", "icon", "pundit", "tycoon", "mogul", "influencer", "celebrity", "socialite", "heiress", "billionaire", "millionaire", "landlady", "publican", "baker", "butcher", "plumber", "electrician", "carer", "cleaner", "angler", "regular",
        "attendant", "supervisor", "mechanic", "vet", "dentist", "strategist", "planner", "surveyor", "geologist", "biologist",
        "physicist", "meteorologist", "forecaster", "academic", "lecturer", "dean", "rector", "registrar", "clerk", "caretaker",
        "proprietor", "entrepreneur", "businessman", "businesswoman", "keeper",
        // The building trades (the scaffolder shrugged; blind388).
        "scaffolder", "roofer", "bricklayer", "joiner", "carpenter", "glazier", "plasterer", "labourer", "welder", "foreman", "forewoman",
        "stonemason", "tiler",
        "grandmother", "grandfather", "grandparent", "gran", "granny", "grandma", "grandad", "granddad", "grandpa", "widow", "widower",
        "mum", "dad", "family", "mother", "father", "wife", "husband", "sister", "brother", "grandmother", "grandfather", "aunt", "uncle", "widower", "retiree", "veteran", "midfielder", "defender", "goalkeeper", "winger", "cricketer", "batsman", "jockey",
        "golfer", "sprinter", "swimmer", "wrestler", "rapper", "guitarist", "insider", "churchwarden", "verger", "curate",
        "deacon", "sexton", "islander",
        // Person nouns that are verbs too, which the WordNet list leaves out (WordNetPersonNouns): the ones news copy names speakers by.
        "partner", "guard", "broker", "suspect", "scout", "tutor", "mentor", "sponsor", "delegate", "advocate", "graduate", "intern",
        "recruit", "convict", "rival", "ally", "champion", "marshal", "associate", "pal", "mate", "porter", "cook", "usher", "steward",
        "chauffeur", "butler", "nanny",
        // (a shepherd, met in blind216; a cashier and a chaperone, of the same kind. Not caddie: River Caddie Anglers, blind84.)
        "shepherd", "cashier", "chaperone",
        // (a groom, who looks after horses, met in blind204: WordNet's first sense of the noun is a bridegroom, also a person, but
        // as a verb too it is left out.)
        "groom",
        // and adjectives too: a respondent, an attendant, an entrant.
        "respondent", "attendant", "entrant", "dependant",
        // A Recorder, a part-time judge of England and Wales (before Recorder Anthony Faulds; the Recorder asked), met in blind167;
        // a guild's or a livery company's head (the Master of the Guild replied), a ship's and a college's, met in blind172.
        "recorder", "master",
        // Person nouns whose first WordNet sense is a thing (a holder is a container first): the season-ticket holder, a stallholder.
        "holder", "stallholder", "leaseholder", "householder",
        // (and an agent, a chemical's or a cause's first: a planning applicant's agent, Agent: Tobias van der Hoek, met in blind218.)
        "agent",
        // Heads of local government kept untranslated in English copy (the district akim, Bakyt Omurzakov: a Kazakh or Kyrgyz
        // governor, met in blind216; a Turkish kaymakam or muhtar, an Arab mukhtar, a Polish voivode or starosta, an Indian sarpanch,
        // an Indonesian bupati), from each country's offices; none is an English word.
        "akim", "kaymakam", "muhtar", "mukhtar", "voivode", "starosta", "sarpanch", "bupati").Concat(CaseParties).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that may head a role mention after a determiner (the investigator said, according to an investigator): the role nouns,
    /// and every noun WordNet gives a person as its first sense (<see cref="WordNetPersonNouns"/>), less those news copy uses
    /// for something else. Only the head of a determined phrase: titles before a name and appositives read the hand list alone.
    /// </summary>
    public static readonly RoleNounSet PersonHeads = new(RoleNouns);


    /// <summary>"Company" and "society" as other languages write them at the head of a firm's name, lowercase.</summary>
    public static readonly string[] ForeignCompanyNouns = ["compagnie", "compagnia", "compania", "compañía", "companhia", "société", "societe", "società",
        "societa", "sociedad", "sociedade", "societatea", "empresa", "spółka", "společnost", "spoločnosť", "tvrtka", "kompanija", "družba", "yhtiö"];

    /// <summary>
    /// The head nouns of bodies' names in other languages, kept untranslated in English copy, by the English noun a later
    /// definite description uses (the Consorzio Sughericolo di Vèrghine, then "the consortium"), from each language's usual
    /// words for such bodies; Consorzio met in blind183.
    /// </summary>
    public static readonly FrozenDictionary<string, string> ForeignOrganisationHeads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consorzio"] = "consortium", ["consorcio"] = "consortium",
        ["cooperativa"] = "cooperative", ["coopérative"] = "cooperative", ["genossenschaft"] = "cooperative", ["coöperatie"] = "cooperative",
        ["associazione"] = "association", ["asociación"] = "association", ["associação"] = "association", ["verein"] = "association",
        ["vereniging"] = "association", ["forening"] = "association", ["förening"] = "association",
        ["fondazione"] = "foundation", ["fundación"] = "foundation", ["fundação"] = "foundation", ["fondation"] = "foundation",
        ["stiftung"] = "foundation", ["stichting"] = "foundation", ["stiftelse"] = "foundation",
        ["federazione"] = "federation", ["federación"] = "federation", ["fédération"] = "federation", ["federação"] = "federation",
        ["sindacato"] = "union", ["sindicato"] = "union", ["syndicat"] = "union", ["gewerkschaft"] = "union",
        // (Unione Marittimi Pelagie, "the union" of later copy: blind354, blind356; the Spanish and Portuguese words with it.)
        ["unione"] = "union", ["unión"] = "union", ["união"] = "union",
        ["comitato"] = "committee", ["comité"] = "committee",
        ["cámara"] = "chamber", ["chambre"] = "chamber", ["kammer"] = "chamber",
        ["ministero"] = "ministry", ["ministerio"] = "ministry", ["ministère"] = "ministry", ["ministerium"] = "ministry",
        ["tribunale"] = "court",
        ["verband"] = "association",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The heads above of languages that build a body's name as one compound word (Kreisverband, Sportverein, Handelskammer,
    // Landesstiftung, Bewonersvereniging): a word ending in one names a body of its kind.
    private static readonly string[] CompoundingOrganisationHeads = ["verband", "verein", "genossenschaft", "gewerkschaft", "kammer", "ministerium",
        "stiftung", "vereniging", "stichting", "forening", "förening", "stiftelse"];

    // The letters a compound's first part has at least (Kreis-, Sport-, Land-); set by hand, so that a short word merely ending in a head's
    // letters is none.
    private const int MinimumCompoundPrefixLetters = 3;

    /// <summary>
    /// The English noun for a body that <paramref name="word"/> (lowercase) names in another language, as a word of its own (consorzio,
    /// verein) or as the last part of a compound (Kreisverband: an association; blind370); null when it names none.
    /// </summary>
    public static string? ForeignOrganisationHead(string word) =>
        ForeignOrganisationHeads.TryGetValue(word, out var noun) ? noun
        : Array.Find(CompoundingOrganisationHeads, h => word.Length >= h.Length + MinimumCompoundPrefixLetters && word.EndsWith(h, StringComparison.Ordinal)) is { } head
            ? ForeignOrganisationHeads[head]
            : null;

    /// <summary>Nouns heading the name of an organisation, which may also speak (<c>the ministry said</c>).</summary>
    public static readonly FrozenSet<string> OrganisationNouns = Set(["government", "ministry", "kremlin", "authority", "union", "service", "commission", "council",
        "department", "committee", "agency", "chamber", "company", "office", "court", "police", "bank",
        "board", "army", "navy", "party", "group", "institute", "observatory", "university", "association", "federation",
        "press", "post", "times", "insider", "news", "herald", "standard", "courier", "guardian", "house",
        "parliament", "senate", "congress", "cabinet", "administration", "embassy", "firm", "corporation",
        "inc", "ltd", "plc", "corp", "llc", "limited", "gmbh", "oy", "oyj", "asa", "nv", "bv", "srl", "sarl", "pty", "ehf", "hf", "aps", "uab", "league", "club", "circle", "foundation", "trust", "society", "coalition", "guild", "alliance", "consortium", "collective", "panel", "tribunal",
        "museum", "library", "hospital", "school", "port", "airport", "business", "operator", "charity", "organisation", "organization",
        "insurer", "retailer", "developer", "manufacturer", "carrier", "airline", "supplier", "coastguard", "regulator", "watchdog",
        "lender", "college", "academy", "festival", "directorate", "secretariat", "inspectorate", "branch", "municipality", "prefecture",
        "governorate",
        // (The coordination centre said, after the Skerrow Maritime Rescue Coordination Centre.)
        "centre", "center",
        "council", "fbi", "cia", "nato", "un", "eu", "white", "force", "constabulary", "journal", "co-operative", "cooperative", "co-op", "bureau", "team", "alliance", "consortium",
        "directorate", "inspectorate", "secretariat", "taskforce", "camp", "presidency",
        // (The Regional Poisons Unit, which treated the member, said; the Serious Fraud Division.)
        "unit", "division",
        // (The command said, after the Planalto Civil Protection Command; blind364.)
        "command",
        // (The fund said, after the Coastal Heritage Fund; a benevolent fund.)
        "fund",
        // (The clinic said, after Hawthorn Lane Clinic Ltd; St Brannoc's Hospice; the Diocese of Wealdmoor; the Carrow Vale Customer
        // Forum: bodies met in blind182–185.)
        "clinic", "hospice", "diocese", "forum",
        // (The Family Mediators’ Support Network said, met in blind334; the network said.)
        "network", "movement",
        // (In its submission, the newspaper said, after the Kestrelford Herald: blind226.)
        "newspaper",
        // (The sub-committee said, after the Harnleigh Licensing Sub-Committee: blind279.)
        "sub-committee", "subcommittee",
        // (The Fellowship's annual report said, after the Northern Fellowship of Horse Brass Collectors: blind353.)
        "fellowship",
        // "Company" in the languages whose firms' names open with it (Compagnie Sucrière du Nord, Compania Portuară Sarata Noua,
        // Companhia Vale, Società Italiana, Sociedad Minera, Spółka Wodna), from each language's word, not from the sets.
        .. ForeignCompanyNouns]);

    /// <summary>The legal endings written in lower case after a company's name (Vesturferjur ehf., Almwerk s.r.o., Lesy a.s.).</summary>
    public static readonly FrozenSet<string> LowercaseLegalEndings = Set("ehf", "hf", "s.r.o", "d.o.o", "a.s", "spol");

    /// <summary>The legal endings of a company's name (Shonali Threads Ltd, Boreal Fibre Oy), which the article may leave off later.</summary>
    public static readonly FrozenSet<string> LegalEndings = Set("inc", "ltd", "plc", "corp", "llc", "limited", "gmbh", "oy", "oyj", "asa", "nv", "bv", "srl",
        "sarl", "pty", "ag", "sa", "spa", "ab", "as", "co", "company", "corporation", "incorporated",
        // Central and eastern Europe's (Hungary's Zrt., Nyrt. and Kft.; the Czech and Slovak s.r.o.; the Balkans' d.o.o.; JSC), and
        // elsewhere (Makmur Hijau Plantations Sdn Bhd in Malaysia, Pte Ltd, SpA, AB, Tbk, Lda).
        "zrt", "nyrt", "kft", "sro", "s.r.o", "doo", "d.o.o", "jsc", "bhd", "pte", "spa", "tbk", "lda",
        // The Nordic and Baltic ones (Iceland's ehf. and hf., Denmark's ApS, Estonia's OÜ, Latvia's SIA, Lithuania's UAB).
        "ehf", "hf", "aps", "oü", "sia", "uab");

    // The one office of a chair under its four names (declared before RoleSynonyms, which reads it).
    private static readonly string[] ChairNames = ["chair", "chairman", "chairwoman", "chairperson"];

    /// <summary>
    /// Titles a role word stands for when it names a person by a looser word: a head of state or of
    /// an organisation is its "leader", a foreign minister its "top diplomat".
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> RoleSynonyms = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["leader"] = ["secretary", "president", "chancellor", "premier", "prime", "chair", "chairman", "chairwoman", "chief", "head", "king", "queen", "secretary-general", "leader"],
        ["diplomat"] = ["foreign", "minister", "ambassador", "envoy", "diplomat"],
        ["chief"] = ["chief", "head", "director", "president", "chair", "ceo"],
        ["head"] = ["chief", "head", "director", "president", "chair", "ceo"],
        ["boss"] = ["chief", "head", "director", "president", "chair", "ceo", "manager", "coach"],
        ["spokesperson"] = ["spokesperson", "spokesman", "spokeswoman"],
        ["official"] = ["official", "officer", "spokesman", "spokeswoman", "spokesperson"],
        ["investor"] = ["investor", "shareholder"],
        ["shareholder"] = ["investor", "shareholder"],
        ["coach"] = ["coach", "manager", "boss", "head", "trainer"],
        ["trainer"] = ["trainer", "coach"],
        ["manager"] = ["manager", "boss", "coach"],
        ["bishop"] = ["bishop", "archbishop"],
        // (Councillor Ruth Abernethy-Cole, who chaired the committee …. The chairman said: one office under its four names; blind355.)
        ["chair"] = ChairNames, ["chairman"] = ChairNames, ["chairwoman"] = ChairNames, ["chairperson"] = ChairNames,
        ["officer"] = ["officer", "constable", "detective", "inspector", "sergeant", "superintendent"],
        // (Lance Corporal Tobias de Winter, then "the soldier said": the ranks of an army's soldiers, not a team's captain; blind368.)
        ["soldier"] = ["soldier", "private", "corporal", "sergeant", "lieutenant", "gunner", "trooper", "rifleman", "sapper", "guardsman", "bombardier"],
        // (the starter, the Rev Alan Mabey, …. "…," the vicar said: a parish cleric is the one styled Reverend; blind397.)
        ["vicar"] = ["vicar", "reverend"], ["rector"] = ["rector", "reverend"], ["curate"] = ["curate", "reverend"],
        ["chaplain"] = ["chaplain", "reverend"], ["pastor"] = ["pastor", "reverend"], ["priest"] = ["priest", "reverend"],
        ["insider"] = ["insider", "source"],
        ["source"] = ["source", "insider"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Titles written short before a name and the word a role names them by again (Sgt Dale Purkiss … the sergeant said; blind345).
    /// </summary>
    public static readonly FrozenDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sgt"] = "sergeant", ["insp"] = "inspector", ["supt"] = "superintendent", ["cllr"] = "councillor", ["cr"] = "councillor",
        ["capt"] = "captain", ["col"] = "colonel", ["maj"] = "major", ["lt"] = "lieutenant", ["gen"] = "general", ["cmdr"] = "commander",
        ["cdr"] = "commander", ["det"] = "detective", ["prof"] = "professor", ["gov"] = "governor", ["sen"] = "senator",
        ["rep"] = "representative", ["rev"] = "reverend", ["revd"] = "reverend", ["msgr"] = "monsignor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Personal pronouns that stand for one earlier person.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he", "she");

    /// <summary>Words that may start a noun phrase naming a speaker.</summary>
    public static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "this", "that");

    /// <summary>The days' names, lowercase.</summary>
    public static readonly FrozenSet<string> DayNames = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>The months' names, lowercase.</summary>
    public static readonly FrozenSet<string> MonthNames = Set("january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december");

    /// <summary>Capitalised words that are never part of a person's name.</summary>
    public static readonly FrozenSet<string> NotNames = Set([.. DayNames, .. MonthNames,
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "if", "when", "while", "after", "before",
        "then", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "here",
        "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "lady", "prof", "prof.", "rev", "rev.", "his", "her",
        "their", "our", "its", "one", "for", "from", "by", "with", "to", "of", "about", "also", "still",
        "according", "earlier", "later", "last", "next", "today", "yesterday", "tomorrow", "previously",
        "meanwhile", "however", "despite", "although", "because", "since", "until", "so", "not", "no", "yes",
        // The feasts that name a day with a word a name may hold (By Christmas Eve she had …: Eve is a given name; blind273).
        "christmas", "easter", "hogmanay", "halloween", "hallowe'en", "whitsun", "michaelmas", "candlemas", "lammas"]);

    /// <summary>
    /// British police ranks shortened before a surname (DC Bickley, DS Ryle, DI Kaur, DSupt Hale, PCSO Ward): honorifics only as written
    /// so, in capitals; Di in Rosaria Di Bella is an Italian name's particle.
    /// </summary>
    public static readonly FrozenSet<string> PoliceRankAbbreviations = Set("dc", "ds", "di", "dsupt", "pcso");

    /// <summary>
    /// Titles given before a monk's, a teacher's or a priest's one name (Bhante Suvaco, Swami Prakash, Ajahn Chah, the Ven Martin
    /// Oduya, Pandit Venkatesh Sharma), honorifics too. An Orthodox abbot's and abbess's titles and an archimandrite's are written
    /// before the one name a monk goes by (the abbot, Igoumenos Theoktistos, met in blind283; the transliterations and the others
    /// from the same usage).
    /// </summary>
    public static readonly string[] OneNameTitles = ["bhante", "ven", "venerable", "swami", "ajahn", "geshe", "sayadaw", "acharya", "sadhvi", "mahant",
        "pandit", "giani", "ustad", "maulana", "mufti", "igoumenos", "igoumeni", "igumen", "hegumen", "archimandrite"];

    /// <summary>Honorifics kept out of a name's identity.</summary>
    public static readonly FrozenSet<string> Honorifics = Set("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "revd", "rt", "hon", "fr",
        "cllr", "det", "insp", "supt", "sgt", "dci", "dsi", "pc", "capt", "col", "maj", "lt", "gen", "cmdr",
        "sister", "brother", "father", "mother", "monsignor", "msgr",
        // Religious and customary titles of other traditions (the one-name titles above, added below; Bhai Harjinder Singh, Sofer
        // Avraham Kessler, a scribe; Eng. Samuel Otieno in East Africa, Mama Rehema for an older Kenyan woman), never part of the name.
        "bhai", "pundit", "shri", "shrimati", "smt", "rebbetzin", "reb", "rav", "sofer", "eng", "engr", "alhaji", "alhaja", "mwalimu", "mama",
        // Nigerian police ranks written before a name (SP Rukayat Bello, a superintendent; CSP, ACP, CP, AIG, IGP above).
        "sp", "asp", "dsp", "csp", "acp", "dcp", "cp", "aig", "dig", "igp",
        // Cr, an Australian councillor's title (Cr Colin Pettigrew).
        "cr",
        // Courtesy titles of other languages kept in English copy (Doña Rosario Quintanilla, Madame Hélène Marcassin, Herr Jürgen
        // Albrecht, Signora Bianchi). Don and Dom, English given names too, are titles only where the article shows them so
        // (TitlesThatAreGivenNames).
        "doña", "señora", "señor", "señorita", "senhora", "senhor", "signora", "signor", "signorina", "madame", "monsieur", "mme", "mlle",
        "herr", "frau",
        // Nana, the title of a Ghanaian chief or queen mother (Nana Adwoa Sarpong-Mensah); Cdr, a naval commander (Lt Cdr Ngata).
        "nana", "cdr", "cdre",
        // Malaysian titles of honour and courtesy (Datuk Azman Rashid, Dato' Lim, Datin Rosnah, Tun Hamid, Tengku Zafrul, Encik and Puan for
        // Mr and Mrs); British police ranks shortened before a surname are added below (PoliceRankAbbreviations).
        "datuk", "dato", "dato'", "dato’", "datin", "tun", "tengku", "tunku", "encik", "puan",
        // Plural titles before a list of names (Cllrs Tom Ambler, Priya Nandakumar and Geoff Rowe; Messrs Hale and Dunn): each name
        // in the list is the person without the title.
        "cllrs", "messrs", "drs", "profs", "crs",
        // Courtesy and customary titles of other countries written before a name in English copy, listed from the forms of address
        // of each language, not from any annotated set: West Africa (Madam, Opanin and Obaapanyin for an Akan elder, Togbe for an
        // Ewe chief, Otunba, Mazi, Ezinne, Hajiya, Mallam); southern and East Africa (Sekuru and Ambuya, Shona for grandfather and
        // grandmother; Bwana); the Philippines (Aling, Manong, Manang); Malaysia and Indonesia (Bapak, Ibu, Cik, Hajah); Thailand
        // (Khun); Tamil (Thiru, Thirumathi, Selvi); Urdu (Janab); Arabic and Malay teachers (Ustaz, Ustadh); Vietnamese (Ông, Bà);
        // central and eastern Europe (Pan's Pani, Paní, Pán; Gospodin, Gospođa; Domnul, Doamna); the Low Countries and Scandinavia
        // (Meneer, Mevrouw, Dhr, Mevr, Fru); Italy, Spain and Portugal's professional titles (Dottore, Dottoressa, Avvocato,
        // Onorevole, Licenciado, Ingeniero, Doutor), and Maître for a French lawyer.
        "madam", "opanin", "obaapanyin", "togbe", "togbui", "otunba", "oloye", "mazi", "ezinne", "hajiya", "hajia", "mallam", "malam",
        "sekuru", "ambuya", "bwana", "aling", "manong", "manang", "bapak", "ibu", "cik", "hajah", "khun", "thiru", "thirumathi", "selvi",
        "janab", "ustaz", "ustadh", "ông", "bà", "pani", "paní", "pán", "gospodin", "gospodja", "gospođa", "gospodjica", "domnul", "doamna",
        "meneer", "mevrouw", "dhr", "mevr", "fru", "dott", "dottore", "dottoressa", "avv", "avvocato", "onorevole", "licenciado",
        "licenciada", "ingeniero", "ingeniera", "doutor", "doutora", "maître", "maitre",
        // Sensei, a Japanese teacher's or coach's title; Ratu, a Fijian chief's.
        "sensei", "ratu",
        // Setswana (Mma, Rra, Kgosi for a chief), Oshiwambo (Meme), Zulu and Xhosa (Mnumzana, Nkosazana), and the ranks of sumo
        // written before a ring name (Yokozuna, Ozeki, Sekiwake, Komusubi).
        "mma", "rra", "kgosi", "meme", "mnumzana", "nkosazana", "yokozuna", "ozeki", "sekiwake", "komusubi",
        // Amharic (Ato for Mr, Weyzero or Woizero for Mrs, Weyzerit for Miss; W/ro is read by its "wro"), Sesotho (Ntate, 'M'e), and Perit, the
        // title of a Maltese architect, from each language's forms of address.
        "ato", "weyzero", "woizero", "weizero", "wro", "weyzerit", "ntate", "m'e", "perit",
        // Gogo and Mkhulu, siSwati and Zulu for grandmother and grandfather, said of an elder before her name.
        "gogo", "mkhulu",
        // Bhutan's forms of address and titles written before a name in English copy (Lyonpo for a minister, Dasho for one the king
        // has honoured, Aum for a woman, Lopen for a teacher); the titles of a Maroon or Indigenous village's leaders in
        // Suriname (Granman, the paramount chief; Kapitein, a village head; Basja, his assistant). Lyonpo, Aum, Dasho and Kapitein
        // were met in blind139 and blind134; the others were added from the same countries' usage.
        "lyonpo", "dasho", "aum", "lopen", "granman", "kapitein", "basja",
        // Nei, the Gilbertese title written before a woman's name in Kiribati (met in blind147), and Iroij, a Marshallese
        // paramount chief's, from the same islands' usage.
        "nei", "iroij",
        // Brunei's and Malaysia's titles of honour written before a name (Pehin, Pengiran, Awangku and Dayangku for a noble's son
        // and daughter; Paduka and Berhormat, words of a style, Dato Paduka, Yang Berhormat), from the countries' forms of address;
        // Pengiran met again after bin (bin Pengiran Ahmad) is the father's and stays, as MentionParser keeps a patronymic whole.
        "pehin", "pengiran", "awangku", "dayangku", "paduka", "berhormat",
        // Offices written untranslated before a name in copy from Spanish, Portuguese and Italian-speaking countries (Intendente
        // Rosalba Cáceres, a Paraguayan mayor; Comisario Andrés Peñalver; Alcaldesa, Gobernador, Diputada, Concejal, Prefeito,
        // Vereadora, Sindaco), from each country's offices; none is an English word. Intendente and Comisario were met in blind164
        // and blind158.
        "intendente", "intendenta", "comisario", "comisaria", "alcalde", "alcaldesa", "gobernador", "gobernadora", "diputado", "diputada",
        "senador", "senadora", "concejal", "concejala", "regidor", "regidora", "ministro", "ministra", "subcomisario", "subcomisaria",
        "prefeito", "prefeita", "vereador", "vereadora", "deputado", "deputada", "sindaco", "assessore", "questore", "prefetto",
        // Titles written before a name in copy from French-speaking and Arabic-speaking Africa: El Hadj and Hadja for one who has
        // made the pilgrimage (the Francophone spelling of Alhaji); Wali, a Mauritanian or Moroccan governor, and Hakem, a prefect;
        // Commissaire, a cycling race's or a French police commissioner. Met in blind171, blind173 and blind170; the others added
        // from the same usage.
        "hadj", "hadja", "elhadj", "el-hadj", "hadji", "wali", "hakem", "commissaire",
        // (Caid or Qaid, a Moroccan local administrator, Caid Hamid Ouchrif, met in blind220.)
        "caid", "qaid",
        // Offices written untranslated before a name in copy from the Nordic countries, the German-speaking and Dutch-speaking
        // countries, Spain's regions and Italy (Kommundirektör Henrik af Klinteberg, a Swedish municipal director; Borgmester, a
        // Danish or Norwegian mayor; Consejera, a Canarian island councillor; Bürgermeister, Landrat, Wethouder, Burgemeester,
        // Consigliere), from each country's offices; none is an English word. Kommundirektör, Borgmester and Consejera were met in
        // blind174, blind177 and blind176.
        "kommundirektör", "kommundirektor", "kommunalråd", "borgmästare", "landshövding", "borgmester", "ordfører", "ordförande",
        "kommunaldirektør", "rådmann", "bürgermeister", "buergermeister", "oberbürgermeister", "landrat", "landrätin", "stadtrat",
        "stadträtin", "burgemeester", "wethouder", "gedeputeerde", "schepen", "consejero", "consejera", "conseller", "consellera",
        "consigliere", "consigliera", "conseiller", "conseillère", "préfet", "préfète", "bâtonnier", "bâtonnière",
        // Titles of a teacher, a cleric or a crew's senior hand written untranslated before a name: the martial arts' grades of
        // master (Grandmaster, Sifu and Shifu in Chinese styles, Shihan, Hanshi, Kyoshi and Renshi in Japanese ones); Mawlawi,
        // Maulvi, Mawlana and Maulana for a Muslim scholar in Afghan and South Asian copy; Mamosta, Kurdish for a teacher; Nostromo,
        // an Italian boatswain. Grandmaster, Mamosta, Mawlawi and Nostromo were met in blind202, blind200, blind199 and blind200;
        // the others were added from the same usage.
        "grandmaster", "sifu", "shifu", "shihan", "hanshi", "kyoshi", "renshi", "mawlawi", "maulvi", "mawlana", "maulana", "mamosta",
        "nostromo",
        // Police and military ranks written untranslated before a name in copy from Italy, Spain, Portugal and France (Maresciallo
        // Corrado Iannì of the carabinieri; Brigadiere, Appuntato, Capitano, Tenente, Colonnello; Sargento, Teniente, Capitán,
        // Coronel; Capitaine, Commandant, Adjudant), from each country's ranks, not from any annotated set; none is an English word.
        // Maresciallo was met in blind210.
        "maresciallo", "brigadiere", "appuntato", "capitano", "tenente", "colonnello", "ammiraglio", "sargento", "teniente", "capitán",
        "coronel", "comandante", "capitaine", "commandant", "adjudant",
        // Met kept in names in blind254–261: Greek Kyria and Kyrios (Mrs and Mr: Kyria Anastasia Gerakari), the Polish village head's
        // office (Wójt), the Sorbian headteacher's (Direktorka) with its masculine, an Aymara community authority's (Mallku), and
        // the Paraguayan Ña and Ño for Doña and Don (Ña Celestina Ayala). None is a given name or an English word.
        "kyria", "kyrios", "wójt", "direktorka", "direktor", "mallku", "ña", "ño",
        // Offices and forms of address written untranslated before a name, met kept in names in blind193–267: a Philippine barangay's
        // captain and councillor (Kapitan, Kagawad), a Croatian or Serbian municipal head (Načelnik, Načelnica), a Māori elder
        // (Kaumātua), the Moroccan Lalla for a woman of standing and Caïd with its diaeresis, a Thai subdistrict headman (Kamnan),
        // a Tibetan abbot and minister (Khenpo, Kalon), a Swazi chief's counsellor (Indvuna), a Turkish chair (Başkan), an Italian
        // police commissioner (Commissario), a Burmese woman's Daw and a pilgrim's Haj and Hajji. English writes none of them
        // capitalised before a name for anything else (daw, a jackdaw, and haj, the pilgrimage, are lowercase nouns); the feminine
        // and unaccented forms were added from the same usage.
        "kapitan", "kagawad", "načelnik", "načelnica", "kaumātua", "kaumatua", "lalla", "caïd", "qaïd", "kamnan", "khenpo", "kalon",
        "indvuna", "başkan", "baskan", "commissario", "commissaria", "daw", "haj", "hajji",
        // A Greek mayor's office written untranslated before a name (Demarch Stavroula Kanellopoulou-Vrettou, met in blind273), with
        // its transliterations and a prefect's (Nomarch) from the same usage, and a Greek skipper's form of address (Kapetan Yannis
        // Kambouris-Lekka, met in blind274); none is an English word or a given name.
        "demarch", "dimarch", "dimarchos", "nomarch", "kapetan", "kapetanios").Concat(OneNameTitles).Concat(PoliceRankAbbreviations).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Titles of address that are English given names too (Don Pero Šegedin, a Croatian or Italian priest, and Don Draper; Dom for
    /// a Benedictine monk): a title only where the article shows it as one, written before a full name and again before the
    /// given name alone (Don Pero).
    /// </summary>
    public static readonly FrozenSet<string> TitlesThatAreGivenNames = Set("Don", "Dom");

    /// <summary>
    /// The words of a Malay style after <c>Yang</c> (<c>Yang Berhormat</c>, <c>Yang Mulia</c>, <c>Yang Amat Mulia</c>, <c>Yang
    /// Dimuliakan</c>): with them, Yang is the style's and no Chinese surname. From Brunei's and Malaysia's forms of address.
    /// </summary>
    public static readonly FrozenSet<string> MalayStyleWords = Set("berhormat", "mulia", "amat", "teramat", "dimuliakan", "berbahagia");

    /// <summary>
    /// The heads of a Malay title of honour (<c>Dato</c>, <c>Datuk</c>, <c>Datin</c>, <c>Pehin</c>, <c>Tan Sri</c>) and the words of
    /// rank that may follow them before the name (<c>Dato Seri Setia</c>, <c>Dato Paduka</c>, <c>Pehin Orang Kaya Laila Wijaya</c>):
    /// after a head, those words are the title's, though some are given names elsewhere (Seri, Laila, Indera). From the two
    /// countries' lists of titles.
    /// </summary>
    public static readonly FrozenSet<string> MalayTitleHeads = Set("dato", "dato'", "dato’", "datuk", "datin", "pehin", "tan");

    /// <inheritdoc cref="MalayTitleHeads"/>
    public static readonly FrozenSet<string> MalayRankWords = Set("seri", "sri", "paduka", "setia", "laila", "jasa", "indera", "utama", "diraja",
        "wira", "perkasa", "pahlawan", "wijaya", "orang", "kaya", "dewa", "lela", "stia");

    /// <summary>
    /// A page's rubric in capitals before a headline or a paragraph (<c>LIVE:</c>, <c>BREAKING:</c>, <c>WATCH:</c>): no body's initials
    /// and no name, though written as both are.
    /// </summary>
    public static readonly FrozenSet<string> Rubrics = Set("live", "breaking", "watch", "exclusive", "update", "updated", "video", "listen", "analysis",
        "opinion", "explainer", "pictured", "revealed", "correction", "editorial", "developing", "latest", "urgent", "flash");

    /// <summary>
    /// American abbreviated titles (<c>Gov. Patricia Lind</c>, <c>Sen. Raymond Tull</c>, <c>Rep.</c>, <c>Atty. Gen.</c>): titles only
    /// with their full stop, since Sen and Rep are also names (Amartya Sen); and the Italian professional titles written so before a
    /// name (<c>Ing. Niccolò Ferrante-Bassi</c> for an engineer, met in blind195; <c>Avv.</c>, <c>Dott.</c>, <c>Geom.</c>,
    /// <c>Arch.</c>), which without their stop are other words (ING, Arch), and the Dutch ones (<c>Ir.</c>, <c>Drs.</c>).
    /// </summary>
    public static readonly FrozenSet<string> DottedTitles = Set("gov", "sen", "rep", "atty", "brig", "adm", "cpl", "pvt", "ing", "avv", "dott", "geom", "arch",
        // H.E. for His or Her Excellency before a Gulf minister's or official's name (H.E. Eng. Fatima Al Sawwaf; met in blind211).
        "h.e",
        // The Dutch academic titles, used in the Netherlands, its Caribbean islands, Suriname and Indonesia: Ir. for an engineer,
        // Drs. for a doctorandus (Ir. Marcha Isenia-Sprock; blind235).
        "ir", "drs");

    /// <summary>
    /// Royal, noble and traditional titles written before a name (<c>Prince Tunde Aleru</c>, <c>Sheikh Omar Saleh</c>): no part
    /// of the name when a name follows, but also surnames (Sarah King, Erik Prince), so they are only dropped from the front.
    /// </summary>
    public static readonly FrozenSet<string> LeadingTitles = Set("prince", "princess", "king", "queen", "sheikh", "sheikha", "emir", "sultan",
        "baron", "baroness", "duke", "duchess", "earl", "countess", "viscount", "viscountess", "marquess", "marchioness", "chief", "oba", "rajah", "maharaja", "mzee", "hajji", "haji",
        // Titles of address that are also given names or surnames somewhere (Baba and Amai, Shona for father and mother; Igwe, an
        // Igbo king and a surname; Mang, a Filipino man's title and a surname; Sri, a Sinhala and Indonesian honorific and a given name).
        "baba", "amai", "igwe", "mang", "sri",
        // Adi, a Fijian woman chief's title and a given name elsewhere; Roko, a Fijian chief's and a Croatian given name.
        "adi", "roko",
        // Tate, Oshiwambo for father and Mr, and an English surname; Tata, Xhosa for father; Bibi, Swahili for Mrs and a given name.
        "tate", "tata", "bibi",
        // Military ranks that are surnames too (Major Anders Lykke; John Major; Brigadier Ruth Fane).
        "major", "brigadier",
        // Awang and Dayang, Brunei Malay for Mr and Ms before a name, and given names and surnames too (Awang Hamzah; Ali Awang).
        "awang", "dayang");

    /// <summary>Letters after a name that are no part of it (<c>KC</c>, <c>MP</c>, <c>OBE</c>, <c>Jr</c>).</summary>
    public static readonly FrozenSet<string> PostNominals = Set("kc", "qc", "mp", "msp", "mep", "mla", "td", "jp", "phd", "jr", "sr", "obe", "mbe", "cbe",
        "kbe", "dbe", "frs", "dl", "ii", "iii",
        // Masters of Wine, royal colleges' fellows and members, chartered engineers, orders and degrees written after a name.
        "mw", "frcs", "frcp", "frcog", "frcpsych", "frsa", "mrcvs", "frcvs", "ceng", "kcb", "kcmg", "cmg", "lvo", "cvo", "mvo", "dphil", "msc",
        "bsc", "mba", "llb");

    /// <summary>Honorifics and words that tell a person's gender: true for a man, false for a woman.</summary>
    public static readonly FrozenDictionary<string, bool> GenderWords = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["mr"] = true, ["sir"] = true, ["lord"] = true, ["spokesman"] = true, ["chairman"] = true, ["brother"] = true, ["son"] = true,
        ["husband"] = true, ["father"] = true, ["uncle"] = true, ["nephew"] = true, ["grandfather"] = true, ["congressman"] = true,
        ["mrs"] = false, ["ms"] = false, ["miss"] = false, ["dame"] = false, ["lady"] = false, ["spokeswoman"] = false, ["chairwoman"] = false,
        ["sister"] = false, ["daughter"] = false, ["wife"] = false, ["mother"] = false, ["aunt"] = false, ["niece"] = false,
        ["bhai"] = true, ["alhaji"] = true, ["mama"] = false, ["shrimati"] = false, ["smt"] = false, ["sadhvi"] = false, ["alhaja"] = false,
        ["rebbetzin"] = false,
        ["señor"] = true, ["senhor"] = true, ["signor"] = true, ["monsieur"] = true, ["herr"] = true,
        ["doña"] = false, ["señora"] = false, ["señorita"] = false, ["senhora"] = false, ["signora"] = false, ["signorina"] = false,
        ["madame"] = false, ["mme"] = false, ["mlle"] = false, ["frau"] = false,
        // The feminine forms of offices written untranslated before a name (Consellera Aina Triay, Alcaldesa Rosa Peña, Préfète
        // Claire Aubry), which tell a woman as Mrs does; the masculine forms are left out, as some languages use them for women too.
        ["consellera"] = false, ["consejera"] = false, ["alcaldesa"] = false, ["gobernadora"] = false, ["diputada"] = false,
        ["senadora"] = false, ["concejala"] = false, ["regidora"] = false, ["ministra"] = false, ["intendenta"] = false,
        ["comisaria"] = false, ["subcomisaria"] = false, ["prefeita"] = false, ["vereadora"] = false, ["deputada"] = false,
        ["préfète"] = false, ["conseillère"] = false, ["consigliera"] = false, ["bâtonnière"] = false, ["landrätin"] = false,
        ["stadträtin"] = false,
        ["encik"] = true, ["messrs"] = true, ["puan"] = false, ["datin"] = false, ["awang"] = true, ["dayang"] = false, ["awangku"] = true,
        ["dayangku"] = false,
        ["madam"] = false, ["opanin"] = true, ["obaapanyin"] = false, ["togbe"] = true, ["togbui"] = true, ["ezinne"] = false, ["hajiya"] = false,
        ["hajia"] = false, ["sekuru"] = true, ["ambuya"] = false, ["bwana"] = true, ["aling"] = false, ["manong"] = true, ["manang"] = false,
        ["mang"] = true, ["bapak"] = true, ["ibu"] = false, ["hajah"] = false, ["thiru"] = true, ["thirumathi"] = false, ["selvi"] = false,
        ["janab"] = true, ["ông"] = true, ["bà"] = false, ["pani"] = false, ["paní"] = false, ["pán"] = true, ["gospodin"] = true,
        ["gospodja"] = false, ["gospođa"] = false, ["gospodjica"] = false, ["domnul"] = true, ["doamna"] = false, ["meneer"] = true,
        ["mevrouw"] = false, ["dhr"] = true, ["mevr"] = false, ["fru"] = false, ["dottore"] = true, ["dottoressa"] = false,
        ["comisario"] = true, ["comisaria"] = false, ["alcalde"] = true, ["alcaldesa"] = false, ["gobernador"] = true, ["gobernadora"] = false,
        ["diputado"] = true, ["diputada"] = false, ["senador"] = true, ["senadora"] = false, ["concejal"] = true, ["concejala"] = false,
        ["regidor"] = true, ["regidora"] = false, ["ministro"] = true, ["ministra"] = false, ["subcomisario"] = true, ["subcomisaria"] = false,
        ["prefeito"] = true, ["prefeita"] = false, ["vereador"] = true, ["vereadora"] = false, ["deputado"] = true, ["deputada"] = false,
        ["intendenta"] = false,
        ["licenciado"] = true, ["licenciada"] = false, ["ingeniero"] = true, ["ingeniera"] = false, ["doutor"] = true, ["doutora"] = false,
        ["baba"] = true, ["amai"] = false, ["ratu"] = true, ["adi"] = false, ["roko"] = true,
        ["mma"] = false, ["rra"] = true, ["meme"] = false, ["mnumzana"] = true, ["nkosazana"] = false, ["tate"] = true, ["tata"] = true, ["bibi"] = false,
        ["yokozuna"] = true, ["ozeki"] = true, ["sekiwake"] = true, ["komusubi"] = true,
        ["grandmother"] = false, ["congresswoman"] = false,
        ["grandad"] = true, ["granddad"] = true, ["grandpa"] = true, ["widower"] = true, ["dad"] = true,
        ["prince"] = true, ["king"] = true, ["sheikh"] = true, ["emir"] = true, ["sultan"] = true, ["baron"] = true, ["duke"] = true, ["earl"] = true,
        ["viscount"] = true, ["marquess"] = true,
        ["princess"] = false, ["queen"] = false, ["sheikha"] = false, ["baroness"] = false, ["duchess"] = false, ["countess"] = false,
        ["viscountess"] = false, ["marchioness"] = false,
        ["gran"] = false, ["granny"] = false, ["grandma"] = false, ["widow"] = false, ["mum"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The plain nouns for a person that tell a gender (a man in the third row, one woman), true for a man: what an unnamed source
    /// called so can be, never a title or a tie to someone else, so they are kept apart from <see cref="GenderWords"/>.
    /// </summary>
    public static readonly FrozenDictionary<string, bool> GenderedPersonNouns = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["man"] = true, ["gentleman"] = true, ["boy"] = true, ["schoolboy"] = true, ["businessman"] = true, ["fisherman"] = true, ["policeman"] = true,
        ["woman"] = false, ["girl"] = false, ["schoolgirl"] = false, ["businesswoman"] = false, ["policewoman"] = false, ["actress"] = false,
        ["waitress"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Nouns of a sentence that exists to name who spoke (<c>That was the verdict of X</c>,
    /// <c>X's verdict was blunt</c>).
    /// </summary>
    public static readonly FrozenSet<string> VerdictNouns = Set("verdict", "view", "assessment", "message", "warning", "reaction", "response", "reply",
        "answer", "opinion", "take", "summary", "judgment", "judgement", "advice", "explanation", "cry", "plea", "words", "boast", "claim", "shout", "chant", "remark", "quip", "retort",
        "post", "statement", "letter", "email", "tweet", "note", "tip", "prediction", "suggestion", "accusation", "allegation", "complaint",
        "criticism", "comment", "comments", "remarks", "question",
        // (That commitment came from the chief executive: a promise or an admission is named by who made it, as a verdict is.)
        "commitment", "promise", "pledge", "vow", "assurance", "admission", "confession", "rebuke", "tribute", "apology", "sentiment", "reminder",
        // (That reassurance came from Commander Ettore Lo Bianco: blind350; a denial and a correction with it.)
        "reassurance", "denial", "correction",
        // (That was the whole submission of Councillor Ravi Deshmukh: what a party puts to a hearing is named by who put it.)
        "submission", "testimony", "objection",
        // (Mr Ashdown's own evidence was blunt: "…"; the coxswain's account: a witness's telling of events is named by the witness.)
        "evidence", "account", "recollection",
        // (That estimate, from Dr Neiar Kabua: a figure put forward is named by who put it forward, as a claim is.)
        "estimate", "forecast", "calculation",
        // (That was the position of the firm's head of marketing, Sian Abernethy: a stand taken is named by who took it.)
        "position", "stance",
        // (That caution came from Shpresa Deda-Krasniqi, met in blind219: a note of doubt or hope is named by who sounded it.)
        "caution", "doubt", "scepticism", "skepticism", "hope", "optimism", "concern", "fear", "defiance",
        // (That instruction came from the landlord, met in blind227: a bidding is named by who gave it.)
        "instruction", "instructions", "request", "demand", "appeal", "invitation",
        // (That ruling came from Carol Ashdown-Pike, the race's only steward; blind403: a decision given is named by who gave it.)
        "ruling");

    /// <summary>
    /// Organisation nouns that stand for any organisation named before (<c>the company</c> after
    /// <c>Brannock Aggregates</c>); others (<c>the council</c>) only for one whose name holds them.
    /// </summary>
    public static readonly FrozenSet<string> GenericOrganisationNouns = Set("company", "firm", "business", "group", "operator", "club", "organisation",
        "organization", "charity", "corporation", "insurer", "retailer", "developer", "manufacturer", "carrier", "airline", "supplier",
        "agency", "regulator", "watchdog", "lender");

    /// <summary>
    /// Nouns naming a kind of body that stand as modifiers in a later description (<c>the campaign group</c>
    /// after <c>the Save Ferncombe Fields campaign</c>, <c>the residents' association</c>).
    /// </summary>
    public static readonly FrozenSet<string> OrganisationDescriptors = Set("campaign", "movement", "alliance", "network", "forum", "coalition", "union",
        "association", "charity", "trust", "society", "committee");

    /// <summary>
    /// The words that close a campaign group's or a charity's name (Human Rights Watch, Green Caspian Watch, Christian Aid, Climate
    /// Action, Global Witness, Mountain Rescue): no surname, so a given name the lists hold inside such a run (Caspian) is no
    /// person's. Set by hand from the names of such groups.
    /// </summary>
    public static readonly FrozenSet<string> CampaignNameEnds = Set("watch", "aid", "action", "witness", "rescue", "alert");

    /// <summary>
    /// Capitalised plurals that open a group's name before "of" and a place or a body (Friends of Harrowby Library, Voices of
    /// Kelsey, Parents of Ashdale Primary): with them, "of" and the name after it are one body's name. Set by hand from
    /// British campaign groups' names; a surname ending in s (Williams of Cardiff) is a person and where they come from.
    /// </summary>
    public static readonly FrozenSet<string> GroupNameHeads = Set("friends", "voices", "parents", "residents", "neighbours", "supporters",
        "mothers", "fathers", "families", "veterans", "citizens", "sisters", "brothers", "women", "survivors", "victims");

    /// <summary>
    /// The trade a company's name ends in (Tamberley Water, Brackwell Foods, Northline Rail): a capitalised run of two words or
    /// more ending in one is a company, which "the company" or "the firm" may refer back to. Set by hand from British company
    /// names; none is a common surname.
    /// </summary>
    public static readonly FrozenSet<string> CompanyTradeWords = Set("water", "energy", "airways", "airlines", "rail", "railways", "motors",
        "foods", "logistics", "technologies", "pharmaceuticals", "telecom", "utilities", "properties", "developments", "aggregates",
        "insurance", "breweries", "dairies", "shipping", "haulage", "construction", "engineering", "minerals", "mining", "automotive", "pharma", "biotech", "aerospace", "chemicals",
        "textiles", "gas", "electricity",
        // (The buyer, Atlantic Kernel Trading; Harlech Meridian Capital; Orrin Holdings.)
        "trading", "holdings", "industries", "enterprises", "commodities", "exports",
        // (Penrose & Vale Roofing, Hochfeld Wasserbau's kind in English: the building trades firms are named by.)
        "roofing", "plumbing", "scaffolding", "joinery", "glazing", "builders", "contractors", "surveyors",
        // (Aegean Horizon Lines, Aegean Meridian Lines: the words shipping and ferry companies are named by, after a place and a word
        // the name lists hold; blind311, blind315.)
        "lines", "ferries", "cruises", "freight", "maritime", "navigation",
        // (Polar Granite Works, Arctic Stone Quarries: the words quarrying and works companies are named by, after a word the name
        // lists hold; a quarry, a mill or a foundry is as often the place as the company; blind324.)
        "works", "quarries", "quarrying",
        // (Bright Gate Migration Services, an advisers' firm whose name opens with words the name lists hold; blind352.)
        "services", "solutions");

    // Shared by the descriptions that name one kind of body; declared before OrganisationKindMarks, which reads them
    // (static fields are set in textual order).
    // (A company's legal form, its group or holdings, its trade, or "company" in its own language.)
    private static readonly string[] BusinessMarks = [.. LegalEndings, "group", .. CompanyTradeWords, .. ForeignCompanyNouns];
    private static readonly string[] PublicBodyMarks = ["office", "authority", "commission", "council", "board", "agency", "ombudsman", "inspectorate", "panel", "standards"];
    private static readonly string[] PoliceMarks = ["constabulary", "police"];
    private static readonly string[] InvestmentMarks = ["capital", "investments", "investors", "partners", "management", "asset", "fund", "pensions"];
    private static readonly string[] MediaMarks = ["media", "productions", "studios", "entertainment", "records", "publishing", "pictures", "films", "games", "interactive"];
    // (Kestrelford Herald, met in blind226: a newspaper's title ends in the word that says it is one; words that end people's names
    // too, Post, Star, Sun, Mercury, are left out.)
    public static readonly string[] NewspaperMarks = ["herald", "gazette", "chronicle", "courier", "telegraph", "tribune", "clarion", "sentinel",
        "examiner", "advertiser", "argus", "bugle", "journal", "echo", "times", "observer"];
    private static readonly string[] BroadcastMarks = ["radio", "tv", "television", "fm", "news", "broadcasting", "show", "programme"];

    /// <summary>
    /// Words in an organisation's name that mark it as being of the kind a definite description names
    /// (Harrowgate Rovers is "the club", Veltrix Ltd "the company"), lowercase, by that description's noun.
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> OrganisationKindMarks = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["club"] = ["fc", "afc", "rovers", "united", "city", "athletic", "wanderers", "albion", "rfc"],
        ["company"] = [.. BusinessMarks, .. MediaMarks],
        ["firm"] = [.. BusinessMarks, "llp", .. InvestmentMarks],
        // (The fund said, after Thistlegate Capital, which owns 8.2% of the shares.)
        ["fund"] = InvestmentMarks,
        ["studio"] = MediaMarks,
        ["publisher"] = MediaMarks,
        ["broadcaster"] = BroadcastMarks,
        ["station"] = BroadcastMarks,
        ["programme"] = BroadcastMarks,
        ["show"] = BroadcastMarks,
        ["business"] = BusinessMarks,
        ["newspaper"] = NewspaperMarks,
        ["trust"] = ["nhs"],
        ["hospital"] = ["infirmary"],
        ["force"] = PoliceMarks,
        ["regulator"] = PublicBodyMarks,
        ["watchdog"] = PublicBodyMarks,
        // (The agency said, after the National Weather Service: a government service is an agency.)
        ["agency"] = [.. PublicBodyMarks, "service", "administration", "bureau", "directorate"],
        ["police"] = PoliceMarks,
        // (The union said, after the Lifeguards' Association or the Association of Theatre Practitioners: trade unions are named
        // associations, guilds and federations as often as unions; blind310, blind314.)
        ["union"] = ["association", "guild", "federation"],
        // (Ilemo State, Kerman Province, Wexmoor County: a place of government, never a person, though a pronoun may seem to reach it.)
        ["state"] = ["state", "province", "county", "territory", "prefecture", "governorate", "oblast"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The last words of organisation names that a description of another kind never refers back to: a
    /// court, a league or competition, a building (the club said is not the Northern Premier League).
    /// </summary>
    public static readonly FrozenSet<string> NonReferentOrganisationNouns = Set("court", "league", "cup", "championship", "premiership", "division",
        "tournament", "trophy", "stadium", "ground", "park", "hall", "arena", "building", "station", "centre", "center", "market", "tribunal");

    /// <summary>
    /// Lowercase words that may stand inside a proper name between capitalised words (the Bank of England, the Office for
    /// Refugees, Trade and Industry).
    /// </summary>
    public static readonly FrozenSet<string> NameConnectors = Set("of", "for", "and", "on", "the", "in", "&");

    /// <summary>
    /// Words that give a thing its name and take the name straight after them (<c>known as</c>, <c>so-called</c>,
    /// <c>a group called</c>, <c>a transfer labelled</c>): a quoted phrase right after one is a label, not speech.
    /// </summary>
    public static readonly FrozenSet<string> NamingWords = Set("so-called", "called", "call", "calls", "dubbed", "nicknamed", "nickname", "nicknames", "named", "labelled", "labeled",
        "branded", "titled", "entitled", "christened", "styled", "billed");

    /// <summary>
    /// Conjunctions that open a clause with a subject of its own (as a judge told him, while a neighbour said): never a modifier of
    /// a role before them (asked one spectator as umpire Fionnuala de Búrca paced out the mark; blind386).
    /// </summary>
    public static readonly FrozenSet<string> ClauseConjunctions = Set("as", "while", "when", "after", "because", "before", "since", "although", "though", "whereas");

    /// <summary>
    /// Words that carry a sentence on after a partial quote (prepositions, conjunctions, relatives, auxiliaries,
    /// adverbs of time): a quote followed by one of them is part of the sentence, not a modifier of the word after it.
    /// </summary>
    public static readonly FrozenSet<string> ClauseWords = Set("between", "during", "since", "until", "till", "within", "without", "against", "among", "amid",
        "across", "after", "before", "over", "under", "through", "throughout", "toward", "towards", "despite", "given", "unless", "because",
        "although", "though", "while", "whilst", "whereas", "if", "nor", "yet", "per", "beyond", "around", "upon", "onto", "inside", "outside",
        "except", "plus", "ahead", "instead", "rather", "last", "next", "too", "now", "again", "even", "still", "already", "yesterday", "today",
        "tonight", "tomorrow", "whom", "whose", "where", "when", "why", "whether", "unlike", "near", "behind", "below", "above", "beneath",
        "alongside", "versus", "via", "not", "never", "instead", "either", "neither", "both", "every", "each", "many", "much", "more", "less",
        "least", "most", "own", "off", "out", "up", "down", "away", "back", "twice", "once", "almost", "nearly", "ago", "later", "earlier");

    /// <summary>Words that make the quote after them its complement (<c>said it was "finely balanced"</c>): no label follows them.</summary>
    public static readonly FrozenSet<string> Copulas = Set("is", "are", "was", "were", "be", "been", "being", "am", "seemed", "seems", "looked", "looks",
        "felt", "feels", "sounded", "sounds", "became", "become", "becomes", "remained", "remains", "as", "had", "has", "have", "would", "will",
        "could", "should", "might", "may", "must", "can", "to", "not");

    /// <summary>
    /// Offices held in an organisation: a name after "chair of", "an analyst at", "a spokesperson for" is the
    /// organisation's (Colin Ashby, chair of Kellin Patients Together), not a person's.
    /// </summary>
    public static readonly FrozenSet<string> OfficeNouns = Set("chair", "chairman", "chairwoman", "chairperson", "director", "president", "head", "chief",
        "founder", "co-founder", "secretary", "leader", "manager", "spokesperson", "spokesman", "spokeswoman", "analyst", "member", "members",
        "trustee", "treasurer", "executive", "ceo", "owner", "coordinator", "organiser", "organizer", "convenor", "partner", "economist",
        "researcher", "lecturer", "professor", "governor", "principal", "headteacher", "editor", "captain", "coach",
        // (Mireille de la Tour-Varga, proprietor of Cirque Varga: blind279.)
        "proprietor", "proprietress");

    /// <summary>
    /// Last words of a capitalised name that make it a prize, a road or a building, never a person
    /// (the Harland Prize, Corbridge Road); common surnames (Hall, Park, Street) are left out.
    /// </summary>
    public static readonly FrozenSet<string> ThingNameEnds = Set("prize", "award", "awards", "trophy", "medal", "road", "avenue", "stadium", "arena", "centre",
        "center", "station", "building", "church", "chapel", "cathedral", "theatre", "theater", "gallery", "exchange", "market", "airport", "festival",
        "infirmary", "estate", "bypass", "motorway", "reservoir", "river", "valley", "crescent", "terrace", "square", "gardens", "quay", "wharf",
        "harbour", "dam", "canal", "beach", "roundabout", "junction", "interchange", "flyover", "cup", "shield", "championship", "championships", "tournament",
        "bulletin", "newsletter", "digest", "gazette", "magazine",
        // Features of a landscape and places of work no surname shares (below Slate Creek, a resident of Chapel Yard; blind224,
        // blind232).
        "creek", "yard", "lagoon", "reef", "glacier", "peninsula", "inlet", "pier", "jetty", "lighthouse", "airfield", "checkpoint", "quarry",
        "volcano", "crater", "falls", "island", "islands", "atoll", "trailhead",
        // (Hollybrook Cottage and Wrenfold Farm, the two holdings a boundary runs between: a farm's or a cottage's name; blind275.)
        "farm", "farmhouse", "cottage", "cottages",
        // (a record 143 fleeces at Harrowfield Showground: grounds where shows and races are held, no surname's; blind278.)
        "showground", "showgrounds", "racecourse", "racetrack", "fairground", "velodrome",
        // A document's title (the Design and Access Statement, met in blind218; the Public Path Diversion Order, blind217): the
        // document nouns no surname shares.
        "statement", "report", "order", "act", "regulations", "assessment", "strategy", "policy", "plan", "review");

    /// <summary>
    /// Words for "saint" that open the names of saints, and of the churches, feasts and villages named for them (Agios Kyprianos,
    /// Ayia Napa, Sveti Nikole, Sankt Moritz, São Tomé), in the languages whose saints' names the sets' places carry; never a
    /// speaker's given name. Capitalised as names write them.
    /// </summary>
    public static readonly FrozenSet<string> SaintWords = FrozenSet.ToFrozenSet(["Agios", "Agia", "Agioi", "Ayios", "Ayia", "Aghios", "Aghia",
        "Sveti", "Sveta", "Sankt", "São"], StringComparer.Ordinal);

    /// <summary>
    /// Last words of a place's name that are also common surnames (Kiln Lane / Nathan Lane, Mill Street / Meryl Street): a place
    /// when the word before is a common word the word list does not give as a name.
    /// </summary>
    public static readonly FrozenSet<string> SurnameLikePlaceEnds = Set("lane", "street", "park", "green", "hill", "bridge", "way", "close", "drive",
        "row", "field", "fields", "wood", "moor", "marsh", "brook", "cross", "gate", "lake", "bay", "common", "weir", "ford", "mill", "well", "dale", "heath");

    /// <summary>
    /// Nouns of things that "say" in news copy (a statement from the trust said, a report by the auditors found):
    /// never an unnamed person, whatever postmodifier follows.
    /// </summary>
    public static readonly FrozenSet<string> DocumentNouns = Set("statement", "report", "letter", "card", "postcard", "email", "document", "study", "survey", "review",
        "notice", "memo", "post", "filing", "release", "ruling", "judgment", "judgement", "decision", "analysis", "paper", "note", "message",
        "briefing", "leaflet", "website", "poll", "audit", "plan", "proposal", "bill", "law", "rule", "guidance", "order", "sign", "banner",
        "placard", "poster", "headline", "tweet", "text", "caption", "label", "book", "article", "film", "song", "verdict", "transcript",
        "recording", "minutes", "record", "footage", "figures", "data", "translation", "interpretation", "readout", "submission", "objection",
        "petition");

    /// <summary>Nouns of quantity that follow "a" or "one" without naming anyone (a few said, one third said).</summary>
    public static readonly FrozenSet<string> Quantities = Set("few", "number", "lot", "majority", "minority", "handful", "third", "half", "quarter",
        "couple", "dozen", "fifth", "tenth", "series", "range", "variety");

    /// <summary>Words that negate what follows.</summary>
    public static readonly FrozenSet<string> Negators = Set("not", "no", "never", "n't", "nobody", "nothing", "none", "neither", "nor", "cannot", "without");

    /// <summary>Contractions that carry a negation (<c>won't</c>).</summary>
    public static bool IsNegator(string word) =>
        Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || word == "cannot";

    // Antonym pairs a reporter's slip or a rewrite turns into each other; each pair is listed once.
    private static readonly (string, string)[] AntonymPairs =
    [
        ("active", "inactive"), ("accept", "reject"), ("accepted", "rejected"), ("agree", "disagree"),
        ("increase", "decrease"), ("increased", "decreased"), ("rise", "fall"), ("rose", "fell"),
        ("more", "less"), ("more", "fewer"), ("most", "least"), ("always", "never"), ("all", "none"),
        ("legal", "illegal"), ("possible", "impossible"), ("likely", "unlikely"), ("fair", "unfair"),
        ("safe", "unsafe"), ("success", "failure"), ("succeed", "fail"), ("win", "lose"), ("won", "lost"),
        ("support", "oppose"), ("supports", "opposes"), ("open", "closed"), ("strong", "weak"),
        ("good", "bad"), ("better", "worse"), ("best", "worst"), ("high", "low"), ("higher", "lower"),
        ("before", "after"), ("guilty", "innocent"), ("true", "false"), ("approve", "reject"),
        ("approved", "rejected"), ("will", "won't"), ("can", "cannot"), ("can", "can't"), ("did", "didn't"),
        ("is", "isn't"), ("was", "wasn't"), ("are", "aren't"), ("do", "don't"), ("does", "doesn't"),
        ("should", "shouldn't"), ("would", "wouldn't"), ("could", "couldn't"), ("must", "mustn't"),
        ("has", "hasn't"), ("have", "haven't"), ("productive", "unproductive"), ("welcome", "unwelcome"),
        ("acceptable", "unacceptable"), ("sustainable", "unsustainable"), ("ready", "unready"),
        ("confident", "doubtful"), ("optimistic", "pessimistic"), ("up", "down"), ("expand", "cut"),
        ("hire", "fire"), ("gain", "loss"), ("gains", "losses"), ("profit", "loss"), ("open", "shut"),
    ];

    private static readonly FrozenSet<(string, string)> Antonyms = BuildAntonyms();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether one word is the antonym or the negated form of the other (<c>active</c>/<c>inactive</c>).</summary>
    public static bool AreAntonyms(string a, string b)
    {
        if (Antonyms.Contains((a, b)))
        {
            return true;
        }

        // A negating prefix on an otherwise identical word: inactive, unfair, nonbinding, dishonest.
        return HasNegatingPrefix(a, b) || HasNegatingPrefix(b, a);
    }

    private static bool HasNegatingPrefix(string word, string stem)
    {
        foreach (var prefix in (string[])["in", "un", "im", "il", "ir", "non", "non-", "dis"])
        {
            if (stem.Length >= MinimumPrefixedStem && word.Length == prefix.Length + stem.Length
                && word.StartsWith(prefix, StringComparison.Ordinal) && word.EndsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Stems of four letters or more: 'in' + 'to' must not read as a negated 'to'.
    private const int MinimumPrefixedStem = 4;

    /// <summary>Function words left out when comparing content across translations.</summary>
    public static readonly FrozenSet<string> StopWords = Set("the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "but", "that", "this",
        "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "as", "from", "into",
        "we", "our", "us", "i", "you", "he", "she", "they", "their", "them", "his", "her", "will", "would",
        "should", "can", "could", "may", "might", "must", "shall", "have", "has", "had", "do", "does", "did",
        "so", "such", "than", "then", "there", "here", "which", "who", "whom", "what", "when", "where", "why",
        "how", "all", "any", "each", "other", "some", "very", "also", "just", "only", "about", "inter", "alia",
        "means", "using", "use", "like", "once", "again", "s");

    /// <summary>Number words, for telling a changed number from a changed word.</summary>
    public static readonly FrozenSet<string> NumberWords = Set("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
        "billion", "dozen", "half", "double", "triple", "first", "second", "third", "fourth", "fifth");

    /// <summary>Whether a word is a number, in digits or in words.</summary>
    public static bool IsNumber(string word) =>
        NumberWords.Contains(word) || (word.Length > 0 && char.IsDigit(word[0]));

    private static FrozenSet<(string, string)> BuildAntonyms()
    {
        var set = new HashSet<(string, string)>();
        foreach (var (a, b) in AntonymPairs)
        {
            set.Add((a, b));
            set.Add((b, a));
        }

        return set.ToFrozenSet();
    }
}
