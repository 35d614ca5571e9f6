using Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

namespace Sozialinfo.Knowledge.Markdown.Tests.Extensions.HeadingIds;

public sealed class UniqueIdsTests
{
    [Fact]
    public void Claim_RepeatedId_CountsOnAsMarkdigDoes()
    {
        var ids = new UniqueIds();

        string[] headings = ["a", "a", "a", "b", "b"];

        Assert.Equal(["a", "a-1", "a-2", "b", "b-1"], headings.Select(ids.Claim));
    }

    [Fact]
    public void Claim_SuffixAlreadyTakenByAHeading_SkipsIt()
    {
        var ids = new UniqueIds();

        string[] headings = ["a-1", "a", "a", "a"];

        Assert.Equal(["a-1", "a", "a-2", "a-3"], headings.Select(ids.Claim));
    }

    [Fact]
    public void Claim_TwelveThousandEqualIds_AreAllDistinct()
    {
        var ids = new UniqueIds();

        var claimed = Enumerable.Range(0, 12_000).Select(_ => ids.Claim("a")).ToList();

        Assert.Equal(claimed.Count, claimed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("a-11999", claimed[^1]);
    }
}
