using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Core.Content;

/// <summary>Builds URL segments the way Umbraco's default segment provider does, with German transliteration.</summary>
public static class UrlSegment
{
    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name.Trim().ToLowerInvariant())
        {
            switch (character)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default: AppendFolded(builder, character); break;
            }
        }

        return builder.ToString().Trim('-');
    }

    public static bool IsValid(string segment) =>
        segment.Length is > 0 and <= 200
        && segment.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !segment.StartsWith('-')
        && !segment.EndsWith('-');

    private static void AppendFolded(StringBuilder builder, char character)
    {
        var folded = character.ToString().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .FirstOrDefault();
        if (folded is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            builder.Append(folded);
        }
        else if (builder.Length > 0 && builder[^1] != '-')
        {
            builder.Append('-');
        }
    }
}
