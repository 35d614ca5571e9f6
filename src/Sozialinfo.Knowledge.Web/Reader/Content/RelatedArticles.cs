using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// "Related articles" of an article page, from the reader site's search index: articles sharing its tags first
/// (topic tags weigh more), then articles with similar titles and leads; the article itself is left out. Hits are
/// read from the published snapshot the page is built from; a hit that snapshot does not hold is skipped. The
/// indexes follow a snapshot before it is swapped in, so the index never lags behind the page's snapshot.
/// </summary>
internal sealed class RelatedArticles([FromKeyedServices(SearchIndexNames.ExternalIndex)] ISearchIndex index)
{
    public const int Count = 3;

    public IReadOnlyList<PublishedContent> Find(ContentSnapshot snapshot, PublishedContent article)
    {
        // A few more than shown, so skipped hits do not shorten the list.
        var results = index.Related(article.Key, new SearchQuery
        {
            Culture = Cultures.Default,
            ContentTypes = [ReaderContentTypes.Article],
            Take = Count * 2,
            Highlight = false,
        });
        return [.. results.Hits
            .Where(hit => hit.Key != article.Key)
            .Select(hit => snapshot.GetByKey(hit.Key))
            .OfType<PublishedContent>()
            .Where(item => item.ContentType == ReaderContentTypes.Article && item.GetCulture(Cultures.Default) is not null)
            .Take(Count)];
    }
}
