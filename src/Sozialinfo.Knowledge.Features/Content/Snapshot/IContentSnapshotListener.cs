namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Told by <see cref="ContentSnapshotBuilder"/> after every swap, before its RebuildAsync returns, so whatever a
/// listener keeps in step (the search indexes) agrees with the store when a publish call answers. Listeners run one
/// at a time in registration order, inside the builder's gate: no two calls overlap. Content knows nothing else
/// about them.
/// </summary>
public interface IContentSnapshotListener
{
    Task SnapshotReplacedAsync(ContentSnapshotChange change, CancellationToken cancellationToken);
}
