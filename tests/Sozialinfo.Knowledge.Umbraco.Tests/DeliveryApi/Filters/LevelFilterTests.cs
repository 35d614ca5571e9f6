using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.Tests.DeliveryApi.Filters;

public sealed class LevelFilterTests
{
    private readonly LevelFilter _filter = new();

    [Theory]
    [InlineData("level:1")]
    [InlineData("level:5")]
    [InlineData("Level:2,3")]
    [InlineData("level:!1")]
    public void CanHandle_WellFormedLevelToken_ReturnsTrue(string query)
        => Assert.True(_filter.CanHandle(query));

    [Theory]
    [InlineData("level:")]
    [InlineData("level:0")]
    [InlineData("level:6")]
    [InlineData("level:-1")]
    [InlineData("level:+2")]
    [InlineData("level:2.5")]
    [InlineData("level:zwei")]
    [InlineData("level:2,x")]
    [InlineData("level:!")]
    [InlineData("level>2")]
    [InlineData("levels:2")]
    public void CanHandle_MalformedOrForeignToken_ReturnsFalse(string query)
        => Assert.False(_filter.CanHandle(query));

    [Fact]
    public void BuildFilterOption_OneLevel_IsLevelOnLevelField()
    {
        var option = _filter.BuildFilterOption("level:2");

        Assert.Equal("sozialinfoLevel", option.FieldName);
        Assert.Equal(["2"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_SeveralLevels_AnyOfThem()
    {
        var option = _filter.BuildFilterOption("level:03,4,3");

        Assert.Equal(["3", "4"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_NegatedLevel_IsNot()
    {
        var option = _filter.BuildFilterOption("level:!5");

        Assert.Equal(["5"], option.Values);
        Assert.Equal(FilterOperation.IsNot, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_MalformedToken_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => _filter.BuildFilterOption("level:9"));
}
