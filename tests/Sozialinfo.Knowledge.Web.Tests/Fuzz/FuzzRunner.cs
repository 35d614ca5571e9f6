using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Primitives;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// Sends fuzz requests straight into the test server (no client-side normalising or escaping, so the raw path and
/// query arrive as written), a few at a time, and collects every answer of 500 or more, and every exception that
/// escaped the host, with the request that caused it.
/// </summary>
internal static class FuzzRunner
{
    private const int Parallelism = 4;

    public static async Task<FuzzReport> RunAsync(TestServer server, IEnumerable<FuzzRequest> requests, CancellationToken cancellationToken)
    {
        var list = requests.ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            list,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (request, token) =>
            {
                var (status, failure) = await SendAsync(server, request, token);
                statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
                if (failure is not null)
                {
                    failures.Add($"{request}\n    → {failure}");
                }
            });
        return new FuzzReport(list.Count, clock.Elapsed, statuses.OrderBy(s => s.Key).ToDictionary(), [.. failures.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The status (0 for an exception) and, for a 5xx or an exception, what to report.</summary>
    private static async Task<(int Status, string? Failure)> SendAsync(TestServer server, FuzzRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var context = await server.SendAsync(http => Build(http, request), cancellationToken);
            var status = context.Response.StatusCode;
            if (status < StatusCodes.Status500InternalServerError)
            {
                return (status, null);
            }

            using var reader = new StreamReader(context.Response.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            return (status, $"{status}: {(body.Length > 300 ? body[..300] + "…" : body)}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (0, $"exception {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static void Build(HttpContext http, FuzzRequest request)
    {
        http.Request.Method = request.Method;
        http.Request.Path = PathString.FromUriComponent(request.Path);
        http.Request.QueryString = new QueryString(request.Query);
        foreach (var (name, value) in request.Headers)
        {
            http.Request.Headers.Append(name, new StringValues(value));
        }

        if (request.Body is { } body)
        {
            http.Request.Body = new MemoryStream(body);
            http.Request.ContentLength = body.Length;
        }

        if (request.ContentType is { } contentType)
        {
            http.Request.ContentType = contentType;
        }
    }
}
