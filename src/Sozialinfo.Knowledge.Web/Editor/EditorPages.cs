using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// The editors' pages under /redaktion (Pages/Redaktion): sign in with the editor key, then the search index status
/// page with its rebuild button. Everything but signing in and out needs the editors' cookie; POSTs need the
/// antiforgery token (Razor Pages' default).
/// </summary>
internal static class EditorPages
{
    public static IServiceCollection AddEditorPages(this IServiceCollection services)
    {
        services.AddSingleton<EditorKey>();
        services.AddApiKeyGuard();
        services.AddSingleton<SearchIndexOverview>();
        services.AddSingleton<UnrenderedContentOverview>();
        services.AddSingleton<SearchIndexRebuild>();
        services.AddSingleton<IConfigureOptions<CookieAuthenticationOptions>, EditorCookieOptions>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddAuthorization();
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Redaktion");
            options.Conventions.AllowAnonymousToPage("/Redaktion/Anmelden");
            options.Conventions.AllowAnonymousToPage("/Redaktion/Abmelden");
        });
        return services;
    }
}
