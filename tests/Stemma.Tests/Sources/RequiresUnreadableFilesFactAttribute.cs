using System.Runtime.Versioning;

namespace Stemma.Tests.Sources;

/// <summary>
/// A fact that only runs where <c>chmod 000</c> stops the current user from reading a file;
/// root (the test container) reads it anyway, so there the test is skipped with the reason.
/// </summary>
public sealed class RequiresUnreadableFilesFactAttribute : FactAttribute
{
    public RequiresUnreadableFilesFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "chmod has no effect on Windows";
        }
        else if (PermissionsAreBypassed())
        {
            Skip = "running with permission override (root): chmod 000 does not stop reads";
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static bool PermissionsAreBypassed()
    {
        var probe = Path.Combine(Path.GetTempPath(), $"stemma-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "x");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            using var _ = File.OpenRead(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}
