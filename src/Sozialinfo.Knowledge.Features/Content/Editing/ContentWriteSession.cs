using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// One write to the content store: takes the write lock, loads the whole tree tracked (one query) and remembers the
/// published routes; <see cref="SaveAsync"/> adds versions and redirects and saves everything in one transaction.
/// </summary>
internal sealed class ContentWriteSession : IAsyncDisposable
{
    private readonly IDisposable _lock;
    private readonly Dictionary<(Guid Key, string Culture), string> _routesBefore;

    private ContentWriteSession(IDisposable writeLock, KnowledgeDbContext db, ContentTree tree)
    {
        _lock = writeLock;
        Db = db;
        Tree = tree;
        _routesBefore = PublishedRoutes.Compute(tree.Nodes);
    }

    public KnowledgeDbContext Db { get; }

    public ContentTree Tree { get; }

    public static async Task<ContentWriteSession> OpenAsync(
        IDbContextFactory<KnowledgeDbContext> factory, ContentWriteLock writeLock, CancellationToken cancellationToken)
    {
        var held = await writeLock.AcquireAsync(cancellationToken);
        KnowledgeDbContext? db = null;
        try
        {
            db = await factory.CreateDbContextAsync(cancellationToken);
            var nodes = await db.ContentNodes.Include(n => n.Variants).ToListAsync(cancellationToken);
            return new ContentWriteSession(held, db, new ContentTree(nodes));
        }
        catch
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            held.Dispose();
            throw;
        }
    }

    /// <summary>Saves what <paramref name="writer"/> changed, with versions and redirects, in one transaction.</summary>
    public async Task SaveAsync(ContentWriter writer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Db.ContentNodes.AddRange(writer.NewNodes);
        await VersionRecorder.RecordAsync(Db, writer, now, cancellationToken);
        await RedirectRecorder.RecordAsync(Db, _routesBefore, PublishedRoutes.Compute(Tree.Nodes), now, cancellationToken);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        _lock.Dispose();
    }
}
