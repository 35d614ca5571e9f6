using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Features.Http;

/// <summary>
/// How an error message quotes what a client sent (problem details of the editor, Delivery and search APIs): at most
/// <see cref="MaxLength"/> characters, a longer value cut and ended with "…", and none of the characters that would
/// make the echo unreadable or misleading: control characters, invisible format characters (bidi overrides,
/// zero-width marks), line separators and lone surrogates each show as U+FFFD, so "de-CH" followed by a NUL does not
/// read as a valid "de-CH". The result is plain text; escaping for JSON or HTML stays with the serializer and Razor.
/// </summary>
internal static class InputEcho
{
    public const int MaxLength = 80;

    private const char Ellipsis = '…';

    private const char Replacement = '\uFFFD';

    public static string Quote(string? value) => Quote(value, MaxLength);

    public static string Quote(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.Length <= maxLength && IsClean(value))
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        var kept = 0;
        Span<char> encoded = stackalloc char[2];
        for (var index = 0; index < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || !IsShown(rune))
            {
                rune = new Rune(Replacement);
            }

            index += Math.Max(consumed, 1);
            if (kept + rune.Utf16SequenceLength > maxLength)
            {
                builder.Append(Ellipsis);
                return builder.ToString();
            }

            builder.Append(encoded[..rune.EncodeToUtf16(encoded)]);
            kept += rune.Utf16SequenceLength;
        }

        return builder.ToString();
    }

    private static bool IsClean(string value)
    {
        foreach (var character in value)
        {
            if (char.IsSurrogate(character) || !IsShown(new Rune(character)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsShown(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => false,
        _ => true,
    };
}
