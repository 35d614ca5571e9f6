namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// The query errors. Titles and details of unknown options are Umbraco's (Api.Delivery, QueryContentApiController),
/// so clients written for Umbraco recognise them; invalid values are the platform's own 400 (Umbraco gives a 500).
/// </summary>
internal static class ContentQueryErrors
{
    public static ContentQueryError SelectorNotFound { get; } = new(
        ContentQueryErrorKind.SelectorNotFound, "Selector option not found", "The attempted 'fetch' option does not exist");

    public static ContentQueryError FilterNotFound { get; } = new(
        ContentQueryErrorKind.FilterNotFound, "Filter option not found", "One of the attempted 'filter' options does not exist");

    public static ContentQueryError SortNotFound { get; } = new(
        ContentQueryErrorKind.SortNotFound, "Sort option not found", "One of the attempted 'sort' options does not exist");

    public static ContentQueryError InvalidFilterValue(string detail) =>
        new(ContentQueryErrorKind.InvalidValue, "Invalid filter value", detail);

    public static ContentQueryError InvalidSortValue(string detail) =>
        new(ContentQueryErrorKind.InvalidValue, "Invalid sort value", detail);
}
