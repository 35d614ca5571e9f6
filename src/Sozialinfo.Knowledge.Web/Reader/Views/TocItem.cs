using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>An entry of the table of contents with the deeper headings below it, for nested lists.</summary>
public sealed record TocItem(string Id, string Text, IReadOnlyList<TocItem> Children)
{
    /// <summary>Nests the flat heading list: a heading goes below the nearest earlier heading of a higher rank.</summary>
    public static IReadOnlyList<TocItem> Nest(IReadOnlyList<TableOfContentsEntry> entries)
    {
        var position = 0;
        return Take(entries, ref position, entries.Count == 0 ? 0 : entries.Min(e => e.Level));
    }

    private static List<TocItem> Take(IReadOnlyList<TableOfContentsEntry> entries, ref int position, int level)
    {
        var items = new List<TocItem>();
        while (position < entries.Count && entries[position].Level >= level)
        {
            var entry = entries[position++];
            var children = position < entries.Count && entries[position].Level > entry.Level
                ? Take(entries, ref position, entries[position].Level)
                : [];
            items.Add(new TocItem(entry.Id, entry.Text, children));
        }

        return items;
    }
}
