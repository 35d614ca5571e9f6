using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Features.Content;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Snapshot;

/// <summary>Calls the real save, publish and unpublish handlers of the editor API on a <see cref="ContentTestStore"/>.</summary>
internal sealed class EditorCalls(ContentTestStore store) : IDbContextFactory<KnowledgeDbContext>, IDisposable
{
    private readonly ContentWriteLock _writeLock = new();

    private EditingServices Services => new(this, store.Catalog, _writeLock, store.Snapshots, store.Cache, store.Time, Options.Create(new ContentOptions()));

    public async Task SaveAsync(Guid key, object body, CancellationToken cancellationToken)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body)));
        http.Request.ContentType = "application/json";
        var result = await SaveContent.HandleAsync(key.ToString(), http.Request, Services, cancellationToken);
        Assert.True(result.Result is Ok<ContentDetails> or Created<ContentDetails>, Describe(result.Result));
    }

    public async Task PublishAsync(Guid key, CancellationToken cancellationToken, string? culture = null)
    {
        var result = await PublishContent.HandleAsync(key.ToString(), culture, Services, cancellationToken);
        Assert.True(result.Result is Ok<ContentDetails>, Describe(result.Result));
    }

    public async Task UnpublishAsync(Guid key, CancellationToken cancellationToken)
    {
        var result = await UnpublishContent.HandleAsync(key.ToString(), null, Services, cancellationToken);
        Assert.True(result.Result is Ok<ContentDetails>, Describe(result.Result));
    }

    public KnowledgeDbContext CreateDbContext() => store.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose() => _writeLock.Dispose();

    private static string Describe(IResult result) => result is ValidationProblem problem
        ? string.Join("; ", problem.ProblemDetails.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))
        : result.GetType().Name;
}
