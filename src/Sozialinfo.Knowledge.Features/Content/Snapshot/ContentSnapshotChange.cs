using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>The snapshots readers see now and the ones about to replace them; before the first build both previous ones are empty.</summary>
public sealed record ContentSnapshotChange(
    ContentSnapshot PreviousPublished,
    ContentSnapshot PreviousPreview,
    ContentSnapshot Published,
    ContentSnapshot Preview);
