using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Startup;

/// <summary>
/// A guard at the very start of the pipeline: until the first snapshot is in place, every request gets 503 with
/// Retry-After. <see cref="ContentStartup"/> normally finishes before the server starts, so this never triggers.
/// </summary>
internal sealed class ContentReadinessStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var cache = app.ApplicationServices.GetRequiredService<PublishedContentCache>();
        app.Use(async (context, nextMiddleware) =>
        {
            if (cache.IsReady)
            {
                await nextMiddleware(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
        });
        next(app);
    };
}
