using System.Text.RegularExpressions;

namespace Stemma.Stories;

/// <summary>
/// What an article is about, as a reader would list it: the people, places and organisations it
/// names, and its key terms. Two articles about the same event share both, whatever their wording.
/// </summary>
internal sealed partial class EventProfile
{
    private EventProfile(IReadOnlyDictionary<string, int> entities, IReadOnlyDictionary<string, int> terms, DateOnly? published)
    {
        Entities = entities;
        Terms = terms;
        Published = published;
    }

    /// <summary>Named entities (lower-cased surface words of capitalised names) with their counts.</summary>
    public IReadOnlyDictionary<string, int> Entities { get; }

    /// <summary>Content words (lower case, no stop words) with their counts.</summary>
    public IReadOnlyDictionary<string, int> Terms { get; }

    /// <summary>The article's date, if known.</summary>
    public DateOnly? Published { get; }

    /// <summary>Builds the profile of one article from its title and text.</summary>
    public static EventProfile Create(string? title, string text, DateOnly? published)
    {
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = string.IsNullOrEmpty(title) ? text : title + ".\n\n" + text;

        // A capitalised word counts as a name when it is not merely capitalised because it opens a
        // sentence: either it stands mid-sentence, or the same word is capitalised mid-sentence
        // elsewhere in the article.
        var midSentenceCapitals = new HashSet<string>(StringComparer.Ordinal);
        var sentenceInitial = new List<string>();
        foreach (var sentence in SentencePattern().Split(body))
        {
            var first = true;
            foreach (Match m in WordPattern().Matches(sentence))
            {
                var word = m.Value.Trim('\'', '’', '-');
                if (word.Length == 0)
                {
                    continue;
                }

                var lower = word.ToLowerInvariant();
                if (IsContentWord(lower))
                {
                    terms[lower] = terms.GetValueOrDefault(lower) + 1;
                }

                if (char.IsUpper(word[0]) && !StopWords.Contains(lower) && word.Length >= MinEntityLength)
                {
                    if (first)
                    {
                        sentenceInitial.Add(lower);
                    }
                    else
                    {
                        midSentenceCapitals.Add(lower);
                        entities[lower] = entities.GetValueOrDefault(lower) + 1;
                    }
                }

                first = false;
            }
        }

        foreach (var word in sentenceInitial)
        {
            if (midSentenceCapitals.Contains(word))
            {
                entities[word] = entities.GetValueOrDefault(word) + 1;
            }
        }

        return new EventProfile(entities, terms, published);
    }

    private static bool IsContentWord(string lower) =>
        lower.Length >= MinTermLength && !StopWords.Contains(lower) && !lower.Any(char.IsDigit);

    // Names of two letters or fewer ("US", "UN") are too ambiguous once lower-cased.
    private const int MinEntityLength = 3;

    // Words of three letters or fewer are almost all function words or too generic to identify an event.
    private const int MinTermLength = 4;

    [GeneratedRegex(@"(?<=[.!?…][""'”’)]?)\s+|\n+")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’\-]*")]
    private static partial Regex WordPattern();

    /// <summary>English function words and reporting verbs: they say nothing about which event is reported.</summary>
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "last", "later", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my",
        "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
        "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "since", "so", "some", "still",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "to", "told", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "would",
        "year", "years", "yet", "you", "your", "yours", "yourself", "week", "weeks", "day", "days", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "according", "added",
        "told", "across", "among", "around", "within", "without", "already", "another", "every", "first", "second",
        "three", "four", "five", "time", "made", "make", "well", "back", "going", "get", "got", "mr", "mrs", "ms", "dr",
    };
}
