using Stemma.Matching.Paraphrase;

namespace Stemma.Tests.Matching.Paraphrase;

/// <summary>A fact that is skipped, saying why, when WordNet (Debian's wordnet-base) is not installed.</summary>
public sealed class WordNetFactAttribute : FactAttribute
{
    public WordNetFactAttribute()
    {
        if (WordNet.Shared is null)
        {
            Skip = "WordNet is not installed: apt-get install wordnet-base (scripts/install-deps.sh does it).";
        }
    }
}
