using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>
/// JSON schemas (draft 2020-12, the dialect of OpenAPI 3.1) built from Umbraco's published document: the schema of an
/// operation's response, or of a component. Formats (uuid, date-time) are checked, and in strict mode an object of
/// Umbraco's content schemas may carry no member that the schema does not name: a client generated from Umbraco's
/// document would then see all of our answer and nothing it does not expect.
/// </summary>
internal static class UmbracoSchemas
{
    /// <summary>Umbraco's content shapes; ProblemDetails stays open (extension members such as errors and traceId).</summary>
    private static readonly string[] ClosedComponents =
    [
        "IApiContentResponseModelApiContentResponseModel", "IApiContentRouteModel", "IApiContentStartItemModel", "PagedIApiContentResponseModel",
    ];

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The schema of an operation's response in Umbraco's document, e.g. ("/content/items", "200").</summary>
    public static JsonSchema ForResponse(string path, string status, bool strict = true)
    {
        var response = UmbracoDeliveryContract.Document()["paths"]![UmbracoDeliveryContract.BasePath + path]!["get"]!["responses"]![status]!;
        return Build(response["content"]!["application/json"]!["schema"]!.DeepClone(), strict);
    }

    public static JsonSchema ForComponent(string name, bool strict = true) =>
        Build(new JsonObject { ["$ref"] = $"#/components/schemas/{name}" }, strict);

    /// <summary>The errors of an instance, one line each with its location; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(this JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, Evaluation);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}): {e.Value}"))];
    }

    private static JsonSchema Build(JsonNode root, bool strict)
    {
        var definitions = JsonNode.Parse(UmbracoDeliveryContract.Text)!["components"]!["schemas"]!.AsObject();
        if (strict)
        {
            foreach (var name in ClosedComponents)
            {
                definitions[name]!["unevaluatedProperties"] = false;
            }
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = definitions.DeepClone(),
        };
        foreach (var (key, value) in root.AsObject())
        {
            document[key] = value?.DeepClone();
        }

        var text = document.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(text, options, new Uri($"urn:umbraco-17-delivery-api:{Guid.NewGuid():N}"));
    }
}
