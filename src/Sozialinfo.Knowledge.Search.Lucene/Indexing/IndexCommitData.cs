using System.Globalization;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// What every commit records about itself in Lucene's commit user data: the schema version, the time, and whether
/// the index is complete (false from the moment it was recreated empty until a full rebuild has committed).
/// </summary>
internal sealed record IndexCommitData(int SchemaVersion, DateTimeOffset? LastUpdated, bool Complete)
{
    private const string SchemaVersionKey = "schemaVersion";
    private const string LastUpdatedKey = "lastUpdated";
    private const string CompleteKey = "complete";

    public static IndexCommitData Read(IDictionary<string, string>? data)
    {
        if (data is null)
        {
            return new IndexCommitData(0, null, false);
        }

        var schema = data.TryGetValue(SchemaVersionKey, out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;
        DateTimeOffset? updated = data.TryGetValue(LastUpdatedKey, out var u)
            && DateTimeOffset.TryParse(u, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d : null;
        var complete = data.TryGetValue(CompleteKey, out var c) && c == "true";
        return new IndexCommitData(schema, updated, complete);
    }

    public Dictionary<string, string> ToDictionary() => new(StringComparer.Ordinal)
    {
        [SchemaVersionKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [LastUpdatedKey] = LastUpdated?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
        [CompleteKey] = Complete ? "true" : "false",
    };
}
