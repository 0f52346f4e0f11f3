using Stemma.Extraction;
using Stemma.Sources;

namespace Stemma.Tests.Extraction;

internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Extraction", name);

    public static SourceInput Input(string name) => new(name, File.ReadAllBytes(PathOf(name)));

    public static List<ExtractionResult> Extract(string name, DocumentExtractorOptions? options = null) =>
        new DocumentExtractor(options).Extract(Input(name)).ToList();

    public static ExtractedDocument Document(string name)
    {
        var result = Extract(name).ShouldHaveSingleItem();
        result.Error.ShouldBeNull();
        return result.Document!;
    }

    public static SourceError Error(string name) => Extract(name).ShouldHaveSingleItem().Error.ShouldNotBeNull();
}
