namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The reader site: hostile path segments at the root, under a listing and under a page; every parameter of /suche
/// (each with half of the values in turn, so every value meets every parameter once across neighbours);
/// a query string on content pages; the editors' pages (sign-in return URL and form); and every method on each kind
/// of page.
/// </summary>
internal static class ReaderSiteFuzzCorpus
{
    private static readonly string[] SearchParameters = ["q", "typ", "dossier", "thema", "dimension", "seite"];

    private static readonly string[] Pages = ["/", "/suche", "/dossiers/datenschutz/", "/gibt-es-nicht", "/redaktion", "/redaktion/anmelden", "/redaktion/abmelden", "/redaktion/suchindex", "/css/site.css"];

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get"];

    public static IEnumerable<FuzzRequest> All()
    {
        foreach (var segment in HostileInput.PathSegments)
        {
            yield return Get("/" + segment);
            yield return Get("/dossiers/" + segment + "/");
            yield return Get("/dossiers/datenschutz/" + segment + "/" + segment + "/");
        }

        var values = HostileInput.EncodedValues.ToList();
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            yield return Get("/dossiers/datenschutz/", $"?{value}={value}");
            for (var parameter = index % 2; parameter < SearchParameters.Length; parameter += 2)
            {
                yield return Get("/suche", $"?q=datenschutz&{SearchParameters[parameter]}={value}");
            }

            yield return Get("/suche", $"?q={value}&seite={value}&typ={value}");
            yield return Get("/redaktion/anmelden", $"?ReturnUrl={value}");
        }

        foreach (var page in Pages)
        {
            foreach (var method in Methods)
            {
                yield return new FuzzRequest(method, page);
            }
        }

        foreach (var value in HostileInput.HeaderValues.Take(40))
        {
            yield return Get("/dossiers/datenschutz/").WithHeader("If-None-Match", value);
            yield return Get("/dossiers/datenschutz/").WithHeader("If-Modified-Since", value);
            yield return Get("/").WithHeader("Accept-Encoding", value);
            yield return Get("/").WithHeader("Accept", value);
        }

        yield return new FuzzRequest("POST", "/redaktion/anmelden") { Body = "schluessel=%00&__RequestVerificationToken=x"u8.ToArray(), ContentType = "application/x-www-form-urlencoded" };
        yield return new FuzzRequest("POST", "/redaktion/anmelden") { Body = new byte[100_000], ContentType = "multipart/form-data; boundary=x" };
        yield return Get("/suche", "?" + string.Join('&', Enumerable.Repeat("typ=article", 500)));
        yield return Get("/" + string.Join('/', Enumerable.Repeat("a", 500)));
    }

    private static FuzzRequest Get(string path, string query = "") => new("GET", path, query);
}
