namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>Which request paths the reader site answers, and which it leaves to the APIs.</summary>
internal static class ReaderPath
{
    private const int MaxLength = 512;

    /// <summary>Paths owned by the APIs and the backoffice: an unknown one there is a plain 404, not the German page.</summary>
    public static bool IsReserved(string path) =>
        path.StartsWith('/') && IsReservedRoute(path.AsSpan(1));

    /// <summary><see cref="IsReserved"/> for a path without its leading slash ("api/search"), as routes see it.</summary>
    public static bool IsReservedRoute(ReadOnlySpan<char> route) =>
        HasPrefix(route, "umbraco") || HasPrefix(route, "api");

    /// <summary>
    /// Content routes are lower-case URL segments ([a-z0-9-]) between single slashes. Anything else (dots, encoded
    /// slashes, backslashes, control characters, empty segments) cannot be a route and is answered with 404 without a
    /// lookup. Upper case is allowed here and redirected to the canonical route.
    /// </summary>
    public static bool IsWellFormed(string path)
    {
        if (path.Length is 0 or > MaxLength || path[0] != '/' || path.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var character in path)
        {
            if (character is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasPrefix(ReadOnlySpan<char> path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
