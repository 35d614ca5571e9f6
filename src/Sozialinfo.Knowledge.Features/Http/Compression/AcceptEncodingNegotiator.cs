using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Sozialinfo.Knowledge.Features.Http.Compression;

/// <summary>
/// Picks the coding of a response from Accept-Encoding (RFC 9110 §12.5.3): the acceptable coding with the highest
/// q-value, Brotli before gzip on a tie; <c>*</c> stands for codings not listed; q=0 rules a coding out. No header, or
/// nothing acceptable, means identity.
/// </summary>
internal static class AcceptEncodingNegotiator
{
    public static ResponseEncoding Negotiate(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0)
        {
            return ResponseEncoding.Identity;
        }

        double? brotli = null;
        double? gzip = null;
        double? any = null;
        foreach (var value in acceptEncoding)
        {
            var rest = (value ?? string.Empty).AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var part = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                var semicolon = part.IndexOf(';');
                var name = (semicolon < 0 ? part : part[..semicolon]).Trim();
                var quality = semicolon < 0 ? 1d : Quality(part[(semicolon + 1)..]);
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    brotli = Math.Max(brotli ?? 0, quality);
                }
                else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
                {
                    gzip = Math.Max(gzip ?? 0, quality);
                }
                else if (name.SequenceEqual("*"))
                {
                    any = quality;
                }
            }
        }

        var brotliQuality = brotli ?? any ?? 0;
        var gzipQuality = gzip ?? any ?? 0;
        if (brotliQuality <= 0 && gzipQuality <= 0)
        {
            return ResponseEncoding.Identity;
        }

        return brotliQuality >= gzipQuality ? ResponseEncoding.Brotli : ResponseEncoding.Gzip;
    }

    /// <summary>The q parameter of one entry; a malformed value counts as 0, so a coding is never sent by mistake.</summary>
    private static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.Length > 2 && (parameter[0] is 'q' or 'Q') && parameter[1] == '=')
            {
                return double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1
                    ? q
                    : 0;
            }
        }

        return 1;
    }
}
