using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// Our title and description, and no <c>servers</c>: the generator would write the request's scheme and Host there
/// (a <c>Host: evil.example</c> request got <c>http://evil.example/</c>). Umbraco's document has none either, so
/// clients use the URL they fetched the document from.
/// </summary>
internal sealed class DeliveryDocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Sozialinfo Knowledge – Content Delivery API v2",
            Version = "v2",
            Description = "Follows Umbraco's Content Delivery API v2 contract (Umbraco 17's OpenAPI document); see /umbraco/api-reference.",
        };
        document.Servers = null;
        return Task.CompletedTask;
    }
}
