using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>
/// Source-generated System.Text.Json metadata for the Delivery API shapes (camelCase, no reflection). It also covers
/// the runtime types of property values, so an <see cref="ApiContentResponse"/> built by the platform serialises
/// without reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiContentResponse))]
[JsonSerializable(typeof(ApiContentResponse[]))]
[JsonSerializable(typeof(PagedApiContentResponse))]
[JsonSerializable(typeof(ApiContent))]
[JsonSerializable(typeof(ApiContent[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class DeliveryApiJsonContext : JsonSerializerContext;
