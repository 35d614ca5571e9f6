namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// Seeded random combinations the tables do not make: several hostile parameters at once on one route of the
/// Delivery API, the search API or the reader site, with a hostile header now and then. The same seed gives the same
/// requests, so a failure replays.
/// </summary>
internal static class RandomFuzzCorpus
{
    public const int Seed = 20_261_204;

    private static readonly (string Path, string[] Parameters)[] Routes =
    [
        ("/umbraco/delivery/api/v2/content", ["fetch", "filter", "filter", "sort", "sort", "skip", "take", "expand", "fields"]),
        ("/umbraco/delivery/api/v2/content/item/dossiers/datenschutz", ["expand", "fields"]),
        ("/umbraco/delivery/api/v2/content/items", ["id", "id", "expand", "fields"]),
        ("/api/search", ["q", "type", "dossier", "tag", "dimension", "skip", "take"]),
        ("/api/search/suggest", ["q"]),
        ("/api/search/recommend", ["need", "need", "type", "skip", "take"]),
        ("/suche", ["q", "typ", "dossier", "thema", "dimension", "seite"]),
        ("/dossiers/datenschutz/", ["q", "seite"]),
    ];

    private static readonly string[] Prefixes =
    [
        string.Empty, string.Empty, "children:", "descendants:", "contentType:", "name:", "createDate>", "updateDate<:", "tag:", "level:",
        "dossier:", "name:asc", "updateDate:", "datenschutz:", "properties[",
    ];

    private static readonly string[] Headers = ["Accept-Language", "Start-Item", "Preview", "Api-Key", "Accept-Segment", "If-None-Match"];

    public static IEnumerable<FuzzRequest> All(int count)
    {
        var random = new Random(Seed);
        var values = HostileInput.EncodedValues.ToList();
        var headerValues = HostileInput.HeaderValues.ToList();
        for (var i = 0; i < count; i++)
        {
            var (path, parameters) = Routes[random.Next(Routes.Length)];
            var pairs = Enumerable.Range(0, random.Next(2, 5)).Select(_ =>
                $"{parameters[random.Next(parameters.Length)]}={Prefixes[random.Next(Prefixes.Length)]}{values[random.Next(values.Count)]}");
            var request = new FuzzRequest("GET", path, "?" + string.Join('&', pairs));
            if (random.Next(3) == 0)
            {
                request = request.WithHeader(Headers[random.Next(Headers.Length)], headerValues[random.Next(headerValues.Count)]);
            }

            yield return request;
        }
    }
}
