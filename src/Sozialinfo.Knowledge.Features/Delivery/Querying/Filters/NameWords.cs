using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// A name split into words (runs of letters and digits), folded two ways so that matching ignores case and
/// diacritics: plain ("Müller" → "muller", "Noël" → "noel") and German ("Müller" → "mueller"). Two words are equal
/// when either folding is. The words of a published name are computed once and cached for the culture object's life.
/// </summary>
internal sealed class NameWords
{
    private static readonly ConditionalWeakTable<PublishedCulture, NameWords> Cache = [];

    private readonly string[] _plain;
    private readonly string[] _german;

    private NameWords(string[] plain, string[] german)
    {
        _plain = plain;
        _german = german;
    }

    public int Count => _plain.Length;

    public static NameWords Of(PublishedCulture culture) => Cache.GetValue(culture, static c => Parse(c.Name));

    public static NameWords Parse(string text)
    {
        var plain = new List<string>();
        var german = new List<string>();
        var start = -1;
        for (var index = 0; index <= text.Length; index++)
        {
            var inWord = index < text.Length && char.IsLetterOrDigit(text[index]);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..index];
                plain.Add(Fold(word, german: false));
                german.Add(Fold(word, german: true));
                start = -1;
            }
        }

        return new NameWords([.. plain], [.. german]);
    }

    /// <summary>True when the words of <paramref name="phrase"/> occur here one after the other.</summary>
    public bool ContainsPhrase(NameWords phrase)
    {
        if (phrase.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Count <= Count; start++)
        {
            var all = true;
            for (var offset = 0; offset < phrase.Count && all; offset++)
            {
                all = WordEquals(start + offset, phrase, offset);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private bool WordEquals(int index, NameWords other, int otherIndex) =>
        string.Equals(_plain[index], other._plain[otherIndex], StringComparison.Ordinal)
        || string.Equals(_german[index], other._german[otherIndex], StringComparison.Ordinal);

    private static string Fold(string word, bool german)
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
                // Combining diaeresis after a, o, u: the German umlaut, written "ae", "oe", "ue" without the dots.
                builder.Append('e');
            }
        }

        return builder.ToString();
    }
}
