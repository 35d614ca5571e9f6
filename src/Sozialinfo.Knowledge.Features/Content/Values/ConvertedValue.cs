using System.Text.Json.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>The storage form of a property value (null = no value), or the German reason it was refused.</summary>
internal sealed record ConvertedValue(JsonNode? Value, string? Error)
{
    public bool IsValid => Error is null;

    public static ConvertedValue Empty { get; } = new(null, null);

    public static ConvertedValue Of(JsonNode value) => new(value, null);

    public static ConvertedValue Fail(string error) => new(null, error);
}
