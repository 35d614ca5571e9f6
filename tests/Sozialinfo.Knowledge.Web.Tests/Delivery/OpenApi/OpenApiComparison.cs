using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>
/// Compares two OpenAPI documents as JSON, the way a generated client sees them: parameters are matched by
/// <c>in</c> and <c>name</c>, top-level tags by name, and <c>required</c> and <c>type</c> lists as sets; everything else
/// must be equal key by key and item by item. A key missing on one side is one difference, however much it holds.
/// </summary>
internal static class OpenApiComparison
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<OpenApiDifference> Compare(JsonNode umbraco, JsonNode ours)
    {
        var differences = new List<OpenApiDifference>();
        Walk([], Normalize(umbraco, key: null), Normalize(ours, key: null), differences);
        return differences;
    }

    public static string Join(params string[] keys) => string.Join(OpenApiDifference.Separator, keys);

    private static JsonNode? Normalize(JsonNode? node, string? key) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value, p.Key)))),
        JsonArray array when key == "parameters" => new JsonObject(array.Select(p =>
            KeyValuePair.Create($"{p!["in"]}:{p["name"]}", Normalize(p, key: null)))),
        JsonArray array when key == "tags" && array.All(t => t is JsonObject) => new JsonObject(array.Select(t =>
            KeyValuePair.Create(t!["name"]!.GetValue<string>(), Normalize(t, key: null)))),
        JsonArray array when key is "required" or "type" => new JsonArray([.. array
            .Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v))]),
        JsonArray array => new JsonArray([.. array.Select(item => Normalize(item, key: null))]),
        _ => node?.DeepClone(),
    };

    private static void Walk(List<string> location, JsonNode? umbraco, JsonNode? ours, List<OpenApiDifference> differences)
    {
        if (umbraco is JsonObject umbracoObject && ours is JsonObject ourObject)
        {
            foreach (var (key, value) in umbracoObject)
            {
                location.Add(key);
                if (ourObject.TryGetPropertyValue(key, out var ourValue))
                {
                    Walk(location, value, ourValue, differences);
                }
                else
                {
                    differences.Add(new(Join([.. location]), OpenApiDifferenceKind.OnlyInUmbraco, Text(value), null));
                }

                location.RemoveAt(location.Count - 1);
            }

            foreach (var (key, value) in ourObject.Where(p => !umbracoObject.ContainsKey(p.Key)))
            {
                differences.Add(new(Join([.. location, key]), OpenApiDifferenceKind.OnlyInOurs, null, Text(value)));
            }

            return;
        }

        if (umbraco is JsonArray umbracoArray && ours is JsonArray ourArray && umbracoArray.Count == ourArray.Count)
        {
            for (var i = 0; i < umbracoArray.Count; i++)
            {
                location.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Walk(location, umbracoArray[i], ourArray[i], differences);
                location.RemoveAt(location.Count - 1);
            }

            return;
        }

        if (!JsonNode.DeepEquals(umbraco, ours))
        {
            differences.Add(new(Join([.. location]), OpenApiDifferenceKind.Differs, Text(umbraco), Text(ours)));
        }
    }

    private static string Text(JsonNode? node)
    {
        var text = node?.ToJsonString(Compact) ?? "null";
        return text.Length <= 160 ? text : $"{text[..160]}…";
    }
}
