namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>One app over the seeded store (and its indexes) for a test class.</summary>
public sealed class SearchApiFixture : IAsyncDisposable
{
    public SearchApiFixture() => Client = Factory.CreateClient();

    public KnowledgeApiFactory Factory { get; } = new();

    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
