namespace Stemma.Fingerprinting;

/// <summary>How a text is cut into shingles.</summary>
public sealed record ShingleOptions
{
    /// <summary>Default words per shingle: 5-word shingles are the usual choice for news near-duplicate
    /// detection (Broder; datasketch examples) — short enough to survive edits, long enough to be rare.</summary>
    public const int DefaultWordSize = 5;

    /// <summary>Default characters per character shingle: 7 characters spans about one English word
    /// plus its neighbours' edges, so one OCR-damaged letter spoils at most 7 shingles.</summary>
    public const int DefaultCharacterSize = 7;

    /// <summary>The default: word 5-grams.</summary>
    public static ShingleOptions Default { get; } = new();

    /// <summary>Word or character shingles.</summary>
    public ShingleKind Kind { get; init; } = ShingleKind.Words;

    /// <summary>Words (or characters, for <see cref="ShingleKind.Characters"/>) per shingle.</summary>
    public int Size { get; init; } = DefaultWordSize;

    /// <summary>Character shingles of <paramref name="size"/> characters, for noisy OCR text.</summary>
    /// <param name="size">Characters per shingle.</param>
    /// <returns>The options.</returns>
    public static ShingleOptions Characters(int size = DefaultCharacterSize) =>
        new() { Kind = ShingleKind.Characters, Size = size };

    /// <summary>Throws when the options cannot be used, saying how to fix them.</summary>
    public void Validate()
    {
        if (Size < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Size), Size, $"shingle size must be at least 1; got {Size}. Use {DefaultWordSize} words or {DefaultCharacterSize} characters.");
        }

        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "shingle kind must be Words or Characters.");
        }
    }
}
