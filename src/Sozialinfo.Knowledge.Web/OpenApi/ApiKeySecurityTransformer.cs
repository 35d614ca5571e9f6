using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// The Api-Key header as Umbraco documents it: the security scheme ApiKeyAuth (apiKey in header Api-Key), required by
/// the document and by each operation, instead of an ordinary header parameter (see <see cref="DeliveryParameterTransformer"/>).
/// </summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "ApiKeyAuth";
    public const string HeaderName = "Api-Key";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            Name = HeaderName,
            In = ParameterLocation.Header,
            Description = "API key specified through configuration to authorize access to the API.",
        };
        document.Security = [Requirement(document)];
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Security = [Requirement(context.Document)];
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
}
