namespace Stemma.Stories;

/// <summary>The report's spelling of each <see cref="RelationKind"/>.</summary>
public static class RelationKindNames
{
    /// <summary>The kebab-case name used in the JSON report and the terminal.</summary>
    public static string ToName(this RelationKind kind) => kind switch
    {
        RelationKind.Identical => "identical",
        RelationKind.NearDuplicate => "near-duplicate",
        RelationKind.Edition => "edition",
        RelationKind.PartialReuse => "partial-reuse",
        RelationKind.Rewrite => "rewrite",
        RelationKind.SameStory => "same-story",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation kind."),
    };

    /// <summary>Whether the kind says one text was taken from the other (everything but same-story).</summary>
    public static bool IsDerived(this RelationKind kind) => kind != RelationKind.SameStory;
}
