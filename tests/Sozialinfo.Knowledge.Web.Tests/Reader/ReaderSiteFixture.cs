namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>One site over the seed content per test class (the shared factory has two constructors, so it is wrapped).</summary>
public sealed class ReaderSiteFixture : IAsyncDisposable
{
    public KnowledgeApiFactory Site { get; } = new();

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
