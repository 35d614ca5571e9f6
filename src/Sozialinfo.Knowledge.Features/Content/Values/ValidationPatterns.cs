using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>Compiled, cached validation patterns of document-type properties, with a match timeout.</summary>
internal static class ValidationPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string text)
    {
        var regex = Cache.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, Timeout));
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
