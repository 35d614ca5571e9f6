using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Startup;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Startup;

public sealed class ContentReadinessStartupFilterTests
{
    [Fact]
    public async Task Pipeline_BeforeFirstSnapshot_Answers503WithRetryAfterThenPassesThrough()
    {
        var cache = new PublishedContentCache();
        await using var services = new ServiceCollection().AddSingleton(cache).BuildServiceProvider();
        var builder = new ApplicationBuilder(services);
        new ContentReadinessStartupFilter().Configure(app => app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }))(builder);
        var pipeline = builder.Build();

        var early = new DefaultHttpContext();
        await pipeline(early);
        cache.Replace(new ContentSnapshot(1, [], []), new ContentSnapshot(1, [], []));
        var ready = new DefaultHttpContext();
        await pipeline(ready);

        Assert.Equal((503, "1"), (early.Response.StatusCode, early.Response.Headers.RetryAfter.ToString()));
        Assert.Equal(204, ready.Response.StatusCode);
    }
}
