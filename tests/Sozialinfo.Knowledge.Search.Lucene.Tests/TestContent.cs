using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>Builds published items with routes (through a real <see cref="ContentSnapshot"/>) for index tests.</summary>
internal static class TestContent
{
    public static readonly DateTimeOffset Date = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static PublishedCulture Culture(
        string name,
        string lead = "",
        string bodyHtml = "",
        IReadOnlyList<string>? tags = null,
        string culture = "de-CH",
        IReadOnlyList<string>? headings = null)
    {
        var toc = (headings ?? []).Select((h, i) => new TableOfContentsEntry(2, $"h{i}", h)).ToList();
        var properties = new Dictionary<string, object?>
        {
            ["lead"] = lead,
            ["body"] = new RenderedMarkdown(bodyHtml, toc, 1, 100),
            ["tags"] = tags ?? [],
        };
        var segment = string.Concat(name.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(30));
        return new PublishedCulture(culture, name, segment.Length == 0 ? "x" : segment, Date, properties);
    }

    public static PublishedContent Item(Guid key, string contentType, params PublishedCulture[] cultures) =>
        new(key, parentKey: null, contentType, sortOrder: 0, Date, variesByCulture: true, isPublished: true,
            cultures.ToDictionary(c => c.Culture, StringComparer.OrdinalIgnoreCase));

    /// <summary>Items as index input, after a snapshot has assigned their routes; no dossier.</summary>
    public static IReadOnlyList<SearchIndexItem> Indexable(params PublishedContent[] items)
    {
        _ = new ContentSnapshot(1, items, []);
        return [.. items.Select(i => new SearchIndexItem(i, DossierKey: null))];
    }

    public static SearchIndexItem Article(Guid key, string title, string lead = "", string body = "", IReadOnlyList<string>? tags = null, Guid? dossier = null)
    {
        var item = Item(key, "article", Culture(title, lead, $"<p>{body}</p>", tags));
        _ = new ContentSnapshot(1, [item], []);
        return new SearchIndexItem(item, dossier);
    }
}
