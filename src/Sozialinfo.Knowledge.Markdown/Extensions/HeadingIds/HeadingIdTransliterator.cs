using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

/// <summary>
/// Turns a lower-case GitHub-style id into readable ASCII: ä/ö/ü become ae/oe/ue (as in Swiss URL segments), ß
/// becomes ss, other accents are dropped (é → e, ç → c). Letters without an ASCII form (e.g. Greek) are kept.
/// </summary>
internal static class HeadingIdTransliterator
{
    private const char CombiningDiaeresis = '\u0308';

    public static string Transliterate(string id)
    {
        if (Ascii.IsValid(id))
        {
            return id;
        }

        // Canonical decomposition splits "ä" into "a" + U+0308, so one pass handles precomposed and combined forms.
        var decomposed = id.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 8);
        foreach (var character in decomposed)
        {
            if (character == 'ß')
            {
                builder.Append("ss");
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
            else if (character == CombiningDiaeresis && builder.Length > 0 && builder[^1] is 'a' or 'o' or 'u')
            {
                builder.Append('e');
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
