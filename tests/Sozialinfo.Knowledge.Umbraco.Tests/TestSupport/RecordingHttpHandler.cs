using System.Collections.Concurrent;
using System.Net;
using Moq;
using Moq.Protected;

namespace Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;

/// <summary>A mocked <see cref="HttpMessageHandler"/> (the package's HTTP port) that records what the client sends.</summary>
internal sealed class RecordingHttpHandler
{
    private readonly Mock<HttpMessageHandler> _handler = new();

    public RecordingHttpHandler(Func<HttpRequestMessage, HttpResponseMessage>? respond = null)
    {
        respond ??= _ => new HttpResponseMessage(HttpStatusCode.Accepted);
        _handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .Returns(async (HttpRequestMessage request, CancellationToken cancellationToken) =>
            {
                var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
                Requests.Enqueue(new RecordedRequest(
                    request.Method,
                    request.RequestUri,
                    request.Headers.TryGetValues("Api-Key", out var keys) ? [.. keys] : [],
                    request.Content?.Headers.ContentType?.MediaType,
                    body));
                return respond(request);
            });
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public HttpMessageHandler Object => _handler.Object;

    internal sealed record RecordedRequest(HttpMethod Method, Uri? Uri, string[] ApiKeys, string? MediaType, string Body);
}
