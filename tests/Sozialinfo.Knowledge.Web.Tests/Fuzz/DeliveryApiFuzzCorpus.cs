namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The Delivery API's routes, parameters and headers, each with every hostile value: fetch, filter, sort, skip, take,
/// expand, fields; item by id and by path, items by ids; Accept-Language, Start-Item, Preview, Api-Key,
/// Accept-Segment; and parameters repeated many times. Each fetch/filter/sort token gets a third of the values in
/// turn, so that every value meets every kind of token without multiplying the count.
/// </summary>
internal static class DeliveryApiFuzzCorpus
{
    private const string Content = "/umbraco/delivery/api/v2/content";

    private static readonly string[] Parameters = ["fetch", "filter", "sort", "skip", "take", "expand", "fields"];

    private static readonly string[] Tokens =
    [
        "fetch=children:", "fetch=ancestors:", "fetch=descendants:", "fetch=CHILDREN:",
        "filter=contentType:", "filter=contentType:!", "filter=name:", "filter=name:!", "filter=tag:", "filter=dimension:",
        "filter=level:", "filter=dossier:", "filter=createDate:", "filter=createDate:!", "filter=createDate>",
        "filter=createDate>:", "filter=createDate<", "filter=createDate<:", "filter=updateDate:", "filter=updateDate:!",
        "filter=updateDate>", "filter=updateDate>:", "filter=updateDate<", "filter=updateDate<:",
        "sort=name:", "sort=createDate:", "sort=updateDate:", "sort=level:", "sort=sortOrder:",
    ];

    private static readonly string[] Headers = ["Accept-Language", "Start-Item", "Preview", "Api-Key", "Accept-Segment"];

    public static IEnumerable<FuzzRequest> All()
    {
        var values = HostileInput.EncodedValues.ToList();
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            foreach (var parameter in Parameters)
            {
                yield return Get(Content, $"?{parameter}={value}");
            }

            for (var token = index % 3; token < Tokens.Length; token += 3)
            {
                yield return Get(Content, $"?{Tokens[token]}{value}&take=3");
            }

            yield return Get($"{Content}/item/{HostileInput.SeedKey}", $"?expand={value}&fields={value}");
            yield return Get($"{Content}/items", $"?id={value}&id={HostileInput.SeedKey}");
        }

        foreach (var segment in HostileInput.PathSegments)
        {
            yield return Get($"{Content}/item/{segment}");
            yield return Get($"{Content}/item/dossiers/{segment}");
            yield return Get($"{Content}/item/{segment}/{segment}/");
        }

        foreach (var value in HostileInput.HeaderValues)
        {
            foreach (var header in Headers)
            {
                yield return Get(Content, "?take=2").WithHeader(header, value);
                yield return Get($"{Content}/item/dossiers").WithHeader(header, value);
            }

            yield return Get(Content, "?take=1").WithHeader("Preview", "true").WithHeader("Api-Key", value);
        }

        foreach (var repeated in Repeated())
        {
            yield return Get(Content, repeated);
        }

        yield return Get($"{Content}/items", "?" + string.Join('&', Enumerable.Repeat($"id={HostileInput.SeedKey}", 2000)));
    }

    private static IEnumerable<string> Repeated()
    {
        yield return "?take=1&take=2&skip=1&skip=-1";
        yield return "?fetch=children:dossiers&fetch=ancestors:dossiers";
        yield return "?" + string.Join('&', Enumerable.Repeat("filter=contentType:article", 200));
        yield return "?" + string.Join('&', Enumerable.Repeat("filter=updateDate<0001-01-01", 200));
        yield return "?" + string.Join('&', Enumerable.Repeat("sort=name:asc", 200));
        yield return "?filter=" + string.Join(',', Enumerable.Repeat("contentType:article", 500));
        yield return "?expand=properties[$all]&fields=properties[$all]&expand=properties[a]";
        yield return "?filter&sort&fetch&skip&take&expand&fields";
        yield return "?filter=&sort=&fetch=&skip=&take=&expand=&fields=";
        yield return "?=&&&==&filter==";
    }

    private static FuzzRequest Get(string path, string query = "") => new("GET", path, query);
}
