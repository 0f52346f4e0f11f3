using System.Globalization;
using System.Text;
using Stemma.Extraction;

namespace Stemma.Quotes;

/// <summary>
/// Groups the quotes of a story into families — every rendering of one utterance — as MemeTracker
/// clusters phrase variants: two quotes belong together when a word-level alignment covers most of
/// the shorter one, or, for one speaker, when their content words overlap as two translations do.
/// Then classifies each variant against the head and flags the alterations that change meaning.
/// </summary>
internal sealed class FamilyBuilder
{
    // Fewer shared words than this in order make no family, however short the quotes: two words
    // ("very much", "next year") are shared by chance.
    private const int MinimumSharedWords = 3;

    // A fragment this short joins a longer quote of the same speaker only when contained whole
    // (called the talks 'very productive'); calibrated on the fixtures' embedded fragments.
    private const int ContainedFragmentWords = 2;

    // Translations share at least this many content words; fewer is topic overlap (the seed
    // corpus's two translations of one Kremlin sentence share eight).
    private const int MinimumTranslationSharedWords = 4;

    // Content words shorter than this (of, by, ICT-free stubs) carry no evidence of the same statement.
    private const int MinimumContentWordLength = 3;

    private readonly QuoteOptions _options;
    private readonly IReadOnlyList<string> _documentOrder;

    public FamilyBuilder(QuoteOptions options, IReadOnlyList<string> documentOrder)
    {
        _options = options;
        _documentOrder = documentOrder;
    }

    /// <summary>The families of <paramref name="quotes"/>, flags included, in order of first appearance.</summary>
    public List<QuoteFamily> Build(IReadOnlyList<Quote> quotes, IReadOnlyList<ReportedStatement> statements, CancellationToken cancellationToken)
    {
        var words = quotes.Select(q => WordAligner.Words(q.Text)).ToArray();
        var content = words.Select(ContentWords).ToArray();
        var parent = Enumerable.Range(0, quotes.Count).ToArray();
        var translated = new HashSet<(int, int)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < quotes.Count; j++)
            {
                var link = Link(quotes[i], quotes[j], words[i], words[j], content[i], content[j]);
                if (link != LinkKind.None)
                {
                    Union(parent, i, j);
                    if (link == LinkKind.Translation)
                    {
                        translated.Add((i, j));
                    }
                }
            }
        }

        var families = new List<QuoteFamily>();
        foreach (var members in Enumerable.Range(0, quotes.Count).GroupBy(i => Find(parent, i)).OrderBy(g => g.Key))
        {
            families.Add(MakeFamily(members.ToList(), quotes, words, translated));
        }

        return AddParaphraseFlags(families, statements);
    }

    private LinkKind Link(Quote a, Quote b, string[] wa, string[] wb, HashSet<string> ca, HashSet<string> cb)
    {
        if (wa.Length == 0 || wb.Length == 0)
        {
            return LinkKind.None;
        }

        if (wa.AsSpan().SequenceEqual(wb) && string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal))
        {
            return LinkKind.Same; // the same words from the same speaker, however short
        }

        var shared = WordAligner.Align(wa, wb).Count;
        var shorter = Math.Min(wa.Length, wb.Length);
        var sameSpeaker = a.Speaker is not null && string.Equals(a.Speaker, b.Speaker, StringComparison.Ordinal);
        if ((double)shared / shorter >= _options.SameUtteranceOverlap && (shared >= MinimumSharedWords || (sameSpeaker && shared == shorter && shorter >= ContainedFragmentWords)))
        {
            return LinkKind.Same;
        }

        var common = ca.Count(cb.Contains);
        return sameSpeaker && common >= MinimumTranslationSharedWords && (double)common / Math.Min(ca.Count, cb.Count) >= _options.TranslationOverlap
            ? LinkKind.Translation
            : LinkKind.None;
    }

    private QuoteFamily MakeFamily(List<int> members, IReadOnlyList<Quote> quotes, string[][] words, HashSet<(int, int)> translated)
    {
        // One variant per distinct wording (case and punctuation aside).
        var groups = members.GroupBy(i => string.Join(' ', words[i]), StringComparer.Ordinal)
            .Select(g => g.ToList()).ToList();
        var variants = groups.Select(g => (Members: g, Words: words[g[0]], Documents: Documents(g.Select(i => quotes[i].DocumentId)), Speaker: Majority(g.Select(i => quotes[i].Speaker)))).ToList();
        var head = variants.OrderByDescending(v => v.Words.Length).ThenByDescending(v => v.Documents.Count).ThenBy(v => v.Members[0]).First();
        var speaker = Majority(members.Select(i => quotes[i].Speaker));

        bool IsTranslation(List<int> x, List<int> y) =>
            !x.Any(i => y.Any(j => !translated.Contains((Math.Min(i, j), Math.Max(i, j))) && Direct(words[i], words[j]))) && !ReferenceEquals(x, y);

        QuoteVariant ToVariant((List<int> Members, string[] Words, List<string> Documents, string? Speaker) v)
        {
            var differences = new List<QuoteDifference>();
            if (!ReferenceEquals(v.Members, head.Members))
            {
                if (v.Speaker is not null && speaker is not null && v.Speaker != speaker)
                {
                    differences.Add(new QuoteDifference(QuoteDifferenceKind.Speaker, speaker, v.Speaker));
                }

                if (IsTranslation(v.Members, head.Members))
                {
                    differences.Add(new QuoteDifference(QuoteDifferenceKind.Translation, Text(quotes, head.Members), Text(quotes, v.Members)));
                }
                else
                {
                    differences.AddRange(WordAligner.Hunks(head.Words, v.Words).Select(h =>
                        new QuoteDifference(h.AtEdge && h.B.Length == 0 ? QuoteDifferenceKind.Omission : h.Kind, string.Join(' ', h.A), string.Join(' ', h.B))));
                }
            }

            return new QuoteVariant
            {
                Text = Text(quotes, v.Members),
                Documents = v.Documents,
                Speaker = v.Speaker,
                Differences = differences,
                Occurrences = v.Members.Select(i => quotes[i]).ToList(),
            };
        }

        var ordered = variants.OrderBy(v => ReferenceEquals(v.Members, head.Members) ? 0 : 1).ThenByDescending(v => v.Documents.Count).ThenBy(v => v.Members[0]).ToList();
        var built = ordered.Select(ToVariant).ToList();
        var flags = new List<QuoteFlag>();
        var flagged = new HashSet<(int, int)>();
        for (var k = 0; k < ordered.Count; k++)
        {
            // Each wording is compared with the most widely carried wording it aligns with word for
            // word (a translation is no alteration); between two wordings carried equally, the one
            // appearing later in the story is the one questioned.
            var v = ordered[k];
            var r = Enumerable.Range(0, ordered.Count)
                .Where(x => x != k && Direct(ordered[x].Words, v.Words))
                .OrderByDescending(x => ordered[x].Documents.Count)
                .ThenByDescending(x => WordAligner.Align(ordered[x].Words, v.Words).Count)
                .ThenBy(x => ordered[x].Members[0])
                .Select(x => (int?)x).FirstOrDefault();
            if (r is not { } refIndex || ordered[refIndex].Documents.Count < v.Documents.Count
                || (ordered[refIndex].Documents.Count == v.Documents.Count && ordered[refIndex].Members[0] > v.Members[0])
                || !flagged.Add((Math.Min(k, refIndex), Math.Max(k, refIndex))))
            {
                continue;
            }

            var reference = ordered[refIndex];
            var referenceVariant = built[refIndex];
            var hunks = WordAligner.Hunks(reference.Words, v.Words).Where(h => !h.AtEdge || (h.A.Length > 0 && h.B.Length > 0)).ToList();
            var meaning = hunks.Where(h => h.Kind is QuoteDifferenceKind.Negation or QuoteDifferenceKind.Number).ToList();
            foreach (var h in meaning)
            {
                var kind = h.Kind == QuoteDifferenceKind.Negation ? QuoteFlagKinds.Negation : QuoteFlagKinds.Number;
                flags.Add(Flag(kind, built[k], referenceVariant, h));
            }

            if (meaning.Count == 0 && v.Documents.Count == 1 && hunks.Any(h => h.Kind is QuoteDifferenceKind.Wording || !h.AtEdge)
                && !referenceVariant.Documents.SequenceEqual(v.Documents))
            {
                flags.Add(Flag(QuoteFlagKinds.SingleSource, built[k], referenceVariant, hunks.First(h => h.Kind is QuoteDifferenceKind.Wording || !h.AtEdge)));
            }
        }

        // The same words given to different speakers: compared occurrence by occurrence, since one
        // wording may be carried by documents that disagree on who said it.
        var occurrences = members.Select(i => quotes[i]).Where(q => q.Speaker is not null).ToList();
        var bySpeaker = occurrences.GroupBy(q => q.Speaker!, StringComparer.Ordinal).ToList();
        if (bySpeaker.Count > 1)
        {
            var usual = Occurrences(bySpeaker.First(g => g.Key == speaker).ToList());
            foreach (var other in bySpeaker.Where(g => g.Key != speaker))
            {
                var odd = Occurrences(other.ToList());
                flags.Add(new QuoteFlag
                {
                    Kind = QuoteFlagKinds.Speaker,
                    Documents = Documents(odd.Documents.Concat(usual.Documents)),
                    Detail = string.Create(CultureInfo.InvariantCulture, $"{List(odd.Documents)} give these words to {other.Key}; {List(usual.Documents)} to {speaker}"),
                    Wordings = [odd, usual],
                });
            }
        }

        var headVariant = built[0];
        return new QuoteFamily
        {
            Id = "q-" + Fnv1a64.Hex(Encoding.UTF8.GetBytes((speaker ?? string.Empty) + "\n" + string.Join(' ', head.Words))),
            Speaker = speaker,
            Head = headVariant,
            Variants = built,
            Flags = flags,
            Documents = Documents(members.Select(i => quotes[i].DocumentId)),
        };
    }

    private bool Direct(string[] a, string[] b) =>
        (double)WordAligner.Align(a, b).Count / Math.Max(1, Math.Min(a.Length, b.Length)) >= _options.SameUtteranceOverlap;

    private QuoteVariant Occurrences(List<Quote> occurrences) => new()
    {
        Text = occurrences[0].Text,
        Documents = Documents(occurrences.Select(q => q.DocumentId)),
        Speaker = occurrences[0].Speaker,
        Occurrences = occurrences,
    };

    private static QuoteFlag Flag(string kind, QuoteVariant questioned, QuoteVariant reference, WordAligner.Hunk hunk)
    {
        var from = hunk.A.Length == 0 ? "(nothing)" : string.Join(' ', hunk.A);
        var to = hunk.B.Length == 0 ? "(nothing)" : string.Join(' ', hunk.B);
        return new QuoteFlag
        {
            Kind = kind,
            Documents = [.. questioned.Documents, .. reference.Documents.Where(d => !questioned.Documents.Contains(d, StringComparer.Ordinal))],
            Detail = string.Create(CultureInfo.InvariantCulture, $"'{from}' in {List(reference.Documents)} reads '{to}' in {List(questioned.Documents)}"),
            Wordings = [questioned, reference],
        };
    }

    private List<QuoteFamily> AddParaphraseFlags(List<QuoteFamily> families, IReadOnlyList<ReportedStatement> statements)
    {
        var result = new List<QuoteFamily>(families.Count);
        foreach (var family in families)
        {
            var flags = new List<QuoteFlag>(family.Flags);
            if (family.Speaker is not null)
            {
                // A statement that carries a rendering of this very quote is compared as a variant, not as a paraphrase.
                var carriers = family.Variants.SelectMany(v => v.Occurrences).ToList();
                foreach (var statement in statements.Where(s => s.Speaker.Name == family.Speaker
                    && !carriers.Any(q => q.DocumentId == s.DocumentId && !q.InTitle && q.Start < s.End && s.Start < q.End)))
                {
                    var said = WordAligner.Words(statement.Text);
                    foreach (var variant in family.Variants)
                    {
                        if (ParaphraseChecker.Contradiction(said, WordAligner.Words(variant.Text)) is not { } clash)
                        {
                            continue;
                        }

                        var reported = new QuoteVariant { Text = statement.Text, Documents = [statement.DocumentId], Speaker = statement.Speaker.Name };
                        flags.Add(new QuoteFlag
                        {
                            Kind = QuoteFlagKinds.ParaphraseContradiction,
                            Documents = Documents(variant.Documents.Prepend(statement.DocumentId)),
                            Detail = string.Create(CultureInfo.InvariantCulture, $"{statement.DocumentId} reports {family.Speaker} saying '{clash.Reported}'; {List(variant.Documents)} quote '{clash.Quoted}'"),
                            Wordings = [reported, variant],
                        });
                        break;
                    }
                }
            }

            result.Add(family with { Flags = flags });
        }

        return result;
    }

    private List<string> Documents(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        var ordered = _documentOrder.Where(set.Contains).ToList();
        ordered.AddRange(set.Where(d => !_documentOrder.Contains(d, StringComparer.Ordinal)).Order(StringComparer.Ordinal));
        return ordered;
    }

    private static string List(IReadOnlyList<string> documents) => string.Join(", ", documents);

    private static string Text(IReadOnlyList<Quote> quotes, List<int> members) => quotes[members[0]].Text;

    private static string? Majority(IEnumerable<string?> speakers) =>
        speakers.Select((s, i) => (s, i)).Where(x => x.s is not null).GroupBy(x => x.s!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i)).Select(g => g.Key).FirstOrDefault();

    private static HashSet<string> ContentWords(string[] words) =>
        words.Where(w => w.Length >= MinimumContentWordLength && !QuoteLexicon.StopWords.Contains(w))
            .Select(w => w.EndsWith('s') && w.Length > MinimumContentWordLength + 1 ? w[..^1] : w)
            .ToHashSet(StringComparer.Ordinal);

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    // The smaller index becomes the root, so families do not depend on the order of unions.
    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    private enum LinkKind
    {
        None,
        Same,
        Translation,
    }
}
