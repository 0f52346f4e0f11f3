using Stemma.Cleaning;

namespace Stemma.Collation;

/// <summary>One witness of an edition as the collator sees it: its text and how far its readings are trusted.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Text">The cleaned text.</param>
/// <param name="Weight">The weight of its readings, in (0, 1]: 1 for a clean copy, less for a damaged one.</param>
public sealed record CollationWitness(string Id, string Text, double Weight)
{
    /// <summary>How much one repaired kind of damage (unwrapped lines, joined words, fixed quote marks)
    /// lowers trust: repaired text is mostly right but a printout's repairs can leave residue. Calibrated
    /// on the seeds' two printouts (3 repairs each) against the clean AFP copy so that two printouts
    /// together still outweigh one clean copy on a word they share.</summary>
    public const double RepairPenalty = 0.25;

    /// <summary>How much one unrepaired damage warning (a line that may be lost, an unclosed quotation)
    /// lowers trust: it marks a place where the copy is known to be wrong, so it weighs twice a repair.</summary>
    public const double WarningPenalty = 0.5;

    /// <summary>The witness for a cleaned article, weighted by the damage cleaning saw in it.</summary>
    public static CollationWitness FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        double damage = RepairPenalty * article.Repairs.Count + WarningPenalty * article.Warnings.Count;
        return new CollationWitness(article.Id, article.Text, 1.0 / (1.0 + damage));
    }
}
