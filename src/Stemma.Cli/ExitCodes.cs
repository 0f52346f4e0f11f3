namespace Stemma.Cli;

/// <summary>The exit codes of <c>stemma</c>, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and analysed.</summary>
    public const int Success = 0;

    /// <summary>Finished, but some inputs could not be read; they are listed under errors.</summary>
    public const int FinishedWithErrors = 1;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>No input could be read at all.</summary>
    public const int NoInput = 3;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>A bug in Stemma: please report it.</summary>
    public const int InternalError = 70;
}
