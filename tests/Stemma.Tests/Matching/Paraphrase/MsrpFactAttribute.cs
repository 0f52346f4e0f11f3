namespace Stemma.Tests.Matching.Paraphrase;

/// <summary>A fact that is skipped, saying why, when the MSRP training file is not beside the repository or WordNet is not installed.</summary>
public sealed class MsrpFactAttribute : FactAttribute
{
    public MsrpFactAttribute()
    {
        if (MsrpFile() is null)
        {
            Skip = "shared/data/msrp/msr_paraphrase_train.txt not found beside the repository (set STEMMA_SHARED to the shared folder to run this).";
        }
        else if (Stemma.Matching.Paraphrase.WordNet.Shared is null)
        {
            Skip = "WordNet is not installed (the shipped model and its training need it): apt-get install wordnet-base.";
        }
    }

    public static string? MsrpFile()
    {
        const string relative = "data/msrp/msr_paraphrase_train.txt";
        var fromEnv = Environment.GetEnvironmentVariable("STEMMA_SHARED");
        if (fromEnv is not null && File.Exists(Path.Combine(fromEnv, relative)))
        {
            return Path.Combine(fromEnv, relative);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
