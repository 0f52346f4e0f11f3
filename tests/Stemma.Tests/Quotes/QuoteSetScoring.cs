using Stemma.Cleaning;
using Stemma.Extraction;
using Stemma.Quotes;
using Stemma.Sources;

namespace Stemma.Tests.Quotes;

/// <summary>Loads an annotated quote set (a folder of articles and its quotes.tsv) and scores the quote stage on it.</summary>
internal static class QuoteSetScoring
{
    /// <summary>The annotated rows of a set's quotes.tsv.</summary>
    public static List<GoldQuote> Gold(string dir) => File.ReadAllLines(Path.Combine(dir, "quotes.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(r => new GoldQuote(r[0], r[1], r[2]))
        .ToList();

    /// <summary>Runs the quote extractor story by story over a set folder.</summary>
    public static List<Quote> Predict(string dir)
    {
        var extractor = QuoteExtractor.Create();
        return Stories(dir).SelectMany(story => extractor.ExtractStory(story)).ToList();
    }

    /// <summary>The articles of a set folder through text extraction and cleaning, grouped into stories by the name before the dash.</summary>
    public static IEnumerable<List<Article>> Stories(string dir)
    {
        var extractor = new DocumentExtractor();
        var documents = Directory.GetFiles(dir, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => extractor.Extract(new SourceInput(Path.GetFileName(path), File.ReadAllBytes(path))).Single())
            .Select(r => r.IsSuccess ? r.Document : throw new InvalidOperationException($"{r.Source}: {r.Error.Message}"))
            .ToList();
        var articles = ArticleCleaner.Create(CleaningOptions.Default).Clean(documents).Select(a => a with { Id = a.Source });
        return articles
            .GroupBy(a => a.Id[..a.Id.IndexOf('-', StringComparison.Ordinal)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Extraction: a predicted quote is right when its normalized text equals an annotated quote's in the
    /// same document. Attribution: a predicted quote is right when, in addition, its speaker is the
    /// annotated speaker (<see cref="SameSpeaker"/>); precision is over the quotes given a speaker. Recall counts
    /// annotated rows found, not predicted quotes matched: a headline quote repeated in the body is
    /// one annotated row but two predicted quotes, and counting both would push recall past 1.
    /// </summary>
    public static QuoteSetScore Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted, Action<string> log)
    {
        var goldSpeakers = gold.ToLookup(g => (g.Document, Text: QuoteFixtures.Normalize(g.Text)), g => g.Speaker);
        var predictedSpeakers = predicted.ToLookup(p => (p.DocumentId, Text: QuoteFixtures.Normalize(p.Text)), p => p.Speaker);
        bool IsGold(Quote p) => goldSpeakers.Contains((p.DocumentId, QuoteFixtures.Normalize(p.Text)));
        bool WasPredicted(GoldQuote g) => predictedSpeakers.Contains((g.Document, QuoteFixtures.Normalize(g.Text)));
        bool RightSpeaker(Quote p) => p.Speaker is { } speaker
            && goldSpeakers[(p.DocumentId, QuoteFixtures.Normalize(p.Text))].Any(g => SameSpeaker(g, speaker));
        bool SpeakerFound(GoldQuote g) => predictedSpeakers[(g.Document, QuoteFixtures.Normalize(g.Text))]
            .Any(speaker => speaker is not null && SameSpeaker(g.Speaker, speaker));

        var found = predicted.Where(IsGold).ToList();
        var rightSpeaker = found.Count(RightSpeaker);
        var attributed = predicted.Count(p => p.Speaker is not null);
        var goldFound = gold.Count(WasPredicted);
        var goldAttributed = gold.Count(SpeakerFound);

        foreach (var p in predicted.Where(p => !IsGold(p)))
        {
            log($"extra: {p.DocumentId} [{p.Speaker}] {p.Text}");
        }

        foreach (var g in gold.Where(g => !WasPredicted(g)))
        {
            log($"missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        foreach (var p in found.Where(p => !RightSpeaker(p)))
        {
            log($"wrong speaker: {p.DocumentId} [{p.Speaker}] via '{p.SpeakerMention}' ({p.Attribution}) {p.Text}");
        }

        foreach (var g in gold.Where(g => WasPredicted(g) && !SpeakerFound(g)))
        {
            log($"speaker missed: {g.Document} [{g.Speaker}] {g.Text}");
        }

        // Precision by how the speaker was found, over every quote given a speaker (a label taken for a quote counts
        // against the kind that gave it one): which cues are safe on this set and which carry the errors.
        var byKind = predicted.Where(p => p.Speaker is not null)
            .GroupBy(p => p.Attribution)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count(p => IsGold(p) && RightSpeaker(p))}/{g.Count()}");
        log($"right speaker by kind: {string.Join(", ", byKind)}");

        return new QuoteSetScore(gold.Count, predicted.Count, found.Count, rightSpeaker, attributed, goldFound, goldAttributed);
    }

    /// <summary>
    /// Whether a predicted speaker is the annotated one. Names and organisations must match exactly, but for a leading
    /// "the"/"The", which annotators keep or drop as the name was first given, and for the apostrophe's form and the
    /// spacing, normalised as quote texts are ("Prime Minister’s" and "Prime Minister's"). An unnamed
    /// source ("one councillor", "a senior Western diplomat") has no name to match, and the sets' convention
    /// ("the shortest identifying phrase") leaves open how much of the phrase after its head noun belongs to it:
    /// annotators wrote "one councillor who voted against" in one set and "a senior Western diplomat" (without
    /// "in Kolvar") in the same set. So an unnamed source also matches when one phrase is the other plus trailing
    /// words, as long as the shorter keeps the determiner and at least one more word; a different head ("one
    /// councillor" against "one resident") stays wrong.
    /// </summary>
    public static bool SameSpeaker(string gold, string predicted)
    {
        gold = WithoutArticle(QuoteFixtures.Normalize(gold));
        predicted = WithoutArticle(QuoteFixtures.Normalize(predicted));
        if (string.Equals(gold, predicted, StringComparison.Ordinal))
        {
            return true;
        }

        string[] goldWords = gold.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] predictedWords = predicted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (goldWords.Length == 0 || predictedWords.Length == 0
            || !UnnamedSourceDeterminers.Contains(goldWords[0]) || !UnnamedSourceDeterminers.Contains(predictedWords[0]))
        {
            return false;
        }

        string[] shorter = goldWords.Length <= predictedWords.Length ? goldWords : predictedWords;
        string[] longer = ReferenceEquals(shorter, goldWords) ? predictedWords : goldWords;
        return shorter.Length >= 2 && longer.Take(shorter.Length).SequenceEqual(shorter, StringComparer.OrdinalIgnoreCase);
    }

    // "The Financial Conduct Board" (first given at the start of a sentence) and "Financial Conduct Board" are one
    // body, and "the Prime Minister's spokesman" is the same role with either case: a leading article is not compared.
    private static string WithoutArticle(string speaker) =>
        speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? speaker[4..] : speaker;

    // The determiners that open an unnamed source in the sets' annotations ("a resident", "one official", "two
    // people familiar with…", "some parents"); a phrase opened by "the" or a name is a role or a name, matched exactly.
    private static readonly HashSet<string> UnnamedSourceDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "one", "two", "three", "another", "several", "some",
    };

    public static Quote Predicted(string document, string text, string? speaker) => new()
    {
        DocumentId = document,
        Text = text,
        Spans = [],
        Speaker = speaker,
    };
}

internal sealed record QuoteSetScore(int Gold, int Predicted, int Found, int RightSpeaker, int Attributed, int GoldFound, int GoldAttributed)
{
    public double ExtractionPrecision => Predicted == 0 ? 0 : (double)Found / Predicted;

    public double ExtractionRecall => (double)GoldFound / Gold;

    public double AttributionPrecision => Attributed == 0 ? 0 : (double)RightSpeaker / Attributed;

    public double AttributionRecall => (double)GoldAttributed / Gold;
}
