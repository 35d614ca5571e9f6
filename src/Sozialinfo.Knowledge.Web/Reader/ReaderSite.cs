using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Http;

namespace Sozialinfo.Knowledge.Web.Reader;

/// <summary>
/// The server-rendered German reader site (Razor Pages under Pages/). It reads only the published snapshot and asks it
/// through the Delivery API's query service. One catch-all page renders every content route; the APIs' literal routes
/// and the static assets win over it by route precedence.
/// </summary>
internal static class ReaderSite
{
    public static IServiceCollection AddReaderSite(this IServiceCollection services)
    {
        services.TryAddSingleton<PublishedContentCache>();
        services.AddContentQuerying();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReaderQueries>();
        services.AddSingleton<ReaderIndexProvider>();
        services.AddSingleton<ReaderPages>();
        services.AddSingleton<RelatedArticles>();
        services.AddExceptionHandler<ReaderExceptionHandler>();
        // German text stays readable in the HTML ("Brotkrümel", not "Brotkr&#xFC;mel"); Razor still encodes markup characters.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new ReaderHeadersFilter());
            options.Conventions.ConfigureFilter(new RenderedPageCaptureFilter());
            // Reading only: other methods get 405 instead of an antiforgery 400 from the catch-all page.
            options.Conventions.AddPageRouteModelConvention("/Content", model =>
            {
                foreach (var selector in model.Selectors)
                {
                    selector.EndpointMetadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
                }
            });
        });
        return services;
    }

    public static WebApplication MapReaderSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Run from build output (tests, "Testing"/"Production" without publish), the precompressed .gz assets live
            // in obj/; without this, a gzip request for the style sheet answers an empty 200. A no-op when published.
            StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);
        }

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
