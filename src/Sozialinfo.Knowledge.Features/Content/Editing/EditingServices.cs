using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>What every write endpoint of the editor API needs, bound with [AsParameters].</summary>
internal sealed record EditingServices(
    IDbContextFactory<KnowledgeDbContext> DbFactory,
    DocumentTypeCatalog Catalog,
    ContentWriteLock WriteLock,
    ContentSnapshotBuilder Snapshots,
    PublishedContentCache Cache,
    TimeProvider TimeProvider,
    IOptions<ContentOptions> Options);
