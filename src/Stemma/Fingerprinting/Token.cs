namespace Stemma.Fingerprinting;

/// <summary>One word of a text: its character range in the original string and the hash of its normalised form.</summary>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset one past the last character in the original text.</param>
/// <param name="Hash">The <see cref="WyHash"/> of the normalised word (equal words, equal hashes).</param>
public readonly record struct Token(int Start, int End, ulong Hash);
