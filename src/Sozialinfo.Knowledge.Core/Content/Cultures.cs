namespace Sozialinfo.Knowledge.Core.Content;

/// <summary>The cultures the content model carries. de-CH is the default; fr-CH and it-CH are translations.</summary>
public static class Cultures
{
    public const string Default = "de-CH";

    public static IReadOnlyList<string> Supported { get; } = ["de-CH", "fr-CH", "it-CH"];

    public static bool IsSupported(string culture) =>
        Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the supported culture in its canonical casing, or null.</summary>
    public static string? Normalize(string culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}
