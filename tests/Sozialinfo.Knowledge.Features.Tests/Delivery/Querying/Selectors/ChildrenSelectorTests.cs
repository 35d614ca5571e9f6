using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Selectors;

public sealed class ChildrenSelectorTests
{
    [Theory]
    [InlineData("children:10000000-0000-0000-0000-000000000003")]
    [InlineData("children:/dossiers/datenschutz/")]
    [InlineData("Children:dossiers/datenschutz")]
    public void BuildSelectorOption_IdOrPath_ReturnsChildrenInSortOrder(string fetch)
    {
        Assert.Equal(["Das revidierte Datenschutzgesetz", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten"], Names(fetch: fetch));
    }

    [Fact]
    public void BuildSelectorOption_FirstRootByPath_ReturnsItsChildren()
    {
        Assert.Equal(["Dossiers", "Angebote"], Names(fetch: "children:/"));
    }

    [Fact]
    public void BuildSelectorOption_Culture_KeepsOnlyTranslatedChildren()
    {
        Assert.Equal(["La nouvelle loi sur la protection des données"], Names(fetch: $"children:{QueryTree.Datenschutz}", culture: "fr-CH"));
    }

    [Fact]
    public void BuildSelectorOption_GermanPathInFrenchRequest_FindsNothing()
    {
        Assert.Equal(0, Execute(fetch: "children:/dossiers/datenschutz/", culture: "fr-CH").Total);
    }

    [Fact]
    public void BuildSelectorOption_StartItemPath_IsResolvedBelowTheStartItem()
    {
        Assert.Equal(["Impressum"], Names(fetch: "children:/", startItem: QueryTree.SecondRoot));
    }

    [Fact]
    public void BuildSelectorOption_IdOutsideTheStartItem_StillFindsTheItem()
    {
        Assert.Equal(["Workshops"], Names(fetch: $"children:{QueryTree.Angebote}", startItem: QueryTree.SecondRoot));
    }

    [Theory]
    [InlineData("children:/nicht/da/")]
    [InlineData("children:10000000-0000-0000-0000-0000000000ff")]
    public void BuildSelectorOption_UnknownItem_GivesTotalZero(string fetch)
    {
        var outcome = Execute(fetch: fetch);

        Assert.Null(outcome.Error);
        Assert.Equal(0, outcome.Total);
    }

    [Fact]
    public void BuildSelectorOption_Leaf_GivesTotalZero()
    {
        Assert.Equal(0, Execute(fetch: $"children:{QueryTree.Workshops}").Total);
    }
}
