using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Scalar.AspNetCore;
using Sozialinfo.Knowledge.Web.Security;

namespace Sozialinfo.Knowledge.Web;

/// <summary>
/// Host-wide plumbing shared by every capability: problem details, OpenAPI, JSON, time, compression, and the edge
/// (security headers, forwarded headers, allowed hosts, the stored Api-Key; see <see cref="SecuritySetup"/>).
/// </summary>
internal static class WebDefaults
{
    public static WebApplicationBuilder AddKnowledgeDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeSecurity();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("delivery", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sozialinfo Knowledge – Content Delivery API v2";
            document.Info.Version = "v2";
            document.Info.Description = "Follows Umbraco's Content Delivery API v2 contract; see /umbraco/api-reference.";
            return Task.CompletedTask;
        }));
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
        app.MapOpenApi("/umbraco/openapi/{documentName}.json");
        app.MapScalarApiReference("/umbraco/api-reference", options => options
            .WithTitle("Sozialinfo Knowledge – Delivery API")
            .WithOpenApiRoutePattern("/umbraco/openapi/{documentName}.json")
            .AddDocument("delivery", "Content Delivery API v2"));
        return app;
    }
}
