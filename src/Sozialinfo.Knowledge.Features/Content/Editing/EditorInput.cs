using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Parsing of route and query values of the editor API, with German 400 answers. Echoed values go through
/// <see cref="InputEcho"/>.
/// </summary>
internal static class EditorInput
{
    public const string ProblemTitle = "Die Eingaben sind ungültig.";

    public static bool TryParseKey(string value, out Guid key, out ValidationProblem problem)
    {
        problem = null!;
        if (Guid.TryParse(value, out key))
        {
            return true;
        }

        problem = Problem("key", $"«{InputEcho.Quote(value)}» ist kein gültiger Schlüssel (GUID).");
        return false;
    }

    /// <summary>
    /// Null culture stays null ("all cultures"); any letter case of a supported culture becomes its canonical form
    /// (as ASP.NET Core and Umbraco match cultures); an unsupported one is a 400.
    /// </summary>
    public static bool TryParseCulture(string? value, out string? culture, out ValidationProblem problem)
    {
        problem = null!;
        culture = value is null ? null : Cultures.Normalize(value);
        if (value is null || culture is not null)
        {
            return true;
        }

        problem = Problem("culture", UnsupportedCulture(value));
        return false;
    }

    public static string UnsupportedCulture(string value) =>
        $"Die Kultur «{InputEcho.Quote(value)}» wird nicht unterstützt; erlaubt sind {string.Join(", ", Cultures.Supported)}.";

    /// <summary>A validation problem with the given status: 400, or 415 and 413 for a body the API cannot read.</summary>
    public static ProblemHttpResult Problem(IEnumerable<ContentError> errors, int statusCode) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Title = ProblemTitle,
            Status = statusCode,
        });

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: ProblemTitle);

    public static ValidationProblem Problem(IEnumerable<ContentError> errors, Func<string, string>? fieldName = null) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => fieldName?.Invoke(e.Field) ?? e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: ProblemTitle);
}
