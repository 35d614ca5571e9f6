using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The search API with every hostile value: /api/search (q, type, dossier, tag, dimension, skip, take), /suggest (q),
/// /recommend (need, type, skip, take), /status (with the editor key), Accept-Language on each, and repeated filters.
/// The query length limit is the search suite's: only "no 5xx" is asked here.
/// </summary>
internal static class SearchApiFuzzCorpus
{
    private static readonly string[] SearchParameters = ["q", "type", "dossier", "tag", "dimension", "skip", "take"];

    private static readonly string[] RecommendParameters = ["need", "type", "skip", "take"];

    public static IEnumerable<FuzzRequest> All()
    {
        foreach (var value in HostileInput.EncodedValues)
        {
            foreach (var parameter in SearchParameters)
            {
                yield return Get("/api/search", $"?q=datenschutz&{parameter}={value}");
            }

            yield return Get("/api/search/suggest", $"?q={value}");
            foreach (var parameter in RecommendParameters)
            {
                yield return Get("/api/search/recommend", $"?need=datenschutz:2&{parameter}={value}");
            }

            yield return Get("/api/search/recommend", $"?need=datenschutz:{value}&need={value}:2:{value}");
        }

        foreach (var value in HostileInput.HeaderValues)
        {
            yield return Get("/api/search", "?q=daten").WithHeader("Accept-Language", value);
            yield return Get("/api/search/suggest", "?q=daten").WithHeader("Accept-Language", value);
            yield return Get("/api/search/status").WithHeader("Api-Key", value);
        }

        yield return Get("/api/search/status").WithHeader("Api-Key", KnowledgeApiFactory.ApiKey).WithHeader("Accept-Language", "xx");
        yield return Get("/api/search", "?q=a&" + string.Join('&', Enumerable.Repeat("type=article", 500)));
        yield return Get("/api/search", "?q=a&" + string.Join('&', Enumerable.Repeat($"dossier={EditorApi.Datenschutz}", 500)));
        yield return Get("/api/search/recommend", "?" + string.Join('&', Enumerable.Repeat("need=datenschutz:2:1", 500)));
        yield return Get("/api/search", "?q=" + string.Concat(Enumerable.Repeat("%22a%22%20OR%20", 300)));
        yield return Get("/api/search", "?q=a&q=b&skip=1&skip=2");
    }

    private static FuzzRequest Get(string path, string query = "") => new("GET", path, query);
}
