namespace Sozialinfo.Knowledge.Web;

/// <summary>
/// Kestrel's request-line limit, raised from 8 KB so that an over-long search (/suche?q=…, /api/search?q=…) reaches
/// the platform and gets its German answer ("Die Suchanfrage darf höchstens 200 Zeichen lang sein.") instead of
/// Kestrel's bare 414. 64 KB holds a 10,000-character query even when every character is an umlaut (six bytes
/// percent-encoded); anything longer still gets the 414. The header total stays at Kestrel's 32 KB default.
/// </summary>
internal static class KestrelLimits
{
    public const int MaxRequestLineSize = 64 * 1024;

    public static WebApplicationBuilder AddKestrelLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestLineSize = MaxRequestLineSize);
        return builder;
    }
}
