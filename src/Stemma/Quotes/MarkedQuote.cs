using Stemma.Matching;

namespace Stemma.Quotes;

/// <summary>A stretch between quotation marks, before attribution.</summary>
/// <param name="MarkStart">Offset of the opening mark.</param>
/// <param name="MarkEnd">Offset just past the closing mark (or where the quote ends when never closed).</param>
/// <param name="Segments">The raw content, one range per paragraph.</param>
/// <param name="Closed">Whether a closing mark was found.</param>
/// <param name="FirstParagraph">Index of the paragraph it opens in.</param>
/// <param name="LastParagraph">Index of the paragraph it ends in.</param>
internal sealed record MarkedQuote(int MarkStart, int MarkEnd, IReadOnlyList<TextSpan> Segments, bool Closed, int FirstParagraph, int LastParagraph);
