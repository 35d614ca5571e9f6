using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// A content item to index with what the index cannot know by itself, taken from the snapshot by the caller: the
/// key of the dossier it belongs to (the nearest ancestor of type <c>dossier</c>, or the item itself if it is one),
/// the keys of all its ancestors (for descendant queries) and its <see cref="TreeOrderKey"/> (for listings in tree
/// order). Routes come from each culture's <see cref="PublishedCulture.Path"/>, so pass items from a built snapshot.
/// </summary>
public sealed record SearchIndexItem(
    PublishedContent Content, Guid? DossierKey, IReadOnlyList<Guid>? AncestorKeys = null, string? TreeOrder = null);
