namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>A query error with Umbraco's problem title ("Filter option not found", ...) and a detail.</summary>
internal sealed record ContentQueryError(ContentQueryErrorKind Kind, string Title, string Detail);
