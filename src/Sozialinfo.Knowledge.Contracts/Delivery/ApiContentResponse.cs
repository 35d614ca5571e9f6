using System.Text.Json.Serialization;

namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>
/// A content item as the Delivery API answers it (Umbraco's <c>IApiContentResponse</c>); the JSON property order is
/// Umbraco's: contentType, name, createDate, updateDate, route, id, properties, cultures.
/// </summary>
public sealed class ApiContentResponse
{
    /// <summary>The document type alias, for example <c>article</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The item's name in the response culture.</summary>
    public required string Name { get; init; }

    /// <summary>When the item was created (UTC).</summary>
    [JsonConverter(typeof(UtcDateTimeOffsetConverter))]
    public required DateTimeOffset CreateDate { get; init; }

    /// <summary>When the response culture of the item was last updated (UTC).</summary>
    [JsonConverter(typeof(UtcDateTimeOffsetConverter))]
    public required DateTimeOffset UpdateDate { get; init; }

    /// <summary>The item's route in the response culture.</summary>
    public required ApiContentRoute Route { get; init; }

    /// <summary>The item's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>
    /// Property values by alias, by property editor: TextBox/TextArea a string or null; MarkdownEditor the rendered
    /// HTML string (empty when unset); Tags an array of strings; DateTime an ISO 8601 string or null; Integer and
    /// Decimal a number; TrueFalse a boolean; ContentPicker one <see cref="ApiContent"/> or null;
    /// MultiNodeTreePicker an array of <see cref="ApiContent"/>. When the response is deserialised, the values are
    /// <see cref="System.Text.Json.JsonElement"/>s.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Properties { get; init; }

    /// <summary>The item's route in every culture it exists in, keyed by culture; empty for invariant content.</summary>
    public required IReadOnlyDictionary<string, ApiContentRoute> Cultures { get; init; }
}
