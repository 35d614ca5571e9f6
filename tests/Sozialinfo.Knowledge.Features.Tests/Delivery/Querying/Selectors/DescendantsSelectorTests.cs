using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Selectors;

public sealed class DescendantsSelectorTests
{
    [Theory]
    [InlineData("descendants:10000000-0000-0000-0000-000000000002")]
    [InlineData("descendants:/dossiers/")]
    [InlineData("DESCENDANTS:/DOSSIERS")]
    public void BuildSelectorOption_IdOrPath_ReturnsEverythingBelowInTreeOrderWithoutTheItem(string fetch)
    {
        Assert.Equal(
            [
                "Datenschutz", "Das revidierte Datenschutzgesetz", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten",
                "Online-Beratung", "Beratung per Chat, Video und E-Mail",
            ],
            Names(fetch: fetch));
    }

    [Fact]
    public void BuildSelectorOption_WithFilterAndSort_AppliesBothToTheDescendants()
    {
        Assert.Equal(
            ["Beratung per Chat, Video und E-Mail", "Cloud und Auftragsbearbeitung", "Das revidierte Datenschutzgesetz", "Müller über Öffnungszeiten"],
            Names(fetch: "descendants:/dossiers/", filters: ["contentType:article"], sorts: ["name:asc"]));
    }

    [Fact]
    public void BuildSelectorOption_Leaf_GivesTotalZero()
    {
        Assert.Equal(0, Execute(fetch: $"descendants:{QueryTree.Chat}").Total);
    }

    [Fact]
    public void BuildSelectorOption_UnknownItem_GivesTotalZero()
    {
        var outcome = Execute(fetch: "descendants:/weg/");

        Assert.Null(outcome.Error);
        Assert.Equal(0, outcome.Total);
    }
}
