using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Umbraco.Platform;

/// <summary>Typed <see cref="HttpClient"/> behind <see cref="IKnowledgePlatformClient"/>, registered by <c>AddSozialinfoKnowledge</c>.</summary>
internal sealed class KnowledgePlatformClient : IKnowledgePlatformClient
{
    public const string ApiKeyHeader = "Api-Key";

    // Relative, without a leading slash, so a base address with a path (https://host/knowledge/) keeps its path.
    public const string ContentPublishedPath = "api/umbraco/notifications/content-published";
    public const string ContentUnpublishedPath = "api/umbraco/notifications/content-unpublished";
    public const string ContentDeletedPath = "api/umbraco/notifications/content-deleted";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _httpClient;
    private readonly string _apiKey;

    public KnowledgePlatformClient(HttpClient httpClient, IOptions<SozialinfoKnowledgeOptions> options)
    {
        var settings = options.Value;
        var baseUrl = settings.PlatformBaseUrl
            ?? throw new InvalidOperationException($"{SozialinfoKnowledgeOptions.SectionName}:PlatformBaseUrl is not configured.");

        _httpClient = httpClient;
        _httpClient.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _httpClient.Timeout = settings.RequestTimeout;
        _apiKey = settings.PlatformApiKey;
    }

    public Task ContentPublishedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken)
        => PostAsync(ContentPublishedPath, batch, cancellationToken);

    public Task ContentUnpublishedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken)
        => PostAsync(ContentUnpublishedPath, batch, cancellationToken);

    public Task ContentDeletedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken)
        => PostAsync(ContentDeletedPath, batch, cancellationToken);

    private async Task PostAsync(string path, ContentNotificationBatch batch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(batch, options: Json),
        };
        request.Headers.Add(ApiKeyHeader, _apiKey);

        using var response = await _httpClient.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
