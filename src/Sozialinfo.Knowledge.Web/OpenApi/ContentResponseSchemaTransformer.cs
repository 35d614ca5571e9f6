using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// Umbraco serialises items through the interface IApiContentResponse, so its document has a polymorphic
/// <c>IApiContentResponseModel</c> (anyOf the one shape, discriminator <c>$type</c>, which is never sent) and the shape
/// itself as <c>IApiContentResponseModelApiContentResponseModel</c>. Our DTO is one class; this gives the same two
/// schemas, so references to the item keep Umbraco's name.
/// </summary>
internal sealed class ContentResponseSchemaTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.TryGetValue(DeliverySchemaNames.ContentResponse, out var generated) is not true
            || generated is not OpenApiSchema item)
        {
            return Task.CompletedTask;
        }

        document.Components.Schemas[DeliverySchemaNames.ContentResponseShape] = new OpenApiSchema
        {
            Description = item.Description,
            Required = item.Required,
            Properties = item.Properties,
        };
        document.Components.Schemas[DeliverySchemaNames.ContentResponse] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AnyOf = [new OpenApiSchemaReference(DeliverySchemaNames.ContentResponseShape, document)],
            Discriminator = new OpenApiDiscriminator { PropertyName = "$type" },
        };
        return Task.CompletedTask;
    }
}
