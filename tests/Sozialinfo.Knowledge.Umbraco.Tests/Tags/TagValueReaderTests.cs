using Sozialinfo.Knowledge.Umbraco.Tags;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Tags;

public sealed class TagValueReaderTests
{
    [Theory]
    [InlineData("""["thema:ndsg","Format:Artikel"]""")]
    [InlineData(""" [ "thema:ndsg", "format:artikel", "thema:ndsg" ] """)]
    [InlineData("thema:ndsg,format:artikel")]
    [InlineData(" thema:ndsg , ,FORMAT:artikel")]
    public void Parse_StoredTagsValue_ReturnsNormalisedDistinctTags(string stored)
        => Assert.Equal(["thema:ndsg", "format:artikel"], TagValueReader.Parse(stored));

    [Fact]
    public void Parse_StringSequence_ReturnsNormalisedTags()
    {
        IEnumerable<string> stored = ["DC-Stufe:2", " "];

        Assert.Equal(["dc-stufe:2"], TagValueReader.Parse(stored));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[1,2]")]
    [InlineData(42)]
    public void Parse_NoReadableTags_ReturnsEmpty(object? stored)
        => Assert.Empty(TagValueReader.Parse(stored));
}
