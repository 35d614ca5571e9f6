using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>
/// Real answers of the running host, validated with a JSON-schema validator against the schemas Umbraco 17's document
/// gives for the same operation and status (closed: no member Umbraco's content schemas do not name), so that a client
/// generated from Umbraco's document reads them.
/// </summary>
public sealed class DeliveryResponseSchemaTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private const string Content = DeliveryClient.Content;

    public static TheoryData<string, string, string, string[]> Answers { get; } = new()
    {
        { "/content", "200", "?fetch=children:/dossiers/datenschutz/&expand=properties[$all]&take=5", [] },
        { "/content", "200", "?filter=contentType:article&sort=updateDate:desc&fields=properties[lead,tags,relatedContent]&take=3", [] },
        { "/content", "200", "?fetch=descendants:/&sort=name:asc&take=100", [] },
        { "/content", "200", "?take=0", [] },
        { "/content", "200", "?take=10", ["Accept-Language: fr-CH", "Start-Item: home"] },
        { "/content", "200", "?fetch=children:/dossiers/", ["Preview: true", $"Api-Key: {KnowledgeApiFactory.ApiKey}"] },
        { "/content/item/{id}", "200", $"/item/{SeedKeys.RevDsgArticle}", [] },
        { "/content/item/{id}", "200", $"/item/{SeedKeys.DatenschutzWorkshop}?expand=properties[service]", [] },
        { "/content/item/{id}", "200", $"/item/{SeedKeys.DigitalCheck}", ["Accept-Language: fr-CH"] },
        { "/content/item/{path}", "200", $"/item{SeedKeys.RevDsgPath}", [] },
        { "/content/item/{path}", "200", "/item/", [] },
        { "/content/item/{path}", "200", "/item/dossiers/", ["Start-Item: home"] },
        { "/content/items", "200", $"/items?id={SeedKeys.Home}&id={SeedKeys.RevDsgArticle}&id={SeedKeys.DatenschutzWorkshop}&expand=properties[$all]", [] },
        { "/content/items", "200", $"/items?id={Guid.Empty}", [] },
        { "/content", "400", "?filter=nope:x", [] },
        { "/content", "400", "?fetch=nope:x", [] },
        { "/content", "400", "?sort=nope:asc", [] },
        { "/content", "400", "?take=abc&skip=-1", [] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Answer_IsValidAgainstUmbracosSchema(string operation, string status, string pathAndQuery, string[] headers)
    {
        using var response = await fixture.Client.RequestAsync(Content + pathAndQuery, [.. headers.Select(Header)]);
        var body = await response.JsonAsync();

        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(status == "200" ? "application/json" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(UmbracoSchemas.ForResponse(operation, status).Errors(body));
    }

    [Theory]
    [InlineData("/items?id=abc")]
    [InlineData($"/item/00000000-0000-0000-0000-000000000000?expand=properties[")]
    [InlineData("/item/?fields=properties[a[")]
    public async Task ValidationProblem_IsUmbracosProblemDetails(string pathAndQuery)
    {
        using var response = await fixture.Client.RequestAsync(Content + pathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(UmbracoSchemas.ForComponent("ProblemDetails").Errors(await response.JsonAsync()));
    }

    [Fact]
    public void Validator_RejectsWhatUmbracosSchemaDoesNotAllow()
    {
        using var wrongTotal = JsonDocument.Parse("""{ "total": "3", "items": [] }""");
        using var extraMember = JsonDocument.Parse("""{ "total": 0, "items": [], "next": null }""");
        using var badRoute = JsonDocument.Parse(
            """{ "total": 1, "items": [ { "contentType": "a", "name": "n", "createDate": "2026-01-01T00:00:00Z", "updateDate": "2026-01-01T00:00:00Z", "route": { "path": "/" }, "id": "not-a-guid", "properties": {}, "cultures": {} } ] }""");
        var paged = UmbracoSchemas.ForResponse("/content", "200");

        Assert.NotEmpty(paged.Errors(wrongTotal.RootElement));
        Assert.NotEmpty(paged.Errors(extraMember.RootElement));
        var errors = paged.Errors(badRoute.RootElement);
        Assert.Contains(errors, e => e.StartsWith("/items/0/id ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/items/0/route ", StringComparison.Ordinal));
    }

    private static (string, string) Header(string header)
    {
        var colon = header.IndexOf(':', StringComparison.Ordinal);
        return (header[..colon], header[(colon + 1)..].Trim());
    }
}
