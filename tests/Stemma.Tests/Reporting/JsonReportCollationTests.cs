using System.Text.Json;
using Stemma.Reporting;

namespace Stemma.Tests.Reporting;

public sealed class JsonReportCollationTests
{
    private static JsonElement Write()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(ReportFixture.Build(), output);
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Fact]
    public void Writes_collations_as_the_report_contract_defines()
    {
        var c = Write().GetProperty("collations").EnumerateArray().ShouldHaveSingleItem();
        c.GetProperty("id").GetString().ShouldBe("s1/edition-1");
        c.GetProperty("story").GetString().ShouldBe("s1");
        c.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).ShouldBe(["edition", "original", "typo"]);
        var canonical = c.GetProperty("canonical").GetString()!;
        foreach (var v in c.GetProperty("variants").EnumerateArray())
        {
            var at = v.GetProperty("at");
            canonical[at[0].GetInt32()..at[1].GetInt32()].ShouldBe(v.GetProperty("chosen").GetString());
            v.GetProperty("readings").EnumerateArray().ShouldAllBe(r => r.GetProperty("documents").GetArrayLength() > 0);
        }
    }

    [Fact]
    public void Writes_the_stemma_as_the_report_contract_defines()
    {
        var s = Write().GetProperty("stemma").EnumerateArray().ShouldHaveSingleItem();
        s.GetProperty("story").GetString().ShouldBe("s1");
        var edges = s.GetProperty("edges").EnumerateArray().ToList();
        edges.Select(e => $"{e.GetProperty("from").GetString()}->{e.GetProperty("to").GetString()} {e.GetProperty("kind").GetString()}")
            .ShouldBe(["original->typo near-duplicate", "original->edition edition"]);
        edges.ShouldAllBe(e => e.GetProperty("evidence").GetArrayLength() > 0);
    }
}
