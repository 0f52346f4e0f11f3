using Stemma.Cleaning;
using Stemma.Extraction;

namespace Stemma.Tests.Cleaning;

/// <summary>A fact that is skipped, saying why, when ../shared/corpus/seeds is not there.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedDirectory() is null)
        {
            Skip = "../shared/corpus/seeds not found beside the repository (set STEMMA_SHARED to the shared folder to run these).";
        }
    }

    public static string? SeedDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STEMMA_SHARED");
        if (fromEnv is not null && Directory.Exists(Path.Combine(fromEnv, "corpus", "seeds")))
        {
            return Path.Combine(fromEnv, "corpus", "seeds");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "*.txt").Length == 5)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The five seeds as plain text through the real cleaning stage, in file order; null where absent.</summary>
    public static IReadOnlyList<Article>? CleanSeeds()
    {
        var dir = SeedDirectory();
        if (dir is null)
        {
            return null;
        }

        var docs = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(path => new ExtractedDocument
        {
            Source = path,
            Format = DocumentFormat.Text,
            Body = File.ReadAllText(path),
            ContentHash = Path.GetFileNameWithoutExtension(path).Split('_')[1],
        }).ToList();
        return ArticleCleaner.Create(CleaningOptions.Default).Clean(docs);
    }
}
