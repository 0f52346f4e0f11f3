using Stemma.Collation;
using static Stemma.Tests.Collation.CollationFixtures;

namespace Stemma.Tests.Collation;

/// <summary>Invariants of the collator over many seeded random editions of one text.</summary>
public sealed class CollatorPropertyTests
{
    // Seeded, so every run checks the same editions.
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 25));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_order_gives_the_same_collation_and_every_witness_has_one_reading_per_place(int seed)
    {
        var random = new Random(seed);
        var words = Text("original").Split(' ');
        int count = 2 + random.Next(5);
        var witnesses = Enumerable.Range(0, count).Select(i =>
        {
            var copy = words.Where(_ => random.NextDouble() > 0.02)
                .Select(w => random.NextDouble() < 0.03 ? "changed" + random.Next(3) : w);
            return new CollationWitness("w" + i, string.Join(' ', copy), 0.5 + random.NextDouble() / 2);
        }).ToArray();

        var collator = Collator.Create();
        var first = collator.Collate("c", "s", witnesses);
        var shuffled = witnesses.OrderBy(_ => random.Next()).ToArray();
        var second = collator.Collate("c", "s", shuffled);
        second.Canonical.ShouldBe(first.Canonical);
        second.Variants.Count.ShouldBe(first.Variants.Count);
        for (int v = 0; v < first.Variants.Count; v++)
        {
            var (x, y) = (first.Variants[v], second.Variants[v]);
            y.At.ShouldBe(x.At);
            y.Readings.Select(r => r.Text + "=" + string.Join(",", r.Documents)).ShouldBe(x.Readings.Select(r => r.Text + "=" + string.Join(",", r.Documents)));
        }

        foreach (var v in first.Variants)
        {
            first.Canonical[v.At.Start..v.At.End].ShouldBe(v.Chosen);
            v.Readings.SelectMany(r => r.Documents).Order(StringComparer.Ordinal).ShouldBe(witnesses.Select(w => w.Id).Order(StringComparer.Ordinal));
        }
    }
}
