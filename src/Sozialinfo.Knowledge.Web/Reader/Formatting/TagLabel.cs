namespace Sozialinfo.Knowledge.Web.Reader.Formatting;

/// <summary>Readable German labels for the Digital-Check taxonomy tags ("dc-dimension:datenschutz" becomes "Dimension: datenschutz").</summary>
internal static class TagLabel
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dc-dimension"] = "Dimension",
        ["dc-stufe"] = "Stufe",
        ["thema"] = "Thema",
        ["format"] = "Format",
        ["aufwand"] = "Aufwand",
        ["orggroesse"] = "Organisationsgrösse",
        ["arbeitsfeld"] = "Arbeitsfeld",
        ["sprache"] = "Sprache",
    };

    public static string For(string tag)
    {
        var separator = tag.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == tag.Length - 1)
        {
            return tag;
        }

        var group = tag[..separator];
        var value = tag[(separator + 1)..].Replace('-', ' ');
        return Groups.TryGetValue(group, out var label) ? $"{label}: {value}" : $"{group}: {value}";
    }
}
