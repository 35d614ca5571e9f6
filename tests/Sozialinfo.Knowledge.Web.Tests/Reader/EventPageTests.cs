using System.Net;
using System.Net.Http.Headers;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Events by the injected clock: upcoming lists, registration state, and ETags that change when an event passes.</summary>
public sealed class EventPageTests(ClockedSiteFixture fixture) : IClassFixture<ClockedSiteFixture>
{
    private const string EventPath = "/veranstaltungen/workshop-datenschutz-im-sozialdienst/";
    private static readonly DateTimeOffset BeforeAll = new(2027, 1, 10, 12, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset MidMarch = new(2027, 3, 10, 12, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Get_EventList_ListsOnlyEventsNotOverYetByStartDate()
    {
        fixture.Clock.SetUtcNow(MidMarch);
        var snapshot = await ReaderRequests.PublishedAsync(fixture.Site);
        var expected = Upcoming(snapshot, MidMarch).Select(e => ReaderRequests.German(e).Path).ToList();

        var (response, page) = await ReaderRequests.GetPageAsync(fixture.Site.CreateClient(), "/veranstaltungen/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listing = page.Element("section", "class=\"listing\"")!;
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < snapshot.All.Count(i => i.ContentType == "event"), "the clock must put some seed events in the past");
        Assert.Equal(expected, HtmlPage.LinksIn(listing).Select(l => l.Href));
        Assert.DoesNotContain(EventPath, HtmlPage.LinksIn(listing).Select(l => l.Href));
    }

    [Fact]
    public async Task Get_StartPage_ShowsTheNextThreeEvents()
    {
        fixture.Clock.SetUtcNow(MidMarch);
        var snapshot = await ReaderRequests.PublishedAsync(fixture.Site);
        var expected = Upcoming(snapshot, MidMarch).Take(3).Select(e => ReaderRequests.German(e).Path).ToList();

        var (_, page) = await ReaderRequests.GetPageAsync(fixture.Site.CreateClient(), "/");

        var links = HtmlPage.LinksIn(page.Element("section", "aria-labelledby=\"seite-veranstaltungen\"")!).Select(l => l.Href).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal([.. expected, "/veranstaltungen/"], links);
    }

    [Fact]
    public async Task Get_UpcomingEvent_ShowsDateTimePlaceFormatPricePlacesAndOpenRegistration()
    {
        fixture.Clock.SetUtcNow(BeforeAll);

        var (response, page) = await ReaderRequests.GetPageAsync(fixture.Site.CreateClient(), EventPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = HtmlPage.Text(page.Element("section", "class=\"facts\"")!);
        Assert.Contains("Donnerstag, 04.02.2027, 09:00–16:30 Uhr", facts, StringComparison.Ordinal);
        Assert.Contains("Ort Bern", facts, StringComparison.Ordinal);
        Assert.Contains("Durchführung Präsenz", facts, StringComparison.Ordinal);
        Assert.Contains("Preis CHF 280.00", facts, StringComparison.Ordinal);
        Assert.Contains("Plätze 20 Plätze", facts, StringComparison.Ordinal);
        Assert.Contains("Anmeldung offen", facts, StringComparison.Ordinal);
        Assert.Contains("href=\"/angebote/workshops/\"", page.Element("section", "class=\"facts\"")!, StringComparison.Ordinal);
        Assert.DoesNotContain("bereits stattgefunden", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PastEvent_SaysSoAndClosesRegistration()
    {
        fixture.Clock.SetUtcNow(MidMarch);

        var (response, page) = await ReaderRequests.GetPageAsync(fixture.Site.CreateClient(), EventPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diese Veranstaltung hat bereits stattgefunden.", page.Html, StringComparison.Ordinal);
        Assert.Contains("Anmeldung geschlossen", HtmlPage.Text(page.Element("section", "class=\"facts\"")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EventListAfterAnEventEnded_AnswersWithANewEntityTag()
    {
        fixture.Clock.SetUtcNow(BeforeAll);
        var client = fixture.Site.CreateClient();
        var (first, _) = await ReaderRequests.GetPageAsync(client, "/veranstaltungen/");
        fixture.Clock.SetUtcNow(MidMarch);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/veranstaltungen/", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Content.Headers.LastModified > first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Get_ArticleAfterAnEventEnded_KeepsItsEntityTag()
    {
        fixture.Clock.SetUtcNow(BeforeAll);
        var client = fixture.Site.CreateClient();
        var (first, _) = await ReaderRequests.GetPageAsync(client, "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/");
        fixture.Clock.SetUtcNow(MidMarch);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag ?? new EntityTagHeaderValue("\"none\""));

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static IEnumerable<PublishedContent> Upcoming(ContentSnapshot snapshot, DateTimeOffset now) =>
        snapshot.All
            .Where(i => i.ContentType == "event")
            .Select(i => (Item: i, Culture: ReaderRequests.German(i)))
            .Where(e => e.Culture.Value<DateTimeOffset>("endDate") > now)
            .OrderBy(e => e.Culture.Value<DateTimeOffset>("startDate"))
            .Select(e => e.Item);
}
