namespace Stemma.Cleaning;

/// <summary>What a byline line says.</summary>
/// <param name="Names">The people named, or null for an agency-only byline.</param>
/// <param name="Organisation">The outlet or agency named after the people, if any.</param>
/// <param name="OrganisationIsWire">Whether that organisation is the wire the copy came from.</param>
/// <param name="Date">A date given in the same line, if any.</param>
internal readonly record struct BylineParts(string? Names, string? Organisation, bool OrganisationIsWire, DateOnly? Date);
