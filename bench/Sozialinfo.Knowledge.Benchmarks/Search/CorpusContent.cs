using System.Globalization;
using Sozialinfo.Knowledge.Benchmarks.Search.Corpus;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// The synthetic corpus as the platform would hold it: a published snapshot (home, dossier list, 20 dossiers, the
/// articles below them) with bodies rendered by the platform's Markdown pipeline (or <see cref="SimpleHtml"/>), and the index items built from it
/// the way the platform builds them (dossier key, ancestor keys, tree order).
/// </summary>
internal sealed class CorpusContent
{
    public const string Culture = "de-CH";

    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid HomeKey = new("6b0d4c1e-0000-4000-8000-000000000001");
    private static readonly Guid DossierListKey = new("6b0d4c1e-0000-4000-8000-000000000002");

    private CorpusContent(ContentSnapshot snapshot, IReadOnlyList<PublishedContent> articles, IReadOnlyList<Guid> dossierKeys)
    {
        Snapshot = snapshot;
        Articles = articles;
        DossierKeys = dossierKeys;
    }

    public ContentSnapshot Snapshot { get; }

    public IReadOnlyList<PublishedContent> Articles { get; }

    public IReadOnlyList<Guid> DossierKeys { get; }

    public static CorpusContent Build(IReadOnlyList<SyntheticArticle> articles, bool platformRenderer)
    {
        var dossierKeys = Enumerable.Range(0, SyntheticCorpus.DossierCount)
            .Select(index => new Guid($"6b0d4c1e-0000-4000-9000-{index:D12}"))
            .ToList();
        var rendered = new PublishedContent[articles.Count];
        Parallel.For(0, articles.Count, index => rendered[index] = Article(articles[index], index, dossierKeys[articles[index].Dossier], platformRenderer));
        var items = new List<PublishedContent>(articles.Count + dossierKeys.Count + 2)
        {
            Page(HomeKey, null, "home", "Startseite", "home", 0),
            Page(DossierListKey, HomeKey, "dossierList", "Dossiers", "dossiers", 1),
        };
        items.AddRange(dossierKeys.Select((key, index) => Page(key, DossierListKey, "dossier", $"Dossier {index + 1}", $"dossier-{index + 1}", index)));
        items.AddRange(rendered);
        return new CorpusContent(new ContentSnapshot(1, items, redirects: []), rendered, dossierKeys);
    }

    /// <summary>Every item of the snapshot as the platform indexes it.</summary>
    public IEnumerable<SearchIndexItem> IndexItems() => Snapshot.All.Select(item => IndexItem(Snapshot, item));

    /// <summary>
    /// A new version of an article with <paramref name="extraText"/> appended to its body, placed in a small snapshot
    /// of its own ancestors so its route is assigned exactly as in the full snapshot.
    /// </summary>
    public SearchIndexItem ChangedArticle(PublishedContent article, string extraText, int revision)
    {
        var culture = article.GetCulture(Culture)!;
        var body = culture.Value<RenderedMarkdown>("body")!;
        var properties = new Dictionary<string, object?>(culture.Properties, StringComparer.OrdinalIgnoreCase)
        {
            ["body"] = body with { Html = body.Html + $"<p>{extraText}</p>" },
        };
        var changed = new PublishedContent(
            article.Key, article.ParentKey, article.ContentType, article.SortOrder, article.CreateDate, variesByCulture: true, isPublished: true,
            Cultures(new PublishedCulture(Culture, culture.Name, culture.UrlSegment, culture.UpdateDate.AddMinutes(revision), properties)));
        var ancestors = Snapshot.GetAncestors(article.Key).ToList();
        var small = new ContentSnapshot(2, [.. ancestors, changed], redirects: []);
        return IndexItem(small, small.GetByKey(article.Key)!);
    }

    private static SearchIndexItem IndexItem(ContentSnapshot snapshot, PublishedContent item)
    {
        var ancestors = snapshot.GetAncestors(item.Key).ToList();
        var dossier = item.ContentType == "dossier" ? item : ancestors.FirstOrDefault(a => a.ContentType == "dossier");
        var rootToSelf = Enumerable.Reverse(ancestors).Append(item).ToList();
        return new SearchIndexItem(item, dossier?.Key, [.. ancestors.Select(a => a.Key)], TreeOrderKey.For(rootToSelf));
    }

    private static PublishedContent Article(SyntheticArticle article, int index, Guid dossierKey, bool platformRenderer)
    {
        var body = platformRenderer ? PlatformRender(article.Markdown) : SimpleHtml.Render(article.Markdown);
        var date = Epoch.AddMinutes(index);
        var properties = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["lead"] = article.Lead,
            ["tags"] = article.Tags.ToList(),
            ["body"] = body,
        };
        var segment = "artikel-" + index.ToString(CultureInfo.InvariantCulture);
        return new PublishedContent(
            article.Key, dossierKey, "article", index, date, variesByCulture: true, isPublished: true,
            Cultures(new PublishedCulture(Culture, article.Title, segment, date, properties)));
    }

    private static RenderedMarkdown PlatformRender(string markdown)
    {
        var document = KnowledgeMarkdown.Render(markdown);
        return new RenderedMarkdown(
            document.Html,
            [.. document.Headings.Select(h => new TableOfContentsEntry(h.Level, h.Id, h.Text))],
            document.ReadingMinutes,
            document.WordCount);
    }

    private static PublishedContent Page(Guid key, Guid? parent, string type, string name, string segment, int sortOrder) =>
        new(key, parent, type, sortOrder, Epoch, variesByCulture: true, isPublished: true,
            Cultures(new PublishedCulture(Culture, name, segment, Epoch, new Dictionary<string, object?>
            {
                ["lead"] = $"{name}: Übersicht der Beiträge zur Digitalisierung in der Sozialen Arbeit.",
            })));

    private static Dictionary<string, PublishedCulture> Cultures(PublishedCulture culture) =>
        new(StringComparer.OrdinalIgnoreCase) { [culture.Culture] = culture };
}
