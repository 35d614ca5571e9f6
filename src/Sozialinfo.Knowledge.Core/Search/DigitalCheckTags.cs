namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>The namespaced tags of the Digital-Check taxonomy that filters and recommendations read.</summary>
public static class DigitalCheckTags
{
    /// <summary>"dc-dimension:datenschutz": the item helps with that dimension.</summary>
    public const string DimensionPrefix = "dc-dimension:";

    /// <summary>"dc-stufe:2": the item suits that maturity level (1-5).</summary>
    public const string LevelPrefix = "dc-stufe:";
}
