using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// How Umbraco 17 documents each Delivery API parameter (description, schema, examples), with a sentence of ours where
/// the platform adds to it. The endpoints bind skip, take and Preview as strings so that a bad value is our own 400
/// (or, for Preview, false); the document gives the types a client sends.
/// </summary>
internal static class DeliveryParameters
{
    private const string Documentation = "Refer to [the documentation](https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api#query-parameters) for more details on this.";

    /// <summary>Umbraco's order: route values, query parameters, then headers.</summary>
    private static readonly string[] Order =
    [
        "path:id", "path:path", "query:fetch", "query:filter", "query:sort", "query:skip", "query:take", "query:id",
        "query:expand", "query:fields", "header:Accept-Language", "header:Accept-Segment", "header:Preview", "header:Start-Item",
    ];

    public static int Position(IOpenApiParameter parameter) => Array.IndexOf(Order, Key(parameter));

    public static string Key(IOpenApiParameter parameter) => $"{parameter.In switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        _ => "other",
    }}:{parameter.Name}";

    /// <summary>Documents a parameter; one that is not in the table fails the document, so none goes out undocumented.</summary>
    public static void Describe(OpenApiParameter parameter)
    {
        switch (Key(parameter))
        {
            case "path:id":
                break;
            case "path:path":
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Default = JsonValue.Create(string.Empty) };
                break;
            case "query:id":
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                };
                break;
            case "query:fetch":
                Set(parameter, $"Specifies the content items to fetch. {Documentation}", Text(), Examples(
                    ("Select all", ""),
                    ("Select all ancestors of a node by id", "ancestors:id"),
                    ("Select all ancestors of a node by path", "ancestors:path"),
                    ("Select all children of a node by id", "children:id"),
                    ("Select all children of a node by path", "children:path"),
                    ("Select all descendants of a node by id", "descendants:id"),
                    ("Select all descendants of a node by path", "descendants:path")));
                break;
            case "query:filter":
                Set(parameter,
                    $"Defines how to filter the fetched content items. {Documentation} This platform adds tag:, dimension: " +
                    "(Digital-Check dimension), level: (Digital-Check maturity level) and dossier:; an unparsable date or an unknown operator is answered 400.",
                    TextArray(), ArrayExamples(
                        ("Default filter", [""]),
                        ("Filter by content type (equals)", ["contentType:alias1"]),
                        ("Filter by name (contains)", ["name:nodeName"]),
                        ("Filter by creation date (less than)", ["createDate<2024-01-01"]),
                        ("Filter by update date (greater than or equal)", ["updateDate>:2023-01-01"])));
                break;
            case "query:sort":
                Set(parameter, $"Defines how to sort the found content items. {Documentation} asc and desc are case-insensitive.",
                    TextArray(), ArrayExamples(
                        ("Default sort", [""]),
                        ("Sort by create date", ["createDate:asc", "createDate:desc"]),
                        ("Sort by level", ["level:asc", "level:desc"]),
                        ("Sort by name", ["name:asc", "name:desc"]),
                        ("Sort by sort order", ["sortOrder:asc", "sortOrder:desc"]),
                        ("Sort by update date", ["updateDate:asc", "updateDate:desc"])));
                break;
            case "query:skip":
                Set(parameter,
                    "Specifies the number of found content items to skip. Use this to control pagination of the response. A negative value is answered 400.",
                    Int32(0), examples: null);
                break;
            case "query:take":
                Set(parameter,
                    "Specifies the number of found content items to take. Use this to control pagination of the response. " +
                    "A negative value, or one above the configured maximum (Umbraco:CMS:DeliveryApi:MaxTake, 1000 by default), is answered 400.",
                    Int32(10), examples: null);
                break;
            case "query:expand":
                Set(parameter, $"Defines the properties that should be expanded in the response. {Documentation}", Text(), Examples(
                    ("Expand none", ""),
                    ("Expand all properties", "properties[$all]"),
                    ("Expand specific property", "properties[alias1]"),
                    ("Expand specific properties", "properties[alias1,alias2]"),
                    ("Expand nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]")));
                break;
            case "query:fields":
                Set(parameter,
                    $"Explicitly defines which properties should be included in the response (by default all properties are included). {Documentation}",
                    Text(), Examples(
                        ("Include all properties", "properties[$all]"),
                        ("Include only specific property", "properties[alias1]"),
                        ("Include only specific properties", "properties[alias1,alias2]"),
                        ("Include only specific nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]")));
                break;
            case "header:Accept-Language":
                Set(parameter,
                    "Defines the language to return. Use this when querying language variant content items. This platform serves de-CH " +
                    "(the default), fr-CH and it-CH; a browser-style list with q-values picks the best culture the item has.",
                    Text(), Examples(("Default", ""), ("French culture", "fr-CH")));
                break;
            case "header:Accept-Segment":
                Set(parameter,
                    "Defines the segment to return. Use this when querying segment variant content items. This platform has no segments: " +
                    "the header is accepted and ignored.",
                    Text(), Examples(("Default", ""), ("Segment One", "segment-one")));
                break;
            case "header:Preview":
                Set(parameter, "Whether to request draft content. Needs a valid Api-Key (401 otherwise).",
                    new OpenApiSchema { Type = JsonSchemaType.Boolean }, examples: null);
                break;
            case "header:Start-Item":
                Set(parameter,
                    "URL segment or GUID of a root content item. An unknown one is answered 404 with the JSON string \"The Start-Item could not be found\".",
                    Text(), examples: null);
                break;
            default:
                throw new InvalidOperationException($"The Delivery API parameter {Key(parameter)} is not documented in {nameof(DeliveryParameters)}.");
        }
    }

    private static void Set(OpenApiParameter parameter, string description, OpenApiSchema schema, Dictionary<string, IOpenApiExample>? examples)
    {
        parameter.Description = description;
        parameter.Schema = schema;
        parameter.Examples = examples;
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema TextArray() => new() { Type = JsonSchemaType.Array, Items = Text() };

    private static OpenApiSchema Int32(int defaultValue) =>
        new() { Type = JsonSchemaType.Integer, Format = "int32", Default = JsonValue.Create(defaultValue) };

    private static Dictionary<string, IOpenApiExample> Examples(params (string Name, string Value)[] examples) =>
        examples.ToDictionary(e => e.Name, e => (IOpenApiExample)new OpenApiExample { Value = JsonValue.Create(e.Value) }, StringComparer.Ordinal);

    private static Dictionary<string, IOpenApiExample> ArrayExamples(params (string Name, string[] Values)[] examples) =>
        examples.ToDictionary(
            e => e.Name,
            e => (IOpenApiExample)new OpenApiExample { Value = new JsonArray([.. e.Values.Select(v => (JsonNode)JsonValue.Create(v))]) },
            StringComparer.Ordinal);
}
