using FsCheck;
using FsCheck.Fluent;
using Stemma.Fingerprinting;
using Stemma.Matching;

namespace Stemma.Tests.Matching;

/// <summary>Insert, Query and Remove agree with a model of the index's contents.</summary>
public class LshIndexPropertyTests
{
    private static MinHashSignature Signature(int document) =>
        MinHash.Compute([.. Enumerable.Range(0, 40).Select(i => WyHash.Hash64((ulong)(document % 7), (ulong)(i + (document * 3)))) ]);

    [Fact]
    public void Insert_query_and_remove_stay_consistent_with_a_model()
    {
        Arbitrary<(bool Insert, int Key)[]> operations =
            Gen.ArrayOf(from insert in Gen.Elements(true, true, false) from key in Gen.Choose(0, 30) select (insert, key)).ToArbitrary();
        Prop.ForAll(operations, ops =>
        {
            var index = new LshIndex<int>(new LshOptions());
            var model = new List<int>();
            foreach ((bool insert, int key) in ops)
            {
                if (insert && !model.Contains(key))
                {
                    index.Insert(key, Signature(key));
                    model.Add(key);
                }
                else if (!insert)
                {
                    index.Remove(key).ShouldBe(model.Remove(key));
                }
            }

            index.Count.ShouldBe(model.Count);
            foreach (int key in model)
            {
                index.Contains(key).ShouldBeTrue();
                IReadOnlyList<int> found = index.Query(Signature(key));
                found.ShouldContain(key);
                found.ShouldBeSubsetOf(model);

                // Insertion order: the model's order restricted to what was found.
                found.ShouldBe(model.Where(found.Contains).ToList());
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
