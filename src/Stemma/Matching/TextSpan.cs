namespace Stemma.Matching;

/// <summary>A half-open range of character offsets <c>[Start, End)</c> into an article's text.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;
}
