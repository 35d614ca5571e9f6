using System.Globalization;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Web.Reader.Formatting;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// The editors' view of the search indexes: per index its documents (and how many the current content should give),
/// last update, health and schema version; and the rebuild the "reindex" command does, for the running site.
/// </summary>
internal sealed class SearchIndexOverview(SearchIndexUpdater updater, PublishedContentCache cache)
{
    private static readonly IReadOnlyList<(string Name, string Purpose)> Indexes =
    [
        (SearchIndexNames.ExternalIndex, "Veröffentlichte Inhalte: Suche der Website"),
        (SearchIndexNames.InternalIndex, "Veröffentlichte Inhalte und Entwürfe: Suche der Redaktion"),
        (SearchIndexNames.DeliveryApiContentIndex, "Veröffentlichte Inhalte: Abfragen der Delivery API"),
    ];

    public IReadOnlyList<IndexStatusView> Current()
    {
        var byName = updater.Indexes.ToDictionary(index => index.Name, StringComparer.Ordinal);
        return [.. Indexes
            .Where(entry => byName.ContainsKey(entry.Name))
            .Select(entry => View(byName[entry.Name].GetStatus(), entry.Purpose, ExpectedCount(entry.Name)))];
    }

    private int ExpectedCount(string name) =>
        SearchIndexItems.DocumentCount(name == SearchIndexNames.InternalIndex ? cache.Preview : cache.Published, name);

    private static IndexStatusView View(IndexStatus status, string purpose, int expected)
    {
        var healthy = status.Health == IndexHealth.Healthy;
        return new IndexStatusView(
            status.Name,
            purpose,
            status.DocumentCount,
            expected,
            status.LastUpdated is { } updated
                ? GermanFormat.ToZurich(updated).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture)
                : "noch nie",
            status.LastUpdated is { } iso ? GermanFormat.IsoDateTime(iso) : null,
            healthy,
            healthy ? "Gesund" : "Neuaufbau nötig",
            healthy ? null : status.Detail ?? "Der Index ist unvollständig und muss aus dem Inhaltsspeicher neu aufgebaut werden.",
            status.SchemaVersion);
    }
}
