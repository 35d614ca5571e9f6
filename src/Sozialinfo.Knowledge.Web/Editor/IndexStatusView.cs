namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>One index on the editors' status page, formatted for display.</summary>
/// <param name="Name">The index name (ExternalIndex, ...).</param>
/// <param name="Purpose">What the index serves, in German.</param>
/// <param name="DocumentCount">Documents in the index (one per item and culture).</param>
/// <param name="ExpectedCount">Documents the current snapshot should give.</param>
/// <param name="LastUpdated">"dd.MM.yyyy HH:mm" in Europe/Zurich, or "noch nie".</param>
/// <param name="LastUpdatedIso">For the datetime attribute; null when never written.</param>
/// <param name="IsHealthy">True for "Gesund".</param>
/// <param name="Health">"Gesund" or "Neuaufbau nötig".</param>
/// <param name="Detail">Why a rebuild is needed; null when healthy.</param>
/// <param name="SchemaVersion">The field layout version the index was written with.</param>
internal sealed record IndexStatusView(
    string Name,
    string Purpose,
    int DocumentCount,
    int ExpectedCount,
    string LastUpdated,
    string? LastUpdatedIso,
    bool IsHealthy,
    string Health,
    string? Detail,
    int SchemaVersion);
