using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Contracts.Delivery;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Features.Delivery.Requests;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>The Umbraco Content Delivery API v2 under /umbraco/delivery/api/v2 (see design/delivery-api.md).</summary>
public static class DeliveryFeature
{
    public const string BasePath = "/umbraco/delivery/api/v2";
    public const string OpenApiDocument = "delivery";
    private const string Tag = "Content";

    public static IServiceCollection AddDeliveryFeature(this IServiceCollection services)
    {
        services.AddOptions<DeliveryApiOptions>().BindConfiguration(DeliveryApiOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryApiOptions>, DeliveryApiOptionsValidator>();
        services.TryAddSingleton<PublishedContentCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddContentQuerying();
        services.AddSingleton<ContentTypeAccess>();
        services.AddSingleton<DeliveryRequestReader>();
        services.AddApiKeyGuard();
        services.AddSingleton<ApiContentMapper>();
        services.AddSingleton<ItemBodyCache>();
        services.AddSingleton<ContentItemWriter>();
        services.AddSingleton<ContentListWriter>();
        return services;
    }

    /// <remarks>
    /// Operation ids, response codes and schemas are Umbraco 17's (its published OpenAPI document); the parameters are
    /// documented, and the Api-Key turned into the ApiKeyAuth security scheme, by the host's OpenAPI setup.
    /// </remarks>
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var content = endpoints.MapGroup($"{BasePath}/content").WithTags(Tag).WithGroupName(OpenApiDocument);

        content.MapGet("/", QueryContent.Handle)
            .WithName("GetContent2.0")
            .WithSummary("Query content: fetch, filter, sort and page")
            .WithDescription(ResponseHeaders)
            .Produces<PagedApiContentResponse>(StatusCodes.Status200OK)
            .WithCommonResponses();

        content.MapGet("/item/{id:guid}", GetContentById.Handle)
            .WithName("GetContentItemById2.0")
            .WithSummary("One content item by its key")
            .WithDescription(ResponseHeaders)
            .Produces<ApiContentResponse>(StatusCodes.Status200OK)
            .WithCommonResponses();

        content.MapGet("/item/{*path}", GetContentByRoute.Handle)
            .WithName("GetContentItemByPath2.0")
            .WithSummary("One content item by its route; empty path is the start item (\"/\")")
            .WithDescription($"{ResponseHeaders} A moved item answers 301 with Location (its new route path), Location-Start-Item-Path and Location-Start-Item-Id.")
            .Produces<ApiContentResponse>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status301MovedPermanently)
            .WithCommonResponses();

        content.MapGet("/items", GetContentByIds.Handle)
            .WithName("GetContentItems2.0")
            .WithSummary("Several content items by key, as a bare array; unknown ids are left out")
            .WithDescription(ResponseHeaders)
            .Produces<ApiContentResponse[]>(StatusCodes.Status200OK)
            .WithCommonResponses();

        return endpoints;
    }

    private const string ResponseHeaders =
        "Responses carry Vary: Accept-Language, Preview, Start-Item, Api-Key (Accept-Segment is ignored: there are no segments). " +
        "A 200 carries ETag, Last-Modified and Content-Language; If-None-Match or If-Modified-Since with a current copy answers 304. " +
        "400 problem details for a malformed parameter or an unknown fetch, filter or sort option. " +
        "401 (empty) for preview or non-public access without a valid Api-Key; 404 (empty) for an unknown or hidden item; " +
        "404 with the JSON string \"The Start-Item could not be found\" for an unknown Start-Item.";

    /// <remarks>
    /// 404 has no documented body, as in Umbraco's document: an unknown item answers an empty 404; only an unknown
    /// Start-Item adds Umbraco's JSON string, which its document does not describe either.
    /// </remarks>
    private static RouteHandlerBuilder WithCommonResponses(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .Produces(StatusCodes.Status304NotModified)
        .Produces(StatusCodes.Status401Unauthorized)
        .Produces(StatusCodes.Status404NotFound);
}
