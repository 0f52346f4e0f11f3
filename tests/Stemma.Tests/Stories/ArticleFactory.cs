using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Stories;

internal static class ArticleFactory
{
    public static Article Make(string id, string text, string? title = null, DateOnly? published = null) => new()
    {
        Id = id,
        Source = id + ".txt",
        Format = DocumentFormat.Text,
        Metadata = new DocumentMetadata { Title = title, Published = published },
        Text = text,
    };
}
