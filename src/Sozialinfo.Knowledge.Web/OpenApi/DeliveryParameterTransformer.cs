using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// Every Delivery API parameter as Umbraco documents it (<see cref="DeliveryParameters"/>), in Umbraco's order. The
/// Api-Key header is bound by the endpoints but is no parameter here: it is the ApiKeyAuth security scheme.
/// </summary>
internal sealed class DeliveryParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is not { } parameters)
        {
            return Task.CompletedTask;
        }

        var documented = parameters
            .Where(p => !(p.In == ParameterLocation.Header && p.Name == ApiKeySecurityTransformer.HeaderName))
            .Cast<OpenApiParameter>()
            .ToList();
        documented.ForEach(DeliveryParameters.Describe);
        operation.Parameters = [.. documented.OrderBy(DeliveryParameters.Position)];
        return Task.CompletedTask;
    }
}
