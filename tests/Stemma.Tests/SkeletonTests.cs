namespace Stemma.Tests;

public class SkeletonTests
{
    [Fact]
    public void Empty_metadata_takes_every_field_from_the_fallback()
    {
        var fallback = new global::Stemma.Extraction.DocumentMetadata { Title = "T", Outlet = "O" };
        global::Stemma.Extraction.DocumentMetadata.Empty.Or(fallback).ShouldBe(fallback);
    }
}
