using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Parses Umbraco's v2 expand/fields syntax: <c>properties[$all]</c>, <c>properties[a,b]</c> and nesting such as
/// <c>properties[a[properties[x,y]],b]</c>. Anything else is an error (the endpoint answers 400), including the v1
/// forms "all" and "property:a". Input length and nesting depth are bounded.
/// </summary>
internal static class PropertySelectionParser
{
    public const int MaxLength = 1000;
    public const int MaxDepth = 8;
    private const string Keyword = "properties[";
    private const string AllToken = "$all";

    public static bool TryParse(string text, out PropertySelection selection, out string error)
    {
        selection = PropertySelection.None;
        error = string.Empty;
        if (text.Length > MaxLength)
        {
            error = $"must not be longer than {MaxLength} characters.";
            return false;
        }

        var position = 0;
        if (!TryParseSelection(text, ref position, 1, out selection, out error))
        {
            return false;
        }

        if (position != text.Length)
        {
            error = $"unexpected '{InputEcho.Quote(text[position].ToString())}' at position {position}; expected properties[$all] or properties[alias,...].";
            return false;
        }

        return true;
    }

    private static bool TryParseSelection(string text, ref int position, int depth, out PropertySelection selection, out string error)
    {
        selection = PropertySelection.None;
        if (depth > MaxDepth)
        {
            error = $"must not nest deeper than {MaxDepth} levels.";
            return false;
        }

        if (string.CompareOrdinal(text, position, Keyword, 0, Keyword.Length) != 0)
        {
            error = $"expected 'properties[' at position {position}; use properties[$all] or properties[alias,...].";
            return false;
        }

        position += Keyword.Length;
        var all = false;
        var named = new Dictionary<string, PropertySelection?>(StringComparer.OrdinalIgnoreCase);
        while (position < text.Length && text[position] != ']')
        {
            if (named.Count > 0 || all)
            {
                if (text[position] != ',')
                {
                    error = $"expected ',' or ']' at position {position}.";
                    return false;
                }

                position++;
            }

            if (!TryParseItem(text, ref position, depth, ref all, named, out error))
            {
                return false;
            }
        }

        if (position >= text.Length)
        {
            error = "a ']' is missing.";
            return false;
        }

        position++;
        selection = new PropertySelection(all, named);
        error = string.Empty;
        return true;
    }

    private static bool TryParseItem(
        string text, ref int position, int depth, ref bool all, Dictionary<string, PropertySelection?> named, out string error)
    {
        error = string.Empty;
        if (string.CompareOrdinal(text, position, AllToken, 0, AllToken.Length) == 0)
        {
            position += AllToken.Length;
            all = true;
            return true;
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        if (position == start)
        {
            error = $"expected a property alias or $all at position {start}.";
            return false;
        }

        var alias = text[start..position];
        PropertySelection? nested = null;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            if (!TryParseSelection(text, ref position, depth + 1, out var inner, out error))
            {
                return false;
            }

            if (position >= text.Length || text[position] != ']')
            {
                error = $"expected ']' after the nested selection of '{InputEcho.Quote(alias)}'.";
                return false;
            }

            position++;
            nested = inner;
        }

        named[alias] = nested;
        return true;
    }
}
