using Stemma.Collation;

namespace Stemma.Tests.Collation;

internal static class CollationFixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Collation", name + ".txt")).TrimEnd();

    public static CollationWitness Witness(string name, double weight = 1.0) => new(name, Text(name), weight);
}
