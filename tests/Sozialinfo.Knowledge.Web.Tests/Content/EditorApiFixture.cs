namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>One app over the seeded store for a test class; tests create their own content with fresh keys.</summary>
public sealed class EditorApiFixture : IAsyncDisposable
{
    public EditorApiFixture() => Client = Factory.CreateClient();

    // The classes on this fixture send more wrong keys than the throttle allows one client and expect 401 for each; the
    // throttle has tests of its own (Security/ApiKeyThrottleTests).
    public KnowledgeApiFactory Factory { get; } = new(new Dictionary<string, string?> { ["Security:ApiKeyThrottle:Enabled"] = "false" });

    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
