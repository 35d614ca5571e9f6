using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Sozialinfo.Knowledge.Web.OpenApi;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// The API reference's "Try it" with the document's ApiKeyAuth scheme selected, its Api-Key field shown and empty, and
/// a German note on when a key is needed: the document requires ApiKeyAuth on every operation as Umbraco's does, which
/// Scalar otherwise shows as "Authentication Required" although published content needs no key.
/// </summary>
internal sealed class ApiReferenceAuthentication : IConfigureOptions<ScalarOptions>
{
    public const string Description =
        "Nur für die Vorschau (Header Preview: true) und wenn der öffentliche Zugriff abgeschaltet ist: den Api-Key hier eingeben. " +
        "Veröffentlichte Inhalte sind ohne Schlüssel abrufbar; das Feld darf dafür leer bleiben.";

    public void Configure(ScalarOptions options) => options
        .AddPreferredSecuritySchemes(ApiKeySecurityTransformer.SchemeName)
        .AddApiKeyAuthentication(ApiKeySecurityTransformer.SchemeName, scheme =>
        {
            scheme.Name = ApiKeySecurityTransformer.HeaderName;
            scheme.Value = string.Empty;
            scheme.Description = Description;
        });
}
