using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Filters;

public sealed class NameFilterTests
{
    [Theory]
    [InlineData("name:datenschutz", new[] { "Datenschutz" })]
    [InlineData("name:DATENSCHUTZGESETZ", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("name:beratung", new[] { "Online-Beratung", "Beratung per Chat, Video und E-Mail" })]
    [InlineData("name:revidierte datenschutzgesetz", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("name:Chat, Video", new[] { "Beratung per Chat, Video und E-Mail" })]
    public void BuildFilterOption_Term_MatchesWholeWordsIgnoringCase(string filter, string[] expected)
    {
        Assert.Equal(expected, Names(filters: [filter]));
    }

    [Theory]
    [InlineData("name:daten")]
    [InlineData("name:schutz")]
    [InlineData("name:datenschutzgesetz revidierte")]
    public void BuildFilterOption_PartOfAWordOrWordsOutOfOrder_DoNotMatch(string filter)
    {
        Assert.Equal(0, Execute(filters: [filter]).Total);
    }

    [Theory]
    [InlineData("name:muller")]
    [InlineData("name:Mueller")]
    [InlineData("name:MÜLLER")]
    [InlineData("name:uber offnungszeiten")]
    [InlineData("name:über Oeffnungszeiten")]
    public void BuildFilterOption_WithOrWithoutDiacritics_MatchesTheUmlautName(string filter)
    {
        Assert.Equal(["Müller über Öffnungszeiten"], Names(filters: [filter]));
    }

    [Theory]
    [InlineData("name:donnees", new[] { "Protection des données", "La nouvelle loi sur la protection des données" })]
    [InlineData("name:accueil", new[] { "Accueil" })]
    [InlineData("name:datenschutz", new string[0])]
    public void BuildFilterOption_FrenchRequest_MatchesTheFrenchName(string filter, string[] expected)
    {
        Assert.Equal(expected, Names(filters: [filter], culture: "fr-CH"));
    }

    [Fact]
    public void BuildFilterOption_Negated_DropsMatchingNames()
    {
        Assert.Equal(
            ["Das revidierte Datenschutzgesetz", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten"],
            Names(filters: ["contentType:article", "name:!beratung"]));
        Assert.Equal(["Das revidierte Datenschutzgesetz", "Müller über Öffnungszeiten"], Names(fetch: $"children:{QueryTree.Datenschutz}", filters: ["name:!cloud"]));
    }
}
