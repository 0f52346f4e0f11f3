using Stemma.Matching.Paraphrase;

namespace Stemma.Cli.Tests;

/// <summary>A fact that is skipped, saying why, when WordNet (Debian's wordnet-base) is not installed.</summary>
public sealed class WordNetFactAttribute : FactAttribute
{
    public WordNetFactAttribute()
    {
        if (ParaphraseModel.Warning is not null)
        {
            Skip = "WordNet is not installed: apt-get install wordnet-base (scripts/install-deps.sh does it).";
        }
    }
}
