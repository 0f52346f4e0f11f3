namespace Stemma.Quotes;

/// <summary>
/// Resolves speakers to one identity across the articles of a story: a surname or first name alone
/// (<c>Putin</c>, <c>Christopher</c>) becomes the one full name of the story it belongs to.
/// </summary>
internal sealed class StorySpeakers
{
    private readonly List<string[]> _fullNames;

    /// <summary>Collects the full names of people the articles give as speakers.</summary>
    public StorySpeakers(IEnumerable<SpeakerIdentity> identities)
    {
        _fullNames = identities
            .Where(i => i.Kind == MentionKind.Name && i.Name.Contains(' ', StringComparison.Ordinal))
            .Select(i => i.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(n => n.Split(' ')).ToList();
    }

    /// <summary>The story-wide name of <paramref name="identity"/>.</summary>
    public string Canonical(SpeakerIdentity identity)
    {
        if (identity.Kind != MentionKind.Name)
        {
            return identity.Name;
        }

        var parts = identity.Name.Split(' ');
        var longer = _fullNames.Where(f => f.Length > parts.Length && f.AsSpan()[(f.Length - parts.Length)..].SequenceEqual(parts)).ToList();
        if (parts.Length > 1)
        {
            return longer.Count == 1 ? string.Join(' ', longer[0]) : identity.Name;
        }

        var bySurname = _fullNames.Where(f => f[^1] == parts[0]).ToList();
        if (bySurname.Count == 1)
        {
            return string.Join(' ', bySurname[0]);
        }

        var byFirstName = _fullNames.Where(f => f[0] == parts[0]).ToList();
        return bySurname.Count == 0 && byFirstName.Count == 1 ? string.Join(' ', byFirstName[0]) : identity.Name;
    }
}
