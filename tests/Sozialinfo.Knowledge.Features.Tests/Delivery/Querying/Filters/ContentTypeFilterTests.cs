using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Filters;

public sealed class ContentTypeFilterTests
{
    [Theory]
    [InlineData("contentType:dossier")]
    [InlineData("CONTENTTYPE:Dossier")]
    public void BuildFilterOption_Alias_KeepsThatType(string filter)
    {
        Assert.Equal(["Datenschutz", "Online-Beratung"], Names(filters: [filter]));
    }

    [Fact]
    public void BuildFilterOption_CommaSeparatedAliases_KeepsAnyOfThem()
    {
        Assert.Equal(["Startseite", "Dossiers", "Zweite Seite"], Names(filters: ["contentType:home, dossierList"]));
    }

    [Fact]
    public void BuildFilterOption_Negated_DropsThoseTypes()
    {
        Assert.Equal(
            ["Startseite", "Dossiers", "Datenschutz", "Online-Beratung", "Zweite Seite"],
            Names(filters: ["contentType:!article,servicePage"]));
    }

    [Fact]
    public void BuildFilterOption_RepeatedFilters_AreAnded()
    {
        Assert.Equal(["Online-Beratung"], Names(filters: ["contentType:dossier,article", "contentType:!article", "name:beratung"]));
    }

    [Fact]
    public void BuildFilterOption_UnknownAlias_MatchesNothing()
    {
        Assert.Equal(0, Execute(filters: ["contentType:recipe"]).Total);
    }
}
