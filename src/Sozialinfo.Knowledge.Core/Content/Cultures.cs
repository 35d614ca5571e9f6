namespace Sozialinfo.Knowledge.Core.Content;

/// <summary>The cultures the content model carries. de-CH is the default; fr-CH and it-CH are translations.</summary>
public static class Cultures
{
    public const string Default = "de-CH";

    public static IReadOnlyList<string> Supported { get; } = ["de-CH", "fr-CH", "it-CH"];

    public static bool IsSupported(string culture) =>
        Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the supported culture in its canonical casing ("DE-ch" and " de-CH " give "de-CH"), or null: cultures
    /// match case-insensitively, as in ASP.NET Core and Umbraco.
    /// </summary>
    public static string? Normalize(string culture)
    {
        var trimmed = culture.AsSpan().Trim();
        foreach (var supported in Supported)
        {
            if (trimmed.Equals(supported, StringComparison.OrdinalIgnoreCase))
            {
                return supported;
            }
        }

        return null;
    }
}
