using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Stemma.Cleaning;
using Stemma.Collation;
using Stemma.Fingerprinting;
using Stemma.Quotes;

namespace Stemma.Reporting.Html;

/// <summary>
/// The quotes section of a story: each utterance with its speaker, every variant aligned word by word
/// against the longest form (words only the head has struck through, words only the variant has
/// marked as added), the documents carrying each, and the flags with both wordings.
/// </summary>
internal static partial class QuoteView
{
    /// <summary>Appends the section for <paramref name="families"/> (nothing when there are none).</summary>
    public static void Write(StringBuilder html, IReadOnlyList<QuoteFamily> families, Stories.Story story, IReadOnlyDictionary<string, Article> byId)
    {
        if (families.Count == 0)
        {
            return;
        }

        html.Append("<h3>Quotes</h3>\n<div class=\"quotes\">\n");
        foreach (var family in families)
        {
            html.Append("<div class=\"quote-family").Append(family.Flags.Count > 0 ? " flagged" : "").Append("\" data-quote=\"").Append(Enc(family.Id)).Append("\">");
            html.Append("<p class=\"speaker\"><b>").Append(Enc(family.Speaker ?? "(unattributed)")).Append("</b> ")
                .Append(string.Create(CultureInfo.InvariantCulture, $"<span class=\"muted\">{family.Documents.Count} source(s), {family.Variants.Count} wording(s)</span></p>"));
            html.Append("<table class=\"variants\"><tbody>");
            foreach (var variant in family.Variants)
            {
                var isHead = ReferenceEquals(variant, family.Head) || variant.Text == family.Head.Text;
                html.Append("<tr").Append(isHead ? " class=\"head\"" : "").Append("><td class=\"wording\">");
                if (isHead)
                {
                    html.Append(Enc(variant.Text));
                }
                else
                {
                    AppendAligned(html, family.Head.Text, variant.Text);
                }

                html.Append("</td><td class=\"carried\">")
                    .Append(string.Join(", ", variant.Documents.Select(d => Enc(byId.TryGetValue(d, out var a) ? HtmlReportWriter.Label(a) : d))));
                if (variant.Differences.Count > 0)
                {
                    html.Append(" <span class=\"muted\">(").Append(Enc(string.Join(", ", variant.Differences.Select(d => QuoteNames.Of(d.Kind)).Distinct()))).Append(")</span>");
                }

                html.Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            if (family.Flags.Count > 0)
            {
                html.Append("<ul class=\"flags\">");
                foreach (var flag in family.Flags)
                {
                    html.Append("<li><b class=\"flag-kind\">").Append(Enc(flag.Kind)).Append("</b> ").Append(Enc(HtmlReportWriter.Named(flag.Detail, story, byId))).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>The variant's words in order, those the head lacks marked added and the head's words it lacks struck through.</summary>
    internal static void AppendAligned(StringBuilder html, string head, string variant)
    {
        var a = Words().Matches(head).Select(m => m.Value).ToArray();
        var b = Words().Matches(variant).Select(m => m.Value).ToArray();
        var map = WordDiff.Match(a.Select(Key).ToArray(), b.Select(Key).ToArray());
        var j = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (map[i] < 0)
            {
                html.Append("<del class=\"dropped\">").Append(Enc(a[i])).Append("</del> ");
                continue;
            }

            for (; j < map[i]; j++)
            {
                html.Append("<ins class=\"added\">").Append(Enc(b[j])).Append("</ins> ");
            }

            html.Append(Enc(b[j++])).Append(' ');
        }

        for (; j < b.Length; j++)
        {
            html.Append("<ins class=\"added\">").Append(Enc(b[j])).Append("</ins> ");
        }
    }

    // Case, quote marks and trailing punctuation do not make two words different readings.
    private static ulong Key(string word) =>
        WyHash.Hash(Encoding.UTF8.GetBytes(word.Trim('"', '\'', '“', '”', '‘', '’', ',', '.', ';', ':', '!', '?').ToLowerInvariant()));

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
