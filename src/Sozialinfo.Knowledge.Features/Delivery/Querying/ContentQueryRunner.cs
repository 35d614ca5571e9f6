using System.Buffers;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Applies culture, filters, sorts and paging to the candidates in one pass. Total is always the full number of
/// matches, whatever skip and take are. Without sorts the page is taken on the way; with sorts a page near the start
/// (skip + take up to <see cref="TopItems.MaxCapacity"/>) is kept in a bounded heap, O(n log k), and only deeper
/// pages sort all matches in a pooled buffer.
/// </summary>
internal sealed class ContentQueryRunner(string culture, FilterOption[] filters, SortOption[] sorts)
{
    private const int InitialBufferSize = 256;

    public ContentQueryOutcome Run(IEnumerable<PublishedContent> candidates, int skip, int take)
    {
        if (sorts.Length == 0)
        {
            return RunInIndexOrder(candidates, skip, take);
        }

        var comparer = new QueryItemComparer(sorts);
        var firstItems = (long)skip + take;
        return firstItems <= TopItems.MaxCapacity
            ? RunTopItems(candidates, comparer, skip, (int)firstItems)
            : RunFullSort(candidates, comparer, skip, take);
    }

    private ContentQueryOutcome RunInIndexOrder(IEnumerable<PublishedContent> candidates, int skip, int take)
    {
        var page = new List<PublishedContent>(Math.Min(take, 64));
        var total = 0;
        foreach (var match in Matches(candidates))
        {
            if (total >= skip && page.Count < take)
            {
                page.Add(match.Content);
            }

            total++;
        }

        return ContentQueryOutcome.Success(total, page);
    }

    private ContentQueryOutcome RunTopItems(IEnumerable<PublishedContent> candidates, QueryItemComparer comparer, int skip, int firstItems)
    {
        var top = new TopItems(comparer, firstItems);
        var total = 0;
        foreach (var match in Matches(candidates))
        {
            top.Add(match);
            total++;
        }

        return ContentQueryOutcome.Success(total, top.SortedContent(skip));
    }

    private ContentQueryOutcome RunFullSort(IEnumerable<PublishedContent> candidates, QueryItemComparer comparer, int skip, int take)
    {
        var pool = ArrayPool<QueryItem>.Shared;
        var buffer = pool.Rent(InitialBufferSize);
        var count = 0;
        try
        {
            foreach (var match in Matches(candidates))
            {
                if (count == buffer.Length)
                {
                    var larger = pool.Rent(buffer.Length * 2);
                    Array.Copy(buffer, larger, count);
                    pool.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                buffer[count++] = match;
            }

            Array.Sort(buffer, 0, count, comparer);
            var start = Math.Min(skip, count);
            var page = new PublishedContent[Math.Min(take, count - start)];
            for (var index = 0; index < page.Length; index++)
            {
                page[index] = buffer[start + index].Content;
            }

            return ContentQueryOutcome.Success(count, page);
        }
        finally
        {
            // Cleared so the shared pool does not keep an old snapshot alive.
            pool.Return(buffer, clearArray: true);
        }
    }

    /// <summary>The candidates available in the culture that pass every filter, numbered in index order.</summary>
    private IEnumerable<QueryItem> Matches(IEnumerable<PublishedContent> candidates)
    {
        var index = 0;
        foreach (var content in candidates)
        {
            index++;
            if (content.GetCulture(culture) is { } variant && IsMatch(content, variant))
            {
                yield return new QueryItem(content, variant, index);
            }
        }
    }

    private bool IsMatch(PublishedContent content, PublishedCulture variant)
    {
        foreach (var filter in filters)
        {
            if (!filter.IsMatch(content, variant))
            {
                return false;
            }
        }

        return true;
    }
}
