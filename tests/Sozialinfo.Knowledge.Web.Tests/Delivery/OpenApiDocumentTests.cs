
namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>The "delivery" OpenAPI document describes every Delivery API endpoint with its parameters, headers and responses.</summary>
public sealed class OpenApiDocumentTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private static readonly string[] Headers = ["Accept-Language", "Start-Item", "Preview", "Api-Key"];

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content", "QueryContent", new[] { "fetch", "filter", "sort", "skip", "take", "expand", "fields" }, new[] { "200", "304", "400", "401", "404" })]
    [InlineData("/umbraco/delivery/api/v2/content/item/{id}", "GetContentItemById", new[] { "id", "expand", "fields" }, new[] { "200", "304", "400", "401", "404" })]
    [InlineData("/umbraco/delivery/api/v2/content/item/{path}", "GetContentItemByPath", new[] { "path", "expand", "fields" }, new[] { "200", "301", "304", "400", "401", "404" })]
    [InlineData("/umbraco/delivery/api/v2/content/items", "GetContentItemsByIds", new[] { "id", "expand", "fields" }, new[] { "200", "304", "400", "401", "404" })]
    public async Task DeliveryDocument_DescribesEndpoint(string path, string operationId, string[] parameters, string[] statuses)
    {
        var document = await fixture.Client.GetJsonAsync("/umbraco/openapi/delivery.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var names = operation.GetProperty("parameters").EnumerateArray().Select(p => (Name: p.GetProperty("name").GetString(), In: p.GetProperty("in").GetString())).ToList();

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.All(parameters, p => Assert.Contains(names, n => n.Name == p));
        Assert.All(Headers, h => Assert.Contains(names, n => n.Name == h && n.In == "header"));
        Assert.All(statuses, s => Assert.True(operation.GetProperty("responses").TryGetProperty(s, out _), $"{operationId} lacks response {s}"));
        Assert.Contains("Vary", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryDocument_HasTheItemSchemaWithUmbracoFields()
    {
        var document = await fixture.Client.GetJsonAsync("/umbraco/openapi/delivery.json");

        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiContentResponse").GetProperty("properties");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], schema.PropertyNames());
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var first = await fixture.Client.RequestAsync("/umbraco/api-reference");
        using var response = first.Headers.Location is { } location
            ? await fixture.Client.RequestAsync(new Uri(new Uri("http://localhost/umbraco/api-reference"), location).AbsolutePath)
            : await fixture.Client.RequestAsync("/umbraco/api-reference");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("umbraco/openapi/delivery.json", await response.TextAsync(), StringComparison.Ordinal);
    }
}
