namespace Stemma.Cleaning;

/// <summary>The kinds of removed text named in the report (<c>removed[].kind</c>).</summary>
public static class RemovalKinds
{
    /// <summary>Generic site chrome: lines recurring across an outlet's pages, share bars.</summary>
    public const string Boilerplate = "boilerplate";

    /// <summary>A bare URL line pasted into the body (print-to-PDF link lists).</summary>
    public const string Url = "url";

    /// <summary>An image caption.</summary>
    public const string Caption = "caption";

    /// <summary>A photo credit.</summary>
    public const string Credit = "credit";

    /// <summary>Menus, breadcrumbs, tag lists.</summary>
    public const string Navigation = "navigation";

    /// <summary>"Read more", "Related article" and teaser blocks.</summary>
    public const string Related = "related";

    /// <summary>Donation, subscription and membership appeals.</summary>
    public const string Appeal = "appeal";

    /// <summary>Plugs for the outlet's homepage, newsletter or app.</summary>
    public const string Promotion = "promotion";

    /// <summary>"Source: …" footers and other end matter.</summary>
    public const string Footer = "footer";

    /// <summary>A line that was metadata (a date line, a byline) and went into the metadata fields.</summary>
    public const string Metadata = "metadata";

    /// <summary>The headline, taken out of the body into <c>title</c>.</summary>
    public const string Title = "title";

    /// <summary>Readers' comments and the comment form under an article.</summary>
    public const string Comments = "comments";

    /// <summary>Advertising.</summary>
    public const string Advertisement = "advertisement";
}
