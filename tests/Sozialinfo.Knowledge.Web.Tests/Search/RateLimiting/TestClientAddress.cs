using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>
/// Test-only: the TestServer gives every request the same (no) remote address; this startup filter, registered only
/// by <see cref="WithClientAddresses"/>, takes it from the header <see cref="HeaderName"/>, before routing and the
/// rate limiter see the request, so a test can speak as several clients.
/// </summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string HeaderName = "X-Test-Remote-Address";

    public static WebApplicationFactory<Program> WithClientAddresses(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IStartupFilter, TestClientAddress>()));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[HeaderName].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
