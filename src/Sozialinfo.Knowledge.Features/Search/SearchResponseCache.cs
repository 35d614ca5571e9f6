using Sozialinfo.Knowledge.Features.Http.Caching;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// Answers of /api/search per published snapshot version. The indexes are updated before a snapshot is swapped in,
/// so an answer is never older than the version it is kept under.
/// </summary>
internal sealed class SearchResponseCache() : VersionedAnswerCache<SearchResponse>(DefaultMaxEntries, DefaultMaxKeyLength)
{
    public const int DefaultMaxEntries = 2_000;

    // Longer keys come from unusual requests (many filters); they are answered but not kept.
    public const int DefaultMaxKeyLength = 1_024;

    /// <summary>A request's identity: every input that shapes the answer, in a fixed order.</summary>
    public static string Key(string? text, string culture, int skip, int take, params IReadOnlyList<string>[] filters)
    {
        var builder = new System.Text.StringBuilder(64);
        builder.Append(culture).Append('\u0001').Append(skip).Append('\u0001').Append(take).Append('\u0001').Append(text);
        foreach (var filter in filters)
        {
            builder.Append('\u0002');
            foreach (var value in filter.Order(StringComparer.Ordinal))
            {
                builder.Append(value).Append('\u0001');
            }
        }

        return builder.ToString();
    }
}
