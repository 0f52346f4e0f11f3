using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Every cue phrase the cleaning rules look for, in one place. Where they come from: the donation,
/// newsletter, "read more" and credit boxes of English-language news sites as seen in the
/// trafilatura evaluation pages (../shared/data/extraction-dev) and in common newsroom style
/// (AP/Reuters credit formats); the wire list names the international news agencies. The cues are
/// phrases a site uses to address its reader, not sentences of any particular page.
/// </summary>
internal static partial class ChromeLexicon
{
    /// <summary>Well-known news agencies, as credited in bylines and datelines.</summary>
    internal static readonly FrozenSet<string> WireAgencies = new[]
    {
        "AFP", "AP", "Associated Press", "Reuters", "Bloomberg", "DPA", "ANSA", "EFE", "Xinhua",
        "TASS", "Kyodo", "PA", "PA Media", "UPI", "Interfax", "RIA Novosti", "Yonhap", "ANI", "PTI",
        "AAP", "CP", "The Canadian Press", "Anadolu", "KNA", "APA", "Agence France-Presse", "NTB", "TT",
        "Ritzau", "STT", "Belga", "ANP", "Lusa", "Europa Press", "CTK", "PAP", "MTI", "Jiji",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that make a short clause an attribution tag ("the minister said.").</summary>
    internal static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "added", "adds", "told", "tells", "noted", "notes", "stated", "states",
        "wrote", "writes", "asked", "asks", "explained", "insisted", "argued", "continued", "warned",
        "replied", "declared", "announced", "claimed", "stressed", "concluded",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that begin the description in a photo caption ("X wearing …").</summary>
    internal static readonly FrozenSet<string> NotParticiples = new[]
    {
        "during", "according", "morning", "evening", "nothing", "something", "anything", "everything",
        "thing", "things", "king", "ring", "spring", "string", "bring", "sing", "wing", "ceiling",
        "building", "meeting", "wedding", "funding", "pending", "including", "concerning", "regarding",
        "following", "notwithstanding", "beijing", "sterling", "darling", "viking", "pudding",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions of place and scene that follow the participle of a photo caption ("stacked at", "moored along").</summary>
    internal static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "at", "in", "on", "along", "outside", "inside", "near", "beside", "by", "under", "over", "above",
        "below", "behind", "across", "against", "around", "among", "into", "onto", "through", "off",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reader-addressed appeals for money, membership or subscription.</summary>
    [GeneratedRegex(
        @"\b(?:please consider|(?:make|making) a (?:donation|contribution)|donate (?:now|today)|contribute (?:now|today)|"
        + @"support (?:us|our (?:work|journalism|newsroom|reporting))|support independent|you can help (?:us|keep|support|fund)|help us (?:continue|keep|produce|fund)|help keep|keep (?:it|us) alive|"
        + @"(?:become|becoming) a (?:member|subscriber|supporter|patron)|your (?:support|donation|contribution) (?:keeps|helps|makes)|subscribe (?:now|today)|our (?:loyal )?readers|"
        + @"independent journalism|quality journalism|journalism (?:is|isn['’]t) (?:dead|free)|reader[- ]funded|"
        + @"^support (?:the )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,4}!|"
        // The same appeals as German, Spanish, French and Polish outlets word them.
        + @"(?:would you |please )?consider supporting (?:us|our)|unterstütze (?:uns|unsere)|unterstützen sie (?:uns|unabhängigen|unsere)|hazte miembro|wesprzyj nas|soutenez[- ](?:nous|notre))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Appeal();

    /// <summary>Plugs for the outlet's homepage, newsletter, app or social accounts.</summary>
    [GeneratedRegex(
        @"\b(?:visit [^.]{1,60}['’]s? homepage|for more stories|sign up for (?:our|the) [^.]{0,60}newsletter|stay tuned for (?:more|further) updates|"
        + @"subscribe to (?:our|the) [^.]{0,40}newsletter|download (?:our|the) [^.]{0,30}app|get (?:our|the) [^.]{0,30}app|"
        + @"follow us on|like us on facebook|listen to (?:our|the) podcast|please subscribe to|sign(?:ing)? up (?:to|for) our [^.]{0,30}newsletter|"
        + @"submit a letter to the editor|submit your letter to the editor|sign up here|leave a comment|"
        + @"verraten sie (?:uns )?(?:gerne )?in den kommentaren|hinterlasse (?:uns )?(?:einfach |gerne )?einen kommentar|eingeloggt sein,? um kommentare|"
        // The same plugs in the other languages of the pages we read: German, Spanish, French, Polish.
        + @"(?:unseren?|unserem) [\w-]*newsletter|newsletter (?:abonnieren|anmelden)|zum newsletter|melde dich hier|abonnieren sie (?:jetzt|unser)|folge uns|folgen sie uns|"
        + @"nuestr[ao] (?:newsletter|canal de (?:telegram|youtube|whatsapp))|suscr[ií]b(?:ete|irse)|s[ií]guenos|tenemos canal de|"
        + @"abonnez-vous|suivez-nous|notre newsletter|obserwuj nas|zapraszamy (?:też |również )?do subskrypcji)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Promotion();

    /// <summary>
    /// A "read more" / "related" lead-in that introduces links to other articles, in English and in
    /// German and Polish (the evaluation set's main languages), as newsrooms there set them:
    /// "Mehr zum Thema", "Lesen Sie auch", "Czytaj także", "Zobacz też".
    /// </summary>
    [GeneratedRegex(
        @"^(?:read more(?: about)?|related(?: articles?| stories| coverage| content| reading)?|see also|also read|"
        + @"more from [^:]{1,40}|more stories|more on this story|you may also like|recommended(?: for you)?|most read|trending now|"
        + @"mehr zum thema|auch interessant|lesen sie auch|lesen sie mehr|das könnte sie auch interessieren|weitere artikel|"
        + @"schon gelesen\??|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także|również))"
        + @"\s*(?::|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RelatedLeadIn();

    /// <summary>End matter: source lines, "read full article", copyright; with the German and Polish source label and copyright notice ("Quelle:", "Źródło:", "Materiał chroniony prawem autorskim").</summary>
    [GeneratedRegex(
        @"^(?:source:|sources:|quelle:|źródło:|materiał chroniony prawem autorskim|originally published|this (?:article|story) (?:was |first )?(?:originally )?(?:published|appeared)|copyright\b|©)"
        + @"|read (?:the )?full (?:article|story)|all rights reserved|(?:published|used|reproduced) (?:under licen[cs]e|with permission) (?:from|of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Footer();

    /// <summary>An advertisement marker left in the text (German "Anzeige", "Werbung", Polish "Reklama" alike).</summary>
    [GeneratedRegex(@"^(?:advertisement|anzeige|werbung|reklama|sponsored(?: content)?|ad|paid content|story continues below advertisement)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Advertisement();

    /// <summary>
    /// A photo credit closing a caption: "Photo: …", "(AP Photo/…)", "… Getty Images", and the
    /// same label in the other languages of the sites we read ("Foto:", "Bild:", "Zdjęcie:",
    /// "Crédito:", "(Credit: …)" in brackets).
    /// </summary>
    [GeneratedRegex(
        @"(?:^|\s)(?<credit>\((?:AP |AFP |Reuters )?Photo(?:/[^)]*)?\)|\((?i:photo|foto|credit|cr[ée]dito|bild|quelle)s?\s?:\s*[^.!?()]{1,60}\)|(?:Photo|Photograph|Image|Picture|Credit|Photo credit)s?:\s*[^.!?]{1,60}|"
        + @"(?i:foto|fotos|fot\.|bild|bildquelle|titelbild|beitragsbild|zdj[eę]cie|cr[ée]dito|cr[ée]ditos|cr[ée]dits? photos?)\s?:\s*[^.!?]{1,60}|"
        + @"[^.!?]{0,40}(?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|Unsplash)(?: via [^.]{1,30})?)$",
        RegexOptions.CultureInvariant)]
    internal static partial Regex CreditTail();

    /// <summary>A domain name closing a caption as its credit ("… on Tuesday. Harbor.gov").</summary>
    [GeneratedRegex(@"(?:^|(?<=[.!?)""”’]\s))(?<credit>[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6})$", RegexOptions.CultureInvariant)]
    internal static partial Regex DomainCreditTail();

    /// <summary>An outlet naming itself in an appeal or plug.</summary>
    [GeneratedRegex(
        @"(?:^|\s)(?i:support|visit|donation to|subscribe to|contribution to|member of)\s+(?<outlet>(?:The\s)?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,4})(?:['’]s?\s+homepage|\s*!|\s+to help)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex OutletSelfReference();

    /// <summary>
    /// A wire or agency end credit: "(Reporting by A; Editing by B)", "(Additional reporting by …)",
    /// "-- Reporting by …" (Reuters/AP house style), standing alone.
    /// </summary>
    [GeneratedRegex(
        @"^(?:--|[–—-])?\s*\(?\s*(?:additional |compiled |writing and )?(?:reporting|writing|editing|compiled|produced|research) by\b[^()]{1,200}\)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex EndCredit();

    /// <summary>The same credit glued onto the end of a paragraph (a PDF extraction that lost the line break).</summary>
    [GeneratedRegex(
        @"(?<=[.!?][""”’']?)\s+(?<credit>\((?:additional |compiled |writing and )?(?:reporting|writing|editing) by\b[^()]{1,200}\))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex GluedEndCredit();

    /// <summary>
    /// An advertising or affiliate disclosure: "We may receive compensation…", "This post contains
    /// affiliate links", German "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag…".
    /// </summary>
    [GeneratedRegex(
        @"\bmay (?:receive|earn) (?:a )?(?:compensation|commission)|\baffiliate[- ]links?\b|\bthis (?:post|article) contains (?:affiliate|references to products|sponsored)|"
        + @"\benthält (?:werbung|affiliate|provisionslinks)|^\*?(?:werbung|anzeige)\s*[.:,|]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Disclosure();

    /// <summary>
    /// A rights notice: "All rights reserved" and its German, Polish, Spanish and French forms, a
    /// line opening with ©, "… is the copyrighted property of …".
    /// </summary>
    [GeneratedRegex(
        @"all rights reserved|alle rechte vorbehalten|wszelkie prawa zastrzeżone|todos los derechos reservados|tous droits réservés|copyrighted property of|^©|^materiał chroniony prawem",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex RightsNotice();

    /// <summary>
    /// A blog engine's post footer ("This entry was posted in X. Bookmark the permalink.", German
    /// "Der Beitrag wurde am … veröffentlicht", "Erstellt am … und abgelegt unter …") or a
    /// reading-time stamp ("4 Min Read", "21 minutes - 4312 words", "Lesezeit: 3 Minuten").
    /// </summary>
    [GeneratedRegex(
        @"^this (?:entry|post) was posted\b|\bbookmark the permalink\b|^der beitrag wurde am .{0,80}veröffentlicht|^erstellt am .{0,60}abgelegt unter|"
        + @"^\d+\s*(?:min|mins|minutes?|minuten)\.?(?:\s+read|\s+lesezeit|\s*[-–]\s*\d+ words)?$|^lesezeit:?\s*\d+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PostMeta();

    /// <summary>
    /// The heading of an end-matter box standing alone on its line ("Weitere Informationen",
    /// "Quellenangaben:", "Zum Weiterlesen", "Further reading", "External links"): the box's
    /// content went with the chrome or follows as sources, the title is no article text.
    /// </summary>
    [GeneratedRegex(
        @"^(?:weitere informationen|mehr informationen|zusatzinformationen|zum weiterlesen|weiterführende links?|links zum thema|quellen|quellenangaben|originalpublikation|"
        + @"further reading|more information|external links|para saber más|más información|pour en savoir plus|więcej informacji)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex EndMatterHeading();

    /// <summary>A tag or topic list: "Tags: a, b, c", "Filed under: x | y".</summary>
    [GeneratedRegex(@"^(?:tags|topics|filed under|categories|keywords)\s*:\s*(?<list>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TagLine();

    /// <summary>A photo credit in the agency style "Photographer Name / Agency", closing a caption or standing alone.</summary>
    [GeneratedRegex(
        @"(?:^|(?<=[.!?][""”’)]?\s))(?<credit>(?:(?:Photo|Photograph|Picture|Image)s?:\s*)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s/\s\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4})$",
        RegexOptions.CultureInvariant)]
    internal static partial Regex NameAgencyCredit();

    /// <summary>The holder named in a copyright line ("© 2025 The Harbor Ledger. All rights reserved.").</summary>
    [GeneratedRegex(
        @"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?<outlet>(?:The\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,5})\s*(?:\.|,|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    internal static partial Regex CopyrightHolder();

    /// <summary>
    /// Nouns that make a capitalised name an organisation ("Meridian Press", "Calder Coast Herald"):
    /// the standard words of newspaper and agency names, so "By Ana Ruiz, Harbor Times" reads the
    /// part after the comma as the outlet while "By Ana Ruiz, Tom Bell" stays two people.
    /// </summary>
    internal static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "Press", "News", "Times", "Herald", "Post", "Standard", "Courier", "Agency", "Media", "Journal",
        "Gazette", "Tribune", "Wire", "Service", "Network", "Radio", "Television", "TV", "Daily", "Weekly",
        "Chronicle", "Telegraph", "Observer", "Guardian", "Independent", "Mail", "Express", "Record", "Ledger",
        "Review", "Register", "Sentinel", "Examiner", "Dispatch", "Bulletin", "Monitor", "Reporter", "Star",
        "Globe", "Mirror", "Inquirer", "Magazine", "Broadcasting", "Newswire", "Associated", "Group",
    }.ToFrozenSet(StringComparer.Ordinal);
}
