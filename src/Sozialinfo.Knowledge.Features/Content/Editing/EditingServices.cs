using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>What every write endpoint of the editor API needs, bound with [AsParameters].</summary>
internal sealed record EditingServices(
    IDbContextFactory<KnowledgeDbContext> DbFactory,
    DocumentTypeCatalog Catalog,
    ContentWriteLock WriteLock,
    ContentSnapshotBuilder Snapshots,
    TimeProvider TimeProvider);
