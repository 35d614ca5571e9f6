using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>Parsing of route and query values of the editor API, with German 400 answers.</summary>
internal static class EditorInput
{
    public const string ProblemTitle = "Die Eingaben sind ungültig.";

    public static bool TryParseKey(string value, out Guid key, out ValidationProblem problem)
    {
        problem = Problem("key", $"«{value}» ist kein gültiger Schlüssel (GUID).");
        return Guid.TryParse(value, out key);
    }

    /// <summary>Null culture stays null ("all cultures"); an unsupported one is a 400.</summary>
    public static bool TryParseCulture(string? value, out string? culture, out ValidationProblem problem)
    {
        culture = value is null ? null : Cultures.Normalize(value);
        problem = Problem("culture", $"Die Kultur «{value}» wird nicht unterstützt; erlaubt sind {string.Join(", ", Cultures.Supported)}.");
        return value is null || culture is not null;
    }

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: ProblemTitle);

    public static ValidationProblem Problem(IEnumerable<ContentError> errors, Func<string, string>? fieldName = null) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => fieldName?.Invoke(e.Field) ?? e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: ProblemTitle);
}
