using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

/// <summary>Loads the fixtures under Data/Cleaning and builds documents and cleaners from them.</summary>
internal static class CleaningFixtures
{
    public static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "Data", "Cleaning", relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static string[] Lines(string relative) => Read(relative).TrimEnd('\n').Split('\n');

    public static ArticleCleaner Cleaner() =>
        ArticleCleaner.Create(new CleaningOptions { DictionaryPath = PathOf("Hyphenation/dictionary.txt") });

    public static ExtractedDocument Document(string relative, string hash = "0123456789abcdef", DocumentMetadata? metadata = null, bool titleFromMarkup = false) =>
        new()
        {
            Source = relative,
            Format = DocumentFormat.Text,
            Body = Read(relative),
            ContentHash = hash,
            Metadata = metadata ?? DocumentMetadata.Empty,
            TitleFromMarkup = titleFromMarkup,
        };

    public static Article CleanOne(string relative) => Cleaner().Clean([Document(relative)])[0];

    public static HyphenationRule Hyphenation(params string[] corpus) =>
        new(HyphenEvidence.FromBodies(corpus), () => WordList.TryLoad(PathOf("Hyphenation/dictionary.txt")));
}
