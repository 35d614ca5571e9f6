using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>The site over the seed content with a clock the tests move, for "upcoming" events and registration state.</summary>
public sealed class ClockedSiteFixture : IAsyncDisposable
{
    private readonly KnowledgeApiFactory _root = new();

    public ClockedSiteFixture() =>
        Site = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));

    public MovableClock Clock { get; } = new();

    public WebApplicationFactory<Program> Site { get; }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}
