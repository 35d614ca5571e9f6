using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Sorts;

/// <summary>Every sort handler over the articles (and the tree), both directions, combined, and the errors.</summary>
public sealed class SortTests
{
    private const string RevDsg = "Das revidierte Datenschutzgesetz";
    private const string Cloud = "Cloud und Auftragsbearbeitung";
    private const string Mueller = "Müller über Öffnungszeiten";
    private const string Chat = "Beratung per Chat, Video und E-Mail";

    private static string[] Articles(params string[] sorts) => Names(filters: ["contentType:article"], sorts: sorts);

    [Theory]
    [InlineData("createDate", new[] { Chat, Mueller, RevDsg, Cloud })]
    [InlineData("createDate:asc", new[] { Chat, Mueller, RevDsg, Cloud })]
    [InlineData("createDate:desc", new[] { Cloud, RevDsg, Mueller, Chat })]
    [InlineData("updateDate:asc", new[] { Chat, Mueller, Cloud, RevDsg })]
    [InlineData("updateDate:desc", new[] { RevDsg, Cloud, Mueller, Chat })]
    [InlineData("name:asc", new[] { Chat, Cloud, RevDsg, Mueller })]
    [InlineData("name:desc", new[] { Mueller, RevDsg, Cloud, Chat })]
    [InlineData("sortOrder:asc", new[] { Chat, RevDsg, Cloud, Mueller })]
    [InlineData("sortOrder:desc", new[] { Mueller, Cloud, RevDsg, Chat })]
    public void BuildSortOption_FieldAndDirection_OrdersTheArticles(string sort, string[] expected)
    {
        Assert.Equal(expected, Articles(sort));
    }

    [Theory]
    [InlineData("name:ASC")]
    [InlineData("Name:Asc")]
    [InlineData("NAME")]
    public void BuildSortOption_DirectionAndFieldInAnyCase_AreUnderstood(string sort)
    {
        Assert.Equal([Chat, Cloud, RevDsg, Mueller], Articles(sort));
    }

    [Fact]
    public void BuildSortOption_UpperCaseDesc_SortsDescending()
    {
        Assert.Equal([RevDsg, Cloud, Mueller, Chat], Articles("UPDATEDATE:DESC"));
    }

    [Fact]
    public void BuildSortOption_Level_SortsByTreeLevelAndKeepsTreeOrderWithinALevel()
    {
        Assert.Equal(
            ["Startseite", "Zweite Seite", "Dossiers", "Angebote", "Impressum", "Datenschutz", "Online-Beratung", "Workshops"],
            Names(filters: ["contentType:!article"], sorts: ["level:asc"]));
    }

    [Fact]
    public void BuildSortOption_LevelDescThenName_EarlierSortWins()
    {
        Assert.Equal(
            [Chat, Cloud, RevDsg, Mueller, "Datenschutz", "Online-Beratung"],
            Names(fetch: "descendants:/", filters: ["contentType:article,dossier"], sorts: ["level:desc", "name:asc"]));
    }

    [Fact]
    public void BuildSortOption_LevelAscThenName_NameOrdersWithinALevel()
    {
        Assert.Equal(
            ["Datenschutz", "Online-Beratung", Chat, Cloud, RevDsg, Mueller],
            Names(fetch: "descendants:/", filters: ["contentType:article,dossier"], sorts: ["level:asc", "name:asc"]));
    }

    [Fact]
    public void BuildSortOption_NameInFrench_SortsTheFrenchNames()
    {
        Assert.Equal(
            ["Accueil", "La nouvelle loi sur la protection des données", "Protection des données"],
            Names(sorts: ["name"], culture: "fr-CH"));
    }

    [Fact]
    public void BuildSortOption_NameWithUmlauts_SortsAsSwissGerman()
    {
        // Ordinal comparison would put "Müller" after "Zweite" (ü > Z); de-CH sorts ü with u.
        var names = Names(sorts: ["name"]);

        Assert.True(Array.IndexOf(names, Mueller) < Array.IndexOf(names, "Online-Beratung"));
        Assert.True(Array.IndexOf(names, Mueller) > Array.IndexOf(names, "Impressum"));
    }

    [Fact]
    public void Execute_NoSort_KeepsTreeOrder()
    {
        Assert.Equal([RevDsg, Cloud, Mueller, Chat], Articles());
    }

    [Theory]
    [InlineData("name:up")]
    [InlineData("updateDate:descending")]
    [InlineData("createDate:")]
    public void BuildSortOption_UnknownDirection_IsAnInvalidValue(string sort)
    {
        var error = Error(sorts: [sort]);

        Assert.Equal("Invalid sort value", error.Title);
        Assert.Contains("asc or desc", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("path:asc")]
    [InlineData("nameX:asc")]
    [InlineData("levels")]
    public void BuildSortOption_UnknownField_IsSortNotFound(string sort)
    {
        Assert.Equal("Sort option not found", Error(sorts: [sort]).Title);
    }
}
