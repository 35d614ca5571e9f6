using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Search;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>"Search:TimeBudget" bounds every search; the worst text a client can send is answered well within it.</summary>
public sealed class SearchTimeBudgetTests
{
    [Fact]
    public async Task Get_WorstQuery_AnsweredCompletelyWithinTheBudget()
    {
        await using var factory = new KnowledgeApiFactory();
        using var client = factory.CreateClient();
        var random = new Random(20261204);
        var unknown = Enumerable.Range(0, 20).Select(_ => new string([.. Enumerable.Range(0, 9).Select(_ => (char)('a' + random.Next(26)))]));
        var worst = string.Join(' ', ["Datenschuz", "Beratng", "Sozialdinst", .. unknown])[..SearchQuery.MaxTextLength];
        await client.GetAsync(new Uri("/api/search?q=Datenschutz", UriKind.Relative), TestContext.Current.CancellationToken);

        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri($"/api/search?q={Uri.EscapeDataString(worst)}", UriKind.Relative), TestContext.Current.CancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(body.RootElement.GetProperty("timedOut").GetBoolean());
        Assert.StartsWith("Datenschutz Beratung Sozialdienst ", body.RootElement.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
        Assert.True(elapsed < SearchQuery.DefaultTimeBudget, $"{elapsed.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public async Task Start_ConfiguredBudget_IsTheSearchesBudget()
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Search:TimeBudget"] = "00:00:00.250" });
        using var client = factory.CreateClient();

        Assert.Equal(TimeSpan.FromMilliseconds(250), factory.Services.GetRequiredService<IOptions<SearchOptions>>().Value.TimeBudget);
    }

    [Theory]
    [InlineData("00:00:00", "Search:TimeBudget must be between 00:00:00.0100000 and 00:01:00, not 00:00:00.")]
    [InlineData("00:05:00", "Search:TimeBudget must be between 00:00:00.0100000 and 00:01:00, not 00:05:00.")]
    public async Task Start_InvalidBudget_FailsWithClearMessage(string value, string message)
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Search:TimeBudget"] = value });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(message, Messages(exception), StringComparison.Ordinal);
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(Environment.NewLine, aggregate.Flatten().InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? Environment.NewLine + Messages(inner) : string.Empty);
}
