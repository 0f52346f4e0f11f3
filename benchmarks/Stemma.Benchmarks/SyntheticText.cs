using System.Text;

namespace Stemma.Benchmarks;

/// <summary>Deterministic synthetic news-like documents: words drawn from a fixed pseudo-vocabulary.</summary>
public static class SyntheticText
{
    private const int VocabularySize = 5000;

    private static readonly string[] Vocabulary = BuildVocabulary();

    public static string Document(int words, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++)
        {
            // Zipf-like: small indexes (function words) far more often than rare ones.
            int index = (int)(Math.Pow(random.NextDouble(), 3) * VocabularySize);
            string word = Vocabulary[index];
            if (i % 12 == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            sb.Append(word);
            sb.Append(i % 12 == 11 ? ". " : i % 5 == 4 ? ", " : " ");
        }

        return sb.ToString();
    }

    /// <summary>A copy of <paramref name="text"/> with about <paramref name="editRate"/> of its words replaced.</summary>
    public static string Edit(string text, double editRate, int seed)
    {
        var random = new Random(seed);
        string[] words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < editRate)
            {
                words[i] = Vocabulary[random.Next(VocabularySize)];
            }
        }

        return string.Join(' ', words);
    }

    private static string[] BuildVocabulary()
    {
        const string letters = "etaoinshrdlcumwfgypbvkjxqz";
        var random = new Random(12345);
        var words = new string[VocabularySize];
        for (int i = 0; i < words.Length; i++)
        {
            int length = 2 + random.Next(9);
            var chars = new char[length];
            for (int c = 0; c < length; c++)
            {
                chars[c] = letters[(int)(Math.Pow(random.NextDouble(), 2) * letters.Length)];
            }

            words[i] = new string(chars);
        }

        return words;
    }
}
