namespace Stemma.Cleaning;

/// <summary>Settings of the cleaning stage. Immutable; the defaults suit English news.</summary>
public sealed record CleaningOptions
{
    /// <summary>The word list Debian's <c>wamerican</c> package installs.</summary>
    public const string DefaultDictionaryPath = "/usr/share/dict/words";

    /// <summary>The default options.</summary>
    public static CleaningOptions Default { get; } = new();

    /// <summary>
    /// A word list, one word a line, used to decide whether a word broken at a line end is one word
    /// or a compound. When the file is missing, only corpus evidence decides (and a warning says so).
    /// </summary>
    public string DictionaryPath { get; init; } = DefaultDictionaryPath;
}
