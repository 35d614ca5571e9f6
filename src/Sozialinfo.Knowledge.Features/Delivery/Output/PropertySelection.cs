namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// A parsed <c>properties[...]</c> clause of <c>expand</c> or <c>fields</c>: "$all" or named aliases, each
/// optionally with a nested selection for the items picked by that property (<c>properties[a[properties[x]]]</c>).
/// </summary>
internal sealed class PropertySelection(bool all, IReadOnlyDictionary<string, PropertySelection?> named)
{
    private static readonly Dictionary<string, PropertySelection?> NoNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Selects nothing: the expand default (picked items stay shallow).</summary>
    public static PropertySelection None { get; } = new(false, NoNames);

    public bool All { get; } = all;

    /// <summary>Named aliases (case-insensitive) with their nested selection, or null when none was given.</summary>
    public IReadOnlyDictionary<string, PropertySelection?> Named { get; } = named;

    public bool Includes(string alias) => All || Named.ContainsKey(alias);

    public PropertySelection? Nested(string alias) => Named.GetValueOrDefault(alias);
}
