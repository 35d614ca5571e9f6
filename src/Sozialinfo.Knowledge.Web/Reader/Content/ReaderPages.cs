using System.Globalization;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Reader.Views;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// Resolves a request path against the published snapshot (never the database): the page to render with its ETag,
/// a 301 for moved items and non-canonical spellings, or the 404 page.
/// </summary>
internal sealed class ReaderPages(ReaderIndexProvider indexes, RelatedArticles related, TimeProvider clock)
{
    // Changes with every build of the site, so cached copies rendered by older templates are not reused.
    private static readonly string BuildStamp =
        typeof(ReaderPages).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public ReaderResolution Resolve(string path)
    {
        var index = indexes.Current;
        if (ReaderPath.IsReserved(path))
        {
            return new ReaderResolution(ReaderResolutionKind.Reserved, index);
        }

        if (!ReaderPath.IsWellFormed(path))
        {
            return new ReaderResolution(ReaderResolutionKind.NotFound, index);
        }

        var item = index.Snapshot.GetByRoute(path, Cultures.Default);
        var culture = item?.GetCulture(Cultures.Default);
        // Search settings (synonym groups) are content for the search, not pages: as if they were not there.
        if (item is null || culture is null || SearchSettingsTypes.Contains(item.ContentType))
        {
            var moved = index.Snapshot.GetRedirectTarget(path, Cultures.Default)?.GetCulture(Cultures.Default);
            return moved is null
                ? new ReaderResolution(ReaderResolutionKind.NotFound, index)
                : new ReaderResolution(ReaderResolutionKind.Redirect, index, Location: moved.Path);
        }

        if (!string.Equals(path, culture.Path, StringComparison.Ordinal))
        {
            return new ReaderResolution(ReaderResolutionKind.Redirect, index, Location: culture.Path);
        }

        var now = clock.GetUtcNow();
        var dependsOnTime = ReaderViewFactory.DependsOnTime(item.ContentType);
        var tag = string.Create(
            CultureInfo.InvariantCulture,
            $"{BuildStamp}-{index.Snapshot.Version}-{item.Key:N}{(dependsOnTime ? $"-{index.TimelinePosition(now)}" : string.Empty)}");
        var lastModified = dependsOnTime ? index.LastModified(now) : index.Snapshot.LastModified;
        return new ReaderResolution(ReaderResolutionKind.Page, index, item, culture, null, tag, lastModified, now);
    }

    /// <summary>The layout data and the body of a resolved page or of the 404 page.</summary>
    public (PageChrome Chrome, ContentView View) Render(ReaderResolution resolution) =>
        resolution is { Kind: ReaderResolutionKind.Page, Item: { } item, Culture: { } culture }
            ? (ChromeBuilder.ForContent(resolution.Index, item, culture), ReaderViewFactory.Build(resolution.Index, item, culture, resolution.Now, related))
            : (ChromeBuilder.ForNotFound(resolution.Index), new NotFoundView([new LinkView(ChromeBuilder.HomeLabel, "/"), .. resolution.Index.Navigation]));
}
