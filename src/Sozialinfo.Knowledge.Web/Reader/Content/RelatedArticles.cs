using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// Articles that share tags with an article: asked through the query service (articles carrying any of its tags),
/// ranked by the number of shared tags, then by the latest update, then by name; the article itself is left out.
/// </summary>
internal static class RelatedArticles
{
    public const int Count = 3;

    public static IReadOnlyList<PublishedContent> Find(ReaderIndex index, PublishedContent article)
    {
        var tags = article.GetCulture(Cultures.Default)?.Tags() ?? [];
        if (tags.Count == 0)
        {
            return [];
        }

        var own = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase);
        return [.. index.Queries.WithAnyTag(index.Snapshot, ReaderContentTypes.Article, tags)
            .Where(candidate => candidate.Key != article.Key)
            .Select(candidate => (Item: candidate, Culture: candidate.GetCulture(Cultures.Default)))
            .Where(candidate => candidate.Culture is not null)
            .Select(candidate => (candidate.Item, candidate.Culture, Shared: candidate.Culture!.Tags().Count(own.Contains)))
            .Where(candidate => candidate.Shared > 0)
            .OrderByDescending(candidate => candidate.Shared)
            .ThenByDescending(candidate => candidate.Culture!.UpdateDate)
            .ThenBy(candidate => candidate.Culture!.Name, StringComparer.Ordinal)
            .Take(Count)
            .Select(candidate => candidate.Item)];
    }
}
