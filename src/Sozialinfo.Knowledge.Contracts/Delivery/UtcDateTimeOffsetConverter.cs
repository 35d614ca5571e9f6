using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>Writes a <see cref="DateTimeOffset"/> as an ISO 8601 UTC string ending in <c>Z</c>; reads any ISO 8601 form.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime);
    }
}
