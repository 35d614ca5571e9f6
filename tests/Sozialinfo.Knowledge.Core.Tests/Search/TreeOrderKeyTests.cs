using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using static Sozialinfo.Knowledge.Core.Tests.Content.Published.SnapshotItems;

namespace Sozialinfo.Knowledge.Core.Tests.Search;

public sealed class TreeOrderKeyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void For_RandomTree_SortsOrdinallyExactlyAsTheSnapshotOrdersItems(int seed)
    {
        // Negative and repeated sort orders, equal creation dates and random keys: every tie-breaker is exercised.
        var random = new Random(seed);
        var items = new List<PublishedContent>();
        for (var number = 0; number < 300; number++)
        {
            var parent = number < 3 ? (Guid?)null : items[random.Next(items.Count)].Key;
            var created = Created.AddDays(random.Next(3));
            items.Add(Item(Guid.NewGuid(), parent, random.Next(-3, 4), created, ("de-CH", $"item-{number}")));
        }

        var snapshot = new ContentSnapshot(1, items, []);

        var byKey = snapshot.All
            .Select(item => (item.Key, Order: TreeOrderKey.For([.. snapshot.GetAncestors(item.Key).Reverse(), item])))
            .OrderBy(entry => entry.Order, StringComparer.Ordinal)
            .Select(entry => entry.Key);
        Assert.Equal(snapshot.All.Select(item => item.Key), byKey);
    }
}
