using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Sozialinfo.Knowledge.Contracts.Delivery;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// Umbraco's component names for our wire DTOs, so that a client generated from either document has the same types.
/// Umbraco names its interfaces (IApiContentResponse → IApiContentResponseModel); ours are classes of the same shape.
/// </summary>
internal static class DeliverySchemaNames
{
    /// <summary>Umbraco's polymorphic item schema: anyOf the one shape below.</summary>
    public const string ContentResponse = "IApiContentResponseModel";

    /// <summary>The shape of an item, as Umbraco's generator names the one derived type of IApiContentResponse.</summary>
    public const string ContentResponseShape = "IApiContentResponseModelApiContentResponseModel";

    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(PagedApiContentResponse)] = "PagedIApiContentResponseModel",
        [typeof(ApiContentResponse)] = ContentResponse,
        [typeof(ApiContentRoute)] = "IApiContentRouteModel",
        [typeof(ApiContentStartItem)] = "IApiContentStartItemModel",
        [typeof(ApiContent)] = "IApiContentModel",
    };

    public static string? For(JsonTypeInfo type) =>
        Names.TryGetValue(type.Type, out var name) ? name : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
}
