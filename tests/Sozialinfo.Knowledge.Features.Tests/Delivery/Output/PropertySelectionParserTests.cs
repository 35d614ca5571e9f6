using Sozialinfo.Knowledge.Features.Delivery.Output;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

public sealed class PropertySelectionParserTests
{
    [Fact]
    public void TryParse_All_SelectsEveryAlias()
    {
        Assert.True(PropertySelectionParser.TryParse("properties[$all]", out var selection, out _));

        Assert.True(selection.All);
        Assert.True(selection.Includes("anything"));
    }

    [Fact]
    public void TryParse_NamedAliases_SelectsOnlyThoseCaseInsensitively()
    {
        Assert.True(PropertySelectionParser.TryParse("properties[lead,relatedContent]", out var selection, out _));

        Assert.False(selection.All);
        Assert.True(selection.Includes("RELATEDCONTENT"));
        Assert.False(selection.Includes("body"));
    }

    [Fact]
    public void TryParse_Nested_KeepsTheNestedSelectionPerAlias()
    {
        Assert.True(PropertySelectionParser.TryParse("properties[relatedContent[properties[lead,service[properties[$all]]]],body]", out var selection, out _));

        var nested = selection.Nested("relatedContent");
        Assert.NotNull(nested);
        Assert.True(nested.Includes("lead"));
        Assert.True(nested.Nested("service")!.All);
        Assert.Null(selection.Nested("body"));
    }

    [Fact]
    public void TryParse_EmptyList_SelectsNothing()
    {
        Assert.True(PropertySelectionParser.TryParse("properties[]", out var selection, out _));

        Assert.False(selection.Includes("lead"));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("property:lead")]
    [InlineData("properties")]
    [InlineData("properties[")]
    [InlineData("properties[lead")]
    [InlineData("properties[lead]]")]
    [InlineData("properties[lead,]")]
    [InlineData("properties[,lead]")]
    [InlineData("properties[lead body]")]
    [InlineData("properties[le-ad]")]
    [InlineData("properties[$allx]")]
    [InlineData("properties[a[lead]]")]
    [InlineData("properties[a[properties[x]]")]
    [InlineData("Properties[lead]")]
    [InlineData("properties[lead]trailing")]
    [InlineData("properties[../../etc/passwd]")]
    public void TryParse_Malformed_ReturnsFalseWithMessage(string text)
    {
        var parsed = PropertySelectionParser.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void TryParse_NestingDeeperThanLimit_IsRejected()
    {
        var text = string.Concat(Enumerable.Repeat("properties[a[", 9)) + "properties[$all]" + string.Concat(Enumerable.Repeat("]]", 9));

        Assert.False(PropertySelectionParser.TryParse(text, out _, out var error));
        Assert.Contains("nest", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TooLong_IsRejected()
    {
        var text = "properties[" + string.Join(',', Enumerable.Range(0, 400).Select(i => $"a{i}")) + "]";

        Assert.False(PropertySelectionParser.TryParse(text, out _, out _));
    }
}
