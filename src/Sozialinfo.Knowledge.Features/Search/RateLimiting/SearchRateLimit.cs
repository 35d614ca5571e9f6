using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The per-client limit on searching (<see cref="SearchRateLimitOptions"/>): an ASP.NET Core rate-limiting policy
/// that /api/search, /api/search/suggest, /api/search/recommend and the reader's /suche require. The host runs the
/// rate-limiting middleware after routing.
/// </summary>
public static class SearchRateLimit
{
    public const string PolicyName = "search";

    internal static readonly object RejectionKey = new();

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services)
    {
        services.AddOptions<SearchRateLimitOptions>().BindConfiguration(SearchRateLimitOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchRateLimitOptions>, SearchRateLimitOptionsValidator>();
        services.AddRateLimiter(options => options.AddPolicy<ClientAddressKey, SearchRateLimitPolicy>(PolicyName));
        return services;
    }

    public static TBuilder RequireSearchRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(PolicyName);

    /// <summary>For a <see cref="RateLimitRejectionPageAttribute"/> page: the seconds to wait when the limit rejected this request.</summary>
    public static int? RejectedRetryAfter(HttpContext httpContext) =>
        httpContext.Items.TryGetValue(RejectionKey, out var seconds) ? seconds as int? : null;

    /// <summary>"1 Sekunde", "30 Sekunden".</summary>
    public static string Wait(int seconds) =>
        seconds == 1 ? "1 Sekunde" : $"{seconds.ToString(CultureInfo.InvariantCulture)} Sekunden";
}
