using System.Text.Json.Nodes;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>The committed copy of Umbraco 17's Delivery API OpenAPI document (see README.md beside it).</summary>
internal static class UmbracoDeliveryContract
{
    public const string BasePath = "/umbraco/delivery/api/v2";

    private static readonly Lazy<string> Content = new(() => File.ReadAllText(Path));

    public static string Path => System.IO.Path.Combine(
        KnowledgeApiFactory.RepositoryRoot, "tests", "Sozialinfo.Knowledge.Web.Tests", "Delivery", "OpenApi", "umbraco-17-delivery-api.json");

    public static string Text => Content.Value;

    public static JsonNode Document() => JsonNode.Parse(Text)!;
}
