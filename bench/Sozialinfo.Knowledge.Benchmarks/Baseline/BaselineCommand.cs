using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sozialinfo.Knowledge.Benchmarks.Baseline;

/// <summary>
/// The platform's physical limit on this machine: a slim Kestrel app that answers GET with a precomputed body of the
/// same size and content type as the platform's response, doing no work per request besides writing it.
/// </summary>
internal static class BaselineCommand
{
    private const int MaxSyntheticBytes = 16 * 1024 * 1024;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = BaselineOptions.Parse(args);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        var app = builder.Build();

        var body = options.Body;
        var synthetic = new ConcurrentDictionary<int, byte[]>();
        app.MapGet("/body", context =>
        {
            if (options.ContentEncoding is { } encoding)
            {
                context.Response.Headers.ContentEncoding = encoding;
            }

            return WriteAsync(context, body, options.ContentType);
        });
        app.MapGet("/body/{bytes:int}", context =>
        {
            var bytes = int.Parse((string)context.GetRouteValue("bytes")!, CultureInfo.InvariantCulture);
            if (bytes is < 0 or > MaxSyntheticBytes)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            var payload = synthetic.GetOrAdd(bytes, static (n, type) => SyntheticBody.Create(n, type), options.ContentType);
            return WriteAsync(context, payload, options.ContentType);
        });

        await app.StartAsync();
        Console.WriteLine($"baseline: http://127.0.0.1:{options.Port}/body serves {body.Length} bytes of {options.ContentType} ({options.ContentEncoding ?? "identity"})");
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }
}
