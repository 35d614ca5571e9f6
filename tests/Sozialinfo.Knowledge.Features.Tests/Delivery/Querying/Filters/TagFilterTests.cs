using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Filters;

/// <summary>tag:, dimension: and level: (TagFilter, DimensionFilter, MaturityLevelFilter over TagOption).</summary>
public sealed class TagFilterTests
{
    [Theory]
    [InlineData("tag:thema:ndsg", new[] { "Das revidierte Datenschutzgesetz", "Müller über Öffnungszeiten" })]
    [InlineData("TAG:THEMA:NDSG", new[] { "Das revidierte Datenschutzgesetz", "Müller über Öffnungszeiten" })]
    [InlineData("tag:format:artikel", new[] { "Müller über Öffnungszeiten" })]
    [InlineData("tag:dc-stufe:3,dc-stufe:1", new[] { "Cloud und Auftragsbearbeitung", "Beratung per Chat, Video und E-Mail" })]
    [InlineData("tag:thema", new string[0])]
    [InlineData("tag:ndsg", new string[0])]
    public void BuildFilterOption_Tag_MatchesWholeTagsIgnoringCase(string filter, string[] expected)
    {
        Assert.Equal(expected, Names(filters: [filter]));
    }

    [Fact]
    public void BuildFilterOption_NegatedTag_KeepsItemsWithoutIt()
    {
        Assert.Equal(["Cloud und Auftragsbearbeitung", "Beratung per Chat, Video und E-Mail"], Names(filters: ["contentType:article", "tag:!thema:ndsg"]));
    }

    [Fact]
    public void BuildFilterOption_ItemsWithoutTags_NeverMatchATag()
    {
        Assert.DoesNotContain("Startseite", Names(filters: ["tag:thema:ndsg,dc-stufe:1,dc-dimension:datenschutz"]));
    }

    [Theory]
    [InlineData("dimension:datenschutz", new[] { "Datenschutz", "Das revidierte Datenschutzgesetz" })]
    [InlineData("dimension:fachpraxis,infrastruktur", new[] { "Online-Beratung", "Beratung per Chat, Video und E-Mail", "Cloud und Auftragsbearbeitung" })]
    [InlineData("dimension:dc-dimension:datenschutz", new string[0])]
    public void BuildFilterOption_Dimension_MatchesTheDigitalCheckDimensionTag(string filter, string[] expected)
    {
        Assert.Equal(expected, Names(filters: [filter], sorts: ["level", "sortOrder"]));
    }

    [Theory]
    [InlineData("level:2", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("level:02", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("level:1,3", new[] { "Cloud und Auftragsbearbeitung", "Beratung per Chat, Video und E-Mail" })]
    [InlineData("level:5", new string[0])]
    public void BuildFilterOption_Level_MatchesTheMaturityLevelTag(string filter, string[] expected)
    {
        Assert.Equal(expected, Names(filters: [filter]));
    }

    [Theory]
    [InlineData("level:zwei")]
    [InlineData("level:0")]
    [InlineData("level:2.5")]
    [InlineData("level:1,x")]
    public void BuildFilterOption_LevelNotAPositiveNumber_IsAnInvalidValue(string filter)
    {
        Assert.Equal("Invalid filter value", Error(filters: [filter]).Title);
    }

    [Fact]
    public void BuildFilterOption_LevelAndDimension_AreAnded()
    {
        Assert.Equal(["Das revidierte Datenschutzgesetz"], Names(filters: ["dimension:datenschutz", "level:2", "contentType:article"]));
    }

    [Fact]
    public void BuildFilterOption_BenchmarkShape_ReturnsTheNewestTaggedArticles()
    {
        var outcome = Execute(filters: ["contentType:article", "tag:thema:ndsg"], sorts: ["updateDate:desc"], take: 1);

        Assert.Equal(2, outcome.Total);
        Assert.Equal(["Das revidierte Datenschutzgesetz"], Names(outcome));
    }
}
