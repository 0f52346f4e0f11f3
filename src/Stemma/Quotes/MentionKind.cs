namespace Stemma.Quotes;

/// <summary>What kind of words name a speaker.</summary>
internal enum MentionKind
{
    /// <summary>A person's name, possibly with a title.</summary>
    Name,

    /// <summary>An organisation (<c>the Kremlin</c>, <c>the British government</c>).</summary>
    Organisation,

    /// <summary>A role without a name (<c>the Russian leader</c>).</summary>
    Role,

    /// <summary>A personal pronoun.</summary>
    Pronoun,
}
