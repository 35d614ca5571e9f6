using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Filters;

public sealed class DossierFilterTests
{
    private static readonly string[] DatenschutzArticles =
        ["Das revidierte Datenschutzgesetz", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten"];

    [Theory]
    [InlineData("dossier:datenschutz")]
    [InlineData("dossier:DATENSCHUTZ")]
    [InlineData("dossier:10000000-0000-0000-0000-000000000003")]
    public void BuildFilterOption_KeyOrSegment_KeepsItemsBelowTheDossierWithoutIt(string filter)
    {
        Assert.Equal(DatenschutzArticles, Names(filters: [filter]));
    }

    [Fact]
    public void BuildFilterOption_SeveralDossiers_KeepsItemsBelowAnyOfThem()
    {
        Assert.Equal([.. DatenschutzArticles, "Beratung per Chat, Video und E-Mail"], Names(filters: ["dossier:datenschutz,online-beratung"]));
    }

    [Fact]
    public void BuildFilterOption_Negated_DropsItemsBelowTheDossier()
    {
        Assert.Equal(["Beratung per Chat, Video und E-Mail"], Names(filters: ["contentType:article", "dossier:!datenschutz"]));
    }

    [Fact]
    public void BuildFilterOption_SegmentOfTheRequestCulture_FindsTheDossier()
    {
        Assert.Equal(["La nouvelle loi sur la protection des données"], Names(filters: ["dossier:protection-des-donnees"], culture: "fr-CH"));
    }

    [Fact]
    public void BuildFilterOption_SegmentOfAnotherCulture_StillFindsTheDossier()
    {
        Assert.Equal(["La nouvelle loi sur la protection des données"], Names(filters: ["dossier:datenschutz"], culture: "fr-CH"));
        Assert.Equal(DatenschutzArticles, Names(filters: ["dossier:protection-des-donnees"]));
    }

    [Theory]
    [InlineData("dossier:gibt-es-nicht")]
    [InlineData("dossier:dossiers")]
    [InlineData("dossier:10000000-0000-0000-0000-000000000002")]
    [InlineData("dossier:99999999-0000-0000-0000-000000000000")]
    public void BuildFilterOption_UnknownOrNotADossier_MatchesNothing(string filter)
    {
        var outcome = Execute(filters: [filter]);

        Assert.Null(outcome.Error);
        Assert.Equal(0, outcome.Total);
    }
}
