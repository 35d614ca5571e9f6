using System.Net;
using Sozialinfo.Knowledge.Features.Search.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Tests.Search.RateLimiting;

public sealed class ClientAddressKeyTests
{
    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:abcd::7")]
    [InlineData("192.0.2.7", "::ffff:192.0.2.7")]
    public void From_SameClient_SameKey(string first, string second) =>
        Assert.Equal(ClientAddressKey.From(IPAddress.Parse(first)), ClientAddressKey.From(IPAddress.Parse(second)));

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1")]
    [InlineData("192.0.2.7", "192.0.2.8")]
    [InlineData("0.0.0.1", "::1")]
    [InlineData("::1", null)]
    [InlineData("0.0.0.0", null)]
    public void From_DifferentClients_DifferentKeys(string first, string? second) =>
        Assert.NotEqual(ClientAddressKey.From(IPAddress.Parse(first)), ClientAddressKey.From(second is null ? null : IPAddress.Parse(second)));

    [Fact]
    public void From_NoAddress_OneSharedKey() =>
        Assert.Equal(ClientAddressKey.From(null), default);
}
