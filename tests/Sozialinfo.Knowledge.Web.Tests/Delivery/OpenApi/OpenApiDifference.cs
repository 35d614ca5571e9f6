namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>
/// One place where two OpenAPI documents differ: a key that only one of them has (reported once, at the highest node),
/// or a value that differs. <see cref="Location"/> joins the keys with " / ", for example
/// <c>paths / /umbraco/delivery/api/v2/content / get / responses / 304</c>; parameters are keyed as <c>in:name</c>.
/// </summary>
internal sealed record OpenApiDifference(string Location, OpenApiDifferenceKind Kind, string? Umbraco, string? Ours)
{
    public const string Separator = " / ";

    public override string ToString() => Kind switch
    {
        OpenApiDifferenceKind.OnlyInUmbraco => $"{Location}: only in Umbraco's document: {Umbraco}",
        OpenApiDifferenceKind.OnlyInOurs => $"{Location}: only in ours: {Ours}",
        _ => $"{Location}: Umbraco {Umbraco}, ours {Ours}",
    };
}
