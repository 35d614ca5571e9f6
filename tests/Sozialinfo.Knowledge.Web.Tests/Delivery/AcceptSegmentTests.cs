using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// Accept-Segment (Umbraco 16+ segments): the platform has no segments, so any value is accepted and ignored. Umbraco
/// does not name it in the response's Vary either (only its server-side output cache keys on it), and since the answer
/// never depends on it here, neither do we.
/// </summary>
public sealed class AcceptSegmentTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Theory]
    [InlineData("/item/", "segment-one")]
    [InlineData("/item/", "")]
    [InlineData("?fetch=children:/dossiers/&take=3", "unknown-segment")]
    [InlineData("/items?id=d748fe6c-cd9e-438b-a356-c192b7e2ee40", "ä,;=\"*")]
    public async Task AcceptSegment_AnyValue_AnswersAsWithout(string pathAndQuery, string segment)
    {
        using var without = await fixture.Client.RequestAsync(DeliveryClient.Content + pathAndQuery);
        using var with = await fixture.Client.RequestAsync(DeliveryClient.Content + pathAndQuery, ("Accept-Segment", segment));

        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(await without.TextAsync(), await with.TextAsync());
        Assert.Equal(without.Headers.ETag, with.Headers.ETag);
        Assert.Equal(["Accept-Language", "Preview", "Start-Item", "Api-Key"], with.Headers.Vary);
    }
}
