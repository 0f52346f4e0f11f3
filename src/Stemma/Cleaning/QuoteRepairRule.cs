using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Stemma.Cleaning;

/// <summary>
/// Rule 3: repairs quotation marks broken by PDF extraction — doubled openers (<c>""word</c>,
/// <c>''word</c>, <c>'"word</c>), a double-quoted passage closed by a single mark, stray marks —
/// while apostrophes (<c>don't</c>, <c>others'</c>) and well-formed quotes stay as they are, curly
/// or straight. Works per paragraph, pairing openers with closers.
/// </summary>
internal static partial class QuoteRepairRule
{
    private const string QuoteMarks = "\"'“”‘’";

    private enum Role
    {
        Apostrophe,
        Opener,
        Closer,
        // A single mark after a letter: a closing single quote, a plural possessive, or the
        // closer of a damaged double quote; the pairing decides.
        SingleAfterWord,
        Stray,
        Other,
    }

    /// <summary>Repairs every paragraph in place; returns warnings for quotes left unclosed.</summary>
    internal static List<string> Apply(List<string> paragraphs)
    {
        var warnings = new List<string>();
        var unclosed = new bool[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var runsOn = i + 1 < paragraphs.Count && paragraphs[i + 1].Length > 0 && paragraphs[i + 1][0] is '“' or '"';
            (paragraphs[i], unclosed[i]) = Repair(paragraphs[i], runsOn);
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            // A quote running on into the next paragraph legitimately stays open when that
            // paragraph opens with a quotation mark.
            var continues = i + 1 < paragraphs.Count && paragraphs[i + 1].Length > 0 && QuoteMarks.Contains(paragraphs[i + 1][0], StringComparison.Ordinal);
            if (unclosed[i] && !continues)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"paragraph {i + 1}: a quotation mark is opened and never closed"));
            }
        }

        return warnings;
    }

    /// <summary>
    /// Repairs one paragraph; also says whether a quote stays open at its end. <paramref name="runsOn"/>: the next paragraph opens
    /// with a double mark, so a double quote may run on into it unclosed here.
    /// </summary>
    internal static (string Text, bool Unclosed) Repair(string paragraph, bool runsOn = false)
    {
        var runs = FindRuns(paragraph);
        if (runs.Count == 0)
        {
            return (paragraph, false);
        }

        var replacement = new string?[runs.Count];
        var stack = new List<(int Run, bool Double, bool Curly)>();
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            switch (run.Role)
            {
                case Role.Opener:
                    if (run.Text is "\"'" or "“‘")
                    {
                        // A double quote opening on a nested single one: well formed.
                        stack.Add((k, true, run.Curly));
                        stack.Add((k, false, run.Curly));
                    }
                    else
                    {
                        stack.Add((k, run.IsDouble, run.Curly));
                        if (run.Text.Length > 1)
                        {
                            replacement[k] = run.Curly ? "“" : "\"";
                        }
                    }

                    break;

                case Role.Closer when run.IsDouble:
                    if (run.Text is "'\"" or "’”" && stack.Count >= 2 && !stack[^1].Double && stack[^2].Double)
                    {
                        stack.RemoveRange(stack.Count - 2, 2);
                        break;
                    }

                    var open = stack.FindLastIndex(s => s.Double);
                    if (open >= 0)
                    {
                        stack.RemoveRange(open, stack.Count - open);
                    }

                    if (run.Text.Length > 1)
                    {
                        replacement[k] = run.Curly ? "”" : "\"";
                    }

                    break;

                case Role.Closer:
                case Role.SingleAfterWord:
                    if (stack.Count == 0)
                    {
                        break;
                    }

                    var top = stack[^1];
                    if (!top.Double)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }
                    else if (run.PluralPossessive && runsOn)
                    {
                        // “… of members’ money on its roof. ¶ “…: a plural possessive inside a double quote that runs on into the next
                        // paragraph closes nothing (in '"Russian actors' of seeking, with no quote running on, it is the damaged closer).
                    }
                    else if (!HasCloserAhead(runs, k, double_: true)
                        && (run.Role == Role.Closer || !HasCloserAhead(runs, k, double_: false)))
                    {
                        // A double-quoted passage closed by a single mark: the mark was a double one.
                        replacement[k] = top.Curly || run.Curly ? "”" : "\"";
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;

                case Role.Stray:
                    replacement[k] = string.Empty;
                    break;
            }
        }

        var text = new StringBuilder(paragraph.Length);
        var at = 0;
        for (var k = 0; k < runs.Count; k++)
        {
            text.Append(paragraph, at, runs[k].Start - at);
            text.Append(replacement[k] ?? runs[k].Text);
            at = runs[k].Start + runs[k].Text.Length;
        }

        text.Append(paragraph, at, paragraph.Length - at);
        var repaired = ExtraSpaces().Replace(text.ToString(), " ").Trim();
        return (repaired, stack.Count > 0);
    }

    /// <summary>Whether a closer of the given weight follows before the next opener.</summary>
    private static bool HasCloserAhead(List<Run> runs, int k, bool double_)
    {
        for (var j = k + 1; j < runs.Count && runs[j].Role != Role.Opener; j++)
        {
            if (runs[j].Role == Role.Closer && runs[j].IsDouble == double_)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Run> FindRuns(string s)
    {
        var runs = new List<Run>();
        var i = 0;
        while (i < s.Length)
        {
            if (!QuoteMarks.Contains(s[i], StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && QuoteMarks.Contains(s[i], StringComparison.Ordinal))
            {
                i++;
            }

            var prev = start > 0 ? s[start - 1] : '\0';
            var next = i < s.Length ? s[i] : '\0';
            var text = s[start..i];
            // (Mr Mac a’ Phearsain: the elided article of a Gaelic surname is an apostrophe, whatever its neighbours.)
            var role = text is "'" or "’" && Quotes.CueToken.IsGaelicElidedArticle(s, start, s.Length) ? Role.Apostrophe : Classify(text, prev, next);
            runs.Add(new Run(start, text, role, text is "'" or "’" && Quotes.QuoteMarkScanner.IsPluralPossessive(s, start, s.Length)));
        }

        return runs;
    }

    private static Role Classify(string run, char prev, char next)
    {
        var single = run.Length == 1 && run[0] is '\'' or '’' or '‘';
        var prevOpen = prev == '\0' || char.IsWhiteSpace(prev) || "([{—–-/".Contains(prev, StringComparison.Ordinal);
        var nextOpen = next == '\0' || char.IsWhiteSpace(next) || ".,;:!?)]}—–-…".Contains(next, StringComparison.Ordinal);
        var prevWord = char.IsLetterOrDigit(prev);
        var nextWord = char.IsLetterOrDigit(next) || "…$£€(¡¿".Contains(next, StringComparison.Ordinal);

        if (single && prevWord && char.IsLetter(next))
        {
            return Role.Apostrophe; // don't, Russia's
        }

        if (single && prevOpen && char.IsDigit(next))
        {
            return Role.Apostrophe; // the '90s
        }

        if (prevOpen && nextWord)
        {
            return Role.Opener;
        }

        if (!prevOpen && nextOpen)
        {
            return single && prevWord ? Role.SingleAfterWord : Role.Closer;
        }

        return prevOpen && nextOpen && prev != '\0' && next != '\0' ? Role.Stray : Role.Other;
    }

    private readonly record struct Run(int Start, string Text, Role Role, bool PluralPossessive)
    {
        public bool IsDouble => Text.Length > 1 || Text.IndexOfAny(['"', '“', '”']) >= 0;

        public bool Curly => Text.IndexOfAny(['“', '”', '‘', '’']) >= 0;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ExtraSpaces();
}
