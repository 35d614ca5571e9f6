namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

internal enum ContentQueryErrorKind
{
    SelectorNotFound,
    FilterNotFound,
    SortNotFound,
    InvalidValue,
}
