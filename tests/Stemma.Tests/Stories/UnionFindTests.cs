using Stemma.Stories;

namespace Stemma.Tests.Stories;

public class UnionFindTests
{
    [Fact]
    public void Components_do_not_depend_on_the_order_of_unions()
    {
        var x = new UnionFind(6);
        x.Union(4, 1);
        x.Union(5, 3);
        x.Union(1, 0);
        var y = new UnionFind(6);
        y.Union(0, 1);
        y.Union(3, 5);
        y.Union(1, 4);
        x.Components().ShouldBe(y.Components());
        x.Components().Select(c => c.ToArray()).ShouldBe([[0, 1, 4], [2], [3, 5]]);
    }
}
