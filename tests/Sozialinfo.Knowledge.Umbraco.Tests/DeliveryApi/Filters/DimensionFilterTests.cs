using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.Tests.DeliveryApi.Filters;

public sealed class DimensionFilterTests
{
    private readonly DimensionFilter _filter = new();

    [Theory]
    [InlineData("dimension:datenschutz")]
    [InlineData("DIMENSION:Datenschutz")]
    [InlineData("dimension:datenschutz,strategie")]
    [InlineData("dimension:!oeffentlichkeit")]
    public void CanHandle_WellFormedDimensionToken_ReturnsTrue(string query)
        => Assert.True(_filter.CanHandle(query));

    [Theory]
    [InlineData("dimension:")]
    [InlineData("dimension:!")]
    [InlineData("dimension:daten schutz")]
    [InlineData("dimension:dc-dimension:datenschutz")]
    [InlineData("dimension:öffentlichkeit")]
    [InlineData("dimension:datenschutz,")]
    [InlineData("dimension:!!datenschutz")]
    [InlineData("dimensions:datenschutz")]
    [InlineData("tag:dc-dimension:datenschutz")]
    public void CanHandle_MalformedOrForeignToken_ReturnsFalse(string query)
        => Assert.False(_filter.CanHandle(query));

    [Fact]
    public void BuildFilterOption_OneDimension_IsKeyOnDimensionField()
    {
        var option = _filter.BuildFilterOption("dimension:Datenschutz");

        Assert.Equal("sozialinfoDimension", option.FieldName);
        Assert.Equal(["datenschutz"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_SeveralDimensions_AnyOfThem()
    {
        var option = _filter.BuildFilterOption("dimension:datenschutz, strategie");

        Assert.Equal(["datenschutz", "strategie"], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_NegatedDimension_IsNot()
    {
        var option = _filter.BuildFilterOption("dimension:!finanzierung");

        Assert.Equal(["finanzierung"], option.Values);
        Assert.Equal(FilterOperation.IsNot, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_MalformedToken_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => _filter.BuildFilterOption("dimension:daten schutz"));
}
