namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// The values of one index document by field name, before they become Lucene fields (Examine's ValueSet).
/// Values are strings, longs or <see cref="DateTimeOffset"/>s; a field may hold several values.
/// </summary>
internal sealed class ValueSet(Guid key, string culture)
{
    private readonly Dictionary<string, List<object>> _values = new(StringComparer.Ordinal);

    public Guid Key { get; } = key;

    public string Culture { get; } = culture;

    public string Id => DocumentId(Key, Culture);

    public IReadOnlyDictionary<string, List<object>> Values => _values;

    public static string DocumentId(Guid key, string culture) => $"{key:D}|{culture.ToLowerInvariant()}";

    public ValueSet Add(string field, object? value)
    {
        if (value is null || value is string { Length: 0 })
        {
            return this;
        }

        if (!_values.TryGetValue(field, out var list))
        {
            _values[field] = list = [];
        }

        list.Add(value);
        return this;
    }

    public ValueSet AddRange(string field, IEnumerable<object> values)
    {
        foreach (var value in values)
        {
            Add(field, value);
        }

        return this;
    }
}
