using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Http;

namespace Sozialinfo.Knowledge.Web.Reader;

/// <summary>
/// The server-rendered German reader site (Razor Pages under Pages/). It reads only the published snapshot and asks it
/// through the Delivery API's query service. One page renders every content route (<see cref="ReaderRoutes"/>, never
/// under /api or /umbraco); the static assets and the other pages win over it by route precedence. Every page answers
/// only the methods it has handlers for (<see cref="PageMethodFilter"/>), and a refused request gets a German page
/// (<see cref="ReaderStatusCodePages"/>).
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
        services.AddSingleton<IPostConfigureOptions<StatusCodePagesOptions>, ReaderStatusCodePages>();
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<ReaderRouteConstraint>(ReaderRouteConstraint.Name));
        // German text stays readable in the HTML ("Brotkrümel", not "Brotkr&#xFC;mel"); Razor still encodes markup characters.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new ReaderHeadersFilter());
            options.Conventions.ConfigureFilter(new RenderedPageCaptureFilter());
            options.Conventions.ConfigureFilter(new PageMethodFilter());
            options.Conventions.AddPageRouteModelConvention("/Content", ReaderRoutes.Apply);
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
