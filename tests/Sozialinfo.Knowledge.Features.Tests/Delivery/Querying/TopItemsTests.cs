using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying;

public sealed class TopItemsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0, 10)]
    [InlineData(500, 0, 10)]
    [InlineData(500, 20, 10)]
    [InlineData(500, 0, 256)]
    [InlineData(7, 3, 100)]
    [InlineData(300, 250, 6)]
    public void SortedContent_RandomItemsWithTies_EqualsAFullSortPage(int count, int skip, int take)
    {
        var random = new Random(count + skip + take);
        var items = Enumerable.Range(1, count).Select(i => Item(i, random.Next(50))).ToArray();
        var comparer = new QueryItemComparer([Sort("updateDate:desc")]);
        var top = new TopItems(comparer, skip + take);

        foreach (var item in items)
        {
            top.Add(item);
        }

        var expected = items.OrderByDescending(i => i.Culture.UpdateDate).ThenBy(i => i.Index).Skip(skip).Take(take).Select(i => i.Content);
        Assert.Equal(expected, top.SortedContent(skip));
    }

    [Fact]
    public void Execute_PageBeyondTheHeapLimit_SortsAllMatchesTheSameWay()
    {
        var shallow = QueryRunner.Execute(sorts: ["name:desc"], take: 5);
        var deep = QueryRunner.Execute(sorts: ["name:desc"], take: TopItems.MaxCapacity + 1);

        Assert.Equal(12, deep.Total);
        Assert.Equal(shallow.Items, deep.Items.Take(5));
        Assert.Equal(12, deep.Items.Count);
    }

    private static SortOption Sort(string token) => new UpdateDateSort().BuildSortOption(token).Option!;

    private static QueryItem Item(int index, int days)
    {
        var culture = new PublishedCulture("de-CH", $"Item {index}", $"item-{index}", Start.AddDays(days), new Dictionary<string, object?>());
        var content = new PublishedContent(
            Guid.NewGuid(), null, "article", index, Start, variesByCulture: true, isPublished: true,
            new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { ["de-CH"] = culture });
        return new QueryItem(content, culture, index);
    }
}
