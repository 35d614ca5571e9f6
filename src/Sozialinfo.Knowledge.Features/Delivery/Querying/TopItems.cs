using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Keeps the first <c>capacity</c> items of an order while items stream in: a max-heap whose root is the last of the
/// kept items, so a newcomer only has to beat the root. Adding n items costs O(n log capacity).
/// </summary>
internal sealed class TopItems
{
    /// <summary>Deeper pages than this sort all matches instead.</summary>
    public const int MaxCapacity = 256;

    private readonly IComparer<QueryItem> _comparer;
    private readonly QueryItem[] _heap;
    private int _count;

    public TopItems(IComparer<QueryItem> comparer, int capacity)
    {
        _comparer = comparer;
        _heap = capacity == 0 ? [] : new QueryItem[Math.Min(capacity, MaxCapacity)];
    }

    public void Add(QueryItem item)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = item;
            SiftUp(_count++);
        }
        else if (_count > 0 && _comparer.Compare(item, _heap[0]) < 0)
        {
            _heap[0] = item;
            SiftDown(0);
        }
    }

    /// <summary>The kept items in order, from position <paramref name="skip"/> on.</summary>
    public PublishedContent[] SortedContent(int skip)
    {
        Array.Sort(_heap, 0, _count, _comparer);
        var start = Math.Min(skip, _count);
        var page = new PublishedContent[_count - start];
        for (var index = 0; index < page.Length; index++)
        {
            page[index] = _heap[start + index].Content;
        }

        return page;
    }

    private void SiftUp(int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (_comparer.Compare(_heap[index], _heap[parent]) <= 0)
            {
                return;
            }

            (_heap[index], _heap[parent]) = (_heap[parent], _heap[index]);
            index = parent;
        }
    }

    private void SiftDown(int index)
    {
        while (true)
        {
            var largest = index;
            var left = (2 * index) + 1;
            var right = left + 1;
            if (left < _count && _comparer.Compare(_heap[left], _heap[largest]) > 0)
            {
                largest = left;
            }

            if (right < _count && _comparer.Compare(_heap[right], _heap[largest]) > 0)
            {
                largest = right;
            }

            if (largest == index)
            {
                return;
            }

            (_heap[index], _heap[largest]) = (_heap[largest], _heap[index]);
            index = largest;
        }
    }
}
