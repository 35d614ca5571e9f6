using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using Sozialinfo.Knowledge.Features.Search;

namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>
/// The search page's query string made safe: control characters removed, text and filter values cut to a bounded
/// length and number, the page number clamped. Whatever was changed is explained in <see cref="Notices"/> (German).
/// </summary>
internal sealed record SearchRequest(
    string Text,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Dossiers,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Dimensions,
    int Page,
    IReadOnlyList<string> Notices)
{
    public const int MaxTextLength = SearchInput.MaxTextLength;
    public const int MaxPage = 100;
    private const int MaxValues = 10;
    private const int MaxValueLength = 80;

    public bool HasText => Text.Any(char.IsLetterOrDigit);

    public bool HasFilters => Types.Count + Dossiers.Count + Themes.Count + Dimensions.Count > 0;

    public static SearchRequest Parse(IQueryCollection query)
    {
        var notices = new List<string>();
        var raw = string.Join(' ', query[SearchParameters.Text].Where(v => v is not null));
        var text = Clean(raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw);
        if (raw.Length > MaxTextLength)
        {
            // The API answers 400; a reader gets the answer to the first N characters with the same sentence.
            notices.Add($"{SearchInput.TooLongMessage} Gesucht wurde nur mit den ersten {MaxTextLength} Zeichen.");
        }

        if (text.Length > 0 && !text.Any(char.IsLetterOrDigit))
        {
            notices.Add("Bitte geben Sie mindestens ein Wort ein. Platzhalter wie * und Sonderzeichen allein werden nicht gesucht.");
        }

        return new SearchRequest(
            text,
            Values(query[SearchParameters.Type], IsAlias),
            Values(query[SearchParameters.Dossier], v => Guid.TryParse(v, out _)),
            Values(query[SearchParameters.Theme], IsTagValue),
            Values(query[SearchParameters.Dimension], IsTagValue),
            ParsePage(query[SearchParameters.Page].ToString(), notices),
            notices);
    }

    private static int ParsePage(string value, List<string> notices)
    {
        if (value.Length == 0)
        {
            return 1;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            notices.Add("Die angegebene Seitenzahl ist ungültig. Angezeigt wird die erste Seite.");
            return 1;
        }

        if (page > MaxPage)
        {
            notices.Add($"Es können höchstens {MaxPage} Seiten angezeigt werden. Bitte verfeinern Sie Ihre Suche.");
            return MaxPage;
        }

        return page;
    }

    private static List<string> Values(StringValues values, Func<string, bool> isValid) =>
        [.. values
            .Select(v => Clean(v ?? string.Empty))
            .Where(v => v.Length is > 0 and <= MaxValueLength && isValid(v))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxValues)];

    private static bool IsAlias(string value) => value.All(char.IsAsciiLetterOrDigit);

    private static bool IsTagValue(string value) => value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Clean(string value)
    {
        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        return string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
