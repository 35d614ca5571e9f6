namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>What a reader request asks for.</summary>
internal static class ReaderRequest
{
    /// <summary>A browser (or a client that sends no Accept header or */*) gets German HTML pages for errors.</summary>
    public static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Count == 0
        || request.Headers.Accept.Any(a => a is not null && (a.Contains("text/html", StringComparison.OrdinalIgnoreCase) || a.Contains("*/*", StringComparison.Ordinal)));
}
