using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// The editor API (and the search status) need the same key as Delivery API preview ("Umbraco:CMS:DeliveryApi:ApiKey",
/// header "Api-Key"), checked by <see cref="ApiKeyGuard"/>: 401 without it, 429 after too many wrong keys.
/// </summary>
internal sealed class EditorApiKeyFilter(ApiKeyGuard guard) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var check = guard.Check(context.HttpContext);
        return check.IsAccepted ? next(context) : ValueTask.FromResult<object?>(check.Failure);
    }
}
