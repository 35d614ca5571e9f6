namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>One app over the seeded store for a test class; tests create their own content with fresh keys.</summary>
public sealed class EditorApiFixture : IAsyncDisposable
{
    public EditorApiFixture() => Client = Factory.CreateClient();

    public KnowledgeApiFactory Factory { get; } = new();

    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
