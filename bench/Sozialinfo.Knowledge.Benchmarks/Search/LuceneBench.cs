using System.Diagnostics;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>The platform's Lucene index over the corpus, in a fresh temp folder, queried like <c>/api/search</c>.</summary>
internal sealed class LuceneBench : IDisposable
{
    private const int FewHits = 3;

    private readonly string _folder;
    private readonly LuceneSearchIndex _index;

    public LuceneBench()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"knowledge-search-bench-{Guid.NewGuid():N}");
        _index = LuceneSearchIndex.OpenFolder(SearchIndexNames.ExternalIndex, _folder, TimeProvider.System);
    }

    public long SizeOnDisk => new DirectoryInfo(_folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public async Task<TimeSpan> RebuildAsync(CorpusContent content)
    {
        var start = Stopwatch.GetTimestamp();
        await _index.RebuildAsync(content.IndexItems(), CancellationToken.None);
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>As the endpoint asks: all facets, snippets, 10 hits, a spelling suggestion when few hits.</summary>
    public SearchResults SearchLikeEndpoint(string text)
    {
        var results = _index.Search(new SearchQuery { Text = text, Culture = CorpusContent.Culture, Take = 10, Facets = SearchFacetNames.All });
        if (results.Total < FewHits)
        {
            _ = _index.SuggestSpelling(text, CorpusContent.Culture);
        }

        return results;
    }

    /// <summary>Only matching, scoring and the top 10: no facets, no snippets.</summary>
    public SearchResults SearchBare(string text) =>
        _index.Search(new SearchQuery { Text = text, Culture = CorpusContent.Culture, Take = 10, Highlight = false });

    /// <summary>Publishes changed articles one by one and times until a search for each one's new word finds it.</summary>
    public async Task<(Latency Visible, Latency IndexCall)> MeasurePublishAsync(CorpusContent content, int updates)
    {
        var visible = new List<double>(updates);
        var indexCall = new List<double>(updates);
        for (var update = 0; update < updates; update++)
        {
            var article = content.Articles[(int)((update * 7919L + 13) % content.Articles.Count)];
            var word = UniqueWord(update);
            var item = content.ChangedArticle(article, $"Neu ergänzt: {word} als Stichwort.", update + 1);
            if (Finds(word, article.Key))
            {
                throw new InvalidOperationException($"'{word}' was found before it was published.");
            }

            var start = Stopwatch.GetTimestamp();
            await _index.IndexAsync([item], CancellationToken.None);
            indexCall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            while (!Finds(word, article.Key))
            {
                if (Stopwatch.GetElapsedTime(start) > TimeSpan.FromSeconds(30))
                {
                    throw new InvalidOperationException($"'{word}' was not visible 30 s after publishing.");
                }
            }

            visible.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return (Latency.Of(visible), Latency.Of(indexCall));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private bool Finds(string word, Guid key) => SearchLikeEndpoint(word).Hits.Any(hit => hit.Key == key);

    /// <summary>Letters only and no dictionary part, so analysis keeps it one unique term: "xqvzbaab".</summary>
    private static string UniqueWord(int number)
    {
        var letters = new char[4];
        for (var index = letters.Length - 1; index >= 0; index--)
        {
            letters[index] = (char)('a' + (number % 26));
            number /= 26;
        }

        return "xqvz" + new string(letters);
    }
}
