using System.Globalization;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>level:n[,m]</c>: items for a Digital-Check maturity level, i.e. the tag <c>dc-stufe:n</c>. Not the tree level
/// (Umbraco has no level filter; tree level is only a sort).
/// </summary>
internal sealed class MaturityLevelFilter : IFilterHandler
{
    private const string Specifier = "level:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context)
    {
        if (FilterValues.Parse(filter[Specifier.Length..]) is not { } values)
        {
            return Invalid(filter);
        }

        var tags = new string[values.Values.Length];
        for (var index = 0; index < tags.Length; index++)
        {
            if (!int.TryParse(values.Values[index], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
            {
                return Invalid(filter);
            }

            tags[index] = DigitalCheckTags.LevelPrefix + level.ToString(CultureInfo.InvariantCulture);
        }

        return new ContentIndexValueFilter(ContentIndexField.Tag, tags, values.Negate);
    }

    private static ContentQueryError Invalid(string filter) =>
        ContentQueryErrors.InvalidFilterValue($"'{InputEcho.Quote(filter)}': the 'level' filter needs a maturity level from 1 to 5, e.g. level:2.");
}
