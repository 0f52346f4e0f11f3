using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 2: joins a word broken across a line break (<c>xxx-</c> + <c>yyy</c>), keeping the hyphen
/// only for real compounds. Evidence, strongest first: the batch's own spelling mid-line, a capital
/// after the break, the dictionary's solid word, both halves being words; otherwise solid.
/// </summary>
internal sealed partial class HyphenationRule
{
    private readonly HyphenEvidence evidence;
    private readonly Func<WordList?> dictionary;

    /// <param name="evidence">Counts from the whole batch.</param>
    /// <param name="dictionary">Gives the word list, or null when it is missing (loaded lazily).</param>
    internal HyphenationRule(HyphenEvidence evidence, Func<WordList?> dictionary)
    {
        this.evidence = evidence;
        this.dictionary = dictionary;
    }

    /// <summary>How many broken words this rule has joined.</summary>
    internal int Joins { get; private set; }

    /// <summary>Set once a decision needed the dictionary and it was missing.</summary>
    internal bool DictionaryWasMissing { get; private set; }

    /// <summary>Whether <paramref name="left"/> ends in a word broken by a hyphen and <paramref name="right"/> continues it.</summary>
    internal static bool IsBrokenWord(string left, string right) =>
        BrokenEnd().IsMatch(left) && LeadingWord().IsMatch(right.TrimStart());

    /// <summary>Joins the two pieces of text at the broken word.</summary>
    internal string Join(string left, string right)
    {
        right = right.TrimStart();
        var leftPart = BrokenEnd().Match(left).Groups["part"].Value;
        var rightPart = LeadingWord().Match(right).Value;
        var keep = KeepHyphen(leftPart, rightPart);
        Joins++;
        return keep ? left + right : left[..^1] + right;
    }

    /// <summary>Decides whether <c>left-right</c> is a compound (true) or one broken word (false).</summary>
    internal bool KeepHyphen(string left, string right)
    {
        var hyphenated = evidence.HyphenatedCount(left, right);
        var solid = evidence.SolidCount(left, right);
        if (hyphenated > solid)
        {
            return true;
        }

        if (solid > 0)
        {
            return false;
        }

        if (char.IsUpper(right[0]))
        {
            return true;
        }

        var words = dictionary();
        if (words is null)
        {
            DictionaryWasMissing = true;
            return false;
        }

        if (words.Contains(left + right))
        {
            return false;
        }

        return words.Contains(left) && words.Contains(right);
    }

    [GeneratedRegex(@"(?<part>\p{L}+)-$")]
    private static partial Regex BrokenEnd();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingWord();
}
