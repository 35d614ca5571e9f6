namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Told by <see cref="ContentSnapshotBuilder"/> after every build and before the new snapshots are swapped in, so
/// whatever a listener keeps in step (the search indexes) already agrees with the store when readers see the new
/// snapshots and when a publish call answers. Listeners run one
/// at a time in registration order, inside the builder's gate: no two calls overlap. Content knows nothing else
/// about them.
/// </summary>
public interface IContentSnapshotListener
{
    Task SnapshotBuiltAsync(ContentSnapshotChange change, CancellationToken cancellationToken);
}
