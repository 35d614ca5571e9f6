namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

internal enum SortDirection
{
    Ascending,
    Descending,
}
