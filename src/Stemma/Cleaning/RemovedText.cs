namespace Stemma.Cleaning;

/// <summary>A piece of text that was not part of the article, and why it was taken out.</summary>
/// <param name="Kind">One of <see cref="RemovalKinds"/>.</param>
/// <param name="Text">The text removed, as it stood.</param>
public sealed record RemovedText(string Kind, string Text);
