using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>Links of the search page: the same search with another page, or with a filter value added or removed.</summary>
internal static class SearchLinks
{
    public static string For(SearchRequest request, int page = 1) =>
        Build(request.Text, request.Types, request.Dossiers, request.Themes, request.Dimensions, page);

    public static string ForText(string text) => Build(text, [], [], [], [], 1);

    public static string WithoutFilters(SearchRequest request) => Build(request.Text, [], [], [], [], 1);

    /// <summary>The search with <paramref name="value"/> toggled in the filter <paramref name="parameter"/>, from page 1.</summary>
    public static string Toggle(SearchRequest request, string parameter, string value)
    {
        IReadOnlyList<string> Toggled(string name, IReadOnlyList<string> values) =>
            name != parameter ? values
            : values.Contains(value, StringComparer.Ordinal) ? [.. values.Where(v => v != value)]
            : [.. values, value];

        return Build(
            request.Text,
            Toggled(SearchParameters.Type, request.Types),
            Toggled(SearchParameters.Dossier, request.Dossiers),
            Toggled(SearchParameters.Theme, request.Themes),
            Toggled(SearchParameters.Dimension, request.Dimensions),
            1);
    }

    private static string Build(
        string text,
        IReadOnlyList<string> types,
        IReadOnlyList<string> dossiers,
        IReadOnlyList<string> themes,
        IReadOnlyList<string> dimensions,
        int page)
    {
        var link = new StringBuilder(SearchParameters.Path).Append("?" + SearchParameters.Text + "=").Append(Uri.EscapeDataString(text));
        void Add(string name, IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                link.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add(SearchParameters.Type, types);
        Add(SearchParameters.Dossier, dossiers);
        Add(SearchParameters.Theme, themes);
        Add(SearchParameters.Dimension, dimensions);
        if (page > 1)
        {
            Add(SearchParameters.Page, [page.ToString(CultureInfo.InvariantCulture)]);
        }

        return link.ToString();
    }
}
