using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Snapshot;

/// <summary>Compares two snapshots the way readers see them: tree order, levels, cultures, routes and property names.</summary>
internal static class SnapshotAssert
{
    public static void Equivalent(ContentSnapshot expected, ContentSnapshot actual, string step)
    {
        Assert.True(Describe(expected).SequenceEqual(Describe(actual)),
            $"{step}:\nexpected\n{string.Join('\n', Describe(expected))}\nactual\n{string.Join('\n', Describe(actual))}");
        foreach (var item in expected.All)
        {
            foreach (var culture in item.Cultures.Values)
            {
                Assert.Equal(expected.GetByRoute(culture.Path, culture.Culture)?.Key, actual.GetByRoute(culture.Path, culture.Culture)?.Key);
            }
        }

        Assert.Equal(expected.LastModified, actual.LastModified);
    }

    /// <summary>One line per item and culture, in tree order.</summary>
    public static List<string> Describe(ContentSnapshot snapshot) =>
    [
        .. snapshot.All.SelectMany(item => item.Cultures.Values.Select(c =>
            $"{item.Key} L{item.Level} parent={item.ParentKey} sort={item.SortOrder} published={item.IsPublished} "
            + $"{c.Culture} {c.Path} «{c.Name}» {c.UpdateDate:O} [{string.Join(',', c.Properties.Keys.Order(StringComparer.Ordinal))}] lead={c.Text("lead")}")),
    ];
}
