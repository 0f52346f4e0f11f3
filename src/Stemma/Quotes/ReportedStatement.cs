namespace Stemma.Quotes;

/// <summary>What an article says a speaker said, in its own words (<c>Wray said Russia has been 'very inactive'</c>).</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="Speaker">The speaker, resolved in that article.</param>
/// <param name="Text">The reported words after the speech verb, quotation marks dropped.</param>
/// <param name="Start">Offset of the reported words in the article's text.</param>
/// <param name="End">Offset one past them.</param>
internal sealed record ReportedStatement(string DocumentId, SpeakerIdentity Speaker, string Text, int Start, int End);
