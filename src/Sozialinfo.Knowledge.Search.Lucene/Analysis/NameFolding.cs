using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// Folds a word of a name two ways so that name filters ignore case and diacritics: plain ("Müller" → "muller",
/// "Noël" → "noel") and German ("Müller" → "mueller", the umlaut written without dots). Two words are equal when
/// either folding is.
/// </summary>
internal static class NameFolding
{
    public static string Fold(string word, bool german)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 4);
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
            else if (german && character == '\u0308' && builder.Length > 0 && builder[^1] is 'a' or 'o' or 'u')
            {
                builder.Append('e');
            }
        }

        return builder.ToString();
    }
}
