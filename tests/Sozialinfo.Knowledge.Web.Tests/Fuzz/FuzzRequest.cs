using System.Text;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// One request of the fuzz test, exactly as sent: a raw (percent-encoded) path and query, headers, and a body. Its
/// text form is what a failure report prints, so that the request can be replayed with curl.
/// </summary>
internal sealed record FuzzRequest(string Method, string Path, string Query = "")
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public FuzzRequest WithHeader(string name, string value) => this with { Headers = [.. Headers, new(name, value)] };

    public FuzzRequest WithJson(string json) => this with { Body = Encoding.UTF8.GetBytes(json), ContentType = "application/json" };

    public override string ToString()
    {
        var text = new StringBuilder().Append(Method).Append(' ').Append(Shorten(Path + Query, 300));
        foreach (var (name, value) in Headers)
        {
            text.Append(" [").Append(name).Append(": ").Append(Shorten(value, 120)).Append(']');
        }

        if (ContentType is not null)
        {
            text.Append(" [Content-Type: ").Append(ContentType).Append(']');
        }

        if (Body is not null)
        {
            text.Append(" body ").Append(Shorten(Encoding.UTF8.GetString(Body), 300));
        }

        return text.ToString();
    }

    private static string Shorten(string value, int max) =>
        value.Length <= max ? value : $"{value[..max]}… ({value.Length} chars)";
}
