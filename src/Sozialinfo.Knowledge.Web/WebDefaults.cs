using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Web.Hosting;
using Sozialinfo.Knowledge.Web.OpenApi;
using Sozialinfo.Knowledge.Web.Security;

namespace Sozialinfo.Knowledge.Web;

/// <summary>
/// Host-wide plumbing shared by every capability: problem details, OpenAPI, JSON, time, compression, rate limiting, and
/// the edge (security headers, forwarded headers, allowed hosts, the stored Api-Key; see <see cref="SecuritySetup"/>).
/// </summary>
internal static class WebDefaults
{
    public static WebApplicationBuilder AddKnowledgeDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeSecurity();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IConfigureOptions<StatusCodePagesOptions>, ProblemStatusCodePages>();
        builder.Services.AddDeliveryOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

        // Bodies that change per request are small; Optimal Brotli costs more CPU than it saves on the wire here.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseKnowledgeDefaults(this WebApplication app)
    {
        app.UseStoredApiKey();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseRateLimiter();           // the features' policies (search: per client); after routing, which the host adds first
        app.MapDeliveryOpenApi();
        return app;
    }
}
