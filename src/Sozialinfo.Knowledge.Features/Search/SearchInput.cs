using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Features.Delivery.Requests;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// Checks and normalises the query string of the search endpoints. Free text is never rejected (the index drops
/// control characters and treats everything but "quotes" as words); it is only cut to <see cref="MaxTextLength"/>.
/// Paging and filter values that make no sense give a 400 problem with a German message.
/// </summary>
internal static class SearchInput
{
    public const int MaxTextLength = 500;
    public const int MaxTake = 100;
    public const int MaxSkip = 100_000;
    public const int MaxFilterValues = 20;
    public const int MaxFilterLength = 200;
    private const string ProblemTitle = "Ungültige Suchanfrage";

    public static string? Text(string? text) =>
        text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;

    /// <summary>The reader's culture from Accept-Language; de-CH when nothing supported is asked for.</summary>
    public static string Culture(HttpRequest request) =>
        AcceptLanguageParser.Parse(request.Headers.AcceptLanguage.ToString()).Primary;

    public static bool TryReadNumber(string? value, string field, int defaultValue, int min, int max, out int number, out ValidationProblem? problem)
    {
        problem = null;
        number = defaultValue;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max)
        {
            return true;
        }

        problem = Problem(field, $"«{field}» muss eine ganze Zahl von {min} bis {max} sein.");
        return false;
    }

    public static bool TryReadFilter(string[]? values, string field, out IReadOnlyList<string> filter, out ValidationProblem? problem)
    {
        problem = null;
        filter = [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
        if (filter.Count > MaxFilterValues || filter.Any(v => v.Length > MaxFilterLength || v.Any(char.IsControl)))
        {
            problem = Problem(field, $"«{field}» erlaubt höchstens {MaxFilterValues} Werte mit je höchstens {MaxFilterLength} Zeichen ohne Steuerzeichen.");
            return false;
        }

        return true;
    }

    /// <summary>Dossier filters are keys; they are normalised to the "D" format the index stores.</summary>
    public static bool TryReadDossiers(string[]? values, out IReadOnlyList<string> dossiers, out ValidationProblem? problem)
    {
        dossiers = [];
        if (!TryReadFilter(values, "dossier", out var raw, out problem))
        {
            return false;
        }

        var keys = new List<string>(raw.Count);
        foreach (var value in raw)
        {
            if (!Guid.TryParse(value, out var key))
            {
                problem = Problem("dossier", $"«dossier» muss der Schlüssel (GUID) eines Dossiers sein, nicht «{InputEcho.Quote(value)}».");
                return false;
            }

            keys.Add(key.ToString("D"));
        }

        dossiers = keys;
        return true;
    }

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: ProblemTitle);
}
