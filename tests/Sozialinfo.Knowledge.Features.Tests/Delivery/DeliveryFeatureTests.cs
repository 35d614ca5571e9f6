using System.Net;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Features.Delivery;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>Configuration-dependent behaviour: each test starts its own host with its own settings.</summary>
public sealed class DeliveryFeatureTests
{
    private const string Section = DeliveryApiOptions.SectionName;

    [Fact]
    public async Task AddDeliveryFeature_PrivateAccess_Requires401WithoutKeyAnd200WithKey()
    {
        await using var host = await StartAsync((Section + ":PublicAccess", "false"));

        using var anonymous = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}");
        using var withKey = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}", ("Api-Key", DeliveryTestHost.ApiKey));
        using var query = await host.Client.RequestAsync(DeliveryHttp.Base, ("Api-Key", "falsch"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await anonymous.TextAsync());
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, query.StatusCode);
    }

    [Fact]
    public async Task AddDeliveryFeature_Disabled_Answers404Everywhere()
    {
        await using var host = await StartAsync((Section + ":Enabled", "false"));

        using var item = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}");
        using var query = await host.Client.RequestAsync(DeliveryHttp.Base);

        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, query.StatusCode);
    }

    [Fact]
    public async Task AddDeliveryFeature_NoApiKeyConfigured_PreviewIsAlways401()
    {
        await using var host = await StartAsync((Section + ":ApiKey", ""));

        using var response = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}", ("Preview", "true"), ("Api-Key", ""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AddDeliveryFeature_DisallowedType_Is404ByIdRouteAndLeftOutOfItems()
    {
        await using var host = await StartAsync((Section + ":DisallowedContentTypeAliases:0", "event"));

        using var byId = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Event}");
        using var byRoute = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/veranstaltungen/workshop-datenschutz/");
        using var items = await host.Client.RequestAsync($"{DeliveryHttp.Base}/items?id={SampleContent.Event}&id={SampleContent.Home}");
        using var query = await host.Client.RequestAsync($"{DeliveryHttp.Base}?take=100");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal(1, (await items.JsonAsync()).GetArrayLength());
        Assert.DoesNotContain(SampleContent.Event.ToString(), await query.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDeliveryFeature_AllowList_HidesOtherTypes()
    {
        await using var host = await StartAsync((Section + ":AllowedContentTypeAliases:0", "article"));

        using var article = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}");
        using var home = await host.Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}");

        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, home.StatusCode);
    }

    [Fact]
    public async Task AddDeliveryFeature_MaxTakeConfigured_IsEnforced()
    {
        await using var host = await StartAsync((Section + ":MaxTake", "5"));

        using var allowed = await host.Client.RequestAsync($"{DeliveryHttp.Base}?take=5");
        using var tooMany = await host.Client.RequestAsync($"{DeliveryHttp.Base}?take=6");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Theory]
    [InlineData("MaxTake", "0")]
    [InlineData("MaxTake", "abc")]
    [InlineData("PublicAccess", "false")]
    public async Task AddDeliveryFeature_InvalidSettings_FailOnStart(string setting, string value)
    {
        var exception = await Record.ExceptionAsync(async () =>
        {
            await using var host = await StartAsync((Section + ":ApiKey", ""), ($"{Section}:{setting}", value));
        });

        Assert.True(exception is OptionsValidationException or InvalidOperationException, exception?.GetType().FullName);
    }

    private static Task<DeliveryTestHost> StartAsync(params (string Key, string Value)[] settings) =>
        DeliveryTestHost.StartAsync(settings.ToDictionary(s => s.Key, s => (string?)s.Value), TestContext.Current.CancellationToken);
}
