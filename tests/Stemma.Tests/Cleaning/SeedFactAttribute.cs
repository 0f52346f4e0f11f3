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
}
