using System.Globalization;
using System.Text;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// A string whose ordinal order is the snapshot's tree order (depth first; siblings by sort order, then creation
/// date, then key): one fixed-width segment per level from the root down, so a parent's key is a prefix of its
/// children's and sorts before them.
/// </summary>
public static class TreeOrderKey
{
    private const int SegmentLength = 8 + 16 + 32;

    /// <param name="rootToSelf">The item's ancestors from the root down, then the item itself.</param>
    public static string For(IReadOnlyList<PublishedContent> rootToSelf)
    {
        var builder = new StringBuilder(rootToSelf.Count * SegmentLength);
        foreach (var item in rootToSelf)
        {
            // Flipping the sign bit makes the unsigned hex order of a signed sort order its numeric order.
            var sortOrder = unchecked((uint)item.SortOrder ^ 0x8000_0000u);
            builder.Append(sortOrder.ToString("x8", CultureInfo.InvariantCulture))
                .Append(item.CreateDate.UtcTicks.ToString("x16", CultureInfo.InvariantCulture))
                .Append(item.Key.ToString("N"));
        }

        return builder.ToString();
    }
}
