using System.Globalization;
using System.Text.RegularExpressions;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using YamlDotNet.Serialization;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Relevance;

/// <summary>
/// Reads content-seed/**/*.md (YAML front matter + Markdown) into published items, crudely: the Markdown body is
/// indexed as text with its markup stripped, and "## " lines become headings. Good enough to judge ranking.
/// </summary>
internal static partial class SeedCorpus
{
    /// <summary>The indexable items (search settings left out, as the reader's index does) and the seed's synonyms.</summary>
    public static (IReadOnlyList<SearchIndexItem> Items, SynonymCatalog Synonyms) Load(string folder)
    {
        var deserializer = new DeserializerBuilder().Build();
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => Parse(deserializer, File.ReadAllText(f)))
            .Where(f => f is not null && f.Published)
            .Select(f => f!)
            .ToList();
        var items = files.GroupBy(f => f.Key).Select(g => new PublishedContent(
            g.Key, g.First().Parent, g.First().Type, g.First().SortOrder, TestContentDate, variesByCulture: true, isPublished: true,
            g.ToDictionary(f => f.Culture, f => f.ToCulture(), StringComparer.OrdinalIgnoreCase))).ToList();
        var snapshot = new ContentSnapshot(1, items, []);
        return (
            [.. snapshot.All.Where(i => !SearchSettingsTypes.Contains(i.ContentType)).Select(i => new SearchIndexItem(i, DossierOf(snapshot, i)))],
            SynonymCatalog.From(snapshot));
    }

    private static readonly DateTimeOffset TestContentDate = TestContent.Date;

    private static Guid? DossierOf(ContentSnapshot snapshot, PublishedContent item) =>
        item.ContentType == "dossier" ? item.Key : snapshot.GetAncestors(item.Key).FirstOrDefault(a => a.ContentType == "dossier")?.Key;

    private static SeedFile? Parse(IDeserializer deserializer, string text)
    {
        var match = FrontMatter().Match(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var yaml = deserializer.Deserialize<Dictionary<string, object?>>(match.Groups[1].Value);
        var body = match.Groups[2].Value;
        var properties = yaml.GetValueOrDefault("properties") as Dictionary<object, object?> ?? [];
        var tags = (yaml.GetValueOrDefault("tags") as List<object?> ?? []).Select(t => t?.ToString() ?? string.Empty).ToList();
        return new SeedFile(
            Guid.Parse((string)yaml["key"]!),
            yaml.GetValueOrDefault("parent") is string parent ? Guid.Parse(parent) : null,
            (string)yaml["type"]!,
            (string)yaml["name"]!,
            yaml.GetValueOrDefault("segment") as string ?? ((string)yaml["name"]!).ToLowerInvariant().Replace(' ', '-'),
            yaml.GetValueOrDefault("culture") as string ?? "de-CH",
            yaml.GetValueOrDefault("sortOrder") is string order ? int.Parse(order, CultureInfo.InvariantCulture) : 0,
            !string.Equals(yaml.GetValueOrDefault("published") as string, "false", StringComparison.OrdinalIgnoreCase),
            properties.GetValueOrDefault("lead")?.ToString() ?? string.Empty,
            properties.GetValueOrDefault(SearchSettingsTypes.TermsProperty)?.ToString(),
            tags,
            body);
    }

    [GeneratedRegex(@"^---\n(.*?)\n---\n?(.*)$", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"[#*_>`\[\]|]|\(\S+\)")]
    private static partial Regex Markup();

    private sealed record SeedFile(Guid Key, Guid? Parent, string Type, string Name, string Segment, string Culture, int SortOrder, bool Published, string Lead, string? Terms, IReadOnlyList<string> Tags, string Body)
    {
        public PublishedCulture ToCulture()
        {
            var headings = Body.Split('\n').Where(l => l.StartsWith("##", StringComparison.Ordinal))
                .Select((l, i) => new TableOfContentsEntry(2, $"h{i}", l.TrimStart('#').Trim())).ToList();
            var html = System.Net.WebUtility.HtmlEncode(Markup().Replace(Body, " "));
            var properties = new Dictionary<string, object?>
            {
                ["lead"] = Lead,
                ["body"] = new RenderedMarkdown(html, headings, 1, 100),
                ["tags"] = Tags,
                [SearchSettingsTypes.TermsProperty] = Terms,
            };
            return new PublishedCulture(Culture, Name, Segment, TestContentDate, properties);
        }
    }
}
