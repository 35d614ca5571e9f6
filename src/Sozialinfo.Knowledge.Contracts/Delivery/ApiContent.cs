using System.Text.Json.Serialization;

namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>
/// A content item nested in another item's properties (a picked item): the fields of
/// <see cref="ApiContentResponse"/> without <c>cultures</c>. Its <see cref="Properties"/> are empty unless the request
/// expanded the picker property.
/// </summary>
public sealed class ApiContent
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

    /// <summary>Property values by alias; see <see cref="ApiContentResponse.Properties"/> for the value shapes.</summary>
    public required IReadOnlyDictionary<string, object?> Properties { get; init; }
}
