using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.Tests.DeliveryApi.Filters;

public sealed class DossierFilterTests
{
    private const string Datenschutz = "fe5917ba-ea7a-49e2-ba4a-d6309391e92a";
    private const string OnlineBeratung = "1801a012-4c77-4ce1-b73e-eaa6f9adef6e";

    private readonly DossierFilter _filter = new();

    [Theory]
    [InlineData("dossier:" + Datenschutz)]
    [InlineData("Dossier:FE5917BA-EA7A-49E2-BA4A-D6309391E92A")]
    [InlineData("dossier:{fe5917ba-ea7a-49e2-ba4a-d6309391e92a}")]
    [InlineData("dossier:" + Datenschutz + "," + OnlineBeratung)]
    [InlineData("dossier:!" + Datenschutz)]
    public void CanHandle_WellFormedDossierToken_ReturnsTrue(string query)
        => Assert.True(_filter.CanHandle(query));

    [Theory]
    [InlineData("dossier:")]
    [InlineData("dossier:datenschutz")]
    [InlineData("dossier:/dossiers/datenschutz/")]
    [InlineData("dossier:fe5917ba-ea7a-49e2-ba4a")]
    [InlineData("dossier:" + Datenschutz + ",")]
    [InlineData("dossier:!")]
    [InlineData("dossiers:" + Datenschutz)]
    public void CanHandle_MalformedOrForeignToken_ReturnsFalse(string query)
        => Assert.False(_filter.CanHandle(query));

    [Fact]
    public void BuildFilterOption_OneDossier_IsKeyInDFormatOnDossierField()
    {
        var option = _filter.BuildFilterOption("dossier:{FE5917BA-EA7A-49E2-BA4A-D6309391E92A}");

        Assert.Equal("sozialinfoDossier", option.FieldName);
        Assert.Equal([Datenschutz], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_SeveralDossiers_AnyOfThem()
    {
        var option = _filter.BuildFilterOption("dossier:" + Datenschutz + "," + OnlineBeratung);

        Assert.Equal([Datenschutz, OnlineBeratung], option.Values);
        Assert.Equal(FilterOperation.Is, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_NegatedDossier_IsNot()
    {
        var option = _filter.BuildFilterOption("dossier:!" + OnlineBeratung);

        Assert.Equal([OnlineBeratung], option.Values);
        Assert.Equal(FilterOperation.IsNot, option.Operator);
    }

    [Fact]
    public void BuildFilterOption_MalformedToken_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => _filter.BuildFilterOption("dossier:datenschutz"));
}
