using System.Text;
using System.Text.Json;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The editor API with the key: every top-level field of a draft with half of the hostile JSON values in turn (culture,
/// parentKey and sortOrder with all of them); every property of an
/// article, an event and a service page (text, Markdown, tags, pickers, date, integer, decimal, true/false) with a
/// third of them in turn, Markdown with values of the wrong JSON type and with <see cref="HostileMarkdown"/> (saved and
/// published); unknown and absurd aliases; bodies that are no
/// object, not JSON, not UTF-8 or sent as another content type; parent keys that are the node itself, its descendant,
/// unknown or malformed; hostile keys on every route and hostile cultures on publish and unpublish.
/// </summary>
internal static class EditorApiFuzzCorpus
{
    private const string Lead = "\"Ein Lead, der die zwanzig Zeichen sicher überschreitet.\"";

    private static readonly string[] Fields = ["culture", "contentType", "parentKey", "name", "segment", "sortOrder", "properties"];

    private static readonly Template Article = new("article", EditorApi.Datenschutz,
    [
        new("lead", Lead), new("body", "\"Ein Absatz.\"", Markdown: true), new("author", "\"Fuzz\""), new("tags", "[\"thema:fuzz\"]"),
        new("relatedContent", "[]"), new("metaTitle", "\"Titel\""), new("metaDescription", "\"Beschreibung\""),
    ]);

    private static readonly Template Event = new("event", Guid.Parse("4d45815e-b68b-436b-ae6d-c41b4a6253fb"),
    [
        new("lead", Lead), new("body", "\"Programm.\"", Markdown: true), new("startDate", "\"2026-05-01T10:00:00+02:00\""),
        new("endDate", "\"2026-05-01T12:00:00+02:00\""), new("location", "\"Bern\""), new("eventFormat", "\"online\""),
        new("capacity", "12"), new("price", "\"120.50\""), new("registrationOpen", "true"), new("service", "null"),
    ]);

    private static readonly Template ServicePage = new("servicePage", Guid.Parse("b6288190-bef2-43ee-be2a-c01a8c784427"),
    [
        new("lead", Lead), new("body", "\"Text.\"", Markdown: true), new("serviceType", "\"workshop\""), new("priceInfo", "\"CHF 100\""),
        new("bookable", "true"), new("contactEmail", "\"a@b.ch\""),
    ]);

    private static readonly string[] UnknownAliases = ["gibtEsNicht", string.Empty, "Lead", "__proto__", "$type", "lead\u0000", new('a', 3000), "\uD800"];

    private static readonly string[] RawBodies =
    [
        "[]", "\"x\"", "1", "null", "true", string.Empty, " ", "{", "}", "{\"name\":", "{name:1}", "{\"a\":1,}", "{}{}", "[{}]",
        new string('[', 10_000), new string('{', 10_000), "{\"properties\":" + new string('[', 5000) + "}",
        "{\"name\":\"a\",\"name\":\"b\"}", "{\"properties\":{\"lead\":\"a\",\"lead\":\"b\"}}",
        "{\"properties\":{" + string.Join(',', Enumerable.Range(0, 3000).Select(i => $"\"a{i}\":{i}")) + "}}",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/json; charset=\"", "application/problem+json", "application/json, text/plain", "*/*",
    ];

    private static int _segment;

    public static IEnumerable<FuzzRequest> All(EditorFuzzTargets targets)
    {
        // Every PUT with a readable body validates against the tree under the write lock, and a valid one saves a
        // draft: these are the expensive requests. So fields take half of the values each and properties a third,
        // in turn; across neighbouring fields and properties every value still comes round.
        var values = HostileInput.JsonValues;
        for (var field = 0; field < Fields.Length; field++)
        {
            for (var value = field % 2; value < values.Count; value += 2)
            {
                yield return Put(Guid.NewGuid(), Draft(Article, Fields[field], values[value]));
            }
        }

        foreach (var field in new[] { "culture", "parentKey", "sortOrder" })
        {
            for (var value = 1 - Array.IndexOf(Fields, field) % 2; value < values.Count; value += 2)
            {
                yield return Put(Guid.NewGuid(), Draft(Article, field, values[value]));
            }
        }

        foreach (var template in new[] { Article, Event, ServicePage })
        {
            for (var alias = 0; alias < template.Properties.Length; alias++)
            {
                var property = template.Properties[alias];
                for (var value = alias % 3; value < values.Count; value += 3)
                {
                    if (!property.Markdown || !values[value].StartsWith('"'))
                    {
                        yield return Put(Guid.NewGuid(), Draft(template, property.Alias, values[value], inProperties: true));
                    }
                }
            }
        }

        // Markdown that stresses the renderer, saved as a new draft and published (which may run first: 404 then).
        foreach (var body in HostileMarkdown.Bodies)
        {
            var key = Guid.NewGuid();
            yield return Put(key, Draft(Article, "body", Quote(body), inProperties: true));
            yield return Editor("POST", $"/api/content/{key}/publish");
        }

        foreach (var alias in UnknownAliases)
        {
            yield return Put(Guid.NewGuid(), Draft(Article, alias, "\"x\"", inProperties: true));
        }

        foreach (var body in RawBodies)
        {
            yield return Put(Guid.NewGuid(), body);
        }

        yield return Put(Guid.NewGuid(), [.. "{\"name\":\""u8, 0xFF, 0xC3, 0x28, .. "\"}"u8]);
        yield return Put(Guid.NewGuid(), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Draft(Article))]);
        yield return Put(Guid.NewGuid(), Encoding.Unicode.GetBytes(Draft(Article)));
        foreach (var contentType in ContentTypes)
        {
            yield return Put(Guid.NewGuid(), Draft(Article)) with { ContentType = contentType };
        }

        yield return Put(Guid.NewGuid(), Draft(Article)) with { ContentType = null };

        foreach (var parent in ParentKeys(targets))
        {
            yield return Put(targets.Article, Draft(Article, "parentKey", parent, keepSegmentOf: targets.Article));
            yield return Put(targets.Dossier, DossierDraft(parent));
        }

        foreach (var key in HostileInput.PathSegments)
        {
            yield return Editor("GET", $"/api/content/{key}");
            yield return Editor("GET", $"/api/content/{key}/versions");
            yield return Editor("POST", $"/api/content/{key}/publish");
            yield return Editor("POST", $"/api/content/{key}/unpublish");
            yield return Editor("PUT", $"/api/content/{key}").WithJson(Draft(Article));
        }

        foreach (var culture in HostileInput.EncodedValues)
        {
            yield return Editor("POST", $"/api/content/{targets.Article}/publish", $"?culture={culture}");
            yield return Editor("POST", $"/api/content/{targets.Article}/unpublish", $"?culture={culture}");
        }

        yield return Editor("POST", $"/api/content/{targets.Article}/publish", "?culture=de-CH&culture=fr-CH");
        yield return Editor("POST", $"/api/content/{targets.Article}/publish", "?culture");
        yield return new FuzzRequest("PUT", $"/api/content/{Guid.NewGuid()}").WithJson(Draft(Article)).WithHeader("Api-Key", "falsch");
        yield return new FuzzRequest("GET", $"/api/content/{targets.Article}").WithHeader("Api-Key", new string('k', 5000));
    }

    /// <summary>Self, descendant, unknown and malformed parents, as JSON values.</summary>
    private static IEnumerable<string> ParentKeys(EditorFuzzTargets targets) =>
    [
        Quote(targets.Article), Quote(targets.Dossier), Quote(targets.DossierChild), Quote(Guid.NewGuid()), Quote(Guid.Empty),
        Quote(EditorApi.Home), Quote(targets.DossierChild).ToUpperInvariant(), "\"{" + targets.Dossier + "}\"", "\"" + targets.Dossier.ToString("N") + "\"",
        "\"" + targets.Dossier.ToString()[..^1] + "\"", "\"\"", "null", "1", "[]",
    ];

    public static string Draft(Template template, string? field = null, string? value = null, bool inProperties = false, Guid? keepSegmentOf = null)
    {
        var segment = keepSegmentOf is { } key ? $"fuzz-{key:N}" : $"fuzz-{Interlocked.Increment(ref _segment)}";
        var properties = template.Properties.Select(p => (p.Alias, Raw: inProperties && p.Alias == field ? value! : p.Raw)).ToList();
        if (inProperties && template.Properties.All(p => p.Alias != field))
        {
            properties.Add((field!, value!));
        }

        var fields = new List<(string Name, string Raw)>
        {
            ("culture", "\"de-CH\""), ("contentType", Quote(template.ContentType)), ("parentKey", Quote(template.Parent)),
            ("name", Quote("Fuzz " + segment)), ("segment", Quote(segment)), ("sortOrder", "5"), ("properties", Object(properties)),
        };
        if (!inProperties && field is not null)
        {
            fields = [.. fields.Select(f => f.Name == field ? (f.Name, value!) : f)];
        }

        return Object(fields);
    }

    public static string DossierDraft(string parent) => Object(
    [
        ("culture", "\"de-CH\""), ("contentType", "\"dossier\""), ("parentKey", parent), ("name", "\"Fuzz-Dossier\""), ("segment", "\"fuzz-dossier\""),
        ("properties", Object([("lead", Lead), ("body", "\"Einführung.\"")])),
    ]);

    public static string Quote(object value) => JsonSerializer.Serialize(value.ToString());

    private static string Object(IEnumerable<(string Name, string Raw)> fields) =>
        "{" + string.Join(',', fields.Select(f => JsonSerializer.Serialize(f.Name) + ":" + f.Raw)) + "}";

    private static FuzzRequest Put(Guid key, string json) => Editor("PUT", $"/api/content/{key}").WithJson(json);

    private static FuzzRequest Put(Guid key, byte[] body) =>
        Editor("PUT", $"/api/content/{key}") with { Body = body, ContentType = "application/json" };

    private static FuzzRequest Editor(string method, string path, string query = "") =>
        new FuzzRequest(method, path, query).WithHeader("Api-Key", KnowledgeApiFactory.ApiKey);

    /// <summary>A document type's valid draft, property by property as raw JSON.</summary>
    internal sealed record Template(string ContentType, Guid Parent, TemplateProperty[] Properties);

    internal sealed record TemplateProperty(string Alias, string Raw, bool Markdown = false);
}
