using Moq;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace Sozialinfo.Knowledge.Umbraco.Tests.DeliveryApi.Indexing;

public sealed class DigitalCheckContentIndexerTests
{
    private const string TaggedJson =
        """["dc-dimension:Datenschutz","dc-dimension:strategie","dc-stufe:2","dc-stufe:3","thema:ndsg","format:artikel"]""";

    private readonly Mock<IContentService> _contentService = new();

    [Fact]
    public void GetFields_DeclaresFourCultureInvariantFieldsWithTheirTypes()
    {
        var fields = CreateIndexer().GetFields().ToDictionary(field => field.FieldName);

        Assert.Equal(FieldType.StringRaw, fields["sozialinfoTag"].FieldType);
        Assert.Equal(FieldType.StringRaw, fields["sozialinfoDimension"].FieldType);
        Assert.Equal(FieldType.Number, fields["sozialinfoLevel"].FieldType);
        Assert.Equal(FieldType.StringRaw, fields["sozialinfoDossier"].FieldType);
        Assert.Equal(4, fields.Count);
        Assert.All(fields.Values, field => Assert.False(field.VariesByCulture));
    }

    [Fact]
    public void GetFieldValues_DigitalCheckTags_IndexesTagsDimensionsAndLevels()
    {
        var content = new FakeContent { EditedTags = TaggedJson }.Build();

        var values = Index(content, culture: null);

        Assert.Equal(
            ["dc-dimension:datenschutz", "dc-dimension:strategie", "dc-stufe:2", "dc-stufe:3", "thema:ndsg", "format:artikel"],
            values["sozialinfoTag"]);
        Assert.Equal(["datenschutz", "strategie"], values["sozialinfoDimension"]);
        Assert.Equal([2, 3], values["sozialinfoLevel"]);
    }

    [Fact]
    public void GetFieldValues_CommaSeparatedStorage_IsReadLikeJson()
    {
        var content = new FakeContent { EditedTags = "dc-dimension:kompetenzen, dc-stufe:4,thema:weiterbildung" }.Build();

        var values = Index(content, culture: null);

        Assert.Equal(["dc-dimension:kompetenzen", "dc-stufe:4", "thema:weiterbildung"], values["sozialinfoTag"]);
        Assert.Equal(["kompetenzen"], values["sozialinfoDimension"]);
        Assert.Equal([4], values["sozialinfoLevel"]);
    }

    [Fact]
    public void GetFieldValues_MalformedTaxonomyTags_StayTagsButGiveNoDimensionOrLevel()
    {
        var content = new FakeContent { EditedTags = """["dc-dimension:","dc-stufe:9","dc-stufe:zwei","dc-dimension:daten schutz"]""" }.Build();

        var values = Index(content, culture: null);

        Assert.Equal(4, values["sozialinfoTag"].Length);
        Assert.False(values.ContainsKey("sozialinfoDimension"));
        Assert.False(values.ContainsKey("sozialinfoLevel"));
    }

    [Fact]
    public void GetFieldValues_AncestorDossier_IndexesItsKey()
    {
        var dossierKey = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");
        var content = new FakeContent { EditedTags = TaggedJson }.Build();
        _contentService.Setup(service => service.GetAncestors(content)).Returns(
        [
            new FakeContent { ContentTypeAlias = "home", Level = 1 }.Build(),
            new FakeContent { ContentTypeAlias = "dossierList", Level = 2 }.Build(),
            new FakeContent { ContentTypeAlias = "dossier", Key = dossierKey, Level = 3 }.Build(),
        ]);

        var values = Index(content, culture: null);

        Assert.Equal(["fe5917ba-ea7a-49e2-ba4a-d6309391e92a"], values["sozialinfoDossier"]);
    }

    [Fact]
    public void GetFieldValues_NoDossierAncestor_LeavesDossierFieldOut()
    {
        var content = new FakeContent { ContentTypeAlias = "dossier", EditedTags = TaggedJson }.Build();
        _contentService.Setup(service => service.GetAncestors(content)).Returns(
            [new FakeContent { ContentTypeAlias = "dossierList" }.Build()]);

        var values = Index(content, culture: null);

        Assert.False(values.ContainsKey("sozialinfoDossier"));
    }

    [Fact]
    public void GetFieldValues_NoTagsProperty_ReturnsNoFields()
    {
        var content = new FakeContent { HasTags = false }.Build();

        Assert.Empty(Index(content, culture: null));
    }

    [Fact]
    public void GetFieldValues_EmptyTags_ReturnsNoFields()
    {
        var content = new FakeContent { EditedTags = "[]" }.Build();

        Assert.Empty(Index(content, culture: null));
    }

    [Fact]
    public void GetFieldValues_PublishedCulture_UsesPublishedTags()
    {
        var content = PublishedWithDraft();

        var values = Index(content, culture: "de-CH");

        Assert.Equal(["thema:ndsg"], values["sozialinfoTag"]);
    }

    [Fact]
    public void GetFieldValues_DraftCulture_UsesEditedTags()
    {
        var content = PublishedWithDraft();

        var values = Index(content, culture: "fr-CH");

        Assert.Equal(["thema:ki-ethik"], values["sozialinfoTag"]);
    }

    private static IContent PublishedWithDraft() => new FakeContent
    {
        VariesByCulture = true,
        PublishedCultures = ["de-CH"],
        PublishedTags = """["thema:ndsg"]""",
        EditedTags = """["thema:ki-ethik"]""",
    }.WithName("de-CH", "Datenschutz").WithName("fr-CH", "Protection des données").Build();

    private DigitalCheckContentIndexer CreateIndexer() => new(_contentService.Object);

    private Dictionary<string, object[]> Index(IContent content, string? culture)
        => CreateIndexer().GetFieldValues(content, culture).ToDictionary(value => value.FieldName, value => value.Values.ToArray());
}
