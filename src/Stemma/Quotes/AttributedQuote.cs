namespace Stemma.Quotes;

/// <summary>A quote and its speaker as resolved inside its article, before story-wide identities.</summary>
/// <param name="Quote">The quote.</param>
/// <param name="Identity">The speaker, or null.</param>
internal sealed record AttributedQuote(Quote Quote, SpeakerIdentity? Identity);
