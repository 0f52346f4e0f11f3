namespace Stemma.Collation;

/// <summary>The witnesses of one edition aligned together, with the canonical text and its apparatus.</summary>
public sealed record Collation
{
    /// <summary>A stable id: the story id and the collation's place in the story.</summary>
    public required string Id { get; init; }

    /// <summary>The story the edition belongs to.</summary>
    public required string Story { get; init; }

    /// <summary>The witnesses, in the story's document order.</summary>
    public required IReadOnlyList<CollationWitness> Witnesses { get; init; }

    /// <summary>The document ids of <see cref="Witnesses"/>.</summary>
    public IReadOnlyList<string> Documents => Witnesses.Select(w => w.Id).ToList();

    /// <summary>The witness every other was aligned to (the best-supported one).</summary>
    public required string Pivot { get; init; }

    /// <summary>What the witnesses most likely said: at each place of variation the best-supported reading.</summary>
    public required string Canonical { get; init; }

    /// <summary>The apparatus: every place of variation, in canonical order.</summary>
    public required IReadOnlyList<CollationVariant> Variants { get; init; }

    /// <summary>The alignment table, segmented into agreeing runs and places of variation.</summary>
    public required IReadOnlyList<CollationSegment> Segments { get; init; }
}
