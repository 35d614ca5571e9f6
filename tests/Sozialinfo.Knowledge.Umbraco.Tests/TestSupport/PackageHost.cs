using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;

/// <summary>
/// Umbraco's own <see cref="UmbracoBuilder"/> over a real <see cref="ServiceCollection"/>, with the package added the
/// way a site adds it. Only the ports are fakes: the HTTP handler under the typed client and the content service.
/// </summary>
internal sealed class PackageHost : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string?> ValidSettings = new Dictionary<string, string?>
    {
        ["Sozialinfo:Knowledge:PlatformBaseUrl"] = "https://knowledge.example/platform",
        ["Sozialinfo:Knowledge:PlatformApiKey"] = "test-key",
        ["Sozialinfo:Knowledge:Culture"] = "de-CH",
    };

    private readonly ServiceProvider _provider;

    private PackageHost(ServiceProvider provider, ServiceCollection services, RecordingHttpHandler http, RecordingLoggerProvider logs)
    {
        _provider = provider;
        Services = services;
        Http = http;
        Logs = logs;
    }

    public IServiceProvider Provider => _provider;

    public ServiceCollection Services { get; }

    public RecordingHttpHandler Http { get; }

    public RecordingLoggerProvider Logs { get; }

    public static UmbracoBuilder CreateBuilder(ServiceCollection services, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? ValidSettings).Build();
        // No assemblies to scan: whatever the package registers, it registers explicitly.
        var typeLoader = new TypeLoader(Mock.Of<ITypeFinder>(), NullLogger<TypeLoader>.Instance, []);
        return new UmbracoBuilder(services, configuration, typeLoader);
    }

    public static PackageHost Start(
        IReadOnlyDictionary<string, string?>? settings = null,
        RecordingHttpHandler? http = null,
        Action<IUmbracoBuilder>? addPackage = null,
        IContentService? contentService = null)
    {
        http ??= new RecordingHttpHandler();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        var builder = CreateBuilder(services, settings);

        (addPackage ?? (b => b.AddSozialinfoKnowledge())).Invoke(builder);
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton(contentService ?? Mock.Of<IContentService>());
        services.AddHttpClient<IKnowledgePlatformClient, KnowledgePlatformClient>()
            .ConfigurePrimaryHttpMessageHandler(() => http.Object);
        builder.Build();

        return new PackageHost(services.BuildServiceProvider(), services, http, logs);
    }

    /// <summary>
    /// The package's handlers for <typeparamref name="TNotification"/>, built from their registrations. Umbraco's core
    /// registers its own handlers (webhooks) for the same notifications, which need services a test host lacks.
    /// </summary>
    public IReadOnlyList<INotificationAsyncHandler<TNotification>> PackageHandlers<TNotification>()
        where TNotification : INotification
        => [.. Services
            .Where(service => service.ServiceType == typeof(INotificationAsyncHandler<TNotification>)
                && service.ImplementationType?.Assembly == typeof(SozialinfoKnowledgeComposer).Assembly)
            .Select(service => (INotificationAsyncHandler<TNotification>)ActivatorUtilities.CreateInstance(_provider, service.ImplementationType!))];

    public void Dispose() => _provider.Dispose();
}
