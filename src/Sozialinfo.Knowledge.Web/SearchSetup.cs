using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Persistence;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Web;

/// <summary>
/// Binds the Lucene.Net implementation of <see cref="ISearchIndex"/>: one index per name in
/// <see cref="SearchIndexNames"/>, each in its own folder "&lt;Persistence:DataFolder&gt;/search/&lt;name&gt;" (relative
/// to the content root unless rooted), registered as a keyed singleton and disposed with the container. An index
/// holds its folder's write lock for the process lifetime: a second process on the same data folder stops at start.
/// </summary>
internal static class SearchSetup
{
    public const string SearchFolderName = "search";

    public static IReadOnlyList<string> IndexNames { get; } =
        [SearchIndexNames.ExternalIndex, SearchIndexNames.InternalIndex, SearchIndexNames.DeliveryApiContentIndex];

    public static WebApplicationBuilder AddKnowledgeSearch(this WebApplicationBuilder builder)
    {
        foreach (var name in IndexNames)
        {
            builder.Services.AddKeyedSingleton<ISearchIndex>(name, (services, _) => LuceneSearchIndex.OpenFolder(
                name, IndexFolder(services, name), services.GetRequiredService<TimeProvider>()));
        }

        return builder;
    }

    /// <summary>The folder of one index, resolved like the SQLite file of <see cref="PersistenceSetup"/>.</summary>
    public static string IndexFolder(IServiceProvider services, string name)
    {
        var dataFolder = services.GetRequiredService<IOptions<PersistenceOptions>>().Value.DataFolder;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.GetFullPath(Path.Combine(dataFolder, SearchFolderName, name), contentRoot);
    }
}
