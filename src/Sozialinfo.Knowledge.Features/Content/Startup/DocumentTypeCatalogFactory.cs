using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;

namespace Sozialinfo.Knowledge.Features.Content.Startup;

/// <summary>Loads the document types once from the configured or conventional folder; an invalid file throws.</summary>
internal static class DocumentTypeCatalogFactory
{
    public static DocumentTypeCatalog Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        var folder = ContentFolders.Resolve(options.DocumentTypesFolder, contentRoot, ContentFolders.DocumentTypes)
            ?? Path.Combine(contentRoot, ContentFolders.DocumentTypes);
        return DocumentTypeLoader.LoadFolder(folder);
    }
}
