using System.Globalization;

namespace Sozialinfo.Knowledge.Benchmarks.Baseline;

/// <summary>
/// The options of the "baseline" command: the port and the precomputed body with its content type and, for a body
/// fetched compressed from the platform, its content encoding.
/// </summary>
internal sealed record BaselineOptions(int Port, byte[] Body, string ContentType, string? ContentEncoding)
{
    public const string DefaultContentType = "application/json; charset=utf-8";

    public static BaselineOptions Parse(IReadOnlyList<string> args)
    {
        var port = 5099;
        var bytes = 2048;
        string? bodyFile = null;
        var contentType = DefaultContentType;
        string? contentEncoding = null;
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            var value = args[index + 1];
            switch (args[index])
            {
                case "--port":
                    port = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--bytes":
                    bytes = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--body-file":
                    bodyFile = value;
                    break;
                case "--content-type":
                    contentType = value;
                    break;
                case "--content-encoding":
                    contentEncoding = value.Length == 0 ? null : value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[index]}.", nameof(args));
            }
        }

        var body = bodyFile is null ? SyntheticBody.Create(bytes, contentType) : File.ReadAllBytes(bodyFile);
        return new BaselineOptions(port, body, contentType, contentEncoding);
    }
}
