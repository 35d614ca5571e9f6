using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>
/// A real Kestrel host on a loopback port with only the Delivery feature, over <see cref="SampleContent"/>, so the
/// slices are tested through real HTTP with a tree whose every value is known. The status-code-pages middleware is on,
/// as in the Web host, to prove that 401/404 bodies stay empty.
/// </summary>
public sealed class DeliveryTestHost : IAsyncDisposable
{
    public const string ApiKey = "sample-api-key";

    private readonly WebApplication _app;

    private DeliveryTestHost(WebApplication app, HttpClient client, PublishedContentCache cache)
    {
        _app = app;
        Client = client;
        Cache = cache;
    }

    public HttpClient Client { get; }

    public PublishedContentCache Cache { get; }

    public static async Task<DeliveryTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = new Dictionary<string, string?> { [$"{DeliveryApiOptions.SectionName}:ApiKey"] = ApiKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var cache = SampleContent.Cache();
        builder.Services.AddSingleton(cache);
        builder.Services.AddSingleton(SampleContent.DocumentTypes);
        builder.Services.AddProblemDetails();
        builder.Services.AddDeliveryFeature();

        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapDeliveryEndpoints();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return new DeliveryTestHost(app, client, cache);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
