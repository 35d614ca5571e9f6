using Scalar.AspNetCore;
using Sozialinfo.Knowledge.Features.Delivery;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// The Delivery API's OpenAPI document, shaped as Umbraco 17 publishes its own (a test compares the two), and the
/// Scalar API reference. The document never names a server: it does not take the request's Host, as Umbraco's does not.
/// </summary>
internal static class DeliveryOpenApi
{
    public const string DocumentRoute = "/umbraco/openapi/{documentName}.json";
    public const string ReferenceRoute = "/umbraco/api-reference";

    public static IServiceCollection AddDeliveryOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DeliveryFeature.OpenApiDocument, options =>
        {
            options.CreateSchemaReferenceId = DeliverySchemaNames.For;
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddOperationTransformer<DeliveryParameterTransformer>();
            options.AddOperationTransformer<ApiKeySecurityTransformer>();
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
            options.AddDocumentTransformer<ContentResponseSchemaTransformer>();
            options.AddDocumentTransformer<DeliveryDocumentInfoTransformer>();
        });

    public static WebApplication MapDeliveryOpenApi(this WebApplication app)
    {
        app.MapOpenApi(DocumentRoute);
        app.MapScalarApiReference(ReferenceRoute, options => options
            .WithTitle("Sozialinfo Knowledge – Delivery API")
            .WithOpenApiRoutePattern(DocumentRoute)
            .AddDocument(DeliveryFeature.OpenApiDocument, "Content Delivery API v2"));
        return app;
    }
}
