using System.Globalization;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary><c>name[:asc|:desc]</c>: by the name in the request culture, compared as Swiss German (de-CH) sorts words.</summary>
internal sealed class NameSort : ISortHandler
{
    private const string Field = "name";

    private static readonly CompareInfo SwissGerman = CultureInfo.GetCultureInfo("de-CH").CompareInfo;

    public bool CanHandle(string query) => SortTokenParser.CanHandle(query, Field);

    public QueryOptionResult<SortOption> BuildSortOption(string sort) =>
        SortTokenParser.Build(sort, Field, static (x, y) => SwissGerman.Compare(x.Culture.Name, y.Culture.Name, CompareOptions.IgnoreCase));
}
