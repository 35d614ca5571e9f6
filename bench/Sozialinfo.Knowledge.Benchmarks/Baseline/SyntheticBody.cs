using System.Text;

namespace Sozialinfo.Knowledge.Benchmarks.Baseline;

/// <summary>A body of exactly N bytes that looks like the content type (a JSON object or an HTML page).</summary>
internal static class SyntheticBody
{
    public static byte[] Create(int bytes, string contentType)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        var (prefix, suffix) = contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
            ? ("<!DOCTYPE html><html><body><p>", "</p></body></html>")
            : ("{\"data\":\"", "\"}");
        if (bytes < prefix.Length + suffix.Length)
        {
            return Encoding.ASCII.GetBytes(new string('x', bytes));
        }

        var text = new StringBuilder(bytes)
            .Append(prefix)
            .Append('x', bytes - prefix.Length - suffix.Length)
            .Append(suffix)
            .ToString();
        return Encoding.ASCII.GetBytes(text);
    }
}
