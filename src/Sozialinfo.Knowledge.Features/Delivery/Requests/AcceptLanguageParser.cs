using System.Globalization;
using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>
/// Reads Accept-Language as browsers send it ("fr-CH,fr;q=0.9,de;q=0.8") and keeps the supported cultures in order of
/// preference. A language without our region ("fr", "fr-FR") counts as its Swiss culture; "*" as de-CH. Nothing
/// supported (or a malformed header) gives de-CH alone, so an unknown culture never fails a request.
/// </summary>
internal static class AcceptLanguageParser
{
    private const int MaxHeaderLength = 512;

    public static CulturePreference Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxHeaderLength)
        {
            return CulturePreference.Default;
        }

        if (Cultures.Normalize(header.Trim()) is { } exact)
        {
            return CulturePreference.For([exact]);
        }

        var ranked = new List<(string Culture, double Quality, int Position)>();
        var entries = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var position = 0; position < entries.Length; position++)
        {
            if (TryReadEntry(entries[position], out var culture, out var quality) && quality > 0)
            {
                ranked.Add((culture, quality, position));
            }
        }

        var cultures = ranked
            .OrderByDescending(r => r.Quality).ThenBy(r => r.Position)
            .Select(r => r.Culture).Distinct(StringComparer.Ordinal).ToList();
        return CulturePreference.For(cultures);
    }

    private static bool TryReadEntry(string entry, out string culture, out double quality)
    {
        culture = string.Empty;
        quality = 1;
        var parts = entry.Split(';', StringSplitOptions.TrimEntries);
        foreach (var parameter in parts.Skip(1))
        {
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && !double.TryParse(parameter.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality))
            {
                return false;
            }
        }

        var match = Match(parts[0]);
        culture = match ?? string.Empty;
        return match is not null && quality <= 1;
    }

    private static string? Match(string tag)
    {
        if (tag == "*")
        {
            return Cultures.Default;
        }

        if (Cultures.Normalize(tag) is { } exact)
        {
            return exact;
        }

        var language = tag.Split('-')[0];
        return language.Length is >= 2 and <= 3
            ? Cultures.Supported.FirstOrDefault(c => c.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase))
            : null;
    }
}
