using System.Net;
using Sozialinfo.Knowledge.Web.Tests.Delivery;

namespace Sozialinfo.Knowledge.Web.Tests.Security;

public sealed class ApiReferenceAuthenticationTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task Get_ApiReference_SelectsApiKeyAuthAndSaysWhenAKeyIsNeeded()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/umbraco/api-reference/delivery", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"preferredSecurityScheme\":[\"ApiKeyAuth\"]", html.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Veröffentlichte Inhalte sind ohne Schlüssel abrufbar", System.Text.RegularExpressions.Regex.Unescape(html), StringComparison.Ordinal);
    }
}
