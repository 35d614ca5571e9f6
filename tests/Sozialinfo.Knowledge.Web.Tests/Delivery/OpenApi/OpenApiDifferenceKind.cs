namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

internal enum OpenApiDifferenceKind
{
    OnlyInUmbraco,
    OnlyInOurs,
    Differs,
}
