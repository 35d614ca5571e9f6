using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// The "delivery" OpenAPI document and the API reference; the full comparison with Umbraco's document is
/// <see cref="OpenApi.DeliveryOpenApiContractTests"/>.
/// </summary>
public sealed class OpenApiDocumentTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private const string DocumentUrl = "/umbraco/openapi/delivery.json";
    private static readonly string[] Headers = ["Accept-Language", "Accept-Segment", "Preview", "Start-Item"];

    [Theory]
    [InlineData("/umbraco/delivery/api/v2/content", "GetContent2.0", new[] { "fetch", "filter", "sort", "skip", "take", "expand", "fields" })]
    [InlineData("/umbraco/delivery/api/v2/content/item/{id}", "GetContentItemById2.0", new[] { "id", "expand", "fields" })]
    [InlineData("/umbraco/delivery/api/v2/content/item/{path}", "GetContentItemByPath2.0", new[] { "path", "expand", "fields" })]
    [InlineData("/umbraco/delivery/api/v2/content/items", "GetContentItems2.0", new[] { "id", "expand", "fields" })]
    public async Task DeliveryDocument_DescribesEndpointAsUmbracoDoes(string path, string operationId, string[] parameters)
    {
        var document = await fixture.Client.GetJsonAsync(DocumentUrl);

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var names = operation.GetProperty("parameters").EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString()!, In: p.GetProperty("in").GetString()!)).ToList();

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.Equal([.. parameters, .. Headers], names.Select(n => n.Name));
        Assert.All(Headers, h => Assert.Contains((h, "header"), names));
        var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
        Assert.Equal(0, Assert.Single(requirement.EnumerateObject(), r => r.Name == "ApiKeyAuth").Value.GetArrayLength());
        Assert.Contains("Vary", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryDocument_ApiKeyIsASecuritySchemeNotAParameter()
    {
        var document = await fixture.Client.GetJsonAsync(DocumentUrl);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKeyAuth");
        var parameterNames = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.GetProperty("get").GetProperty("parameters").EnumerateArray())
            .Select(p => p.GetProperty("name").GetString());

        Assert.Equal(("apiKey", "header", "Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.DoesNotContain("Api-Key", parameterNames);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost")]
    public async Task DeliveryDocument_HasNoServerUrl_WhateverTheHostHeader(string host)
    {
        // Any host allowed, so the document itself is what keeps the Host header out (AllowedHosts refuses evil.example).
        await using var anyHost = new KnowledgeApiFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        using var client = DeliveryFixture.CreateClient(anyHost);
        using var request = new HttpRequestMessage(HttpMethod.Get, DocumentUrl);
        request.Headers.Host = host;
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(JsonDocument.Parse(text).RootElement.TryGetProperty("servers", out _), text[..Math.Min(300, text.Length)]);
        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var first = await fixture.Client.RequestAsync("/umbraco/api-reference");
        using var response = first.Headers.Location is { } location
            ? await fixture.Client.RequestAsync(new Uri(new Uri("http://localhost/umbraco/api-reference"), location).AbsolutePath)
            : await fixture.Client.RequestAsync("/umbraco/api-reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("umbraco/openapi/delivery.json", await response.TextAsync(), StringComparison.Ordinal);
    }
}
