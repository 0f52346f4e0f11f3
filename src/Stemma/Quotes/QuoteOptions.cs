namespace Stemma.Quotes;

/// <summary>Settings of the quote stage. Immutable; the defaults suit English news.</summary>
public sealed record QuoteOptions
{
    /// <summary>The default options.</summary>
    public static QuoteOptions Default { get; } = new();

    // Calibrated on tests/Stemma.Tests/Data/Quotes: scare quotes ('outrageous', a 'disinformation'
    // campaign) are one or two words; every quoted fragment of our fixtures with no speech cue and
    // three words or more was a real quotation.
    private const int DefaultMinimumUncuedWords = 3;

    // Calibrated on the fixtures and the saltmere sample: renderings of one utterance share at least
    // this share of the shorter one's words in order (a changed word or two in a 10-word quote leaves
    // 0.8); two different statements of one speaker share well under half.
    private const double DefaultSameUtteranceOverlap = 0.6;

    // Calibrated on the seed corpus's two English translations of one Kremlin statement (about half
    // of the shorter one's content words in common) against distinct statements of one speaker in the
    // fixtures (at most a fifth).
    private const double DefaultTranslationOverlap = 0.4;

    /// <summary>
    /// A quoted stretch with no speech cue and fewer words than this is taken for a scare quote or a
    /// title, not a quotation.
    /// </summary>
    public int MinimumUncuedWords { get; init; } = DefaultMinimumUncuedWords;

    /// <summary>
    /// Two quotes are renderings of one utterance when the words they share in order (a word-level
    /// alignment) make up at least this share of the shorter one.
    /// </summary>
    public double SameUtteranceOverlap { get; init; } = DefaultSameUtteranceOverlap;

    /// <summary>
    /// Two quotes of the same speaker are translations of one statement when their content words
    /// overlap by at least this share of the shorter one, in any order.
    /// </summary>
    public double TranslationOverlap { get; init; } = DefaultTranslationOverlap;

    /// <summary>
    /// The word list (one word a line, names capitalised) that tells a capitalised common word at the
    /// start of a sentence (Asked, Late) from a name; Debian's wamerican by default. Null, or a path
    /// with no file, leaves every capitalised word a possible name.
    /// </summary>
    public string? DictionaryPath { get; init; } = Stemma.Cleaning.CleaningOptions.DefaultDictionaryPath;

    /// <summary>Throws when a setting is out of range, saying how to fix it.</summary>
    internal void Validate()
    {
        if (MinimumUncuedWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumUncuedWords), MinimumUncuedWords, "must be at least 1 (1 keeps every quoted stretch).");
        }

        if (SameUtteranceOverlap is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SameUtteranceOverlap), SameUtteranceOverlap, "must be in (0, 1]; 0.6 is the default.");
        }

        if (TranslationOverlap is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TranslationOverlap), TranslationOverlap, "must be in (0, 1]; 0.4 is the default.");
        }
    }
}
