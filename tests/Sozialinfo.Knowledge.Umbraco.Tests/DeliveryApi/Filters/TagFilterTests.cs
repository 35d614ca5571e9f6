using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.Tests.DeliveryApi.Filters;

public sealed class TagFilterTests
{
    private readonly TagFilter _filter = new();

    [Theory]
    [InlineData("tag:thema:ndsg")]
    [InlineData("Tag:thema:ndsg")]
    [InlineData("tag:thema:ndsg,format:artikel")]
    [InlineData("tag:!format:workshop")]
    [InlineData("tag: dc-stufe:2 ")]
    public void CanHandle_WellFormedTagToken_ReturnsTrue(string query)
        => Assert.True(_filter.CanHandle(query));

    [Theory]
    [InlineData("tag:")]
    [InlineData("tag:!")]
    [InlineData("tag:a,,b")]
    [InlineData("tag:a,")]
    [InlineData("tag:!!a")]
    [InlineData("tag:a,!b")]
    [InlineData("tags:a")]
    [InlineData("contentType:article")]
    [InlineData("dimension:datenschutz")]
    public void CanHandle_MalformedOrForeignToken_ReturnsFalse(string query)
        => Assert.False(_filter.CanHandle(query));

    [Fact]
    public void BuildFilterOption_OneTag_IsTagOnTagField()
    {
        var option = _filter.BuildFilterOption("tag:Thema:NDSG");

        Assert.Equal("sozialinfoTag", option.FieldName);
        Assert.Equal(["thema:ndsg"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_SeveralTags_KeepsEachOnceInOrder()
    {
        var option = _filter.BuildFilterOption("tag:thema:ndsg,format:artikel,THEMA:ndsg");

        Assert.Equal(["thema:ndsg", "format:artikel"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_NegatedTags_IsNot()
    {
        var option = _filter.BuildFilterOption("tag:!format:workshop,format:referat");

        Assert.Equal(["format:workshop", "format:referat"], option.Values);
        Assert.Equal(FilterOperation.IsNot, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_MalformedToken_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => _filter.BuildFilterOption("tag:"));
}
