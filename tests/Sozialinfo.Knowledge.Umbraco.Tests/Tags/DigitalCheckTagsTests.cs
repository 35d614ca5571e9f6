using Sozialinfo.Knowledge.Umbraco.Tags;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Tags;

public sealed class DigitalCheckTagsTests
{
    [Theory]
    [InlineData("dc-dimension:datenschutz", true, "datenschutz")]
    [InlineData("dc-dimension:ki-strategie", true, "ki-strategie")]
    [InlineData("dc-dimension:", false, "")]
    [InlineData("dc-dimension:daten schutz", false, "")]
    [InlineData("thema:datenschutz", false, "")]
    public void TryGetDimension_Tag_ReadsKey(string tag, bool expected, string expectedDimension)
    {
        var found = DigitalCheckTags.TryGetDimension(tag, out var dimension);

        Assert.Equal(expected, found);
        Assert.Equal(expectedDimension, dimension);
    }

    [Theory]
    [InlineData("dc-stufe:1", true, 1)]
    [InlineData("dc-stufe:5", true, 5)]
    [InlineData("dc-stufe:0", false, 0)]
    [InlineData("dc-stufe:6", false, 0)]
    [InlineData("dc-stufe:-2", false, 0)]
    [InlineData("dc-stufe:", false, 0)]
    [InlineData("stufe:2", false, 0)]
    public void TryGetLevel_Tag_ReadsLevelOneToFive(string tag, bool expected, int expectedLevel)
    {
        var found = DigitalCheckTags.TryGetLevel(tag, out var level);

        Assert.Equal(expected, found);
        Assert.Equal(expectedLevel, level);
    }
}
