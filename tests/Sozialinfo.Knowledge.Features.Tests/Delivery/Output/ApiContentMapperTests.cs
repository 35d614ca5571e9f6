using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Contracts.Delivery;
using Sozialinfo.Knowledge.Features.Delivery;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

public sealed class ApiContentMapperTests
{
    private readonly ApiContentMapper _mapper = new(SampleContent.DocumentTypes, new ContentTypeAccess(Options.Create(new DeliveryApiOptions())));

    [Fact]
    public void Map_ExpandAll_ExpandsPickedItemsOneLevel()
    {
        var article = Map(SampleContent.ArticleOne, "properties[$all]", null);

        var related = Assert.IsType<ApiContent[]>(article.Properties["relatedContent"]);
        Assert.Equal("Lead zwei", related[0].Properties["lead"]);
        var secondLevel = Assert.IsType<ApiContent[]>(related[0].Properties["relatedContent"]);
        Assert.Empty(secondLevel[0].Properties);
    }

    [Fact]
    public void Map_NestedExpand_ExpandsTheNamedPathOnly()
    {
        var article = Map(SampleContent.ArticleOne, "properties[relatedContent[properties[relatedContent,service]]]", null);

        var related = Assert.IsType<ApiContent[]>(article.Properties["relatedContent"]);
        var secondLevel = Assert.IsType<ApiContent[]>(related[0].Properties["relatedContent"]);
        Assert.Equal("Lead eins", secondLevel[0].Properties["lead"]);
        var service = Assert.IsType<ApiContent>(related[1].Properties["service"]);
        Assert.Equal("workshop", service.Properties["serviceType"]);
        Assert.Empty(Assert.IsType<ApiContent[]>(secondLevel[0].Properties["relatedContent"])[0].Properties);
    }

    [Fact]
    public void Map_Fields_LimitsTopLevelProperties()
    {
        var article = Map(SampleContent.ArticleOne, null, "properties[lead,tags]");

        Assert.Equal(["tags", "lead"], article.Properties.Keys);
    }

    [Fact]
    public void Map_FieldsWithNestedSelection_LimitsExpandedItemProperties()
    {
        var article = Map(SampleContent.ArticleOne, "properties[relatedContent]", "properties[relatedContent[properties[lead]]]");

        Assert.Equal(["relatedContent"], article.Properties.Keys);
        var related = Assert.IsType<ApiContent[]>(article.Properties["relatedContent"]);
        Assert.All(related, r => Assert.Equal(["lead"], r.Properties.Keys));
    }

    [Fact]
    public void Map_EmptyFields_OutputsNoProperties()
    {
        var article = Map(SampleContent.ArticleOne, null, "properties[]");

        Assert.Empty(article.Properties);
    }

    [Fact]
    public void Map_MissingPick_IsLeftOut()
    {
        var home = Map(SampleContent.Home, null, null);

        var featured = Assert.IsType<ApiContent[]>(home.Properties["featuredDossiers"]);
        Assert.Equal([SampleContent.Datenschutz], featured.Select(f => f.Id));
    }

    [Fact]
    public void Map_DisallowedType_IsNullAndLeftOutOfPickers()
    {
        var options = new DeliveryApiOptions();
        options.DisallowedContentTypeAliases.Add("event");
        var mapper = new ApiContentMapper(SampleContent.DocumentTypes, new ContentTypeAccess(Options.Create(options)));
        var request = Request(preview: false);

        var article = mapper.Map(request, request.Snapshot.GetByKey(SampleContent.ArticleOne)!, OutputShape.Default)!;

        Assert.Null(mapper.Map(request, request.Snapshot.GetByKey(SampleContent.Event)!, OutputShape.Default));
        Assert.Equal([SampleContent.ArticleTwo], Assert.IsType<ApiContent[]>(article.Properties["relatedContent"]).Select(r => r.Id));
    }

    [Fact]
    public void Map_SecondRoot_RoutesUnderItsOwnSegment()
    {
        var root = Map(SampleContent.SecondRoot, null, null);

        Assert.Equal("/zweite/", root.Route.Path);
        Assert.Equal(new ApiContentStartItem(SampleContent.SecondRoot, "zweite"), root.Route.StartItem);
    }

    [Fact]
    public void Map_PreviewSnapshot_PicksDraftWithPreviewPath()
    {
        var request = Request(preview: true);

        var article = _mapper.Map(request, request.Snapshot.GetByKey(SampleContent.ArticleOne)!, OutputShape.Default)!;

        var related = Assert.IsType<ApiContent[]>(article.Properties["relatedContent"]);
        Assert.Equal($"/preview-{SampleContent.DraftArticle:D}/", related[^1].Route.Path);
        Assert.Equal("/dossiers/datenschutz/revdsg/", article.Route.Path);
    }

    [Fact]
    public void Serialize_DefaultShape_IsCompactUtf8WithUnescapedUmlautsAndHtml()
    {
        var json = System.Text.Encoding.UTF8.GetString(DeliveryJson.Serialize(Map(SampleContent.ArticleOne, null, null)));

        Assert.Contains("\"body\":\"<h2 id=\\\"a\\\">Titel</h2>\\n<p>Text &amp; mehr</p>\\n\"", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"contentType\":\"article\",\"name\":\"Das revidierte Datenschutzgesetz\"", json, StringComparison.Ordinal);
    }

    private ApiContentResponse Map(Guid key, string? expand, string? fields)
    {
        var errors = new Dictionary<string, string[]>();
        var shape = OutputShape.TryParse(expand, fields, errors) ?? throw new InvalidOperationException(string.Join(", ", errors.Keys));
        var request = Request(preview: false);
        return _mapper.Map(request, request.Snapshot.GetByKey(key)!, shape)!;
    }

    private static DeliveryRequestContext Request(bool preview) =>
        new(preview ? SampleContent.Preview() : SampleContent.Published(), preview, CulturePreference.Default, null);
}
