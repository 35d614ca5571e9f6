using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// Normalises a Delivery API response for comparison with a golden file: GUIDs become "&lt;id-n&gt;" numbered by first
/// appearance (so "same id" relations survive), ISO dates become "&lt;date&gt;", and rendered Markdown bodies become
/// "&lt;html&gt;" (the Markdown pipeline has its own spec tests).
/// </summary>
internal static partial class GoldenJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Folder => Path.Combine(KnowledgeApiFactory.RepositoryRoot, "tests", "Sozialinfo.Knowledge.Web.Tests", "Delivery", "Golden");

    public static string Normalize(string json)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var node = JsonNode.Parse(json);
        var normalized = Visit(node, propertyName: null, ids);
        return normalized?.ToJsonString(Indented).ReplaceLineEndings("\n") ?? "null";
    }

    private static JsonNode? Visit(JsonNode? node, string? propertyName, Dictionary<string, string> ids)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[NormalizeString(name, ids)] = Visit(value, name, ids);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Visit(item, propertyName, ids))]);
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (propertyName == "body" && text.StartsWith('<'))
                {
                    return JsonValue.Create("<html>");
                }

                return JsonValue.Create(NormalizeString(text, ids));
            default:
                return node?.DeepClone();
        }
    }

    private static string NormalizeString(string text, Dictionary<string, string> ids)
    {
        var withIds = GuidPattern().Replace(text, match =>
        {
            if (!ids.TryGetValue(match.Value, out var placeholder))
            {
                placeholder = $"<id-{ids.Count + 1}>";
                ids[match.Value] = placeholder;
            }

            return placeholder;
        });
        return IsoDatePattern().IsMatch(withIds) ? "<date>" : withIds;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDatePattern();
}
