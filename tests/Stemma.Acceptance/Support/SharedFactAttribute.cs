using Stemma.Cli.Tests.Support;

namespace Stemma.Acceptance.Support;

/// <summary>A fact that needs the real-world material in ../shared; skipped, saying so, where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        if (!Directory.Exists(SharedPath(relativePath)))
        {
            Skip = $"../shared/{relativePath} is absent: the real-world acceptance material is not on this machine";
        }
    }

    public static string SharedPath(string relativePath) =>
        Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot(), "..", "shared", relativePath));
}
