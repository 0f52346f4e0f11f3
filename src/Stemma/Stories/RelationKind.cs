namespace Stemma.Stories;

/// <summary>What links two articles of one story (REPORT.md, <c>relations[].kind</c>).</summary>
public enum RelationKind
{
    /// <summary>The cleaned bodies are the same.</summary>
    Identical,

    /// <summary>The same edition with small differences (scraping damage, a lost or added line, typo fixes).</summary>
    NearDuplicate,

    /// <summary>The same written text, substantially cut, extended or updated.</summary>
    Edition,

    /// <summary>Some passages taken over, the rest written anew.</summary>
    PartialReuse,

    /// <summary>Derived content, reworded.</summary>
    Rewrite,

    /// <summary>The same event, written independently.</summary>
    SameStory,
}
