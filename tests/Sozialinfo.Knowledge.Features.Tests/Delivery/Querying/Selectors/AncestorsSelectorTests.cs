using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Selectors;

public sealed class AncestorsSelectorTests
{
    [Theory]
    [InlineData("ancestors:10000000-0000-0000-0000-000000000004")]
    [InlineData("ancestors:/dossiers/datenschutz/revdsg/")]
    [InlineData("ancestors:dossiers/datenschutz/revdsg")]
    [InlineData("ANCESTORS:/Dossiers/Datenschutz/RevDsg")]
    public void BuildSelectorOption_IdOrPath_ReturnsAncestorsFromTheRootWithoutTheItem(string fetch)
    {
        Assert.Equal(["Startseite", "Dossiers", "Datenschutz"], Names(fetch: fetch));
    }

    [Fact]
    public void BuildSelectorOption_Root_ReturnsNothing()
    {
        Assert.Equal(0, Execute(fetch: $"ancestors:{QueryTree.Home}").Total);
    }

    [Fact]
    public void BuildSelectorOption_PathInRequestCulture_FindsTheTranslation()
    {
        Assert.Equal(["Accueil", "Protection des données"], Names(fetch: "ancestors:/dossiers/protection-des-donnees/nlpd/", culture: "fr-CH"));
    }

    [Fact]
    public void BuildSelectorOption_PathWithStartItem_IsResolvedBelowIt()
    {
        Assert.Equal(["Zweite Seite"], Names(fetch: "ancestors:/impressum/", startItem: QueryTree.SecondRoot));
    }

    [Theory]
    [InlineData("ancestors:/gibt/es/nicht/")]
    [InlineData("ancestors:99999999-0000-0000-0000-000000000000")]
    [InlineData("ancestors:")]
    public void BuildSelectorOption_UnknownItem_GivesAnEmptyResultNotAnError(string fetch)
    {
        var outcome = Execute(fetch: fetch);

        Assert.Null(outcome.Error);
        Assert.Equal(0, outcome.Total);
    }
}
