using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// The real app (seeded SQLite in a temp folder) with a client that does not follow redirects, shared by a test class
/// that only reads. Tests that change content start their own <see cref="KnowledgeApiFactory"/>.
/// </summary>
public sealed class DeliveryFixture : IAsyncLifetime
{
    private KnowledgeApiFactory? _factory;

    public KnowledgeApiFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The published snapshot the API answers from: the source of expected sets.</summary>
    public ContentSnapshot Published => Factory.Services.GetRequiredService<PublishedContentCache>().Published;

    public ValueTask InitializeAsync()
    {
        _factory = new KnowledgeApiFactory(new Dictionary<string, string?>());
        Client = CreateClient(_factory);
        return ValueTask.CompletedTask;
    }

    public static HttpClient CreateClient(KnowledgeApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
