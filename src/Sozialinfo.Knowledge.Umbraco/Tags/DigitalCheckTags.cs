using System.Globalization;

namespace Sozialinfo.Knowledge.Umbraco.Tags;

/// <summary>
/// The Digital-Check tag taxonomy as the package reads it: namespaced tags such as
/// <c>dc-dimension:datenschutz</c>, <c>dc-stufe:2</c> or <c>thema:ndsg</c>, compared in lower case.
/// </summary>
public static class DigitalCheckTags
{
    /// <summary>The alias of the <c>Umbraco.Tags</c> property that carries the taxonomy (taggableComposition).</summary>
    public const string PropertyAlias = "tags";

    /// <summary>Prefix of a Digital-Check dimension tag (<c>dc-dimension:&lt;key&gt;</c>).</summary>
    public const string DimensionPrefix = "dc-dimension:";

    /// <summary>Prefix of a Digital-Check maturity-level tag (<c>dc-stufe:1</c> to <c>dc-stufe:5</c>).</summary>
    public const string LevelPrefix = "dc-stufe:";

    /// <summary>The lowest maturity level.</summary>
    public const int MinimumLevel = 1;

    /// <summary>The highest maturity level.</summary>
    public const int MaximumLevel = 5;

    /// <summary>Trims and lower-cases a tag or tag filter value, so "Thema:NDSG " and "thema:ndsg" are the same tag.</summary>
    /// <param name="tag">The tag as an editor or a query wrote it.</param>
    /// <returns>The normalised tag.</returns>
    public static string Normalize(string tag) => tag.Trim().ToLowerInvariant();

    /// <summary>Reads the dimension key of a <c>dc-dimension:&lt;key&gt;</c> tag.</summary>
    /// <param name="tag">A normalised tag.</param>
    /// <param name="dimension">The dimension key, for example <c>datenschutz</c>.</param>
    /// <returns>Whether <paramref name="tag"/> is a well-formed dimension tag.</returns>
    public static bool TryGetDimension(string tag, out string dimension)
    {
        dimension = string.Empty;
        if (!tag.StartsWith(DimensionPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var key = tag[DimensionPrefix.Length..];
        if (!IsKey(key))
        {
            return false;
        }

        dimension = key;
        return true;
    }

    /// <summary>Reads the maturity level of a <c>dc-stufe:&lt;n&gt;</c> tag.</summary>
    /// <param name="tag">A normalised tag.</param>
    /// <param name="level">The level, 1 to 5.</param>
    /// <returns>Whether <paramref name="tag"/> is a well-formed level tag.</returns>
    public static bool TryGetLevel(string tag, out int level)
    {
        level = 0;
        return tag.StartsWith(LevelPrefix, StringComparison.Ordinal)
            && TryParseLevel(tag[LevelPrefix.Length..], out level);
    }

    /// <summary>Parses a maturity level ("1" to "5", digits only).</summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="level">The level, 1 to 5.</param>
    /// <returns>Whether <paramref name="value"/> is a level.</returns>
    public static bool TryParseLevel(string value, out int level)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out level)
            && level is >= MinimumLevel and <= MaximumLevel)
        {
            return true;
        }

        level = 0;
        return false;
    }

    /// <summary>Whether <paramref name="value"/> is a taxonomy key: lower-case letters, digits and hyphens.</summary>
    /// <param name="value">A normalised value.</param>
    /// <returns>Whether the value is a key such as <c>datenschutz</c> or <c>ki-ethik</c>.</returns>
    public static bool IsKey(string value)
        => value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
