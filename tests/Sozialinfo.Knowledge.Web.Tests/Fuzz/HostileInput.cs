using System.Text;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The hostile values the fuzz test sends wherever a client can put text: overlong, control characters, NUL,
/// invisible and bidi Unicode, path traversal, huge and negative numbers, malformed GUIDs, dates and cultures, repeated
/// separators, JSON and markup injection. Markdown bodies that stress the renderer are in <see cref="HostileMarkdown"/>.
/// </summary>
internal static class HostileInput
{
    public const string SeedKey = "fe5917ba-ea7a-49e2-ba4a-d6309391e92a";

    /// <summary>Plain text values; <see cref="Encode"/> percent-encodes them for a path segment or query value.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        string.Empty, " ", "   \t ", new('x', 3000), new('ä', 20_000), "\0", "a\0b", "\u0001\u0007\u001b[31m", "\r\n", "x\r\nSet-Cookie: a=b",
        "ä", "💥", "\u202Egnp.exe", "\u200B\u200D\uFEFF", "e\u0301\u0301\u0301", "ﷺ", "１２３", "٣", "\uD800", "\uDC00x",
        "../../etc/passwd", "..\\..\\windows\\win.ini", "/", "//", "./.", "%2e%2e%2f", "%00",
        "-1", "0", "-0", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999999",
        "1e400", "-1e400", "NaN", "Infinity", "0x7FFFFFFF", "1.5", "1,5", "+5", "0005",
        "00000000-0000-0000-0000-000000000000", SeedKey, SeedKey.ToUpperInvariant(), "{" + SeedKey + "}", "(" + SeedKey + ")",
        SeedKey[..^1], SeedKey + "0", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
        "0001-01-01", "9999-12-31", "0000-00-00", "10000-01-01", "2026-02-30", "2026-13-45T25:61", "0001-01-01T00:00+14:00",
        "9999-12-31T23:59:59.9999999-14:00", "2026-01-01T00:00+15:00", "2026-01-01T00:00:00Z+01:00",
        "DE-CH", "de", "xx-XX", "i-klingon", "*", "de-CH;q=-1", "de-CH;q=1e400", ";q=", "fr-CH,fr;q=0.9,de;q=0.8", string.Concat(Enumerable.Repeat("de-CH;q=0.1,", 500)),
        "\"}],{\"a\":", "{\"$type\":\"System.IO.FileInfo, System.IO\"}", "<script>alert(1)</script>", "' OR 1=1--", "${jndi:ldap://x/a}", "%s%s%n",
        "properties[", "properties[$all", "properties[]]", string.Concat(Enumerable.Repeat("properties[a[", 200)), new('[', 2000),
        ",,,", ":", "!", "::!", ":!:!", "children:", "ancestors:!", "descendants:" + SeedKey + "," + SeedKey,
        "true", "TRUE", "yes", "null", "undefined",
    ];

    /// <summary>Already percent-encoded values a client can send but no UTF-8 string encodes to (invalid bytes).</summary>
    public static IReadOnlyList<string> RawEncoded { get; } =
    [
        "%00", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%25", "%2F..%2F..%2F", "%5C..%5C", "%0D%0A", "%",
        "%%32%65", "%u0041",
    ];

    /// <summary>Each text value percent-encoded, followed by the raw-encoded ones.</summary>
    public static IEnumerable<string> EncodedValues => Texts.Select(Encode).Concat(RawEncoded);

    /// <summary>
    /// <see cref="EncodedValues"/> for a path segment: without NUL, which Kestrel refuses in a path (400) before any of
    /// our code runs, and which the in-process test server cannot even carry.
    /// </summary>
    public static IEnumerable<string> PathSegments => EncodedValues.Where(v => !v.Contains("%00", StringComparison.Ordinal));

    /// <summary>Header values: the wire cannot carry CR, LF or NUL, and Kestrel would refuse them before our code.</summary>
    public static IEnumerable<string> HeaderValues =>
        Texts.Where(t => !t.Any(c => c is '\r' or '\n' or '\0' || char.IsSurrogate(c)) && t.Length <= 3000);

    /// <summary>JSON values for any field of an editor API body: wrong types, extremes, nesting, injection.</summary>
    public static IReadOnlyList<string> JsonValues { get; } =
    [
        "null", "true", "false", "0", "-1", "2147483648", "-2147483649", "1e400", "-1e400", "99999999999999999999999999999",
        "1.5", "1e-400", "0.0000000000000000000000000000000000001", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
        "\"" + new string('x', 20_000) + "\"", "\"\\r\\n\\t\\u001b\"", "\"\\u202e\"", "\"DE-CH\"", "\"../..\"", "\"<script>alert(1)</script>\"",
        "\"" + SeedKey + "\"", "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-guid\"", "\"2147483648\"", "\"-5\"",
        "\"0001-01-01\"", "\"9999-12-31T23:59:59-14:00\"", "\"0001-01-01T00:00:00+14:00\"",
        "[]", "[null]", "[1,2]", "[\"a\",\"a\"]", "[[]]", "[{}]", "{}", "{\"a\":{\"b\":{\"c\":[]}}}", "{\"$type\":\"x\"}",
        new string('[', 30) + new string(']', 30),
    ];

    /// <summary>
    /// Percent-encodes every character outside the unreserved set, as UTF-8; a lone surrogate becomes U+FFFD's bytes,
    /// as a real client's encoder would make of it.
    /// </summary>
    public static string Encode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
