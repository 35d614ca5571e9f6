namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>Everything the search page shows, in German, ready to render.</summary>
internal sealed record SearchPageView(
    SearchRequest Request,
    SearchPageState State,
    int Total,
    IReadOnlyList<SearchHitView> Hits,
    IReadOnlyList<FacetGroupView> Facets,
    SearchPaging? Paging,
    LinkSuggestion? Suggestion,
    bool TimedOut)
{
    public string CountText => $"{Total} Treffer für «{Request.Text}»";

    public string? ResetFiltersHref => Request.HasFilters ? SearchLinks.WithoutFilters(Request) : null;
}
