using System.Globalization;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>
/// Reads skip and take strictly: digits only, take at most the configured maximum. Umbraco answers a negative value
/// with a 500 and has no maximum; here every bad value is a 400 validation problem naming the parameter.
/// </summary>
internal static class Paging
{
    public const int DefaultTake = 10;

    public static (int Skip, int Take) Parse(string? skip, string? take, int maxTake, Dictionary<string, string[]> errors) =>
        (Read("skip", skip, 0, int.MaxValue, errors), Read("take", take, DefaultTake, maxTake, errors));

    private static int Read(string name, string? text, int fallback, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors[name] = [$"The value '{InputEcho.Quote(text)}' is not a valid whole number for '{name}'."];
            return fallback;
        }

        if (value < 0)
        {
            errors[name] = [$"'{name}' must not be negative."];
            return fallback;
        }

        if (value > max)
        {
            errors[name] = [$"'{name}' must not be greater than {max}."];
            return fallback;
        }

        return (int)value;
    }
}
